import { html, nothing, type TemplateResult } from 'lit';
import type { FieldForm, FormValues } from './form-types.js';

/** The names of `Values` whose field accepts a `T` (a text field binds only where a string may go). */
export type FieldName<Values, T> = { [K in keyof Values]-?: T extends Values[K] ? K : never }[keyof Values] & string;

/** What every field takes besides its name. */
export interface ShellOptions {
  label: string;
  hint?: unknown;
  /** Extra content at the end of the field (a slot, a link, a button). */
  after?: unknown;
}

/** What the shell hands the control it wraps, so label, hint, counter and error are tied to it. */
export interface ControlProps {
  id: string;
  invalid: 'true' | 'false';
  /** The ids of the hint, counter and error, for `aria-describedby`; undefined when there are none. */
  describedBy: string | undefined;
}

export interface ShellParts extends ShellOptions {
  /** A live count of the value against its maximum (see `counter.ts`). */
  counter?: TemplateResult;
  /** The error to show instead of the form's own, e.g. a more specific wording. */
  error?: string;
  /** Control first, label after it (checkboxes and switches). */
  inline?: boolean;
}

/**
 * The one field shell: label, control, hint, counter and error, with `aria-invalid` and `aria-describedby`
 * wired and ids unique within the shadow root (they derive from the form's field id). Parts: `field` and
 * `field-<name>`, `label`, `hint`, `counter`, `field-error`; the control renders its own `input` part.
 */
export function renderShell<Values extends FormValues>(
  form: FieldForm<Values>,
  name: keyof Values & string,
  parts: ShellParts,
  control: (props: ControlProps) => TemplateResult,
): TemplateResult {
  const id = form.fieldId(name);
  form.labelField(name, parts.label);
  const error = parts.error ?? form.errorFor(name);
  const hasHint = parts.hint !== undefined && parts.hint !== '';
  const describedBy = [hasHint ? `${id}-hint` : '', parts.counter ? `${id}-counter` : '', error ? `${id}-error` : '']
    .filter(Boolean).join(' ') || undefined;
  const rendered = control({ id, invalid: error ? 'true' : 'false', describedBy });
  const label = html`<label for=${id} part="label">${parts.label}</label>`;
  return html`<div class="field${parts.inline ? ' inline' : ''}" part="field field-${name}">
    ${parts.inline ? html`<div class="check">${rendered}${label}</div>` : html`${label}${rendered}`}
    ${hasHint ? html`<p id="${id}-hint" class="hint" part="hint">${parts.hint}</p>` : nothing}
    ${parts.counter ? html`<p id="${id}-counter" class="counter" part="counter">${parts.counter}</p>` : nothing}
    ${error ? html`<p id="${id}-error" class="error" part="field-error">${error}</p>` : nothing}
    ${parts.after ?? nothing}
  </div>`;
}
