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
