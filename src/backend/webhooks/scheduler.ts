import type { ManualClock } from '../clock.js';

/** Runs tasks later: webhook retries and attempt timeouts. Injected, so tests move time instead of waiting. */
export interface Scheduler {
  /** Runs `task` in `ms` milliseconds; returns a function that cancels it. */
  schedule(ms: number, task: () => void): () => void;
}

/** Real timers. In Node a pending retry does not keep the process alive. */
export const timerScheduler: Scheduler = {
  schedule(ms, task) {
    const timer = setTimeout(task, ms);
    if (typeof timer === 'object' && 'unref' in timer) timer.unref();
    return () => clearTimeout(timer);
  },
};

/** A scheduler on a manual clock: nothing runs until the test moves time with `advance`. */
export interface ManualScheduler extends Scheduler {
  /** Moves the clock forward by `ms`, running each task that falls due on the way, at its time, in order. */
  advance(ms: number): void;
  /** Tasks waiting to run. */
  readonly pending: number;
}

/** A {@link ManualScheduler} that keeps time with `clock` (pass the backend's clock). */
export function createScheduler(clock: ManualClock): ManualScheduler {
  const tasks = new Map<number, { at: number; task: () => void }>();
  let nextId = 0;
  return {
    schedule(ms, task) {
      const id = nextId++;
      tasks.set(id, { at: clock.now().getTime() + Math.max(0, ms), task });
      return () => tasks.delete(id);
    },
    advance(ms) {
      const end = clock.now().getTime() + ms;
      for (;;) {
        let due: [number, { at: number; task: () => void }] | undefined;
        for (const entry of tasks) if (entry[1].at <= end && (!due || entry[1].at < due[1].at)) due = entry;
        if (!due) break;
        tasks.delete(due[0]);
        if (due[1].at > clock.now().getTime()) clock.set(new Date(due[1].at));
        due[1].task();
      }
      clock.set(new Date(end));
    },
    get pending() {
      return tasks.size;
    },
  };
}
