import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { User } from '../../sdk/index.js';
import type { PhoneChangeStart } from '../../sdk/schemas/account.js';
import type { TimeSource } from '../shared/clock.js';
import { VerificationController } from '../shared/controllers/verification-controller.js';
import { renderCodeStep, renderStartActions, renderVerifiedBadge, verificationStyles } from '../shared/controllers/verification-view.js';
import type { PhoneField } from '../shared/fields/phone-field.js';
import { passwordField } from '../shared/fields/password.js';
import { FormController } from '../shared/form-controller.js';
import { TeamkitElement } from '../shared/teamkit-element.js';
import {
  BeforePhoneChangeCancelEvent, BeforePhoneChangeConfirmEvent, BeforePhoneChangeResendEvent, BeforePhoneChangeStartEvent,
  PhoneChangeCancelledEvent, PhoneChangedEvent, PhoneChangeResentEvent, PhoneChangeStartedEvent,
} from './phone-change-form.events.js';
import { styles } from './phone-change-form.styles.js';

type Places = typeof import('./phone-change-form.places.js');
type PhoneValues = { newPhone: string; password: string };

const EMPTY: PhoneValues = { newPhone: '', password: '' };

/**
 * Changes (or adds, or verifies) the signed-in person's phone number, proven by a code sent by SMS: the number —
 * a country calling code and the national number, sent as one E.164 value — and the current password send a
 * 6-digit code to it; typing the code makes it the account's verified number. The current number shows with a
 * Verified or Unverified badge; an unverified one is offered for verifying. The code step (expiry, attempts left,
 * a resend that counts down, cancel), the way back after too many wrong codes and the resumption after a reload are
 * the same as `<email-change-form>`'s. Once applied it fires `tk-phone-changed` with the account (a `<profile-form>`
 * on the page re-reads it). With `autofocus`, focus moves to its first field once it has loaded.
 *
 * @summary Change or verify your phone number with a code sent by SMS.
 *
 * @fires {BeforePhoneChangeStartEvent} tk-before-phone-change-start - Cancelable. A code is about to be sent to `event.newPhone`.
 * @fires {PhoneChangeStartedEvent} tk-phone-change-started - The code was sent; `event.pending` (sentTo, expiresAt, resendAvailableAt, attemptsLeft).
 * @fires {BeforePhoneChangeConfirmEvent} tk-before-phone-change-confirm - Cancelable. The typed code is about to be checked.
 * @fires {PhoneChangedEvent} tk-phone-changed - The new number is the account's verified phone; `event.user`.
 * @fires {BeforePhoneChangeResendEvent} tk-before-phone-change-resend - Cancelable. A new code is about to be sent.
 * @fires {PhoneChangeResentEvent} tk-phone-change-resent - A new code was sent; `event.pending`.
 * @fires {BeforePhoneChangeCancelEvent} tk-before-phone-change-cancel - Cancelable. The pending change is about to be cancelled.
 * @fires {PhoneChangeCancelledEvent} tk-phone-change-cancelled - The pending change was cancelled; `event.newPhone`.
 * @fires {TeamkitErrorEvent} tk-error - Something failed; `event.error`, and `event.action`: `load`, `phone-change-start`,
 *   `phone-change-confirm`, `phone-change-resend` or `phone-change-cancel`.
 *
 * @csspart current - The current number with its badge, or that there is none.
 * @csspart badge - "Verified" / "Unverified"; also `badge-verified` or `badge-unverified`.
 * @csspart form - The first step's form, and the code step's.
 * @csspart field - Each field; also `field-newPhone`, `field-password`, `field-code`.
 * @csspart label - Field labels (the phone's is its fieldset's legend).
 * @csspart input - The fields' controls; the phone's two are also `select country-code` and `phone-number`, the code's `code`.
 * @csspart hint - Field hints.
 * @csspart field-error - A field's error: a number in the wrong format, a wrong password, a wrong or expired code.
 * @csspart toggle-password - Show password.
 * @csspart form-error - A failure that belongs to no field, e.g. the wait after too many attempts.
 * @csspart retry - "Try again" in a form error, when it may help.
 * @csspart actions - A row of buttons.
 * @csspart submit - "Send code" in the first step, "Confirm" in the code step.
 * @csspart code-step - The second step: where the code went, the code, resend and cancel.
 * @csspart sent-to - "We sent a 6-digit code by SMS to … It expires in 15 minutes."
 * @csspart resend-status - When a new code may be sent ("You can ask for a new code in 0:27.").
 * @csspart resend - "Send a new code", unavailable while the cooldown runs.
 * @csspart cancel - "Cancel change".
 * @csspart notice - An outcome: `notice success` (changed, cancelled, new code sent), `notice warning` (too many wrong
 *   codes, a change that lapsed), `notice danger` (a resend or cancel failed).
 * @csspart dismiss - Dismiss on a notice.
 * @csspart state - Loading and error panels (`state loading`, `state error`).
 *
 * @cssprop [--tk-phone-change-form-max-width=32rem] - Widest the element grows.
 * @cssprop [--tk-phone-change-form-gap=var(--tk-space-4)] - Space between its parts.
 *
 * @example
 * ```html
 * <teamkit-provider base-url="/api">
 *   <phone-change-form></phone-change-form>
 * </teamkit-provider>
 * ```
 */
