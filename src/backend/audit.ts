import type { AuditEntry, AuditQuery } from '../sdk/schemas/index.js';

export type AuditFilter = Omit<AuditQuery, 'cursor' | 'limit'>;

/** The audit log: every mutation, in the order it happened. Entries are never changed or removed. */
export class AuditLog {
  readonly #entries: AuditEntry[] = [];

  /** Every entry, oldest first. */
  get entries(): readonly AuditEntry[] {
    return this.#entries;
  }

  /** Records an entry. Its id grows with every entry, so ids order the log. */
  append(entry: Omit<AuditEntry, 'id'>): AuditEntry {
    const recorded = { id: `aud_${String(this.#entries.length + 1).padStart(9, '0')}`, ...entry };
    this.#entries.push(recorded);
    return recorded;
  }

  /** The newest entry, of `action` when given. */
  latest(action?: string): AuditEntry | undefined {
    return this.#entries.findLast((entry) => action === undefined || entry.action === action);
  }

  /**
   * A workspace's entries matching the filter, newest first. `actor` is an id or an email; `action` an exact
   * action or its prefix (`member` finds `member.removed`); `target` a target's id or type; `from`/`to` bound
   * `createdAt` inclusively.
   */
  ofWorkspace(workspaceId: string, filter: AuditFilter): AuditEntry[] {
    const matches = (entry: AuditEntry) =>
      entry.workspaceId === workspaceId &&
      (!filter.actor || entry.actor?.id === filter.actor || entry.actor?.email.toLowerCase() === filter.actor.toLowerCase()) &&
      (!filter.action || entry.action === filter.action || entry.action.startsWith(`${filter.action}.`)) &&
      (!filter.target || entry.target.id === filter.target || entry.target.type === filter.target) &&
      (!filter.from || Date.parse(entry.createdAt) >= Date.parse(filter.from)) &&
      (!filter.to || Date.parse(entry.createdAt) <= Date.parse(filter.to));
    return this.#entries.filter(matches).reverse();
  }
}

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
