import { msg, str } from '@lit/localize';
import { initialState, Task } from '@lit/task';
import { html, type TemplateResult } from 'lit';
import type { RevokedSessions, User } from '../../sdk/index.js';
import type { PasswordChange } from '../../sdk/schemas/account.js';
import { ActionController } from '../shared/controllers/action-controller.js';
import { RateLimitController } from '../shared/controllers/rate-limit-controller.js';
import { renderFormError, renderNotice, renderTask } from '../shared/feedback/index.js';
import { passwordField } from '../shared/fields/password.js';
import { FormController } from '../shared/form-controller.js';
import { TeamkitElement } from '../shared/teamkit-element.js';
import { BeforePasswordChangeEvent, PasswordChangedEvent } from './password-form.events.js';
import { styles } from './password-form.styles.js';

// A type, not an interface: form values are a record of fields.
type PasswordValues = {
  currentPassword: string;
  newPassword: string;
  /** The new password typed again: checked here, never sent. */
  repeatPassword: string;
};

const EMPTY: PasswordValues = { currentPassword: '', newPassword: '', repeatPassword: '' };

/**
 * Changes the signed-in person's password: the current one, then the new one twice. The new password's hint
 * states the policy (`PASSWORD_POLICY`: at least 12 characters), counts down to it and then rates its strength
 * (letters, numbers and symbols recommended). A wrong current password is refused on its field; after too many
 * the server makes the reader wait, and the form says how long. On success the fields clear and the form says how
 * many other devices were signed out (a new password ends every other session). A hidden username field lets
 * password managers store the new password for the right account. Account-level: no workspace needed.
 *
 * @summary Change your password; other devices are signed out.
 *
 * @fires {BeforePasswordChangeEvent} tk-before-password-change - Cancelable. The form is valid and about to be sent; carries no password.
 * @fires {PasswordChangedEvent} tk-password-changed - The password was changed; `event.revoked` other devices were signed out.
 * @fires {TeamkitErrorEvent} tk-error - Something failed; `event.error`, and `event.action`: `load` or `password-change`.
 *
 * @csspart form - The form.
 * @csspart field - Each field; also `field-currentPassword`, `field-newPassword`, `field-repeatPassword`.
 * @csspart label - Field labels.
 * @csspart input - The password inputs.
 * @csspart hint - Field hints: the policy and strength of the new password.
 * @csspart field-error - A field's error: a wrong current password, a repeat that does not match.
 * @csspart toggle-password - Each field's Show password button.
 * @csspart form-error - A failure that belongs to no field, e.g. too many attempts with the wait (`form-error danger`).
 * @csspart retry - "Try again" in the form error, when it may help.
 * @csspart notice - The outcome: `notice success`, with how many devices were signed out.
 * @csspart dismiss - Dismiss on the outcome.
 * @csspart actions - The row of the submit button.
 * @csspart submit - "Change password".
 * @csspart state - Loading and error panels (`state loading`, `state error`).
 *
 * @cssprop [--tk-password-form-max-width=32rem] - Widest the form grows.
 * @cssprop [--tk-password-form-gap=var(--tk-space-4)] - Space between fields.
 *
 * @example
 * ```html
 * <teamkit-provider base-url="/api">
 *   <password-form></password-form>
 * </teamkit-provider>
 * <script type="module">
 *   document.addEventListener('tk-password-changed', (event) => console.log(`${event.revoked} devices signed out`));
 * </script>
 * ```
 */
export class PasswordForm extends TeamkitElement {
  static override styles = [...TeamkitElement.styles, styles];

  /** The form's schema, loaded with the account rather than in the element's entry (zod comes with it). */
  #schema: typeof PasswordChange | undefined;

