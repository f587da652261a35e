import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { EmailChangeForm } from '../email-change-form/email-change-form.component.js';
import { DialogController } from '../shared/controllers/dialog-controller.js';
import type { TeamkitHost } from '../shared/controllers/host.js';
import { defineElement } from '../shared/registry.js';

const HOST_TAG = 'profile-form';
const FORM_TAG = 'email-change-form';

/**
 * `<profile-form>`'s "Change email": an `<email-change-form>` in a modal dialog. It loads (and registers the element,
 * under profile-form's own prefix: `<acme-profile-form>` opens `<acme-email-change-form>`) with the first click, so a
 * page that never changes its email carries none of it. Each opening starts from what the server has (a change
 * waiting for its code resumes); once the change applied the dialog closes and focus returns to "Change email".
 */
export class EmailChangeDialog {
  readonly #dialog: DialogController;
  readonly #tag: string;
  #form: HTMLElement | undefined;

  constructor(host: TeamkitHost) {
    this.#dialog = new DialogController(host, { id: 'email-change-dialog' });
    const name = host.localName;
    const prefix = name.endsWith(`-${HOST_TAG}`) ? name.slice(0, -HOST_TAG.length - 1) : undefined;
    defineElement(FORM_TAG, EmailChangeForm, { prefix });
    this.#tag = prefix ? `${prefix}-${FORM_TAG}` : FORM_TAG;
  }

  /** Opens the dialog on a fresh `<email-change-form>`; resolves once it closes. */
  async show(): Promise<void> {
    const form = document.createElement(this.#tag);
    form.autofocus = true;
    form.addEventListener('tk-email-changed', () => void this.#dialog.hide());
    this.#form = form;
    await this.#dialog.showModal();
    this.#form = undefined;
  }

  render(): TemplateResult {
    const dialog = this.#dialog;
    return html`<dialog id=${dialog.id} part="dialog" aria-labelledby=${dialog.titleId}>${dialog.open && this.#form
      ? html`<h2 id=${dialog.titleId} part="dialog-title">${msg('Change email', { id: 'tk.profile-form.email_change' })}</h2>
        ${this.#form}
        <div class="actions" part="actions">
          <button type="button" part="close" @click=${() => void dialog.hide()}>${msg('Close', { id: 'tk.profile-form.email_dialog_close' })}</button>
        </div>`
      : nothing}</dialog>`;
  }
}
