import { msg } from '@lit/localize';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

export interface ConfirmOptions {
  title: string;
  message: string | TemplateResult;
  confirmLabel: string;
  /** Styles the confirm button as destructive. */
  danger?: boolean;
  /** When set, the confirm button stays disabled until exactly this text is typed. */
  typedConfirmation?: string;
}

type Host = ReactiveControllerHost & HTMLElement;

/**
 * A confirm step on a native modal `<dialog>`: `await confirm.ask({...})` resolves true or false; focus
 * returns to whatever had it before. The host renders `${this.confirm.render()}` once in its template.
 */
export class ConfirmController implements ReactiveController {
  #options: ConfirmOptions | undefined;
  #resolve: ((confirmed: boolean) => void) | undefined;
  #typed = '';
  #trigger: HTMLElement | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.#settle(false);
  }

  async ask(options: ConfirmOptions): Promise<boolean> {
    this.#settle(false);
    this.#options = options;
    this.#typed = '';
    this.#trigger = deepActiveElement();
    this.host.requestUpdate();
    await (this.host as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    this.#dialog()?.showModal();
    return new Promise((resolve) => { this.#resolve = resolve; });
  }

  #dialog(): HTMLDialogElement | null | undefined {
    return this.host.shadowRoot?.querySelector<HTMLDialogElement>('dialog[data-confirm]');
  }

  #settle(confirmed: boolean): void {
    const resolve = this.#resolve;
    this.#resolve = undefined;
    if (!resolve) return;
    const dialog = this.#dialog();
    if (dialog?.open) dialog.close();
    this.#options = undefined;
    this.host.requestUpdate();
    this.#trigger?.focus();
    resolve(confirmed);
  }

  render(): TemplateResult | typeof nothing {
    const options = this.#options;
    if (!options) return nothing;
    const blocked = options.typedConfirmation !== undefined && this.#typed !== options.typedConfirmation;
    return html`<dialog data-confirm part="confirm-dialog" aria-labelledby="confirm-title" aria-describedby="confirm-message"
      @cancel=${(event: Event) => { event.preventDefault(); this.#settle(false); }}>
      <h2 id="confirm-title">${options.title}</h2>
      <div id="confirm-message">${options.message}</div>
      ${options.typedConfirmation !== undefined ? html`<div class="field" style="margin-top: var(--_space-4)">
        <label for="confirm-typed">${msg('Type the text above to confirm', { id: 'tk.confirm.type_label' })}</label>
        <input id="confirm-typed" autocomplete="off" .value=${live(this.#typed)}
          @input=${(event: InputEvent) => { this.#typed = (event.target as HTMLInputElement).value; this.host.requestUpdate(); }} />
      </div>` : nothing}
      <div class="actions" style="margin-top: var(--_space-6)">
        <button type="button" part="confirm-cancel" @click=${() => this.#settle(false)} autofocus>${msg('Cancel', { id: 'tk.action.cancel' })}</button>
        <button type="button" part="confirm-accept" class=${options.danger ? 'danger' : 'primary'} ?disabled=${blocked}
          @click=${() => this.#settle(true)}>${options.confirmLabel}</button>
      </div>
    </dialog>`;
  }
}

/** The focused element, looking through open shadow roots, so focus can go back to the real trigger. */
export function deepActiveElement(): HTMLElement | undefined {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}
