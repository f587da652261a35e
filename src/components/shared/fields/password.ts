import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
// The policy's own module, not the SDK's index, which would bring every schema along.
import { PASSWORD_POLICY } from '../../../sdk/schemas/text.js';
import type { FieldForm, FormValues } from './form-types.js';
import { codePoints } from './counter.js';
import { renderShell, type FieldName, type ShellOptions } from './shell.js';
import { textOf } from './text.js';

export interface PasswordFieldOptions<Values> extends ShellOptions {
  name: FieldName<Values, string>;
  /**
   * `new-password` (default) shows the policy ("Use at least 12 characters") and a strength hint, and lets
   * password managers offer a generated one; `current-password` is for confirming who you are.
   */
  autocomplete?: 'new-password' | 'current-password';
  required?: boolean;
}

export type Strength = 'weak' | 'fair' | 'strong';

/**
 * A light strength estimate for a password that meets the length policy: length beyond the minimum and the
 * kinds of characters used (letters, digits, anything else). A hint only; the policy is length alone.
 */
export function passwordStrength(password: string): Strength {
  const length = codePoints(password);
  const kinds = [/\p{L}/u, /\p{N}/u, /[^\p{L}\p{N}]/u].filter((kind) => kind.test(password)).length;
  const score = (length >= PASSWORD_POLICY.minLength + 4 ? 1 : 0) + (length >= PASSWORD_POLICY.minLength + 8 ? 1 : 0) + kinds - 1;
  return score >= 3 ? 'strong' : score >= 1 ? 'fair' : 'weak';
}

function strengthText(strength: Strength): string {
  switch (strength) {
    case 'weak': return msg('Strength: weak. A longer password, or one mixing letters, numbers and symbols, is harder to guess.', { id: 'tk.field.password.weak' });
    case 'fair': return msg('Strength: fair. A few more characters make it stronger.', { id: 'tk.field.password.fair' });
    case 'strong': return msg('Strength: strong.', { id: 'tk.field.password.strong' });
  }
}

/** What the policy still asks of `password`, and how strong it looks once met. */
function policyHint(password: string): { text: string; met: boolean; strength?: Strength } {
  const min = PASSWORD_POLICY.minLength;
  const remaining = min - codePoints(password);
  if (password === '') return { text: msg(str`Use at least ${min} characters.`, { id: 'tk.field.password.policy' }), met: false };
  if (remaining > 0) return { text: msg(str`Use at least ${min} characters: ${remaining} more to go.`, { id: 'tk.field.password.remaining' }), met: false };
  const strength = passwordStrength(password);
  return { text: `${msg(str`Long enough: ${min} characters or more.`, { id: 'tk.field.password.met' })} ${strengthText(strength)}`, met: true, strength };
}

/** Which password fields show their text, per form: a view state, never part of the values. */
const revealed = new WeakMap<object, Set<string>>();

/**
 * A password input with a Show password toggle (`aria-pressed`). For a new password, the hint states the
 * policy (`PASSWORD_POLICY` from the SDK), counts down to it, then gives a strength hint; reaching the minimum
 * is announced politely.
 */
export function passwordField<Values extends FormValues>(form: FieldForm<Values>, options: PasswordFieldOptions<Values>): TemplateResult {
  const { name, autocomplete = 'new-password' } = options;
  const value = textOf(form.values[name]);
  const shown = revealed.get(form)?.has(name) ?? false;
  const policy = autocomplete === 'new-password' ? policyHint(value) : undefined;
  const toggle = () => {
    const names = revealed.get(form) ?? new Set<string>();
    if (!names.delete(name)) names.add(name);
    revealed.set(form, names);
    form.requestUpdate();
  };
  return renderShell(form, name, {
    ...options,
    hint: policy ? html`<span class=${policy.strength ?? ''}>${policy.text}</span>${options.hint ? html` ${options.hint}` : nothing}` : options.hint,
    after: html`${policy ? html`<span class="visually-hidden" role="status">${policy.met
      ? msg('The password is long enough.', { id: 'tk.field.password.met_status' }) : ''}</span>` : nothing}${options.after ?? nothing}`,
  }, (props) => html`<div class="password">
    <input
      id=${props.id}
      name=${name}
      part="input"
      type=${shown ? 'text' : 'password'}
      autocomplete=${autocomplete}
      spellcheck="false"
      autocapitalize="off"
      maxlength=${PASSWORD_POLICY.maxLength * 2}
      ?required=${options.required}
      .value=${live(value)}
      aria-invalid=${props.invalid}
      aria-describedby=${ifDefined(props.describedBy)}
      @input=${(event: InputEvent) => form.set(name, (event.target as HTMLInputElement).value as Values[typeof name])}
      @blur=${() => form.touch(name)}
    />
    <button type="button" part="toggle-password" aria-controls=${props.id} aria-pressed=${shown ? 'true' : 'false'}
      @click=${toggle}>${msg('Show password', { id: 'tk.field.password.show' })}</button>
  </div>`);
}
