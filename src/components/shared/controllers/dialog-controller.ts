import type { ReactiveController } from 'lit';
import { deepActiveElement, focusLost } from './focus.js';
import type { TeamkitHost } from './host.js';

export interface DialogOptions {
  /** The `<dialog>`'s id in the host's shadow root, and the prefix of `titleId`/`descriptionId`. Default `dialog`. */
  id?: string;
  /**
   * Asked when the reader closes the dialog themselves (Escape, or the platform's close request); false keeps it
   * open, e.g. while it sends. `hide()` is the host's own decision and always closes.
   */
  canClose?: () => boolean;
  /** What gets focus on opening. Default: the `[autofocus]` element, else the first field, else the first control. */
  initialFocus?: () => HTMLElement | null | undefined;
  /** Where focus goes on closing when the control that opened the dialog is gone. */
  fallbackFocus?: () => HTMLElement | null | undefined;
  /** After it closed, with its return value (`undefined` when dismissed). */
  onClose?: (returnValue: string | undefined) => void;
}

const FIELD = 'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled])';
const CONTROL = `${FIELD}, button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])`;

/**
 * Owns one native `<dialog>` in the host's shadow root: opening (modal or not) and closing as promises, focus
 * moved in on opening and back to the control that opened it on closing (looking through shadow roots), and
 * Escape — which the host may refuse while busy. The host renders the dialog with the controller's ids and may
 * render its content only while `open`:
 *
 * ```ts
 * readonly #dialog = new DialogController(this, { canClose: () => !this.#sending });
 * render() {
 *   return html`<dialog id=${this.#dialog.id} part="dialog" aria-labelledby=${this.#dialog.titleId}>
 *     ${this.#dialog.open ? html`<h2 id=${this.#dialog.titleId}>…</h2>…` : nothing}
 *   </dialog>`;
 * }
 * async edit() { if ((await this.#dialog.showModal()) === 'save') … }   // a button calls this.#dialog.hide('save')
 * ```
 */
export class DialogController implements ReactiveController {
  readonly id: string;
  #open = false;
  #trigger: HTMLElement | undefined;
  #closed: Promise<string | undefined> | undefined;
  #settle: ((returnValue: string | undefined) => void) | undefined;

  constructor(private readonly host: TeamkitHost, private readonly options: DialogOptions = {}) {
    this.id = options.id ?? 'dialog';
    host.addController(this);
  }

  /** The heading's id, for `aria-labelledby`. */
  get titleId(): string {
    return `${this.id}-title`;
  }

  /** The description's id, for `aria-describedby`. */
  get descriptionId(): string {
    return `${this.id}-description`;
  }

  /** Whether the dialog is open, or opening. */
  get open(): boolean {
    return this.#open;
  }

  hostConnected(): void {
    // `cancel` and `close` do not bubble: listen in the capture phase, on the root the dialog lives in.
    this.host.renderRoot.addEventListener('cancel', this.#onCancel, true);
    this.host.renderRoot.addEventListener('close', this.#onClose, true);
    this.host.renderRoot.addEventListener('keydown', this.#onKeydown as EventListener);
  }

  hostDisconnected(): void {
    this.host.renderRoot.removeEventListener('cancel', this.#onCancel, true);
    this.host.renderRoot.removeEventListener('close', this.#onClose, true);
    this.host.renderRoot.removeEventListener('keydown', this.#onKeydown as EventListener);
    // A dialog taken out of the page never fires `close`: whoever awaits it learns it was dismissed.
    this.#finish(undefined);
  }

  /** The rendered `<dialog>`, if any. */
  get element(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector<HTMLDialogElement>(`dialog#${CSS.escape(this.id)}`);
  }

  /** Opens the dialog modally; resolves with its return value once it closes (`undefined` when dismissed). */
  showModal(): Promise<string | undefined> {
    return this.#show(true);
  }

  /** Opens the dialog without blocking the page; resolves as `showModal()` does. */
  show(): Promise<string | undefined> {
    return this.#show(false);
  }

  /** Closes the dialog with `returnValue`; resolves once it is closed and focus is back. */
  async hide(returnValue?: string): Promise<void> {
    const closed = this.#closed;
    const dialog = this.element;
    if (!closed) return;
    if (dialog?.open) dialog.close(returnValue);
    else this.#finish(returnValue);
    await closed;
    await this.host.updateComplete;
  }

  /** Moves focus into the dialog, e.g. once content that was loading has arrived. */
  focusInitial(): void {
    const dialog = this.element;
    if (!dialog?.open) return;
    const target = this.options.initialFocus?.() ?? dialog.querySelector<HTMLElement>('[autofocus]')
      ?? dialog.querySelector<HTMLElement>(FIELD) ?? dialog.querySelector<HTMLElement>(CONTROL);
    target?.focus();
  }

  #show(modal: boolean): Promise<string | undefined> {
    if (this.#closed) return this.#closed;
    this.#trigger = deepActiveElement();
    this.#open = true;
    this.#closed = new Promise((resolve) => { this.#settle = resolve; });
    const closed = this.#closed;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      const dialog = this.element;
      if (this.#closed !== closed) return;
      // No dialog rendered, or the element left the page before it opened: nobody is there to answer it.
      if (!dialog?.isConnected) {
        this.#finish(undefined);
        return;
      }
      if (!dialog.open) dialog[modal ? 'showModal' : 'show']();
      this.focusInitial();
    });
    return closed;
  }

  readonly #onKeydown = (event: KeyboardEvent): void => {
    // Refused here, before the platform turns Escape into `cancel`: a second Escape in a row may not be cancelable.
    if (event.key === 'Escape' && !event.defaultPrevented && this.#isOurs(event) && !this.#mayClose()) event.preventDefault();
  };

  readonly #onCancel = (event: Event): void => {
    if (this.#isOurs(event) && !this.#mayClose()) event.preventDefault();
  };

  readonly #onClose = (event: Event): void => {
    const dialog = this.element;
    if (!dialog || event.target !== dialog || dialog.open) return;
    this.#finish(dialog.returnValue || undefined);
  };

  #isOurs(event: Event): boolean {
    const dialog = this.element;
    return dialog !== null && event.composedPath().includes(dialog);
  }

  #mayClose(): boolean {
    return this.options.canClose?.() ?? true;
  }

  #finish(returnValue: string | undefined): void {
    const settle = this.#settle;
    if (!settle) return;
    this.#settle = undefined;
    this.#closed = undefined;
    this.#open = false;
    const dialog = this.element;
    if (dialog) dialog.returnValue = '';
    this.host.requestUpdate();
    const trigger = this.#trigger;
    this.#trigger = undefined;
    // Back to whatever opened the dialog, unless the reader has already gone somewhere else on the page.
    void this.host.updateComplete.then(() => {
      if (focusLost() || this.#focusInHost()) (trigger?.isConnected ? trigger : this.options.fallbackFocus?.())?.focus();
    });
    this.options.onClose?.(returnValue);
    settle(returnValue);
  }

  /** Whether focus is inside the host (its shadow root or its light DOM), as after a dialog closes. */
  #focusInHost(): boolean {
    const active = deepActiveElement();
    return active !== undefined && (this.host.contains(active) || this.host.renderRoot.contains(active));
  }
}
