import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { CopyController } from './clipboard.js';
import { DialogController, type DialogOptions } from './controllers/dialog-controller.js';
import type { TeamkitHost } from './controllers/host.js';
import { renderNotice } from './feedback/notice.js';

/** A secret the server shows this once: an API key, a webhook signing secret. */
export interface OneTimeSecret {
  /** The dialog's heading: "Your new API key". */
  title: string;
  /** What it is for and where it goes, under the heading. */
  description: string;
  /** The field's label: "API key", "Signing secret". */
  label: string;
  secret: string;
  /** More the reader must know, e.g. until when a rotated-out secret still works. */
  detail?: string;
}

const DONE = 'stored';

/**
 * Shows a secret the server returns only once, in a modal dialog on `DialogController`: the secret in a read-only
 * field with a copy button (visible feedback, and the value selected for copying by hand when the clipboard is
 * blocked), and an "I have stored it" confirmation without which the dialog does not close — Done, Escape and
 * the platform's close request are refused with the reason on screen. Once it closes the secret is dropped: this
 * element can never show it again.
 *
 * ```ts
 * readonly #secret = new OneTimeSecretController(this);
 * render() { return html`…${this.#secret.render()}`; }
 * await this.#secret.show({ title, description, label, secret: created.secret });  // resolves once stored and closed
 * ```
 * Its layout is `secretStyles` (`one-time-secret.styles.ts`), apart so that the controller can load with the
 * code that first needs it. Parts: `dialog` (also `secret-dialog`), `dialog-title`, `secret`, `copy`, `copy-status`, `input checkbox`,
 * `notice warning` (the refusal), `done`.
 */
export class OneTimeSecretController {
  #shown: OneTimeSecret | undefined;
  #stored = false;
  #refused = false;
  readonly #dialog: DialogController;
  readonly #copy: CopyController;

  /** `fallbackFocus`: where focus goes on closing when the control that opened it is gone (e.g. a row's button). */
  constructor(private readonly host: TeamkitHost, options: Pick<DialogOptions, 'fallbackFocus'> = {}) {
    this.#copy = new CopyController(host);
    this.#dialog = new DialogController(host, {
      ...options,
      id: 'secret',
      canClose: () => this.#mayClose(),
      initialFocus: () => this.#find('[part~="copy"]'),
      onClose: () => {
        // The only copy this page held: gone with the dialog.
        this.#shown = undefined;
        this.#copy.reset();
      },
    });
  }

  /** Whether a secret is on screen. */
  get open(): boolean {
    return this.#dialog.open;
  }

  /** Shows `secret`; resolves once the reader confirmed they stored it and the dialog closed. */
  async show(secret: OneTimeSecret): Promise<void> {
    this.#shown = secret;
    this.#stored = false;
    this.#refused = false;
    await this.#dialog.showModal();
  }

  #mayClose(): boolean {
    if (this.#stored) return true;
    this.#refused = true;
    this.host.requestUpdate();
    return false;
  }

  #done(): void {
    if (this.#mayClose()) void this.#dialog.hide(DONE);
    else this.#find('input[type="checkbox"]')?.focus();
  }

  #find(selector: string): HTMLElement | null {
    return this.#dialog.element?.querySelector<HTMLElement>(selector) ?? null;
  }

  render(): TemplateResult | typeof nothing {
    const shown = this.#shown;
    if (!shown) return nothing;
    const dialog = this.#dialog;
    const why = msg("It won't be shown again: once this closes, nobody can read it, not even an admin.", { id: 'tk.secret.why' });
    return html`<dialog id=${dialog.id} class="secret-dialog" part="dialog secret-dialog" aria-labelledby=${dialog.titleId} aria-describedby=${dialog.descriptionId}>
      <h2 id=${dialog.titleId} part="dialog-title">${shown.title}</h2>
      <div id=${dialog.descriptionId} class="secret-text">
        <p>${shown.description}</p>
        <p><strong>${msg('Copy it now and keep it somewhere safe, such as a password manager or your secrets store.', { id: 'tk.secret.store' })}</strong> ${why}</p>
        ${shown.detail ? html`<p>${shown.detail}</p>` : nothing}
      </div>
      <div class="field">
        <label for="secret-value">${shown.label}</label>
        <textarea id="secret-value" class="secret" part="secret" readonly rows="3" spellcheck="false" autocomplete="off"
          autocapitalize="off" .value=${shown.secret} @focus=${(event: Event) => (event.target as HTMLTextAreaElement).select()}></textarea>
        ${this.#copy.render({
          key: 'secret',
          text: () => this.#shown?.secret ?? '',
          name: msg('Copy the secret', { id: 'tk.secret.copy' }),
          select: () => this.#find('#secret-value'),
        })}
      </div>
      <div class="field inline">
        <div class="check">
          <input id="secret-stored" type="checkbox" part="input checkbox" .checked=${this.#stored} aria-describedby="secret-stored-hint"
            @change=${(event: Event) => {
              this.#stored = (event.target as HTMLInputElement).checked;
              if (this.#stored) this.#refused = false;
              this.host.requestUpdate();
            }} />
          <label for="secret-stored">${msg('I have stored it somewhere safe', { id: 'tk.secret.stored' })}</label>
        </div>
        <p id="secret-stored-hint" class="hint">${msg('Needed to close this window.', { id: 'tk.secret.stored_hint' })}</p>
      </div>
      ${this.#refused ? renderNotice({
        tone: 'warning',
        title: msg('Confirm that you stored it first', { id: 'tk.secret.refused' }),
        detail: why,
      }, { alert: true }) : nothing}
      <div class="actions">
        <button type="button" class="primary" part="done" aria-disabled=${this.#stored ? 'false' : 'true'} aria-describedby="secret-stored-hint"
          @click=${() => this.#done()}>${msg('Done', { id: 'tk.secret.done' })}</button>
      </div>
    </dialog>`;
  }
}

