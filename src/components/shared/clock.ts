import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Where an element reads the current time for relative times ("expires in 2 days"). The device's clock by
 * default; a demo or test running the reference backend on a manual clock passes that clock (it fits).
 */
export interface TimeSource {
  now(): Date;
}

/** Milliseconds since the epoch from `source`, or from the device's clock. */
export function nowFrom(source: TimeSource | undefined): number {
  return source ? source.now().getTime() : Date.now();
}

/**
 * Re-renders its host every `intervalMs` while it is connected, so that relative times on screen stay true
 * while a page stays open ("expires in 1 minute" becomes "expired 1 minute ago").
 */
export class TickController implements ReactiveController {
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly host: ReactiveControllerHost, private readonly intervalMs = 60_000) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#timer ??= setInterval(() => this.host.requestUpdate(), this.intervalMs);
  }

  hostDisconnected(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }
}

/**
 * Counts down to deadlines on screen ("Resend code in 0:27"): `secondsLeft(iso)` during render says how many
 * whole seconds remain and, while any do, re-renders the host on the next second, so the count stays true
 * without a timer running when nothing is counting down.
 */
export class CountdownController implements ReactiveController {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #due = 0;
  #connected = false;

  /** `clock`: where "now" comes from, as `TimeSource` says; the device's clock when it returns undefined. */
  constructor(private readonly host: ReactiveControllerHost, private readonly clock: () => TimeSource | undefined = () => undefined) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
  }

  hostDisconnected(): void {
    this.#connected = false;
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Whole seconds until `iso` (rounded up), 0 once it has passed or when there is no deadline. */
  secondsLeft(iso: string | null | undefined): number {
    const ms = iso ? Date.parse(iso) - nowFrom(this.clock()) : 0;
    if (!(ms > 0)) return 0;
    this.#tickIn(ms % 1000 || 1000);
    return Math.ceil(ms / 1000);
  }

  /** Re-renders in `ms`, or sooner when another deadline on screen changes its second first. */
  #tickIn(ms: number): void {
    const due = performance.now() + ms;
    if (!this.#connected || (this.#timer !== undefined && this.#due <= due)) return;
    clearTimeout(this.#timer);
    this.#due = due;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.host.requestUpdate();
    }, ms);
  }
}

/** A count of seconds as a clock reads it, "0:27", "14:05": the same in every language this kit speaks. */
export function formatCountdown(seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
