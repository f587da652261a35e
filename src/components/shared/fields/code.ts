import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { FieldForm, FormValues } from './form-types.js';
import { renderShell, type FieldName, type ShellOptions } from './shell.js';
import { textOf } from './text.js';

/** Digits in a verification code, as the SDK's `VerificationCode` pattern says. */
export const CODE_LENGTH = 6;

/** The digits of what was typed or pasted ("123 456", "123-456"), at most six: what the code field keeps. */
export function codeDigits(typed: string): string {
  return typed.replace(/\D/gu, '').slice(0, CODE_LENGTH);
}

export interface CodeFieldOptions<Values> extends ShellOptions {
  name: FieldName<Values, string>;
  required?: boolean;
}

/**
 * A verification-code input: one field for the six digits (one-time-code autofill fills one field), the
 * numeric keyboard, and spaces or dashes of a pasted "123 456" dropped. No native `maxlength`: it would cut
 * the paste before the separators are removed.
 */
export function codeField<Values extends FormValues>(form: FieldForm<Values>, options: CodeFieldOptions<Values>): TemplateResult {
  const { name } = options;
  const value = textOf(form.values[name]);
  return renderShell(form, name, options, (props) => html`<input
    id=${props.id}
    name=${name}
    part="input code"
    class="code"
    type="text"
    inputmode="numeric"
    autocomplete="one-time-code"
    pattern="[0-9]*"
    spellcheck="false"
    ?required=${options.required}
    .value=${live(value)}
    aria-invalid=${props.invalid}
    aria-describedby=${ifDefined(props.describedBy)}
    @input=${(event: InputEvent) => {
      const input = event.target as HTMLInputElement;
      const digits = codeDigits(input.value);
      // Shown at once, not on the next render: a kept letter would flash and move the caret.
      if (input.value !== digits) input.value = digits;
      form.set(name, digits as Values[typeof name]);
    }}
    @blur=${() => form.touch(name)}
  />`);
}
