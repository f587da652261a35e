import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { DialogController } from './controllers/dialog-controller.js';
import type { TeamkitHost } from './controllers/host.js';

export { deepActiveElement } from './controllers/focus.js';

export interface ConfirmOptions {
  title: string;
  message: string | TemplateResult;
  confirmLabel: string;
  /** Styles the confirm button as destructive. */
  danger?: boolean;
  /** When set, the confirm button stays disabled until exactly this text is typed. */
  typedConfirmation?: string;
}

const CONFIRMED = 'confirm';

/**
 * A confirm step on a native modal `<dialog>` (a `DialogController`): `await confirm.ask({...})` resolves true
 * or false; focus returns to whatever had it before. The host renders `${this.confirm.render()}` once in its
 * template. Asking again while a question is open answers the open one with false.
 */
export class ConfirmController {
  #options: ConfirmOptions | undefined;
  #typed = '';
  readonly #dialog: DialogController;

  constructor(private readonly host: TeamkitHost) {
    this.#dialog = new DialogController(host, {
      id: 'confirm',
      initialFocus: () => this.host.renderRoot.querySelector<HTMLElement>(this.#options?.typedConfirmation === undefined ? '[part~="confirm-cancel"]' : '#confirm-typed'),
      onClose: () => { this.#options = undefined; },
    });
  }

  async ask(options: ConfirmOptions): Promise<boolean> {
    await this.#dialog.hide();
    this.#options = options;
    this.#typed = '';
    return (await this.#dialog.showModal()) === CONFIRMED;
  }

  render(): TemplateResult | typeof nothing {
    const options = this.#options;
    if (!options) return nothing;
    const dialog = this.#dialog;
    const blocked = options.typedConfirmation !== undefined && this.#typed !== options.typedConfirmation;
    return html`<dialog id=${dialog.id} data-confirm part="confirm-dialog" aria-labelledby=${dialog.titleId} aria-describedby=${dialog.descriptionId}>
      <h2 id=${dialog.titleId}>${options.title}</h2>
      <div id=${dialog.descriptionId}>${options.message}</div>
      ${options.typedConfirmation !== undefined ? html`<div class="field">
        <label for="confirm-typed">${msg('Type the text above to confirm', { id: 'tk.confirm.type_label' })}</label>
        <input id="confirm-typed" autocomplete="off" .value=${live(this.#typed)}
          @input=${(event: InputEvent) => { this.#typed = (event.target as HTMLInputElement).value; this.host.requestUpdate(); }} />
      </div>` : nothing}
      <div class="actions">
        <button type="button" part="confirm-cancel" @click=${() => void dialog.hide()}>${msg('Cancel', { id: 'tk.action.cancel' })}</button>
        <button type="button" part="confirm-accept" class=${options.danger ? 'danger' : 'primary'} ?disabled=${blocked}
          @click=${() => void dialog.hide(CONFIRMED)}>${options.confirmLabel}</button>
      </div>
    </dialog>`;
  }
}
