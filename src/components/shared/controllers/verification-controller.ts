import { msg, str } from '@lit/localize';
import { initialState, Task } from '@lit/task';
import type { ReactiveController } from 'lit';
// The guards' own module, not the SDK's index: the element's entry carries no schema (they load with the data).
import { isNotFoundError, isRateLimitError, isValidationError } from '../../../sdk/errors/kinds.js';
import type { Client, User, VerificationPending } from '../../../sdk/index.js';
import type { CodeConfirmation } from '../../../sdk/schemas/account.js';
import { CountdownController, nowFrom } from '../clock.js';
import { describeError } from '../describe-error.js';
import type { BoundFormat } from '../format.js';
import { TeamkitErrorEvent } from '../events.js';
import { renderNotice, type Notice } from '../feedback/notice.js';
import { renderTask } from '../feedback/states.js';
import { FormController } from '../form-controller.js';
import { ActionController } from './action-controller.js';
import type { TeamkitHost } from './host.js';
import { RateLimitController } from './rate-limit-controller.js';
import type { StartForm, VerificationOptions, VerificationWords } from './verification-types.js';

export type * from './verification-types.js';

type AccountSchemas = typeof import('../../../sdk/schemas/account.js');

const EMPTY_CODE = { code: '' };

/**
 * A change confirmed by a code sent to the new address or number (email, phone), as one shared flow: the account
 * and any pending change load together (so a reload resumes the code step), the first step sends the code, the
 * second takes it — with its expiry, the attempts left after a wrong one, a resend that counts down to
 * `resendAvailableAt`, and a cancel. Too many wrong codes, or a change that lapsed, bring the reader back to the
 * first step with the reason and the address they had typed. Every step runs through the action controller
 * (before-event, busy, call, after-event, announcement, `tk-error`); the element renders the first step, the
 * controller the rest (`render()`, and the code step in `verification-view.ts`).
 */
export class VerificationController<Start> implements ReactiveController {
  /** The account as last read or changed. */
  user: User | undefined;
  /** The change waiting for its code; null while none is. */
  pending: VerificationPending | null = null;
  /** The account schemas (and zod), loaded with the data rather than in the element's entry. */
  schemas: AccountSchemas | undefined;
  readonly actions: ActionController;
  readonly countdown: CountdownController;
  /** After too many wrong passwords or codes sent, the wait the server asked for, on the first step. */
  readonly rateLimit: RateLimitController;
  readonly codeForm: FormController<typeof CodeConfirmation>;
  readonly task: Task<readonly [Client | undefined], User>;
  #autofocused = false;

  constructor(private readonly host: TeamkitHost, private readonly options: VerificationOptions<Start>) {
    host.addController(this);
    this.actions = new ActionController(host);
    this.countdown = new CountdownController(host, () => options.clock?.());
    this.rateLimit = new RateLimitController(host);
    this.codeForm = new FormController<typeof CodeConfirmation>(host, () => this.schemas?.CodeConfirmation, EMPTY_CODE, {
      fieldMessage: (error) => this.#codeMessage(error.code),
    });
    this.task = new Task(host, {
      args: () => [options.client()] as const,
      task: async ([client], { signal }) => {
        if (!client) return initialState;
        const [user, pending, schemas] = await Promise.all([
          client.account.get({ signal }), options.calls(client).get({ signal }), import('../../../sdk/schemas/account.js'), options.prepare?.(),
        ]);
        this.pending = pending;
        this.schemas = schemas;
        this.user = user;
        options.loaded?.(user);
        return user;
      },
      onError: (error) => host.dispatchEvent(new TeamkitErrorEvent(error, 'load')),
    });
  }

  hostConnected(): void {}

