import { html, nothing, type ChildPart, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { FieldForm, FormValues } from './form-types.js';
import { renderShell, type FieldName, type ShellOptions } from './shell.js';
import { textOf } from './text.js';

export interface CheckboxFieldOptions<Values> extends ShellOptions {
  name: FieldName<Values, boolean>;
}

function check<Values extends FormValues>(form: FieldForm<Values>, options: CheckboxFieldOptions<Values>, role: 'switch' | undefined): TemplateResult {
  const { name } = options;
  return renderShell(form, name, { ...options, inline: true }, (props) => html`<input
    id=${props.id}
    name=${name}
    part=${role ? 'input switch' : 'input checkbox'}
    type="checkbox"
    role=${ifDefined(role)}
    .checked=${live(form.values[name] === true)}
    aria-invalid=${props.invalid}
    aria-describedby=${ifDefined(props.describedBy)}
    @change=${(event: Event) => {
      form.set(name, (event.target as HTMLInputElement).checked as Values[typeof name]);
      form.touch(name);
    }}
  />`);
}

/** A labelled checkbox bound to a boolean field; the label follows the box and toggles it. */
export function checkboxField<Values extends FormValues>(form: FieldForm<Values>, options: CheckboxFieldOptions<Values>): TemplateResult {
  return check(form, options, undefined);
}

/**
 * An on/off switch bound to a boolean field: a native checkbox with `role="switch"`, so Space toggles it and
 * it is announced as on or off. Use it for settings that apply as a state, a checkbox for consent.
 */
export function switchField<Values extends FormValues>(form: FieldForm<Values>, options: CheckboxFieldOptions<Values>): TemplateResult {
  return check(form, options, 'switch');
}

export interface SelectOption {
  value: string;
  label: string;
  /** Shown but not choosable, e.g. a channel the reader cannot receive yet (say why in its label or the hint). */
  disabled?: boolean;
}

export interface SelectFieldOptions<Values> extends ShellOptions {
  name: FieldName<Values, string>;
  options: readonly SelectOption[];
  /** A first choice that maps to null, e.g. "Not set". */
  emptyLabel?: string;
  autocomplete?: string;
  /** Called after the reader picked a value (already set on the form). */
  onChange?: (value: string) => void;
}

/**
 * Sets a select's value after its options rendered. Bound on the select itself, the value is set before the
 * options change; once a reader has picked an option, browsers also ignore later `selected` attributes. So a
 * reset, or options re-sorted for another language, would show the wrong choice.
 */
class SelectValue extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('selectValue() goes inside a <select>');
  }

  render(_value: string) {
    return nothing;
  }

  override update(part: ChildPart, [value]: [string]) {
    const select = part.parentNode as HTMLSelectElement;
    if (select.value !== value) select.value = value;
    return nothing;
  }
}
export const selectValue = directive(SelectValue);

/** A labelled native select bound to a form field; the empty choice maps to null. */
export function selectField<Values extends FormValues>(form: FieldForm<Values>, options: SelectFieldOptions<Values>): TemplateResult {
  const { name } = options;
  const value = textOf(form.values[name]);
  return renderShell(form, name, options, (props) => html`<select
    id=${props.id}
    name=${name}
    part="input select"
    autocomplete=${ifDefined(options.autocomplete)}
    aria-invalid=${props.invalid}
    aria-describedby=${ifDefined(props.describedBy)}
    @change=${(event: Event) => {
      const selected = (event.target as HTMLSelectElement).value;
      form.set(name, (selected === '' ? null : selected) as Values[typeof name]);
      form.touch(name);
      options.onChange?.(selected);
    }}
  >${options.emptyLabel === undefined ? nothing : html`<option value="">${options.emptyLabel}</option>`}${guard([options.options],
    () => options.options.map((option) => html`<option value=${option.value} ?disabled=${option.disabled}>${option.label}</option>`))}${selectValue(value)}</select>`);
}
