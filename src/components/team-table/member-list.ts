import type { Member, Page } from '../../sdk/index.js';

/** Stands in the virtualized rows for the page being loaded (or that failed to load) after the last one. */
export const MORE = Symbol('more');
export type Row = Member | typeof MORE;

/**
 * The members loaded so far for one query, page after page, and the optimistic edits made to them.
 * `rows` gets a new identity whenever rows come or go, which is how the virtualizer learns to re-render;
 * lookups by id stay O(1) however many pages were loaded.
 */
export class MemberList {
  items: Member[];
  total: number;
  nextCursor: string | null;
  loading = false;
  error: unknown = undefined;
  rows: Row[] = [];
  /** Aborts the next-page request when this list is replaced by another query's. */
  readonly abort = new AbortController();
  /** Members by id, built on first use: a first page of 100 000 members should not wait for it. */
  #index: Map<string, Member> | undefined;

  constructor(page: Page<Member>) {
    this.items = [...page.items];
    this.total = page.total;
    this.nextCursor = page.nextCursor;
    this.#changed();
  }

  get #byId(): Map<string, Member> {
    this.#index ??= new Map(this.items.map((member) => [member.id, member]));
    return this.#index;
  }

  /** Adds the next page. Ids already shown are skipped, in case the list moved under the cursor. */
  append(page: Page<Member>): void {
    const byId = this.#byId;
    for (const member of page.items) {
      if (byId.has(member.id)) continue;
      byId.set(member.id, member);
      this.items.push(member);
    }
    this.total = page.total;
    this.nextCursor = page.nextCursor;
    this.#changed();
  }

  /**
   * Fetches the page after the last one, unless one is loading, none is left, or the last try failed and this
   * is not a retry. `changed` is called as the list starts and ends loading. Resolves to the error, if any.
   */
  async loadNext(retry: boolean, fetchPage: (cursor: string, signal: AbortSignal) => Promise<Page<Member>>, changed: () => void): Promise<unknown> {
    const cursor = this.nextCursor;
    if (!cursor || this.loading || (this.error && !retry)) return undefined;
    this.loading = true;
    this.error = undefined;
    changed();
    try {
      this.append(await fetchPage(cursor, this.abort.signal));
      return undefined;
    } catch (error) {
      if (this.abort.signal.aborted) return undefined;
      this.error = error;
      // A new identity, so that the virtualizer re-renders the loading row with the failure.
      this.rows = [...this.rows];
      return error;
    } finally {
      this.loading = false;
      changed();
    }
  }

  get(id: string): Member | undefined {
    return this.#byId.get(id);
  }

  /**
   * Puts `member` in place of the row with its id; false when that row is gone. The row count stays, so `rows`
   * keeps its identity and the visible rows re-render with the next render of the element, at once.
   */
  replace(member: Member): boolean {
    if (!this.#byId.has(member.id)) return false;
    const index = this.items.findIndex((item) => item.id === member.id);
    this.#byId.set(member.id, member);
    this.items[index] = member;
    this.rows[index] = member;
    return true;
  }

  /** Takes a row out and returns where it was, for a rollback. */
  remove(id: string): number {
    const index = this.items.findIndex((item) => item.id === id);
    if (index >= 0) {
      this.#byId.delete(id);
      this.items.splice(index, 1);
      this.total = Math.max(0, this.total - 1);
      this.#changed();
    }
    return index;
  }

  insert(member: Member, index: number): void {
    if (this.#byId.has(member.id)) return;
    this.#byId.set(member.id, member);
    this.items.splice(Math.min(Math.max(index, 0), this.items.length), 0, member);
    this.total += 1;
    this.#changed();
  }

  /**
   * Shows `member` with `role` at once, then `send`s the change: takes the server's answer, or puts the old role
   * back (unless something newer replaced the row meanwhile) and rethrows.
   */
  async changeRole(member: Member, role: string, send: () => Promise<Member>): Promise<Member> {
    const optimistic = { ...member, role };
    this.replace(optimistic);
    try {
      const updated = await send();
      if (this.get(member.id) === optimistic) this.replace(updated);
      return updated;
    } catch (error) {
      if (this.get(member.id) === optimistic) this.replace(member);
      throw error;
    }
  }

  /** Takes `member` out at once, then `send`s the removal: puts them back where they were and rethrows if it fails. */
  async removeMember(member: Member, send: () => Promise<void>): Promise<void> {
    const index = this.remove(member.id);
    try {
      await send();
    } catch (error) {
      this.insert(member, index);
      throw error;
    }
  }

  #changed(): void {
    this.rows = this.nextCursor ? [...this.items, MORE] : [...this.items];
  }
}
