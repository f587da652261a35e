import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { INDUSTRIES, type Industry } from '../../sdk/schemas/workspaces.js';
import { selectValue } from '../shared/fields/choice.js';
import { renderShell } from '../shared/fields/shell.js';
import type { FieldForm } from '../shared/fields/form-types.js';
import type { WorkspaceValues } from './workspace-form.values.js';

/** Each of the API's industry keys in the reader's language. */
export function industryLabel(key: Industry): string {
  switch (key) {
    case 'agriculture': return msg('Agriculture', { id: 'tk.workspace-form.industry.agriculture' });
    case 'automotive': return msg('Automotive', { id: 'tk.workspace-form.industry.automotive' });
    case 'construction': return msg('Construction', { id: 'tk.workspace-form.industry.construction' });
    case 'consulting': return msg('Consulting', { id: 'tk.workspace-form.industry.consulting' });
    case 'education': return msg('Education', { id: 'tk.workspace-form.industry.education' });
    case 'energy': return msg('Energy', { id: 'tk.workspace-form.industry.energy' });
    case 'financial_services': return msg('Financial services', { id: 'tk.workspace-form.industry.financial_services' });
    case 'government': return msg('Government', { id: 'tk.workspace-form.industry.government' });
    case 'healthcare': return msg('Healthcare', { id: 'tk.workspace-form.industry.healthcare' });
    case 'hospitality': return msg('Hospitality', { id: 'tk.workspace-form.industry.hospitality' });
    case 'insurance': return msg('Insurance', { id: 'tk.workspace-form.industry.insurance' });
    case 'legal': return msg('Legal', { id: 'tk.workspace-form.industry.legal' });
    case 'logistics': return msg('Logistics', { id: 'tk.workspace-form.industry.logistics' });
    case 'manufacturing': return msg('Manufacturing', { id: 'tk.workspace-form.industry.manufacturing' });
    case 'marketing': return msg('Marketing', { id: 'tk.workspace-form.industry.marketing' });
    case 'media': return msg('Media', { id: 'tk.workspace-form.industry.media' });
    case 'nonprofit': return msg('Nonprofit', { id: 'tk.workspace-form.industry.nonprofit' });
    case 'real_estate': return msg('Real estate', { id: 'tk.workspace-form.industry.real_estate' });
    case 'retail': return msg('Retail', { id: 'tk.workspace-form.industry.retail' });
    case 'software': return msg('Software', { id: 'tk.workspace-form.industry.software' });
    case 'telecommunications': return msg('Telecommunications', { id: 'tk.workspace-form.industry.telecommunications' });
    case 'travel': return msg('Travel', { id: 'tk.workspace-form.industry.travel' });
    case 'other': return msg('Other', { id: 'tk.workspace-form.industry.other' });
  }
}

const isIndustry = (value: string): value is Industry => (INDUSTRIES as readonly string[]).includes(value);

/**
 * The industry: one of the API's keys, shown in the reader's language and sorted in it ("Other" last), or, after
 * choosing "Other", the reader's own words, which the API stores as typed. Both controls edit the one `industry`
 * value: the select shows "Other" while it holds free text.
 */
export function industryField(form: FieldForm<WorkspaceValues>, options: { label: string; locale: string }): TemplateResult {
  const value = form.values.industry ?? '';
  const ownWords = value !== '' && !isIndustry(value);
  const chosen = ownWords ? 'other' : value;
  const collator = new Intl.Collator(options.locale);
  const keys = INDUSTRIES.filter((key) => key !== 'other').sort((a, b) => collator.compare(industryLabel(a), industryLabel(b)));
  const otherId = `${form.fieldId('industry')}-other`;
  const error = form.errorFor('industry');
  const describing = chosen === 'other';
  return renderShell(form, 'industry', {
    label: options.label,
    // With the free text shown, its error goes under it.
    error: describing ? '' : undefined,
    after: describing ? html`<div class="field industry-other">
      <label for=${otherId} part="label">${msg('Describe it (optional)', { id: 'tk.workspace-form.industry_describe' })}</label>
      <input id=${otherId} part="input" type="text" autocomplete="off" .value=${live(ownWords ? value : '')}
        aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? `${otherId}-error` : nothing}
        @input=${(event: InputEvent) => form.set('industry', (event.target as HTMLInputElement).value || 'other')}
        @blur=${() => form.touch('industry')} />
      ${error ? html`<p id="${otherId}-error" class="error" part="field-error">${error}</p>` : nothing}
    </div>` : undefined,
  }, (props) => html`<select id=${props.id} name="industry" part="input select" aria-invalid=${props.invalid}
      aria-describedby=${props.describedBy ?? nothing}
      @change=${(event: Event) => {
        const selected = (event.target as HTMLSelectElement).value;
        form.set('industry', selected === '' ? null : selected);
        form.touch('industry');
      }}>
    <option value="">${msg('Not set', { id: 'tk.workspace-form.not_set' })}</option>
    ${keys.map((key) => html`<option value=${key}>${industryLabel(key)}</option>`)}
    <option value="other">${industryLabel('other')}</option>
    ${selectValue(chosen)}
  </select>`);
}