export class PhoneChangeForm extends TeamkitElement {
  static override styles = [...TeamkitElement.styles, verificationStyles, styles];

  /** Where "now" comes from for the code's expiry and the resend countdown. Defaults to the device's clock. */
  @property({ attribute: false }) accessor clock: TimeSource | undefined = undefined;

  /** The phone field and its calling codes, loaded with the account rather than in the element's entry. */
  #places: Places | undefined;
  #phone: PhoneField<PhoneValues> | undefined;

  readonly #flow = new VerificationController<PhoneChangeStart>(this, {
    client: () => this.api,
    calls: (client) => ({
      get: (options) => client.account.getPhoneChange(options),
      start: (input, options) => client.account.startPhoneChange(input, options),
      resend: (options) => client.account.resendPhoneChange(options),
      cancel: (options) => client.account.cancelPhoneChange(options),
      confirm: (input, options) => client.account.confirmPhoneChange(input, options),
    }),
    events: {
      beforeStart: (target) => new BeforePhoneChangeStartEvent(target),
      started: (pending) => new PhoneChangeStartedEvent(pending),
      beforeConfirm: (target) => new BeforePhoneChangeConfirmEvent(target),
      confirmed: (user) => new PhoneChangedEvent(user),
      beforeResend: (target) => new BeforePhoneChangeResendEvent(target),
      resent: (pending) => new PhoneChangeResentEvent(pending),
      beforeCancel: (target) => new BeforePhoneChangeCancelEvent(target),
      cancelled: (target) => new PhoneChangeCancelledEvent(target),
    },
    actions: { start: 'phone-change-start', confirm: 'phone-change-confirm', resend: 'phone-change-resend', cancel: 'phone-change-cancel' },
    words: () => ({
      codeLabel: msg('Code from the SMS', { id: 'tk.phone-change-form.code' }),
      sentTo: (target) => msg(str`We sent a 6-digit code by SMS to ${target}.`, { id: 'tk.phone-change-form.sent_to' }),
      confirmed: (user) => msg(str`Your phone number is now ${user.phone ?? ''}, verified`, { id: 'tk.phone-change-form.changed' }),
      cancelled: msg('Phone number change cancelled', { id: 'tk.phone-change-form.cancelled' }),
    }),
    restart: (target) => this.#form.reset({ newPhone: target, password: '' }),
    startField: () => this.renderRoot.querySelector<HTMLElement>('[part~="phone-number"]'),
    clock: () => this.clock,
    prepare: async () => {
      this.#places = await import('./phone-change-form.places.js');
    },
    loaded: (user) => this.#fill(user),
  });

  readonly #form = new FormController<typeof PhoneChangeStart, PhoneValues>(this, () => this.#flow.schemas?.PhoneChangeStart, EMPTY, {
    validate: ({ newPhone }) => ({
      newPhone: this.#flow.user?.phoneVerified && newPhone === this.#flow.user.phone
        ? msg('This is already your phone number.', { id: 'tk.phone-change-form.same' }) : undefined,
    }),
  });

  /** An unverified number is offered for verifying; otherwise the field starts empty, on the reader's calling code. */
  #fill(user: User): void {
    const places = this.#places;
    if (!places) return;
    this.#phone ??= new places.PhoneField(this, this.#form, 'newPhone', { country: () => this.#flow.user?.country });
    this.#form.reset({ newPhone: user.phone !== null && !user.phoneVerified ? user.phone : '', password: '' });
    this.#phone.sync(user.country ?? places.regionOfLocale(this.formatSettings.locale));
  }

  protected override render() {
    return html`<div class="body">${this.#flow.render({
      start: (user) => this.#renderStart(user),
      codeStep: (pending) => renderCodeStep(this.#flow, pending),
    })}</div>`;
  }

  #renderStart(user: User): TemplateResult | typeof nothing {
    const phone = this.#phone;
    if (!phone) return nothing;
    const form = this.#form;
    return html`<p class="current" part="current">${user.phone === null
      ? msg("You haven't added a phone number yet.", { id: 'tk.phone-change-form.none' })
      : html`${msg('Your phone number:', { id: 'tk.phone-change-form.current' })} <bdi dir="ltr">${user.phone}</bdi> ${renderVerifiedBadge(user.phoneVerified)}`}</p>
      <form part="form" novalidate aria-label=${msg('Change phone number', { id: 'tk.phone-change-form.title' })} @submit=${this.#onSubmit}>
        <input type="email" name="username" autocomplete="username" .value=${user.email} hidden readonly />
        ${phone.render({
          label: user.phoneVerified ? msg('New phone number', { id: 'tk.phone-change-form.new' }) : msg('Phone number', { id: 'tk.phone-change-form.number' }),
          locale: this.formatSettings.locale,
          hint: msg("We'll send a code to it by SMS, to check that it's yours.", { id: 'tk.phone-change-form.hint' }),
        })}
        ${passwordField(form, {
          name: 'password',
          label: msg('Current password', { id: 'tk.phone-change-form.password' }),
          autocomplete: 'current-password',
          required: true,
        })}
        ${renderStartActions(this.#flow, form, () => void this.#start())}
      </form>`;
  }

  #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.#start();
  };

  /** The first step: a code by SMS to the new number. */
  #start(): Promise<void> {
    return this.#flow.submitStart(this.#form, EMPTY, (input) => input.newPhone);
  }
}
