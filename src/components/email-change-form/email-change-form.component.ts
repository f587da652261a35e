import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
// The guard's own module and the limits without zod: the schemas load with the data (see the flow's load).
import { isConflictError } from '../../sdk/errors/kinds.js';
import type { User } from '../../sdk/index.js';
import type { EmailChangeStart } from '../../sdk/schemas/account.js';
import { TEXT_LIMITS } from '../../sdk/schemas/limits.js';
import type { TimeSource } from '../shared/clock.js';
import { VerificationController } from '../shared/controllers/verification-controller.js';
import { renderCodeStep, renderStartActions, renderVerifiedBadge, verificationStyles } from '../shared/controllers/verification-view.js';
import { passwordField } from '../shared/fields/password.js';
import { textField } from '../shared/fields/text.js';
import { FormController } from '../shared/form-controller.js';
import { TeamkitElement } from '../shared/teamkit-element.js';
import {
  BeforeEmailChangeCancelEvent, BeforeEmailChangeConfirmEvent, BeforeEmailChangeResendEvent, BeforeEmailChangeStartEvent,
  EmailChangeCancelledEvent, EmailChangedEvent, EmailChangeResentEvent, EmailChangeStartedEvent,
} from './email-change-form.events.js';
import { styles } from './email-change-form.styles.js';

const EMPTY = { newEmail: '', password: '' };

/**
 * Changes the signed-in person's email address, proven by a code: the new address and the current password send a
 * 6-digit code to the new address; typing it applies the change. The code step says where the code went and until
 * when it works, counts down to when a new one may be sent, takes a wrong code with the attempts left, and lets the
 * reader cancel. Too many wrong codes, or a change that lapsed, lead back to the first step with the reason and the
 * address kept. A change waiting for its code survives a page reload: the element opens on its code step.
 *
 * Once applied it fires `tk-email-changed` with the account: other views of it refresh from `event.user` (a
 * `<profile-form>` on the page re-reads the account by itself). `<profile-form>`'s "Change email" opens this element
 * in a dialog (registering it then, under profile-form's own prefix) and closes it once the change applied; it also
 * stands on a page of its own or in a dialog of yours. With `autofocus`, focus moves to its first field once it has
 * loaded, as a dialog needs.
 *
 * @summary Change your email address, confirmed by a code sent to the new one.
 *
 * @fires {BeforeEmailChangeStartEvent} tk-before-email-change-start - Cancelable. A code is about to be sent to `event.newEmail`.
 * @fires {EmailChangeStartedEvent} tk-email-change-started - The code was sent; `event.pending` (sentTo, expiresAt, resendAvailableAt, attemptsLeft).
 * @fires {BeforeEmailChangeConfirmEvent} tk-before-email-change-confirm - Cancelable. The typed code is about to be checked.
 * @fires {EmailChangedEvent} tk-email-changed - The new address is the account's email; `event.user`.
 * @fires {BeforeEmailChangeResendEvent} tk-before-email-change-resend - Cancelable. A new code is about to be sent.
 * @fires {EmailChangeResentEvent} tk-email-change-resent - A new code was sent; `event.pending`.
 * @fires {BeforeEmailChangeCancelEvent} tk-before-email-change-cancel - Cancelable. The pending change is about to be cancelled.
 * @fires {EmailChangeCancelledEvent} tk-email-change-cancelled - The pending change was cancelled; `event.newEmail`.
 * @fires {TeamkitErrorEvent} tk-error - Something failed; `event.error`, and `event.action`: `load`, `email-change-start`,
 *   `email-change-confirm`, `email-change-resend` or `email-change-cancel`.
 *
 * @csspart current - The current address with its badge.
 * @csspart badge - "Verified" / "Unverified"; also `badge-verified` or `badge-unverified`.
 * @csspart form - The first step's form, and the code step's.
 * @csspart field - Each field; also `field-newEmail`, `field-password`, `field-code`.
 * @csspart label - Field labels.
 * @csspart input - The fields' controls; the code's is also `code`.
 * @csspart hint - Field hints.
 * @csspart counter - The new address's character count, near its limit.
 * @csspart field-error - A field's error: a wrong password, a wrong or expired code with the attempts left.
 * @csspart toggle-password - Show password.
 * @csspart form-error - A failure that belongs to no field, e.g. an address another account uses, or the wait after too many attempts.
 * @csspart retry - "Try again" in a form error, when it may help.
 * @csspart actions - A row of buttons.
 * @csspart submit - "Send code" in the first step, "Confirm" in the code step.
 * @csspart code-step - The second step: where the code went, the code, resend and cancel.
 * @csspart sent-to - "We sent a 6-digit code to … It expires in 15 minutes."
 * @csspart resend-status - When a new code may be sent ("You can ask for a new code in 0:27.").
 * @csspart resend - "Send a new code", unavailable while the cooldown runs.
 * @csspart cancel - "Cancel change".
 * @csspart notice - An outcome: `notice success` (changed, cancelled, new code sent), `notice warning` (too many wrong
 *   codes, a change that lapsed), `notice danger` (a resend or cancel failed).
 * @csspart dismiss - Dismiss on a notice.
 * @csspart state - Loading and error panels (`state loading`, `state error`).
 *
 * @cssprop [--tk-email-change-form-max-width=32rem] - Widest the element grows.
 * @cssprop [--tk-email-change-form-gap=var(--tk-space-4)] - Space between its parts.
 *
 * @example
 * ```html
 * <teamkit-provider base-url="/api">
 *   <email-change-form></email-change-form>
 * </teamkit-provider>
 * <script type="module">
 *   document.addEventListener('tk-email-changed', (event) => updateHeader(event.user.email));
 * </script>
 * ```
 */
