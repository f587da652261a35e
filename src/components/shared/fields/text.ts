import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { FieldForm, FormValues } from './form-types.js';
import { countText, renderCounter, renderLimitStatus, type TextCount } from './counter.js';
import { renderShell, type FieldName, type ShellOptions } from './shell.js';

export interface TextFieldOptions<Values> extends ShellOptions {
  name: FieldName<Values, string>;
  type?: 'text' | 'email' | 'url' | 'tel' | 'search' | 'password';
  autocomplete?: string;
  inputmode?: 'text' | 'email' | 'tel' | 'url' | 'numeric' | 'search';
  placeholder?: string;
  readonly?: boolean;
  required?: boolean;
  /**
   * The schema's maximum, in code points: pass the `TEXT_LIMITS` entry. A counter appears near it and the
   * schema's error past it. The native `maxlength` counts UTF-16 units and silently cuts a paste, so it is
   * only a backstop at twice the limit, which no valid value reaches.
   */
  maxlength?: number;
}

/** The text of a field whose value may still be null or missing. */
export const textOf = (value: unknown): string => (value == null ? '' : String(value));

const NO_SPELLCHECK = new Set(['email', 'url', 'tel']);

/** A labelled single-line input bound to a form field: text, email, URL, phone, search. */
export function textField<Values extends FormValues>(form: FieldForm<Values>, options: TextFieldOptions<Values>): TemplateResult {
  const { name, type = 'text', maxlength } = options;
  const value = textOf(form.values[name]);
  const count = maxlength === undefined ? undefined : countText(value, maxlength);
  return renderShell(form, name, {
    ...options,
    counter: count?.near ? renderCounter(count) : undefined,
    after: html`${count ? renderLimitStatus(count) : nothing}${options.after ?? nothing}`,
  }, (props) => html`<input
    id=${props.id}
    name=${name}
    part="input"
    type=${type}
    autocomplete=${ifDefined(options.autocomplete)}
    inputmode=${ifDefined(options.inputmode)}
    placeholder=${ifDefined(options.placeholder)}
    spellcheck=${NO_SPELLCHECK.has(type) ? 'false' : nothing}
    maxlength=${ifDefined(maxlength === undefined ? undefined : maxlength * 2)}
    ?readonly=${options.readonly}
    ?required=${options.required}
    .value=${live(value)}
    aria-invalid=${props.invalid}
    aria-describedby=${ifDefined(props.describedBy)}
    @input=${(event: InputEvent) => form.set(name, (event.target as HTMLInputElement).value as Values[typeof name])}
    @blur=${() => form.touch(name)}
  />`);
}

export interface TextareaFieldOptions<Values> extends ShellOptions {
  name: FieldName<Values, string>;
  /** The schema's maximum in code points (a `TEXT_LIMITS` entry); the counter shows it all along. */
  maxlength: number;
  rows?: number;
  placeholder?: string;
  required?: boolean;
}

/** A labelled multi-line input with a live count of what is left, counted as the schema counts. */
export function textareaField<Values extends FormValues>(form: FieldForm<Values>, options: TextareaFieldOptions<Values>): TemplateResult {
  const { name, maxlength } = options;
  const value = textOf(form.values[name]);
  const count: TextCount = countText(value, maxlength);
  return renderShell(form, name, {
    ...options,
    counter: renderCounter(count),
    after: html`${renderLimitStatus(count)}${options.after ?? nothing}`,
  }, (props) => html`<textarea
    id=${props.id}
    name=${name}
    part="input textarea"
    rows=${options.rows ?? 4}
    placeholder=${ifDefined(options.placeholder)}
    maxlength=${maxlength * 2}
    ?required=${options.required}
    .value=${live(value)}
    aria-invalid=${props.invalid}
    aria-describedby=${ifDefined(props.describedBy)}
    @input=${(event: InputEvent) => form.set(name, (event.target as HTMLTextAreaElement).value as Values[typeof name])}
    @blur=${() => form.touch(name)}
  ></textarea>`);
}
