import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long to wait between looks: `first` after starting, then `factor` times longer each time, never over `max`. */
export interface PollTiming {
  first: number;
  factor: number;
  max: number;
}

/** One second, then two, four, eight… up to half a minute: quick for a job that takes seconds, light for one that takes minutes. */
export const DEFAULT_POLL_TIMING: PollTiming = { first: 1000, factor: 2, max: 30_000 };

export interface PollOptions<T> {
  /** One look at the state. `signal` aborts when the host leaves the page or the polling stops. */
  check: (signal: AbortSignal) => Promise<T>;
  /** Takes an answer in; true to look again later, false once the state has settled. */
  onValue: (value: T) => boolean;
  /**
   * A failed look: true to look again later (a dropped connection, a server hiccup), false to stop (the thing is
   * gone, the reader was signed out). Not called for a look aborted because the host left the page.
   */
  onError: (error: unknown) => boolean;
}

interface Run {
  options: PollOptions<unknown>;
  /** The wait before the next look. */
  delay: number;
}

/**
 * Watches something that settles on the server in its own time (an export being prepared, a domain being
 * verified): looks again and again with a growing wait until `onValue` says it has settled. One look at a time,
 * in the background of the host's own state. While the host is out of the page nothing runs and the look on its
 * way is aborted; back in the page, it looks again at once and carries on.
 *
 * ```ts
 * readonly #poll = new PollController(this);
 * this.#poll.start({
 *   check: (signal) => client.account.getExport(id, { signal }),
 *   onValue: (latest) => { this.#export = latest; return latest.status === 'pending'; },
 *   onError: (error) => describeError(error).retryable,
 * });
 * ```
 */
export class PollController implements ReactiveController {
  #run: Run | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #abort: AbortController | undefined;
  #connected = false;

  constructor(private readonly host: ReactiveControllerHost, private readonly timing: PollTiming = DEFAULT_POLL_TIMING) {
    host.addController(this);
  }

  /** Whether it is watching something. */
  get polling(): boolean {
    return this.#run !== undefined;
  }

  /** Starts watching, the first look after `timing.first`; whatever was watched before is let go. */
  start<T>(options: PollOptions<T>): void {
    this.stop();
    this.#run = { options: options as PollOptions<unknown>, delay: this.timing.first };
    this.#schedule(this.timing.first);
  }

  /** Stops watching; a look on its way is aborted and its answer dropped. */
  stop(): void {
    this.#run = undefined;
    this.#pause();
  }

  hostConnected(): void {
    this.#connected = true;
    // Back in the page after a while away: what was watched may have settled meanwhile, so look now.
    if (this.#run && this.#timer === undefined && this.#abort === undefined) this.#schedule(0);
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#pause();
  }

  #pause(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#abort?.abort();
    this.#abort = undefined;
  }

  #schedule(ms: number): void {
    if (!this.#connected) return;
    const run = this.#run;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      if (run) void this.#look(run);
    }, ms);
  }

  async #look(run: Run): Promise<void> {
    const abort = new AbortController();
    this.#abort = abort;
    let again: boolean;
    try {
      const value = await run.options.check(abort.signal);
      if (abort.signal.aborted || this.#run !== run) return;
      again = run.options.onValue(value);
    } catch (error) {
      if (abort.signal.aborted || this.#run !== run) return;
      again = run.options.onError(error);
    } finally {
      if (this.#abort === abort) this.#abort = undefined;
    }
    this.host.requestUpdate();
    if (this.#run !== run) return; // a callback started or stopped another watch
    if (!again) {
      this.#run = undefined;
      return;
    }
    run.delay = Math.min(run.delay * this.timing.factor, this.timing.max);
    this.#schedule(run.delay);
  }
}
