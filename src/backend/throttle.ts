import type { Clock } from './clock.js';
import type { Rate } from './limits.js';
import { ProblemError } from './problems.js';

/** Past this many keys a sweep drops the ones whose events all left their window. */
const SWEEP_AT = 10_000;

/**
 * Sliding-window counters by key (`password:usr_1`, `code-to:+15550100`, `public:203.0.113.9`), on the
 * backend's clock. `check` refuses with 429 and a `Retry-After` of when the oldest counted event leaves
 * the window; `hit` counts an event. Keys whose events have all expired are swept, so a caller inventing
 * keys (rotating addresses) cannot grow memory without bound.
 */
export class Throttle {
  readonly #events = new Map<string, { windowMs: number; times: number[] }>();

  constructor(private readonly clock: Clock) {}

  /**
   * 429 `rate_limited` unless `count` more events fit in `key`'s window; `Retry-After` says when they will
   * (the whole window when they never can).
   */
  check(key: string, rate: Rate, detail: string, count = 1): void {
    const waitMs = this.wait(key, rate, count);
    if (waitMs === 0) return;
    throw new ProblemError('rate_limited', detail, { retryAfter: Math.max(1, Math.ceil(waitMs / 1000)) });
  }

  /** How many ms until `count` more events fit in `key`'s window: 0 when they fit now. */
  wait(key: string, rate: Rate, count = 1): number {
    const events = this.#live(key, rate);
    if (events.length + count <= rate.limit) return 0;
    const now = this.clock.now().getTime();
    const freeing = events[events.length + count - rate.limit - 1];
    return count > rate.limit || freeing === undefined ? rate.windowMs : freeing + rate.windowMs - now;
  }

  /** Counts one event for `key`. */
  hit(key: string, rate: Rate): void {
    const times = this.#live(key, rate);
    times.push(this.clock.now().getTime());
    this.#events.set(key, { windowMs: rate.windowMs, times });
    if (this.#events.size > SWEEP_AT) this.#sweep();
  }

  /** `check`, then `hit`: for events that count whether or not they succeed. */
  take(key: string, rate: Rate, detail: string): void {
    this.check(key, rate, detail);
    this.hit(key, rate);
  }

  /** When `key`'s last event happened (ms since the epoch), if it is still remembered. */
  last(key: string): number | undefined {
    return this.#events.get(key)?.times.at(-1);
  }

  /** Forgets `key`'s events, e.g. the failures before a correct password. */
  reset(key: string): void {
    this.#events.delete(key);
  }

  #live(key: string, rate: Rate): number[] {
    const since = this.clock.now().getTime() - rate.windowMs;
    const times = this.#events.get(key)?.times ?? [];
    const first = times.findIndex((time) => time > since);
    return first < 0 ? [] : first === 0 ? times : times.slice(first);
  }

  /** Drops every key whose last event left its own window. */
  #sweep(): void {
    const now = this.clock.now().getTime();
    for (const [key, { windowMs, times }] of this.#events) {
      if ((times.at(-1) ?? 0) <= now - windowMs) this.#events.delete(key);
    }
  }
}
