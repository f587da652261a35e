import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';

export type NoticeTone = 'success' | 'danger' | 'warning' | 'info';

/** What an action reports on screen after it ran: the action controller sets it, `renderNotice` shows it. */
export interface Notice {
  tone: NoticeTone;
  title: string;
  detail?: string;
}

export interface NoticeOptions {
  /** Shows a Dismiss button. Focus then moves to the next control after the notice (else the previous one). */
  onDismiss?: () => void;
  /** Buttons that act on the notice, e.g. "Try again" or "Reload and merge". */
  actions?: TemplateResult;
  /** The part name instead of `notice` (the form-level error is `form-error`). */
  part?: string;
  /** Interrupts the reader (`role="alert"`). Default: only for `danger`, a failure; successes are announced politely. */
  alert?: boolean;
}

/**
 * A notice (banner) in one of four tones: what just happened, in the reader's words. Untrusted text in
 * `title` or `detail` renders as text.
 */
export function renderNotice(notice: Notice | undefined, options: NoticeOptions = {}): TemplateResult | typeof nothing {
  if (!notice) return nothing;
  const { tone, title, detail } = notice;
  const alert = options.alert ?? tone === 'danger';
  return html`<div class="banner ${tone}" part="${options.part ?? 'notice'} ${tone}" role=${alert ? 'alert' : nothing}>
    <div class="text"><strong>${title}</strong>${detail ? html`<p>${detail}</p>` : nothing}</div>
    ${options.actions || options.onDismiss ? html`<div class="actions">${options.actions ?? nothing}${options.onDismiss
      ? html`<button type="button" part="dismiss" @click=${(event: Event) => dismiss(event, options.onDismiss)}>${msg('Dismiss', { id: 'tk.notice.dismiss' })}</button>`
      : nothing}</div>` : nothing}
  </div>`;
}

const FOCUSABLE = 'button:not([disabled]), a[href], input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Removing the focused Dismiss button would drop focus to the page. Before the notice goes, find the next
 * control after it in the same root (else the one before), then focus it once the host has re-rendered.
 */
async function dismiss(event: Event, onDismiss: (() => void) | undefined): Promise<void> {
  const button = event.currentTarget as HTMLElement;
  const banner = button.closest('.banner');
  const root = button.getRootNode() as ShadowRoot | Document;
  const candidates = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((node) => !banner?.contains(node));
  const after = candidates.find((node) => banner && banner.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING);
  const target = after ?? candidates.filter((node) => banner && banner.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING).pop();
  onDismiss?.();
  const host = root instanceof ShadowRoot ? root.host as HTMLElement & { updateComplete?: Promise<unknown> } : undefined;
  await host?.updateComplete;
  if (target?.isConnected) target.focus();
}
