import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { FormController } from './form-controller.js';

export interface FieldOptions<Values> {
  name: keyof Values & string;
  label: string;
  type?: 'text' | 'email' | 'tel' | 'url' | 'password' | 'search';
  autocomplete?: string;
  hint?: string;
  readonly?: boolean;
  required?: boolean;
  inputmode?: 'text' | 'email' | 'tel' | 'url' | 'numeric';
  placeholder?: string;
  /** Extra content after the input (a slot, a link). */
  after?: TemplateResult;
}

/** Ids that tie a label, hint and error to their input; unique within one shadow root. */
function ids(name: string) {
  return { input: `field-${name}`, hint: `field-${name}-hint`, error: `field-${name}-error` };
}

function describedBy(name: string, hint: boolean, error: boolean): string | undefined {
  const { hint: hintId, error: errorId } = ids(name);
  return [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
}

/** A labelled text input bound to a form field, with its hint and error wired for assistive technology. */
export function textField<Values extends Record<string, unknown>>(form: FormController<Values>, options: FieldOptions<Values>): TemplateResult {
  const id = ids(options.name);
  const error = form.errorFor(options.name);
  const value = form.values[options.name];
  return html`<div class="field" part="field field-${options.name}">
    <label for=${id.input} part="label">${options.label}</label>
    <input
      id=${id.input}
      name=${options.name}
      part="input"
      type=${options.type ?? 'text'}
      autocomplete=${ifDefined(options.autocomplete)}
      inputmode=${ifDefined(options.inputmode)}
      placeholder=${ifDefined(options.placeholder)}
      ?readonly=${options.readonly}
      ?required=${options.required}
      .value=${live(value == null ? '' : String(value))}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(options.name, Boolean(options.hint), Boolean(error)))}
      @input=${(event: InputEvent) => form.set(options.name, (event.target as HTMLInputElement).value as Values[typeof options.name])}
      @blur=${() => form.touch(options.name)}
    />
    ${options.hint ? html`<p id=${id.hint} class="hint" part="hint">${options.hint}</p>` : nothing}
    ${error ? html`<p id=${id.error} class="error" part="field-error">${error}</p>` : nothing}
    ${options.after ?? nothing}
  </div>`;
}

export interface SelectOption {
  value: string;
  label: string;
}

/**
 * A labelled native select bound to a form field; an empty choice maps to null. The value is bound as a
 * property as well as through `selected`: once a user has picked an option, browsers ignore later changes
 * of the `selected` attribute, so a reset would otherwise not show.
 */
export function selectField<Values extends Record<string, unknown>>(
  form: FormController<Values>,
  options: Omit<FieldOptions<Values>, 'type'> & { options: SelectOption[]; emptyLabel?: string },
): TemplateResult {
  const id = ids(options.name);
  const error = form.errorFor(options.name);
  const value = form.values[options.name];
  return html`<div class="field" part="field field-${options.name}">
    <label for=${id.input} part="label">${options.label}</label>
    <select
      id=${id.input}
      name=${options.name}
      part="select"
      .value=${live(value == null ? '' : String(value))}
      autocomplete=${ifDefined(options.autocomplete)}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(options.name, Boolean(options.hint), Boolean(error)))}
      @change=${(event: Event) => {
        const selected = (event.target as HTMLSelectElement).value;
        form.set(options.name, (selected === '' ? null : selected) as Values[typeof options.name]);
        form.touch(options.name);
      }}
    >
      ${options.emptyLabel !== undefined ? html`<option value="" ?selected=${value == null || value === ''}>${options.emptyLabel}</option>` : nothing}
      ${options.options.map((option) => html`<option value=${option.value} ?selected=${option.value === value}>${option.label}</option>`)}
    </select>
    ${options.hint ? html`<p id=${id.hint} class="hint" part="hint">${options.hint}</p>` : nothing}
    ${error ? html`<p id=${id.error} class="error" part="field-error">${error}</p>` : nothing}
  </div>`;
}
