import { msg, str } from '@lit/localize';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { deepActiveElement } from './controllers/focus.js';

/**
 * Copies `text` to the clipboard: the async Clipboard API first, then the legacy `execCommand('copy')` for
 * pages where that API is blocked (insecure origins, some embedded frames). Resolves false when neither
 * worked, so the caller can show the text for copying by hand. Focus is left where it was.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Blocked or unavailable: try the legacy way below.
  }
  const focused = deepActiveElement();
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;pointer-events:none';
  document.body.append(area);
  area.select();
  let copied: boolean;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  focused?.focus();
  return copied;
}

/**
 * Selects what `target` shows, so that the reader can copy it by hand: the whole value of a field (focused, as
 * the platform's copy shortcut needs), else the node's text.
 */
export function selectContents(target: HTMLElement | null | undefined): void {
  if (!target) return;
  if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) {
    target.focus();
    target.select();
    return;
  }
  const range = document.createRange();
  range.selectNodeContents(target);
  const selection = getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/** The platform's copy shortcut, as its keyboards label it. */
function copyShortcut(): string {
  const platform = (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform ?? navigator.platform;
  return /mac|iphone|ipad/i.test(platform) ? '⌘C' : 'Ctrl+C';
}

export type CopyOutcome = 'copied' | 'manual';

export interface CopyButtonOptions {
  /** Which value this button copies, among the host's copy buttons. */
  key: string;
  /** The text to copy, read when the reader clicks. */
  text: () => string;
  /** The button's accessible name, naming the value: "Copy user ID". */
  name: string;
  /** What shows the value, selected for copying by hand when the clipboard refuses. */
  select?: () => HTMLElement | null | undefined;
}

/**
 * Copy buttons with visible, spoken feedback: "Copied" beside the button for a few seconds, or, when the page
 * may not write to the clipboard, the value selected and "press Ctrl+C" (⌘C on a Mac) until the next copy. The
 * feedback is a live region beside the button, inside the host's shadow root, so that it is heard inside a
 * modal dialog too (a page-level announcer is outside it). Parts: `copy` (the button), `copy-status`.
 *
 * ```ts
 * readonly #copy = new CopyController(this);
 * html`<code id="user-id">${id}</code>${this.#copy.render({ key: 'user', text: () => id, name: 'Copy user ID',
 *   select: () => this.renderRoot.querySelector('#user-id') })}`;
 * ```
 */
export class CopyController implements ReactiveController {
  #last: { key: string; outcome: CopyOutcome } | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost, private readonly options: { copiedMs?: number } = {}) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#last = undefined;
  }

  /** How the last copy of `key` went, while its feedback shows. */
  outcome(key: string): CopyOutcome | undefined {
    return this.#last?.key === key ? this.#last.outcome : undefined;
  }

  /** Copies `text`; when the clipboard refuses, selects `select()`'s contents for copying by hand. Resolves whether it copied. */
  async copy(key: string, text: string, select?: () => HTMLElement | null | undefined): Promise<boolean> {
    clearTimeout(this.#timer);
    const copied = await copyText(text);
    this.#last = { key, outcome: copied ? 'copied' : 'manual' };
    if (copied) {
      this.#timer = setTimeout(() => {
        this.#last = undefined;
        this.host.requestUpdate();
      }, this.options.copiedMs ?? 4000);
    } else {
      selectContents(select?.());
    }
    this.host.requestUpdate();
    return copied;
  }

  /** Forgets the feedback, e.g. when the value it was about goes away. */
  reset(): void {
    clearTimeout(this.#timer);
    this.#last = undefined;
    this.host.requestUpdate();
  }

  /** The button and its feedback. */
  render(options: CopyButtonOptions): TemplateResult {
    const outcome = this.outcome(options.key);
    return html`<span class="copy">
      <button type="button" part="copy" aria-label=${options.name}
        @click=${() => void this.copy(options.key, options.text(), options.select)}>${msg('Copy', { id: 'tk.copy.copy' })}</button>
      <span class="copy-status ${outcome ?? ''}" part="copy-status" role="status">${outcome === 'copied'
        ? html`<span aria-hidden="true">✓ </span>${msg('Copied', { id: 'tk.copy.copied' })}`
        : outcome === 'manual'
          ? msg(str`Couldn't copy automatically. It's selected: press ${copyShortcut()} to copy it.`, { id: 'tk.copy.manual' })
          : nothing}</span>
    </span>`;
  }
}

