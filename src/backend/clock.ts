/** Where the backend gets the time from. Expiries, rate limits and export jobs all read it. */
export interface Clock {
  now(): Date;
}

/** A clock that only moves when told to: tests advance it past an expiry instead of waiting. */
export interface ManualClock extends Clock {
  /** Moves the clock forward by `ms` milliseconds. */
  advance(ms: number): void;
  /** Sets the clock to a given instant. */
  set(instant: Date | string): void;
}

/** The real time. The default clock of {@link createBackend}. */
export const systemClock: Clock = { now: () => new Date() };

/**
 * A manual clock starting at `start`. The default start is a fixed instant, so that a test's timestamps are
 * the same on every run.
 */
export function createClock(start: Date | string = '2026-01-15T09:00:00.000Z'): ManualClock {
  let current = new Date(start).getTime();
  if (Number.isNaN(current)) throw new RangeError(`createClock: not a date: ${String(start)}`);
  return {
    now: () => new Date(current),
    advance(ms) {
      current += ms;
    },
    set(instant) {
      current = new Date(instant).getTime();
    },
  };
}
