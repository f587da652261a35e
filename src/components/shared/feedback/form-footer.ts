import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { FormMessages, MergeReport } from '../fields/form-types.js';
import { formatList } from '../format.js';
import { teamkitLocale } from '../localization.js';
import { renderFormError } from './form-error.js';
import { renderNotice } from './notice.js';

export interface FooterOptions {
  /** Offer Cancel (back to the loaded values). Default true. */
  cancel?: boolean;
}

/** What the footer reads of a `FormController`, whatever its schema and values. */
export interface FooterForm {
  readonly dirty: boolean;
  readonly dirtyFields: readonly string[];
  readonly submitted: boolean;
  readonly submitting: boolean;
  readonly valid: boolean;
  readonly reloading: boolean;
  readonly stale: boolean;
  readonly formError: unknown;
  readonly outcome: 'saved' | 'merged' | undefined;
  readonly merge: MergeReport | undefined;
  readonly messages: FormMessages;
  labelOf(name: string): string;
  fieldId(name: string): string;
  reloadAndMerge(): Promise<boolean>;
  retry(): void;
  revert(): void;
}

/** Up to this many changed fields are named ("Unsaved changes: Name and Website"); more are counted. */
const NAMED = 3;

// The UI language, not the provider's locale: the list sits inside a sentence in that language.
const list = (items: readonly string[]) => formatList([...items], { locale: teamkitLocale(), timeZone: undefined });

/** Why Save is unavailable, or what it would save: the line Save and Cancel are described by. */
function status(form: FooterForm, dirty: readonly string[]): string {
  if (!dirty.length) return msg('No changes to save', { id: 'tk.form.clean' });
  if (!form.valid) return msg('Check the fields above before saving.', { id: 'tk.form.invalid' });
  if (dirty.length <= NAMED) return msg(str`Unsaved changes: ${list(dirty.map((field) => form.labelOf(field)))}`, { id: 'tk.form.dirty' });
  return msg(str`${dirty.length} unsaved changes`, { id: 'tk.form.dirty_count' });
}

function renderOutcome(form: FooterForm): TemplateResult | typeof nothing {
  if (form.stale) {
    return renderNotice({
      tone: 'warning',
      title: form.messages.stale,
      detail: msg('Your edits are kept. Reload and merge to get the latest version with your edits on top, then save again.', { id: 'tk.form.stale_detail' }),
    }, {
      // A refused save is a failure: it interrupts, as the other failures do.
      alert: true,
      actions: html`<button type="button" part="reload" aria-disabled=${form.reloading ? 'true' : 'false'}
        @click=${() => void form.reloadAndMerge()}>${form.reloading
          ? msg('Reloading…', { id: 'tk.form.reloading' }) : msg('Reload and merge', { id: 'tk.form.reload' })}</button>`,
    });
  }
  if (form.formError !== undefined) return renderFormError(form.formError, { retry: () => form.retry() });
  if (form.outcome === 'saved' && !form.dirty) return renderNotice({ tone: 'success', title: form.messages.saved });
  if (form.outcome === 'merged') {
    const { theirs = [], overridden = [] } = form.merge ?? {};
    const label = (fields: readonly string[]) => list(fields.map((field) => form.labelOf(field)));
    const detail = [
      msg('Your edits are kept: review them and save.', { id: 'tk.form.merged_detail' }),
      theirs.length ? msg(str`Changed elsewhere: ${label(theirs)}.`, { id: 'tk.form.merged_theirs' }) : '',
      overridden.length ? msg(str`Changed in both places, your version kept: ${label(overridden)}.`, { id: 'tk.form.merged_overridden' }) : '',
    ].filter(Boolean).join(' ');
    return renderNotice({ tone: 'info', title: msg('Loaded the latest version', { id: 'tk.form.merged_title' }), detail });
  }
  return nothing;
}

/** The standard footer of a form: see `FormController.renderFooter`. */
export function renderFormFooter(form: FooterForm, options: FooterOptions = {}): TemplateResult {
  const dirty = form.dirtyFields;
  const busy = form.submitting || form.reloading;
  // Still clickable (aria-disabled): a click on an invalid form shows every error and focuses the first.
  const blocked = !dirty.length || busy || !form.valid;
  const statusId = form.fieldId('footer-status');
  return html`<div class="form-footer" part="footer">
    ${renderOutcome(form)}
    <div class="actions" part="actions">
      <p id=${statusId} class="dirty-status ${dirty.length ? 'dirty' : ''}" part="dirty-status">${status(form, dirty)}</p>
      ${options.cancel === false ? nothing : html`<button type="button" part="cancel" aria-disabled=${!dirty.length || busy ? 'true' : 'false'}
        aria-describedby=${dirty.length ? nothing : statusId} @click=${() => form.revert()}>${msg('Cancel', { id: 'tk.action.cancel' })}</button>`}
      <button type="submit" class="primary" part="submit" aria-disabled=${blocked ? 'true' : 'false'}
        aria-describedby=${statusId}>${form.submitting ? msg('Saving…', { id: 'tk.form.saving' }) : form.messages.save}</button>
    </div>
  </div>`;
}
