import { msg, str } from '@lit/localize';
import { css, html, type TemplateResult } from 'lit';
import type { VerificationPending } from '../../../sdk/index.js';
import { formatCountdown } from '../clock.js';
import { renderFormError } from '../feedback/form-error.js';
import { codeField } from '../fields/code.js';
import type { VerificationController } from './verification-controller.js';

/** The verified/unverified badge of the current address or number. Parts `badge` and `badge-verified`/`badge-unverified`. */
export function renderVerifiedBadge(verified: boolean): TemplateResult {
  return verified
    ? html`<span class="badge success" part="badge badge-verified">${msg('Verified', { id: 'tk.field.verified' })}</span>`
    : html`<span class="badge warning" part="badge badge-unverified">${msg('Unverified', { id: 'tk.field.unverified' })}</span>`;
}

/**
 * The end of the first step's form: a failure that belongs to no field (with the wait after a 429, or `detail`),
 * and "Send code", held while it sends or the wait runs. `submit` is what Try again repeats.
 */
export function renderStartActions<Start>(
  flow: VerificationController<Start>, form: { readonly formError: unknown; readonly submitting: boolean }, submit: () => void, detail?: string,
): TemplateResult {
  const wait = flow.rateLimit.seconds;
  return html`${renderFormError(form.formError, { retry: wait > 0 ? undefined : submit, detail: detail ?? flow.rateLimit.detail(form.formError) })}
    <div class="actions" part="actions">
      <button type="submit" class="primary" part="submit" aria-disabled=${form.submitting || wait > 0 ? 'true' : 'false'}>${form.submitting
        ? msg('Sending code…', { id: 'tk.verify.sending' }) : msg('Send code', { id: 'tk.verify.send' })}</button>
    </div>`;
}

/**
 * The code step of a verified change: where the code went and until when, the code field with Confirm, and a
 * resend that counts down to `resendAvailableAt` (described by the countdown, not announced each second), and a
 * cancel. Parts: `code-step`, `sent-to`, `form`, the code field's, `form-error`, `actions`, `submit`, `resend-status`,
 * `resend`, `cancel`.
 */
export function renderCodeStep<Start>(flow: VerificationController<Start>, pending: VerificationPending): TemplateResult {
  const { codeForm: form, actions, countdown, words } = flow;
  const expiresIn = countdown.secondsLeft(pending.expiresAt);
  const resendIn = countdown.secondsLeft(pending.resendAvailableAt);
  const busy = actions.busy();
  const statusId = form.fieldId('resend-status');
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    void flow.confirm();
  };
  return html`<div class="code-step" part="code-step">
    <p part="sent-to">${words.sentTo(pending.sentTo)} ${expiresIn > 0
      ? msg(str`It expires ${flow.format.relative(pending.expiresAt, flow.now)}.`, { id: 'tk.verify.expires' })
      : msg('This code has expired. Send a new one.', { id: 'tk.verify.code_expired' })}</p>
    <form part="form" novalidate @submit=${onSubmit}>
      ${codeField(form, { name: 'code', label: words.codeLabel, required: true })}
      ${renderFormError(form.formError, { retry: () => void flow.confirm() })}
      <div class="actions" part="actions">
        <button type="submit" class="primary" part="submit" aria-disabled=${busy ? 'true' : 'false'}>${actions.busyWith('confirm')
          ? msg('Confirming…', { id: 'tk.verify.confirming' }) : msg('Confirm', { id: 'tk.verify.confirm' })}</button>
      </div>
    </form>
    <div class="resend">
      <p id=${statusId} class="hint" part="resend-status">${resendIn > 0
        ? msg(str`You can ask for a new code in ${formatCountdown(resendIn)}.`, { id: 'tk.verify.resend_in' })
        : msg("Didn't get it? You can send a new code.", { id: 'tk.verify.resend_now' })}</p>
      <div class="actions">
        <button type="button" part="resend" aria-disabled=${busy || resendIn > 0 ? 'true' : 'false'} aria-describedby=${statusId}
          @click=${() => void flow.resend()}>${actions.busyWith('resend')
            ? msg('Sending…', { id: 'tk.verify.resending' }) : msg('Send a new code', { id: 'tk.verify.resend' })}</button>
        <button type="button" part="cancel" aria-disabled=${busy ? 'true' : 'false'}
          @click=${() => void flow.cancel()}>${actions.busyWith('cancel')
            ? msg('Cancelling…', { id: 'tk.verify.cancelling' }) : msg('Cancel change', { id: 'tk.verify.cancel' })}</button>
      </div>
    </div>
  </div>`;
}

/**
 * The layout of a verified change, for the elements that render one (`static styles = [..., verificationStyles,
 * styles]`): the current value line of the first step (`.current`: the address or number, then its badge) and the
 * code step.
 */
export const verificationStyles = css`
  .current { margin: 0; display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space-2); overflow-wrap: anywhere; }
  .current bdi { font-weight: 600; min-width: 0; }
  .code-step, .code-step form { display: grid; gap: var(--_space-4); }
  .code-step p { margin: 0; overflow-wrap: anywhere; }
  .code-step .actions { justify-content: flex-start; }
  .resend { display: grid; gap: var(--_space-2); padding-top: var(--_space-4); border-top: 1px solid var(--_border); }
`;
