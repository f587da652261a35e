import { msg, str } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
// The guard's own module, not the SDK's index: an element that shows a wait should not bundle the schemas.
import { isRateLimitError } from '../../../sdk/errors/kinds.js';
import { CountdownController, formatCountdown } from '../clock.js';

/** When the server gives no `Retry-After`, the wait assumed, in seconds. */
const DEFAULT_WAIT = 30;

/**
 * After a 429, the wait the server asked for (`Retry-After`), counted down on screen: `note(error)` after each
 * failure, `seconds` while rendering (0 once the server takes requests again) to hold the submit button, and
 * `detail(error)` for `renderFormError`: "Too many attempts. You can try again in 14:32." Password checks and
 * verification codes are throttled per account, so a form that sends either shows the wait this way.
 */
export class RateLimitController implements ReactiveController {
  #until: string | undefined;
  readonly #countdown: CountdownController;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
    this.#countdown = new CountdownController(host);
  }

  hostConnected(): void {}

  /** Takes the outcome of a request in: a 429 starts the wait, anything else ends it. */
  note(error: unknown): void {
    this.#until = isRateLimitError(error)
      ? new Date(Date.now() + (error.retryAfter ?? DEFAULT_WAIT) * 1000).toISOString()
      : undefined;
    this.host.requestUpdate();
  }

  /** Whole seconds until the server takes requests again; 0 when it does. */
  get seconds(): number {
    return this.#countdown.secondsLeft(this.#until);
  }

  /** The wait in words when `error` is a 429 (or, once it is over, that the reader may try again); else undefined. */
  detail(error: unknown): string | undefined {
    if (!isRateLimitError(error)) return undefined;
    const seconds = this.seconds;
    return seconds > 0
      ? msg(str`Too many attempts. You can try again in ${formatCountdown(seconds)}.`, { id: 'tk.wait.until' })
      : msg('You can try again now.', { id: 'tk.wait.over' });
  }
}
