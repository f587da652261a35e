import { msg } from '@lit/localize';
import type { Task } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { describeError } from '../describe-error.js';

/** The loading panel every element shows while its first data arrives. */
export function renderLoading(label = msg('Loading…', { id: 'tk.state.loading' })): TemplateResult {
  return html`<div class="state" part="state loading" role="status" aria-live="polite"><span class="spinner" aria-hidden="true"></span><span>${label}</span></div>`;
}

/** The empty panel: a title, an optional hint and an optional action. */
export function renderEmpty(title: string, hint?: string, action?: TemplateResult): TemplateResult {
  return html`<div class="state" part="state empty"><strong>${title}</strong>${hint ? html`<span>${hint}</span>` : nothing}${action ?? nothing}</div>`;
}

/** The denied panel: what the reader cannot do, and why (their role, and who can grant it). */
export function renderDenied(title: string, reason: string): TemplateResult {
  return html`<div class="state" part="state denied" role="status"><strong>${title}</strong><span>${reason}</span></div>`;
}

/**
 * The error panel: what went wrong in the reader's words and, when it may help, a retry button.
 * A permission error renders as the "denied" state, which explains why instead of offering a retry.
 */
export function renderError(error: unknown, retry?: () => void): TemplateResult {
  const { kind, title, detail, retryable } = describeError(error);
  if (kind === 'denied') return renderDenied(title, detail);
  return html`<div class="state" part="state error" role="alert">
    <strong>${title}</strong><span>${detail}</span>
    ${retryable && retry ? html`<button type="button" part="retry" @click=${retry}>${msg('Try again', { id: 'tk.state.retry' })}</button>` : nothing}
  </div>`;
}

export interface AsyncViews<T> {
  complete: (value: T) => unknown;
  /** When true for a loaded value, `empty` renders instead of `complete`. */
  isEmpty?: (value: T) => boolean;
  empty?: () => unknown;
  loadingLabel?: string;
}

/**
 * One way to render a task's states everywhere: loading, error with retry (or denied), empty, complete.
 * While a task re-runs (a new search, a retry) the previous value stays on screen instead of a spinner.
 */
export function renderTask<T>(task: Task<readonly unknown[], T>, views: AsyncViews<T>): unknown {
  const show = (value: T) => (views.isEmpty?.(value) && views.empty ? views.empty() : views.complete(value));
  return task.render({
    initial: () => renderLoading(views.loadingLabel),
    pending: () => (task.value === undefined ? renderLoading(views.loadingLabel) : show(task.value)),
    error: (error) => renderError(error, () => void task.run()),
    complete: show,
  });
}
