import { msg } from '@lit/localize';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { PATTERNS } from '../../../sdk/schemas/patterns.js';
import type { FieldForm, FormValues } from './form-types.js';
import { selectValue } from './choice.js';
import { diallingOptions } from './options.js';
import { composePhone, splitPhone, type PhoneDraft } from './phone.js';
import type { FieldName } from './shell.js';

export interface PhoneFieldConfig {
  /** The reader's country (ISO 3166), if the form knows it: it breaks ties between regions sharing a code. */
  country?: () => string | null | undefined;
}

export interface PhoneRenderOptions {
  label: string;
  /** The reader's locale, for the names of the regions. */
  locale: string;
  /** Whether the stored number is verified, shown as a badge while it is unchanged; undefined for no badge. */
  verified?: boolean;
  /** Replaces the default hints (optional, used for security codes; a new number stays unverified until confirmed). */
  hint?: string;
}

/**
 * The phone as two controls, a country calling code and the number, bound to one E.164 string field ('' for
 * none). The number keeps what the reader typed (spaces, dashes) while the form holds its E.164 form.
 */
export class PhoneField<Values extends FormValues> {
  draft: PhoneDraft = { region: 'US', national: '' };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly form: FieldForm<Values>,
    private readonly name: FieldName<Values, string>,
    private readonly config: PhoneFieldConfig = {},
  ) {}

  get #value(): string {
    const value = this.form.values[this.name];
    return typeof value === 'string' ? value : '';
  }

  /** Re-reads the controls from the form's value, with `fallbackRegion` for a number without a code. */
  sync(fallbackRegion: string): void {
    this.draft = splitPhone(this.#value, fallbackRegion, this.config.country?.());
    this.host.requestUpdate();
  }

  /** While no number is typed, the calling code follows the chosen country. */
  followCountry(region: string): void {
    if (this.draft.national !== '' || region === '') return;
    this.draft = { ...this.draft, region };
    this.host.requestUpdate();
  }

  render(options: PhoneRenderOptions): TemplateResult {
    const { form, name } = this;
    const value = this.#value;
    // The value changed from outside (a load, Cancel, a merge): the controls follow it.
    if (composePhone(this.draft) !== value) this.draft = splitPhone(value, this.draft.region, this.config.country?.());
    const { region, national } = this.draft;
    const id = form.fieldId(name);
    form.labelField(name, options.label);
    const edited = form.isFieldDirty(name);
    const shown = form.errorFor(name);
    const error = shown && value !== '' && !PATTERNS.phone.test(value)
      ? msg('Check the number: digits only, at most 15 including the country code.', { id: 'tk.field.phone.invalid' })
      : shown;
    const hint = options.hint ?? (edited && national !== ''
      ? msg('A new number stays unverified until you confirm it with a code sent by SMS.', { id: 'tk.field.phone.new_hint' })
      : msg('Optional. Used for security codes and alerts.', { id: 'tk.field.phone.hint' }));
    const status = options.verified === undefined || edited || value === '' ? nothing
      : html`<span class="badge ${options.verified ? 'success' : 'warning'}" part="badge">${options.verified
        ? msg('Verified', { id: 'tk.field.verified' }) : msg('Unverified', { id: 'tk.field.unverified' })}</span>`;
    const dialling = diallingOptions(options.locale);
    return html`<fieldset class="field" part="field field-${name}">
      <legend part="label">${options.label} ${status}</legend>
      <div class="phone-inputs">
        <label class="visually-hidden" for="${id}-region">${msg('Country calling code', { id: 'tk.field.phone.calling_code' })}</label>
        <select id="${id}-region" part="input select country-code"
          @change=${(event: Event) => this.#set({ ...this.draft, region: (event.target as HTMLSelectElement).value })}
        >${guard([dialling], () => dialling.map((option) => html`<option value=${option.value}>${option.label}</option>`))}${selectValue(region)}</select>
        <label class="visually-hidden" for=${id}>${msg('Phone number', { id: 'tk.field.phone.number' })}</label>
        <input id=${id} name=${name} part="input phone-number" type="tel" autocomplete="tel" inputmode="tel"
          .value=${live(national)} aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? `${id}-hint ${id}-error` : `${id}-hint`}
          @input=${(event: InputEvent) => this.#set({ ...this.draft, national: (event.target as HTMLInputElement).value })}
          @change=${this.#tidy}
          @blur=${() => form.touch(name)} />
      </div>
      <p id="${id}-hint" class="hint" part="hint">${hint}</p>
      ${error ? html`<p id="${id}-error" class="error" part="field-error">${error}</p>` : nothing}
    </fieldset>`;
  }

  #set(draft: PhoneDraft): void {
    this.draft = draft;
    this.form.set(this.name, composePhone(draft) as Values[FieldName<Values, string>]);
  }

  /** A number typed with its own `+code` moves the code into the picker once the reader leaves the field. */
  #tidy = (): void => {
    if (!this.draft.national.trim().startsWith('+')) return;
    const split = splitPhone(composePhone(this.draft), this.draft.region, this.config.country?.());
    if (split.national.startsWith('+')) return;
    this.draft = split;
    this.host.requestUpdate();
  };
}
