import type { AuditEntry } from '../sdk/schemas/index.js';
import type { AuditFilter } from './audit.js';

type Positions = ArrayLike<number>;

/** The most comma-separated actions one filter may name. */
const MAX_ACTION_TERMS = 20;

/** The index of the first item of `list` (ascending by `key`) whose key is not below `bound`. */
function lowerBound(list: Positions, bound: number, key: (position: number) => number = (position) => position): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (key(list[middle] ?? 0) < bound) low = middle + 1;
    else high = middle;
  }
  return low;
}

function push(map: Map<string, number[]>, key: string, position: number): void {
  const list = map.get(key);
  if (list) list.push(position);
  else map.set(key, [position]);
}

/** The positions in any of `lists` (each ascending), ascending, each once: a k-way merge, k being small. */
function union(lists: readonly number[][]): Positions {
  if (lists.length === 1) return lists[0] ?? [];
  const merged: number[] = [];
  const next = lists.map(() => 0);
  for (;;) {
    let smallest = Infinity;
    let from = -1;
    for (let k = 0; k < lists.length; k++) {
      const position = lists[k]?.[next[k] ?? 0];
      if (position !== undefined && position < smallest) {
        smallest = position;
        from = k;
      }
    }
    if (from < 0) return merged;
    if (merged[merged.length - 1] !== smallest) merged.push(smallest);
    next[from] = (next[from] ?? 0) + 1;
  }
}

/** The positions in both lists (each ascending): each of the shorter one looked up in the longer one. */
function intersect(shorter: Positions, longer: Positions): Positions {
  const both: number[] = [];
  for (let i = 0; i < shorter.length; i++) {
    const position = shorter[i] ?? 0;
    const at = lowerBound(longer, position);
    if (longer[at] === position) both.push(position);
  }
  return both;
}

/** The entries a filter selects, as positions in the log, newest first, without building the list. */
export interface AuditSelection {
  /** How many entries match. */
  count(): number;
  /** Matching positions, newest first, from just below `before` (all when undefined). */
  newestFirst(before?: number): Generator<number, void, undefined>;
}

const NOTHING: AuditSelection = { count: () => 0, *newestFirst() {} };

/**
 * One workspace's audit entries and their indexes: by actor, action, target type and target id, each a list of
 * positions in the log (ascending, since entries are only ever appended). A filter is the intersection of one
 * list per field it names (a union where it names several values: actions by prefix, an email's actor ids),
 * and a date range is then a binary search while the entries' times only grow (the usual case; a clock set back
 * in a test makes it a scan).
 */
export class WorkspaceAuditIndex {
  readonly #positions: number[] = [];
  readonly #byActor = new Map<string, number[]>();
  readonly #actorsByEmail = new Map<string, Set<string>>();
  readonly #emailOf = new Map<string, string>();
  readonly #byAction = new Map<string, number[]>();
  readonly #byTargetType = new Map<string, number[]>();
  readonly #byTargetId = new Map<string, number[]>();
  #timeSorted = true;
  #lastTime = -Infinity;

  constructor(private readonly times: readonly number[]) {}

  add(position: number, entry: AuditEntry): void {
    const time = this.times[position] ?? 0;
    if (time < this.#lastTime) this.#timeSorted = false;
    this.#lastTime = time;
    this.#positions.push(position);
    if (entry.actor) {
      const { id, email } = entry.actor;
      push(this.#byActor, id, position);
      // Each email an actor acted under finds all of their entries; checked only when it changes, which is rare.
      if (this.#emailOf.get(id) !== email) {
        this.#emailOf.set(id, email);
        const ids = this.#actorsByEmail.get(email.toLowerCase());
        if (ids) ids.add(id);
        else this.#actorsByEmail.set(email.toLowerCase(), new Set([id]));
      }
    }
    push(this.#byAction, entry.action, position);
    push(this.#byTargetType, entry.target.type, position);
    push(this.#byTargetId, entry.target.id, position);
  }

  /** The actions and target types recorded here, each once, sorted. */
  facets(): { actions: string[]; targetTypes: string[] } {
    return { actions: [...this.#byAction.keys()].sort(), targetTypes: [...this.#byTargetType.keys()].sort() };
  }

  select(filter: AuditFilter): AuditSelection {
    const lists = this.#conditions(filter);
    if (!lists) return NOTHING;
    // Intersections start from the shortest list, so they cost what the rarest condition matches.
    const [first = this.#positions, ...rest] = [...lists].sort((a, b) => a.length - b.length);
    let matches = rest.reduce<Positions>((result, list) => intersect(result, list), first);
    const from = filter.from === undefined ? -Infinity : Date.parse(filter.from);
    const to = filter.to === undefined ? Infinity : Date.parse(filter.to);
    const timeOf = (position: number) => this.times[position] ?? 0;
    let low = 0;
    let high = matches.length;
    if (from > -Infinity || to < Infinity) {
      if (this.#timeSorted) {
        low = lowerBound(matches, from, timeOf);
        high = lowerBound(matches, to + 1, timeOf);
      } else {
        matches = Array.prototype.filter.call(matches, (position: number) => timeOf(position) >= from && timeOf(position) <= to) as number[];
        high = matches.length;
      }
    }
    const selected = matches;
    return {
      count: () => Math.max(0, high - low),
      *newestFirst(before) {
        const start = before === undefined ? high : Math.min(high, lowerBound(selected, before));
        for (let i = start - 1; i >= low; i--) yield selected[i] ?? 0;
      },
    };
  }

  /** One exact list of positions per filter field; null when a field matches nothing at all. */
  #conditions(filter: AuditFilter): Positions[] | null {
    const lists: Positions[] = [];
    const add = (found: (number[] | undefined)[]) => {
      const present = found.filter((list): list is number[] => list !== undefined);
      if (present.length) lists.push(union(present));
      return present.length > 0;
    };
    if (filter.actor) {
      const ids = new Set(this.#actorsByEmail.get(filter.actor.toLowerCase()));
      ids.add(filter.actor);
      if (!add([...ids].map((id) => this.#byActor.get(id)))) return null;
    }
    if (filter.action) {
      const terms = filter.action.split(',').map((term) => term.trim()).filter(Boolean).slice(0, MAX_ACTION_TERMS);
      const actions = [...this.#byAction.keys()].filter((action) => terms.some((term) => action === term || action.startsWith(`${term}.`)));
      if (!add(actions.map((action) => this.#byAction.get(action)))) return null;
    }
    if (filter.targetType && !add([this.#byTargetType.get(filter.targetType)])) return null;
    if (filter.target && !add([this.#byTargetId.get(filter.target), this.#byTargetType.get(filter.target)])) return null;
    return lists;
  }
}