  readonly #form = new FormController<typeof PasswordChange, PasswordValues>(this, () => this.#schema, EMPTY, {
    toInput: ({ currentPassword, newPassword }) => ({ currentPassword, newPassword }),
    validate: (values) => ({
      newPassword: values.newPassword !== '' && values.newPassword === values.currentPassword
        ? msg('Choose a password different from your current one.', { id: 'tk.password-form.same' }) : undefined,
      repeatPassword: values.repeatPassword !== values.newPassword
        ? (values.repeatPassword === ''
          ? msg('Type the new password again.', { id: 'tk.password-form.repeat_missing' })
          : msg("The passwords don't match.", { id: 'tk.password-form.mismatch' }))
        : undefined,
    }),
  });

  readonly #actions = new ActionController(this);
  /** After too many wrong passwords, the wait the server asked for. */
  readonly #rateLimit = new RateLimitController(this);

  readonly #load = new Task(this, {
    args: () => [this.api] as const,
    task: async ([client], { signal }): Promise<User | typeof initialState> => {
      if (!client) return initialState;
      // The account names the hidden username field; the schema (with zod, which the client has already) arrives meanwhile.
      const [user, { PasswordChange }] = await Promise.all([client.account.get({ signal }), import('../../sdk/schemas/account.js')]);
      this.#schema = PasswordChange;
      return user;
    },
    onError: (error) => this.reportError(error, 'load'),
  });

  protected override render() {
    return renderTask(this.#load, { complete: (user) => this.#renderForm(user) });
  }

  #renderForm(user: User): TemplateResult {
    const form = this.#form;
    const wait = this.#rateLimit.seconds;
    const blocked = form.submitting || wait > 0;
    return html`<form part="form" novalidate aria-label=${msg('Change password', { id: 'tk.password-form.title' })} @submit=${this.#onSubmit}>
      <input type="email" name="username" autocomplete="username" .value=${user.email} hidden readonly />
      ${passwordField(form, {
        name: 'currentPassword',
        label: msg('Current password', { id: 'tk.password-form.current' }),
        autocomplete: 'current-password',
        required: true,
      })}
      ${passwordField(form, {
        name: 'newPassword',
        label: msg('New password', { id: 'tk.password-form.new' }),
        // Up front only: once typing starts, the strength hint names what would help.
        hint: form.values.newPassword === '' ? msg('Letters, numbers and symbols together make it strongest.', { id: 'tk.password-form.new_hint' }) : undefined,
        required: true,
      })}
      ${passwordField(form, {
        name: 'repeatPassword',
        label: msg('Repeat new password', { id: 'tk.password-form.repeat' }),
        policy: false,
        required: true,
      })}
      ${renderFormError(form.formError, { retry: wait > 0 ? undefined : () => void this.#change(), detail: this.#rateLimit.detail(form.formError) })}
      ${renderNotice(this.#actions.notice, { onDismiss: () => this.#actions.dismiss() })}
      <div class="actions" part="actions">
        <button type="submit" class="primary" part="submit" aria-disabled=${blocked ? 'true' : 'false'}>${form.submitting
          ? msg('Changing password…', { id: 'tk.password-form.changing' })
          : msg('Change password', { id: 'tk.password-form.submit' })}</button>
      </div>
    </form>`;
  }

  #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.#change();
  };

  async #change(): Promise<void> {
    const client = this.api;
    if (!client || this.#form.submitting || this.#rateLimit.seconds > 0) return;
    await this.#form.submit(async (input) => {
      await this.#actions.run({
        before: () => new BeforePasswordChangeEvent(),
        call: (signal) => client.account.changePassword(input, { signal }),
        after: ({ revoked }) => {
          this.#form.reset(EMPTY);
          return new PasswordChangedEvent(revoked);
        },
        action: 'password-change',
        success: (result) => this.#success(result),
      });
    });
    this.#rateLimit.note(this.#form.formError);
  }

  #success({ revoked }: RevokedSessions): { announce: string; notice: { tone: 'success'; title: string; detail: string } } {
    const title = msg('Password changed', { id: 'tk.password-form.changed' });
    const count = this.format.number(revoked);
    const detail = revoked === 0
      ? msg('No other device was signed in.', { id: 'tk.password-form.revoked_none' })
      : this.format.plural(revoked) === 'one'
        ? msg(str`You were signed out on ${count} other device.`, { id: 'tk.password-form.revoked_one' })
        : msg(str`You were signed out on ${count} other devices.`, { id: 'tk.password-form.revoked' });
    return { announce: `${title}. ${detail}`, notice: { tone: 'success', title, detail } };
  }
}
