import type { MemberSort, MemberStatus } from '../../sdk/schemas/index.js';
import type { MemberRecord, UserRecord } from './records.js';

export type MemberSortField = 'name' | 'email' | 'role' | 'addedAt' | 'lastLoginAt';

/** A member joined with their account, with the keys it sorts and matches by. */
export interface MemberRow {
  member: MemberRecord;
  user: UserRecord;
  keys: Record<MemberSortField, string>;
  /** Lower-cased name and email, for search. */
  text: string;
}

export interface MemberFilter {
  /** Case-insensitive substring of the name or the email. */
  query?: string | undefined;
  role?: string | undefined;
  /** A group id: only its members. */
  group?: string | undefined;
  status?: MemberStatus | undefined;
}

/** Where a page ended: the last row's sort key and id. Pages continue strictly after it. */
export interface MemberPosition {
  key: string;
  id: string;
}

export interface MemberPage {
  rows: MemberRow[];
  /** Where the next page starts, or null on the last page. */
  next: MemberPosition | null;
  total: number;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Orders by the field's key, then by id, so that the order is total and a cursor is exact. */
function comparatorFor(field: MemberSortField): (aKey: string, aId: string, bKey: string, bId: string) => number {
  const compareKeys = field === 'name' ? collator.compare : byCodeUnits;
  return (aKey, aId, bKey, bId) => compareKeys(aKey, bKey) || byCodeUnits(aId, bId);
}

function parseSort(sort: MemberSort): { field: MemberSortField; descending: boolean } {
  const descending = sort.startsWith('-');
  return { field: (descending ? sort.slice(1) : sort) as MemberSortField, descending };
}

/** How many filtered views (a sort with a search or filter) an index keeps; older ones are dropped first. */
const FILTERED_VIEWS_KEPT = 16;

/**
 * One workspace's members, sorted once per sort field and kept until the workspace's members change (the
 * store drops the whole index then). A filtered list is sorted too, and the last few are kept, so that a
 * page is a binary search to the cursor plus a slice: fast at 100 000 members.
 */
export class MemberIndex {
  readonly #rows: MemberRow[];
  readonly #sorted = new Map<MemberSortField, MemberRow[]>();
  readonly #filtered = new Map<string, MemberRow[]>();
  #roleCounts: Map<string, number> | undefined;
  #groupCounts: Map<string, number> | undefined;

  constructor(rows: MemberRow[]) {
    this.#rows = rows;
  }

  page(sort: MemberSort, filter: MemberFilter, after: MemberPosition | undefined, limit: number): MemberPage {
    const { field, descending } = parseSort(sort);
    const rows = this.#view(field, filter);
    let page: MemberRow[];
    let more: boolean;
    if (descending) {
      const end = after ? this.#startAfter(rows, field, after, true) + 1 : rows.length;
      page = rows.slice(Math.max(0, end - limit), end).reverse();
      more = end - limit > 0;
    } else {
      const start = after ? this.#startAfter(rows, field, after, false) : 0;
      page = rows.slice(start, start + limit);
      more = start + limit < rows.length;
    }
    const last = page[page.length - 1];
    const next = more && last ? { key: last.keys[field], id: last.member.id } : null;
    return { rows: page, next, total: rows.length };
  }

  /** How many members hold each role. */
  roleCounts(): ReadonlyMap<string, number> {
    if (!this.#roleCounts) {
      this.#roleCounts = new Map();
      for (const { member } of this.#rows) this.#roleCounts.set(member.roleId, (this.#roleCounts.get(member.roleId) ?? 0) + 1);
    }
    return this.#roleCounts;
  }

  /** How many members are in each group. */
  groupCounts(): ReadonlyMap<string, number> {
    if (!this.#groupCounts) {
      this.#groupCounts = new Map();
      for (const { member } of this.#rows) {
        for (const groupId of member.groupIds) this.#groupCounts.set(groupId, (this.#groupCounts.get(groupId) ?? 0) + 1);
      }
    }
    return this.#groupCounts;
  }

  /** The rows matching the filter, in ascending order of the field. */
  #view(field: MemberSortField, filter: MemberFilter): MemberRow[] {
    const sorted = this.#sortedBy(field);
    const { matches, key } = matcherOf(filter);
    if (!matches) return sorted;
    const viewKey = `${field}:${key}`;
    let view = this.#filtered.get(viewKey);
    if (view) {
      this.#filtered.delete(viewKey);
    } else {
      view = sorted.filter(matches);
      if (this.#filtered.size >= FILTERED_VIEWS_KEPT) this.#filtered.delete(this.#filtered.keys().next().value ?? '');
    }
    this.#filtered.set(viewKey, view);
    return view;
  }

  #sortedBy(field: MemberSortField): MemberRow[] {
    let sorted = this.#sorted.get(field);
    if (!sorted) {
      const compare = comparatorFor(field);
      sorted = this.#rows.slice().sort((a, b) => compare(a.keys[field], a.member.id, b.keys[field], b.member.id));
      this.#sorted.set(field, sorted);
    }
    return sorted;
  }

  /** Ascending: the index of the first row after `position`. Descending: the index of the last row before it. */
  #startAfter(rows: MemberRow[], field: MemberSortField, position: MemberPosition, descending: boolean): number {
    const compare = comparatorFor(field);
    const boundary = descending ? 0 : 1;
    let low = 0;
    let high = rows.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const row = rows[middle];
      if (row && compare(row.keys[field], row.member.id, position.key, position.id) >= boundary) high = middle;
      else low = middle + 1;
    }
    return descending ? low - 1 : low;
  }
}

function matcherOf({ query, role, group, status }: MemberFilter): { matches: ((row: MemberRow) => boolean) | null; key: string } {
  const needle = query?.trim().toLowerCase();
  const key = JSON.stringify([needle, role, group, status]);
  if (!needle && !role && !group && !status) return { matches: null, key };
  const matches = (row: MemberRow) =>
    (!needle || row.text.includes(needle)) &&
    (!role || row.member.roleId === role) &&
    (!group || row.member.groupIds.includes(group)) &&
    (!status || row.member.status === status);
  return { matches, key };
}
