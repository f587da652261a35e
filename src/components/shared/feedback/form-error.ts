import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { describeError } from '../describe-error.js';
import { renderNotice } from './notice.js';

export interface FormErrorOptions {
  /** Offered as "Try again" when the failure is one a retry may fix. */
  retry?: () => void;
  /** Words that fit this form better than the generic ones, e.g. for a known problem code. */
  detail?: string;
}

/**
 * A failure that belongs to no field (network, permission, a problem code…), in the reader's words, above a
 * form's actions: part `form-error`, `role="alert"`.
 */
export function renderFormError(error: unknown, options: FormErrorOptions = {}): TemplateResult | typeof nothing {
  if (error === undefined) return nothing;
  const { title, detail, retryable } = describeError(error);
  const { retry } = options;
  return renderNotice({ tone: 'danger', title, detail: options.detail ?? detail }, {
    part: 'form-error',
    actions: retryable && retry ? html`<button type="button" part="retry" @click=${retry}>${msg('Try again', { id: 'tk.state.retry' })}</button>` : undefined,
  });
}