  /**
   * With `autofocus` on the element (e.g. in a dialog that opened it), focus moves to the first field once the
   * data has loaded: the field is not there when the dialog gives focus out.
   */
  hostUpdated(): void {
    if (this.#autofocused || !this.host.autofocus || !this.user) return;
    const field = this.pending ? this.#codeField() : this.options.startField();
    if (!field) return;
    this.#autofocused = true;
    field.focus();
  }

  /** Dates and numbers in the reader's locale, as the element formats them. */
  get format(): BoundFormat {
    return this.host.format;
  }

  get words(): VerificationWords {
    return this.options.words();
  }

  /** Milliseconds since the epoch, on the flow's clock. */
  get now(): number {
    return nowFrom(this.options.clock?.());
  }

  /**
   * The loading and error states, then the outcome notice and either the code step or the element's first step.
   * `codeStep` renders the second step (see `renderCodeStep`).
   */
  render(views: { start: (user: User) => unknown; codeStep: (pending: VerificationPending) => unknown }): unknown {
    return renderTask(this.task, {
      complete: () => [
        renderNotice(this.actions.notice, { onDismiss: () => this.actions.dismiss() }),
        this.pending ? views.codeStep(this.pending) : (this.user && views.start(this.user)),
      ],
    });
  }

  /**
   * Sends the code for `input` (the first step's values, with the password) to `target`. Resolves true when the
   * code step shows; rejects with the failure, for the first step's form to put on its fields.
   */
  async start(input: Start, target: string): Promise<boolean> {
    const client = this.options.client();
    if (!client) return false;
    const pending = await this.actions.run({
      key: 'start',
      before: () => this.options.events.beforeStart(target),
      call: (signal) => this.options.calls(client).start(input, { signal }),
      after: (next) => {
        this.#blurFocused();
        this.pending = next;
        this.codeForm.reset(EMPTY_CODE);
        return this.options.events.started(next);
      },
      action: this.options.actions.start,
      success: (next) => ({ announce: this.words.sentTo(next.sentTo), notice: false }),
      focus: () => this.#codeField(),
    });
    return pending !== undefined;
  }

  /**
   * Submits the first step: validates `form`, sends the code to `targetOf(input)`, then empties the form to `empty`
   * (the password leaves it). Failures land on its fields or as its form error; a 429 starts the wait.
   */
  async submitStart<Values>(form: StartForm<Start, Values>, empty: Values, targetOf: (input: Start) => string): Promise<void> {
    if (form.submitting || this.rateLimit.seconds > 0) return;
    await form.submit(async (input) => {
      if (await this.start(input, targetOf(input))) form.reset(empty);
    });
    this.rateLimit.note(form.formError);
  }

  /** Checks the typed code; a wrong one stays on the field with the attempts left. */
  async confirm(): Promise<void> {
    const client = this.options.client();
    const pending = this.pending;
    if (!client || !pending || this.codeForm.submitting) return;
    let failure: unknown;
    await this.codeForm.submit(async (input) => {
      try {
        await this.actions.run({
          key: 'confirm',
          before: () => this.options.events.beforeConfirm(pending.sentTo),
          call: (signal) => this.options.calls(client).confirm(input, { signal }),
          after: (user) => {
            this.user = user;
            this.#leaveCodeStep();
            return this.options.events.confirmed(user);
          },
          action: this.options.actions.confirm,
          success: (user) => ({ announce: this.words.confirmed(user) }),
          focus: () => this.options.startField(),
        });
      } catch (error) {
        failure = error;
        // Counted before the form words the error, which names the attempts left.
        if (codeOf(error) === 'invalid_code' && this.pending) this.pending = { ...this.pending, attemptsLeft: Math.max(0, this.pending.attemptsLeft - 1) };
        throw error;
      }
    });
    if (codeOf(failure) === 'too_many_attempts') {
      this.#restart(pending.sentTo, {
        tone: 'warning',
        title: msg('Too many wrong codes', { id: 'tk.verify.too_many_title' }),
        detail: msg('For your security the change was cancelled. Start again to get a new code.', { id: 'tk.verify.too_many_detail' }),
      });
    } else if (isNotFoundError(failure)) {
      this.#restart(pending.sentTo, this.#lapsed());
    }
  }

  /** Sends a new code, once the cooldown is over. */
  async resend(): Promise<void> {
    const client = this.options.client();
    const pending = this.pending;
    if (!client || !pending || this.actions.busy() || this.countdown.secondsLeft(pending.resendAvailableAt) > 0) return;
    try {
      await this.actions.run({
        key: 'resend',
        before: () => this.options.events.beforeResend(pending.sentTo),
        call: (signal) => this.options.calls(client).resend({ signal }),
        after: (next) => {
          this.pending = next;
          this.codeForm.reset(EMPTY_CODE);
          return this.options.events.resent(next);
        },
        action: this.options.actions.resend,
        success: { announce: msg(str`We sent a new code to ${pending.sentTo}.`, { id: 'tk.verify.resent' }) },
      });
    } catch (error) {
      if (isRateLimitError(error) && this.pending) {
        // The server's own wait replaces the one it told us before: the countdown shows it.
        this.pending = { ...this.pending, resendAvailableAt: new Date(this.now + (error.retryAfter ?? 30) * 1000).toISOString() };
      }
      this.#failed(error, pending.sentTo, msg("Couldn't send a new code", { id: 'tk.verify.resend_failed' }));
    }
  }

  /** Drops the pending change and goes back to the first step, with the address in the form. */
  async cancel(): Promise<void> {
    const client = this.options.client();
    const pending = this.pending;
    if (!client || !pending || this.actions.busy()) return;
    try {
      await this.actions.run({
        key: 'cancel',
        before: () => this.options.events.beforeCancel(pending.sentTo),
        call: (signal) => this.options.calls(client).cancel({ signal }),
        after: () => {
          this.#leaveCodeStep();
          this.options.restart(pending.sentTo);
          return this.options.events.cancelled(pending.sentTo);
        },
        action: this.options.actions.cancel,
        success: { announce: this.words.cancelled },
        focus: () => this.options.startField(),
      });
    } catch (error) {
      this.#failed(error, pending.sentTo, msg("Couldn't cancel the change", { id: 'tk.verify.cancel_failed' }));
    }
  }

  /** A resend or cancel failed: a change that is gone leads back to the start; anything else is a notice. */
  #failed(error: unknown, target: string, title: string): void {
    if (isNotFoundError(error)) {
      this.#restart(target, this.#lapsed());
      return;
    }
    const { title: reason, detail } = describeError(error);
    this.actions.notice = { tone: 'danger', title, detail: `${reason}. ${detail}` };
    this.host.requestUpdate();
  }

  #lapsed(): Notice {
    return {
      tone: 'warning',
      title: msg('This change is no longer waiting for a code', { id: 'tk.verify.lapsed_title' }),
      detail: msg('It expired or was cancelled elsewhere. Start again.', { id: 'tk.verify.lapsed_detail' }),
    };
  }

  /**
   * Blurs the focused field before its step leaves the page: its blur during that render (touching the form)
   * would ask for another render in the middle of this one.
   */
  #blurFocused(): void {
    (this.host.renderRoot instanceof ShadowRoot ? this.host.renderRoot.activeElement as HTMLElement | null : null)?.blur();
  }

  #leaveCodeStep(): void {
    this.#blurFocused();
    this.pending = null;
    this.codeForm.reset(EMPTY_CODE);
  }

  /** Back to the first step, saying why, with `target` back in its field and focus on it. */
  #restart(target: string, notice: Notice): void {
    this.#leaveCodeStep();
    this.options.restart(target);
    this.actions.notice = notice;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.options.startField()?.focus());
  }

  #codeField(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('[part~="input"][part~="code"]');
  }

  /** A wrong code in the reader's words, with the attempts left. */
  #codeMessage(code: string): string | undefined {
    const left = this.pending?.attemptsLeft ?? 0;
    switch (code) {
      case 'invalid_code': return this.host.format.plural(left) === 'one'
        ? msg("This code isn't right. 1 attempt left.", { id: 'tk.verify.wrong_one' })
        : msg(str`This code isn't right. ${this.host.format.number(left)} attempts left.`, { id: 'tk.verify.wrong' });
      case 'expired': return msg('This code has expired. Send a new one.', { id: 'tk.verify.code_expired' });
      default: return undefined;
    }
  }
}

/** The field error code of a failed confirmation (`invalid_code`, `expired`, `too_many_attempts`), if it was one. */
function codeOf(error: unknown): string | undefined {
  return isValidationError(error) ? error.fieldErrors.find((fieldError) => fieldError.field === 'code')?.code : undefined;
}
