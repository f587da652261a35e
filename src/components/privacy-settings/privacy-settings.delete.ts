import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { isConflictError } from '../../sdk/errors/kinds.js';
import type { Client, DeletionImpact, User } from '../../sdk/index.js';
import { AccountDeletion } from '../../sdk/schemas/account.js';
import { ActionController } from '../shared/controllers/action-controller.js';
import { DialogController } from '../shared/controllers/dialog-controller.js';
import type { TeamkitHost } from '../shared/controllers/host.js';
import { RateLimitController } from '../shared/controllers/rate-limit-controller.js';
import { renderFormError } from '../shared/feedback/form-error.js';
import { passwordField } from '../shared/fields/password.js';
import { textField } from '../shared/fields/text.js';
import { FormController } from '../shared/form-controller.js';
import { renderLosses } from './privacy-settings.deletion.js';
import { AccountDeletedEvent, BeforeAccountDeleteEvent } from './privacy-settings.events.js';

type DeletionValues = { password: string; confirmation: string };

const EMPTY: DeletionValues = { password: '', confirmation: '' };

export interface DeleteStepOptions {
  client: () => Client | undefined;
  /** The account is gone: the host shows so and fires nothing more. */
  deleted: () => void;
  /** The server found a workspace in the way after all (someone joined meanwhile): read the impact again. */
  blocked: () => void;
}

/** The server compares the typed address trimmed and in any case; so does the form, before sending. */
const sameEmail = (typed: string, email: string) => typed.trim().toLowerCase() === email.toLowerCase();

/**
 * The last step of deleting the account, in a modal dialog: what is lost once more, the password and the
 * account's email typed again (the backend requires both), a wrong password on its field, a wait after too many,
 * and the deletion itself through `ActionController` (`tk-before-account-delete`, `tk-account-deleted`). This
 * module — with the form's schema and zod — loads when the reader first asks to delete: most visits never do.
 */
export class DeleteStep {
  #user: User | undefined;
  #impact: DeletionImpact | undefined;
  readonly #dialog: DialogController;
  readonly #form: FormController<typeof AccountDeletion, DeletionValues>;
  readonly #actions: ActionController;
  readonly #wait: RateLimitController;

  constructor(private readonly host: TeamkitHost, private readonly options: DeleteStepOptions) {
    this.#dialog = new DialogController(host, {
      id: 'delete-dialog',
      canClose: () => !this.#form.submitting,
      fallbackFocus: () => host.renderRoot.querySelector<HTMLElement>('[part~="deleted"]'),
    });
    this.#form = new FormController<typeof AccountDeletion, DeletionValues>(host, AccountDeletion, EMPTY, {
      validate: ({ confirmation }) => ({
        confirmation: confirmation.trim() !== '' && this.#user && !sameEmail(confirmation, this.#user.email)
          ? msg("That isn't your email address. Type it exactly as shown.", { id: 'tk.privacy-settings.confirm.mismatch' })
          : undefined,
      }),
    });
    this.#actions = new ActionController(host);
    this.#wait = new RateLimitController(host);
  }

  /** Opens the step for `user`, with `impact` as the page last read it; resolves once it closed. */
  async open(user: User, impact: DeletionImpact): Promise<void> {
    this.#user = user;
    this.#impact = impact;
    this.#form.reset(EMPTY);
    await this.#dialog.showModal();
  }

  /** Keeps what the dialog says about losses in step with the page. */
  update(impact: DeletionImpact): void {
    this.#impact = impact;
    this.host.requestUpdate();
  }

  render(): TemplateResult {
    const dialog = this.#dialog;
    const user = this.#user;
    const impact = this.#impact;
    return html`<dialog id=${dialog.id} part="dialog" aria-labelledby=${dialog.titleId} aria-describedby=${dialog.descriptionId}>
      ${dialog.open && user && impact ? this.#renderContent(user, impact) : nothing}
    </dialog>`;
  }

  #renderContent(user: User, impact: DeletionImpact): TemplateResult {
    const dialog = this.#dialog;
    const form = this.#form;
    const wait = this.#wait.seconds;
    const held = form.submitting || wait > 0;
    return html`<h2 id=${dialog.titleId} part="dialog-title">${msg('Delete your account?', { id: 'tk.privacy-settings.confirm.title' })}</h2>
      <div id=${dialog.descriptionId}>
        <p>${msg('This cannot be undone. Once deleted:', { id: 'tk.privacy-settings.confirm.description' })}</p>
        ${renderLosses(impact, this.host.format)}
      </div>
      <form part="form" novalidate @submit=${this.#onSubmit}>
        <input type="email" name="username" autocomplete="username" .value=${user.email} hidden readonly />
        ${passwordField(form, {
          name: 'password',
          label: msg('Your password', { id: 'tk.privacy-settings.confirm.password' }),
          autocomplete: 'current-password',
          required: true,
        })}
        ${textField(form, {
          name: 'confirmation',
          label: msg(str`To confirm, type your email address: ${user.email}`, { id: 'tk.privacy-settings.confirm.type' }),
          type: 'email',
          autocomplete: 'off',
          required: true,
        })}
        ${renderFormError(form.formError, { retry: wait > 0 ? undefined : () => void this.#delete(), detail: this.#errorDetail(form.formError) })}
        <div class="actions" part="actions">
          <button type="button" part="cancel" aria-disabled=${form.submitting ? 'true' : 'false'}
            @click=${() => { if (!form.submitting) void dialog.hide(); }}>${msg('Cancel', { id: 'tk.action.cancel' })}</button>
          <button type="submit" class="danger" part="submit" aria-disabled=${held || !form.valid ? 'true' : 'false'}>${form.submitting
            ? msg('Deleting…', { id: 'tk.privacy-settings.confirm.deleting' })
            : msg('Delete account', { id: 'tk.privacy-settings.confirm.submit' })}</button>
        </div>
      </form>`;
  }

  /** The wait after too many wrong passwords, or the workspaces that turned out to be in the way. */
  #errorDetail(error: unknown): string | undefined {
    const wait = this.#wait.detail(error);
    if (wait !== undefined) return wait;
    const workspaces = isConflictError(error) ? error.problem.workspaces ?? [] : [];
    if (!workspaces.length) return undefined;
    const names = this.host.format.list(workspaces.map((workspace) => workspace.name));
    return msg(str`Other members joined meanwhile. Transfer or delete these workspaces first: ${names}.`, { id: 'tk.privacy-settings.confirm.blocked' });
  }

  #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.#delete();
  };

  async #delete(): Promise<void> {
    const client = this.options.client();
    if (!client || this.#form.submitting || this.#wait.seconds > 0) return;
    let deleted = false;
    await this.#form.submit(async (input) => {
      await this.#actions.run({
        before: () => new BeforeAccountDeleteEvent(),
        call: (signal) => client.account.delete(input, { signal }),
        after: () => {
          deleted = true;
          return new AccountDeletedEvent();
        },
        action: 'account-delete',
        success: { announce: msg('Your account was deleted.', { id: 'tk.privacy-settings.deleted_announce' }), notice: false },
      });
    });
    const error = this.#form.formError;
    this.#wait.note(error);
    if (isConflictError(error)) this.options.blocked();
    if (!deleted) return;
    // The page says so first, so that closing the dialog hands focus to that, not to a button about to go.
    this.options.deleted();
    await this.host.updateComplete;
    await this.#dialog.hide();
  }
}
