import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
// The policy's own module, without zod: not the SDK's index or text.ts, which would bring the schemas along.
import { PASSWORD_POLICY, passwordStrength, type PasswordRecommendation } from '../../../sdk/schemas/limits.js';
import { formatList } from '../format.js';
import { teamkitLocale } from '../localization.js';
import type { FieldForm, FormValues } from './form-types.js';
import { renderShell, type FieldName, type ShellOptions } from './shell.js';
import { textOf } from './text.js';

export interface PasswordFieldOptions<Values> extends ShellOptions {
  name: FieldName<Values, string>;
  /**
   * `new-password` (default) shows the policy ("Use at least 12 characters") and a strength hint, and lets
   * password managers offer a generated one; `current-password` is for confirming who you are.
   */
  autocomplete?: 'new-password' | 'current-password';
  /**
   * Show the policy, the countdown to it and the strength hint. Default: for a `new-password`. Off for a new
   * password typed a second time to confirm it: the first field already said all that.
   */
  policy?: boolean;
  required?: boolean;
}

/** A kind of character the password lacks, as the reader would add it. */
function kindText(kind: Exclude<PasswordRecommendation, 'length'>): string {
  switch (kind) {
    case 'letter': return msg('a letter', { id: 'tk.field.password.add_letter' });
    case 'number': return msg('a number', { id: 'tk.field.password.add_number' });
    case 'symbol': return msg('a symbol', { id: 'tk.field.password.add_symbol' });
  }
}

/** How strong a password that meets the policy looks (the SDK's `passwordStrength`), and what would help. */
function strengthText(password: string): string {
  const { level, unmet } = passwordStrength(password);
  const kinds = unmet.flatMap((kind) => (kind === 'length' ? [] : [kindText(kind)]));
  const add = level !== 'strong' && kinds.length
    ? ` ${msg(str`Add ${formatList(kinds, { locale: teamkitLocale(), timeZone: undefined })} to make it stronger.`, { id: 'tk.field.password.add' })}`
    : '';
  switch (level) {
    case 'weak': return msg('Strength: weak.', { id: 'tk.field.password.weak' }) + add;
    case 'fair': return msg('Strength: fair.', { id: 'tk.field.password.fair' }) + add;
    case 'strong': return msg('Strength: strong.', { id: 'tk.field.password.strong' });
  }
}

/** What the policy still asks of `password`, or how strong it looks once met. */
function policyHint(password: string): { text: string; met: boolean } {
  const min = PASSWORD_POLICY.minLength;
  // Code points of the password as typed: passwords are never normalised, and the schema counts them so.
  const remaining = min - [...password].length;
  if (password === '') return { text: msg(str`Use at least ${min} characters.`, { id: 'tk.field.password.policy' }), met: false };
  if (remaining > 0) return { text: msg(str`Use at least ${min} characters: ${remaining} more to go.`, { id: 'tk.field.password.remaining' }), met: false };
  return { text: `${msg(str`Long enough: ${min} characters or more.`, { id: 'tk.field.password.met' })} ${strengthText(password)}`, met: true };
}

/** Which password fields show their text, per form: a view state, never part of the values. */
const revealed = new WeakMap<object, Set<string>>();

/**
 * A password input with a Show password toggle (`aria-pressed`). For a new password, the hint states the
 * policy (`PASSWORD_POLICY` from the SDK), counts down to it, then gives a strength hint; reaching the minimum
 * is announced politely. The strength is a hint only: the policy is the length.
 */
export function passwordField<Values extends FormValues>(form: FieldForm<Values>, options: PasswordFieldOptions<Values>): TemplateResult {
  const { name, autocomplete = 'new-password' } = options;
  const value = textOf(form.values[name]);
  const shown = revealed.get(form)?.has(name) ?? false;
  const policy = (options.policy ?? autocomplete === 'new-password') ? policyHint(value) : undefined;
  const toggle = () => {
    const names = revealed.get(form) ?? new Set<string>();
    if (!names.delete(name)) names.add(name);
    revealed.set(form, names);
    form.requestUpdate();
  };
  return renderShell(form, name, {
    ...options,
    hint: policy ? html`${policy.text}${options.hint ? html` ${options.hint}` : nothing}` : options.hint,
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
