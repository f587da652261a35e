import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { FieldForm, FormValues } from './form-types.js';
import { canonicalTimeZone, deviceTimeZone, timeIn, timeZoneOptions } from './options.js';
import { renderShell, type FieldName, type ShellOptions } from './shell.js';
import { textOf } from './text.js';

export interface TimeZoneFieldOptions<Values> extends ShellOptions {
  name: FieldName<Values, string>;
  /** The reader's locale, for the local time shown in the hint. */
  locale: string;
}

/** True when `zone` is one the browser knows (as the SDK's `TimeZone` schema checks it). */
function knownZone(zone: string): boolean {
  return timeIn(zone, 'en') !== undefined;
}

/**
 * An IANA time zone, typed with suggestions (every zone the browser knows, labelled with its UTC offset), its
 * spelling fixed on leaving ("europe/madrid" → "Europe/Madrid"), the local time there as the hint, and a
 * one-click "Use this device's time zone".
 */
export function timeZoneField<Values extends FormValues>(form: FieldForm<Values>, options: TimeZoneFieldOptions<Values>): TemplateResult {
  const { name, locale } = options;
  const value = textOf(form.values[name]);
  const shown = form.errorFor(name);
  const now = timeIn(value.trim(), locale);
  const device = deviceTimeZone();
  const zones = timeZoneOptions(locale);
  const listId = `${form.fieldId(name)}-zones`;
  return renderShell(form, name, {
    ...options,
    error: shown && !knownZone(value.trim())
      ? msg('Choose a time zone from the list, such as Europe/Madrid.', { id: 'tk.field.timezone.invalid' })
      : shown,
    hint: options.hint ?? (now
      ? msg(str`Local time there: ${now}.`, { id: 'tk.field.timezone.now' })
      : msg('Type a city or region and pick it from the list.', { id: 'tk.field.timezone.hint' })),
    after: html`<datalist id=${listId}>${guard([zones], () => zones.map((zone) => html`<option value=${zone.value}>${zone.label}</option>`))}</datalist>
      ${device && device !== value ? html`<div><button type="button" class="link" part="device-timezone"
        @click=${() => { form.set(name, device as Values[typeof name]); form.touch(name); }}>${msg(str`Use this device's time zone (${device})`, { id: 'tk.field.timezone.device' })}</button></div>` : nothing}
      ${options.after ?? nothing}`,
  }, (props) => html`<input
    id=${props.id}
    name=${name}
    part="input"
    list=${listId}
    autocomplete="off"
    spellcheck="false"
    .value=${live(value)}
    aria-invalid=${props.invalid}
    aria-describedby=${ifDefined(props.describedBy)}
    @input=${(event: InputEvent) => form.set(name, (event.target as HTMLInputElement).value as Values[typeof name])}
    @change=${(event: Event) => {
      const typed = (event.target as HTMLInputElement).value;
      const listed = canonicalTimeZone(typed);
      if (listed !== typed) form.set(name, listed as Values[typeof name]);
    }}
    @blur=${() => form.touch(name)}
  />`);
}