export class EmailChangeForm extends TeamkitElement {
  static override styles = [...TeamkitElement.styles, verificationStyles, styles];

  /** Where "now" comes from for the code's expiry and the resend countdown. Defaults to the device's clock. */
  @property({ attribute: false }) accessor clock: TimeSource | undefined = undefined;

  readonly #flow = new VerificationController<EmailChangeStart>(this, {
    client: () => this.api,
    calls: (client) => ({
      get: (options) => client.account.getEmailChange(options),
      start: (input, options) => client.account.startEmailChange(input, options),
      resend: (options) => client.account.resendEmailChange(options),
      cancel: (options) => client.account.cancelEmailChange(options),
      confirm: (input, options) => client.account.confirmEmailChange(input, options),
    }),
    events: {
      beforeStart: (target) => new BeforeEmailChangeStartEvent(target),
      started: (pending) => new EmailChangeStartedEvent(pending),
      beforeConfirm: (target) => new BeforeEmailChangeConfirmEvent(target),
      confirmed: (user) => new EmailChangedEvent(user),
      beforeResend: (target) => new BeforeEmailChangeResendEvent(target),
      resent: (pending) => new EmailChangeResentEvent(pending),
      beforeCancel: (target) => new BeforeEmailChangeCancelEvent(target),
      cancelled: (target) => new EmailChangeCancelledEvent(target),
    },
    actions: { start: 'email-change-start', confirm: 'email-change-confirm', resend: 'email-change-resend', cancel: 'email-change-cancel' },
    words: () => ({
      codeLabel: msg('Code from the email', { id: 'tk.email-change-form.code' }),
      sentTo: (target) => msg(str`We sent a 6-digit code to ${target}.`, { id: 'tk.email-change-form.sent_to' }),
      confirmed: (user) => msg(str`Your email address is now ${user.email}`, { id: 'tk.email-change-form.changed' }),
      cancelled: msg('Email change cancelled', { id: 'tk.email-change-form.cancelled' }),
    }),
    restart: (target) => this.#form.reset({ newEmail: target, password: '' }),
    startField: () => this.renderRoot.querySelector<HTMLElement>('[part~="field-newEmail"] input'),
    clock: () => this.clock,
  });

  readonly #form = new FormController<typeof EmailChangeStart>(this, () => this.#flow.schemas?.EmailChangeStart, EMPTY, {
    validate: ({ newEmail }) => ({
      newEmail: this.#flow.user && newEmail.trim().toLowerCase() === this.#flow.user.email.toLowerCase()
        ? msg('This is already your email address.', { id: 'tk.email-change-form.same' }) : undefined,
    }),
  });

  protected override render() {
    return html`<div class="body">${this.#flow.render({
      start: (user) => this.#renderStart(user),
      codeStep: (pending) => renderCodeStep(this.#flow, pending),
    })}</div>`;
  }

  #renderStart(user: User): TemplateResult {
    const form = this.#form;
    const conflict = isConflictError(form.formError)
      ? msg('Another account already uses this address. Use a different one.', { id: 'tk.email-change-form.taken' }) : undefined;
    return html`<p class="current" part="current">${msg('Your email address:', { id: 'tk.email-change-form.current' })}
        <bdi>${user.email}</bdi> ${renderVerifiedBadge(user.emailVerified)}</p>
      <form part="form" novalidate aria-label=${msg('Change email', { id: 'tk.email-change-form.title' })} @submit=${this.#onSubmit}>
        <input type="email" name="username" autocomplete="username" .value=${user.email} hidden readonly />
        ${textField(form, {
          name: 'newEmail',
          label: msg('New email address', { id: 'tk.email-change-form.new' }),
          hint: msg("We'll send a code to it, to check that it's yours.", { id: 'tk.email-change-form.new_hint' }),
          type: 'email',
          autocomplete: 'email',
          maxlength: TEXT_LIMITS.email,
          required: true,
        })}
        ${passwordField(form, {
          name: 'password',
          label: msg('Current password', { id: 'tk.email-change-form.password' }),
          autocomplete: 'current-password',
          required: true,
        })}
        ${renderStartActions(this.#flow, form, () => void this.#start(), conflict)}
      </form>`;
  }

  #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.#start();
  };

  /** The first step: a code to the new address. */
  #start(): Promise<void> {
    return this.#flow.submitStart(this.#form, EMPTY, (input) => input.newEmail);
  }
}
