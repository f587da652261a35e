import type { AuditEntry, AuditQuery } from '../sdk/schemas/index.js';
import { WorkspaceAuditIndex, type AuditSelection } from './audit-index.js';

export type AuditFilter = Omit<AuditQuery, 'cursor' | 'limit'>;

/** Hears of every entry as it is recorded (the webhook deliveries listen). */
export type AuditListener = (entry: AuditEntry) => void;

/**
 * The audit log: every mutation, in the order it happened. Entries are never changed or removed. Each
 * workspace's entries are indexed as they are appended (`audit-index.ts`), so a filtered page of a log of
 * 100 000 entries costs a few milliseconds, and an export walks the matches without copying them.
 */
export class AuditLog {
  readonly #entries: AuditEntry[] = [];
  /** `createdAt` of each entry in ms, parsed once. */
  readonly #times: number[] = [];
  readonly #workspaces = new Map<string, WorkspaceAuditIndex>();
  readonly #listeners = new Set<AuditListener>();

  /** Every entry, oldest first. */
  get entries(): readonly AuditEntry[] {
    return this.#entries;
  }

  /** Records an entry. Its id grows with every entry, so ids order the log. */
  append(entry: Omit<AuditEntry, 'id'>): AuditEntry {
    const position = this.#entries.length;
    const recorded: AuditEntry = { id: idOf(position), ...entry };
    this.#entries.push(recorded);
    this.#times.push(Date.parse(recorded.createdAt));
    if (recorded.workspaceId !== null) {
      let index = this.#workspaces.get(recorded.workspaceId);
      if (!index) this.#workspaces.set(recorded.workspaceId, (index = new WorkspaceAuditIndex(this.#times)));
      index.add(position, recorded);
    }
    for (const listener of this.#listeners) listener(recorded);
    return recorded;
  }

  /** Calls `listener` with every entry recorded from now on; returns the way to stop. */
  subscribe(listener: AuditListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** The newest entry, of `action` when given. */
  latest(action?: string): AuditEntry | undefined {
    return this.#entries.findLast((entry) => action === undefined || entry.action === action);
  }

  /**
   * A workspace's entries matching the filter. `actor` is an id or an email the actor acted under (finding all of
   * that person's entries); `action` a comma-separated list of
   * exact actions or prefixes (`member` finds `member.removed`); `target` a target's id or type; `targetType` a
   * type exactly; `from`/`to` bound `createdAt` inclusively.
   */
  select(workspaceId: string, filter: AuditFilter): AuditSelection {
    const index = this.#workspaces.get(workspaceId);
    return index ? index.select(filter) : { count: () => 0, *newestFirst() {} };
  }

  /** The actions and target types a workspace's log holds, each once, sorted. */
  facets(workspaceId: string): { actions: string[]; targetTypes: string[] } {
    return this.#workspaces.get(workspaceId)?.facets() ?? { actions: [], targetTypes: [] };
  }

  /** A workspace's entries matching the filter, newest first, as an array (see {@link select}). */
  ofWorkspace(workspaceId: string, filter: AuditFilter = {}): AuditEntry[] {
    return [...this.select(workspaceId, filter).newestFirst()].flatMap((position) => this.#entries[position] ?? []);
  }

  /** One page of a selection, newest first, from just below `before` (a position from {@link positionOf}). */
  page(workspaceId: string, filter: AuditFilter, before: number | undefined, limit: number): { items: AuditEntry[]; total: number; hasMore: boolean } {
    const selection = this.select(workspaceId, filter);
    const items: AuditEntry[] = [];
    let hasMore = false;
    for (const position of selection.newestFirst(before)) {
      if (items.length === limit) {
        hasMore = true;
        break;
      }
      const entry = this.#entries[position];
      if (entry) items.push(entry);
    }
    return { items, total: selection.count(), hasMore };
  }

  /** The entry at a position of the log. */
  at(position: number): AuditEntry | undefined {
    return this.#entries[position];
  }

  /** Where the entry with this id sits in the log; -1 for an id the log never gave. */
  positionOf(id: string): number {
    const match = /^aud_(\d{9,})$/.exec(id);
    const position = match ? Number(match[1]) - 1 : -1;
    return this.#entries[position]?.id === id ? position : -1;
  }
}

const idOf = (position: number) => `aud_${String(position + 1).padStart(9, '0')}`;

/**
 * The fields of `patch` whose values differ from `current`, as the audit log's `before`/`after` pair;
 * null when nothing changed.
 */
export function changesOf<T extends object>(current: T, patch: Partial<T>): { before: Record<string, unknown>; after: Record<string, unknown> } | null {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    const old: unknown = current[key as keyof T];
    if (value === undefined || JSON.stringify(old) === JSON.stringify(value)) continue;
    before[key] = old;
    after[key] = value;
  }
  return Object.keys(after).length ? { before, after } : null;
}
