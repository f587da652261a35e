import { msg } from '@lit/localize';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { Phone, type User } from '../../sdk/index.js';
import { diallingOptions } from './options.js';
import { composePhone, splitPhone, type PhoneDraft } from './phone.js';
import type { ProfileFormController } from './profile-values.js';

/**
 * The phone as two controls, a country calling code and the number, bound to the form's single E.164 `phone`
 * value. The number keeps what the user typed (spaces, dashes) while the form holds its E.164 form.
 */
export class PhoneField {
  draft: PhoneDraft = { region: 'US', national: '' };

  constructor(private readonly host: ReactiveControllerHost, private readonly form: ProfileFormController) {}

  /** Re-reads the controls from the form's value, after a load, a reset or a merge. */
  sync(fallbackRegion: string): void {
    this.draft = splitPhone(this.form.values.phone, fallbackRegion, this.form.values.country);
    this.host.requestUpdate();
  }

  /** While no number is typed, the calling code follows the chosen country. */
  followCountry(region: string): void {
    if (this.draft.national !== '' || region === '') return;
    this.draft = { ...this.draft, region };
    this.host.requestUpdate();
  }

  render(user: User, label: string, locale: string): TemplateResult {
    const form = this.form;
    const { region, national } = this.draft;
    const edited = form.isFieldDirty('phone');
    const shown = form.errorFor('phone');
    const error = shown && form.values.phone !== '' && !Phone.safeParse(form.values.phone).success
      ? msg('Check the number: digits only, at most 15 including the country code.', { id: 'tk.profile-form.phone_invalid' })
      : shown;
    const hint = edited && national !== ''
      ? msg('A new number stays unverified until you confirm it with a code sent by SMS.', { id: 'tk.profile-form.phone_new_hint' })
      : msg('Optional. Used for security codes and alerts.', { id: 'tk.profile-form.phone_hint' });
    const status = user.phone === null || edited ? nothing
      : html`<span class="badge ${user.phoneVerified ? 'success' : 'warning'}" part="badge">${user.phoneVerified
        ? msg('Verified', { id: 'tk.profile-form.verified' }) : msg('Unverified', { id: 'tk.profile-form.unverified' })}</span>`;
    const options = diallingOptions(locale);
    return html`<fieldset class="field" part="field field-phone">
      <legend part="label">${label} ${status}</legend>
      <div class="phone-inputs">
        <label class="visually-hidden" for="field-phone-region">${msg('Country calling code', { id: 'tk.profile-form.calling_code' })}</label>
        <select id="field-phone-region" part="select country-code" data-value=${region}
          @change=${(event: Event) => this.#set({ ...this.draft, region: (event.target as HTMLSelectElement).value })}>
          ${guard([options], () => options.map((option) => html`<option value=${option.value} ?selected=${option.value === region}>${option.label}</option>`))}
        </select>
        <label class="visually-hidden" for="field-phone">${msg('Phone number', { id: 'tk.profile-form.phone_number' })}</label>
        <input id="field-phone" name="phone" part="input phone-number" type="tel" autocomplete="tel" inputmode="tel"
          .value=${live(national)} aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? 'field-phone-hint field-phone-error' : 'field-phone-hint'}
          @input=${(event: InputEvent) => this.#set({ ...this.draft, national: (event.target as HTMLInputElement).value })}
          @change=${this.#tidy}
          @blur=${() => form.touch('phone')} />
      </div>
      <p id="field-phone-hint" class="hint" part="hint">${hint}</p>
      ${error ? html`<p id="field-phone-error" class="error" part="field-error">${error}</p>` : nothing}
    </fieldset>`;
  }

  #set(draft: PhoneDraft): void {
    this.draft = draft;
    this.form.set('phone', composePhone(draft));
  }

  /** A number typed with its own `+code` moves the code into the picker once the user leaves the field. */
  #tidy = (): void => {
    if (!this.draft.national.trim().startsWith('+')) return;
    const split = splitPhone(composePhone(this.draft), this.draft.region, this.form.values.country);
    if (split.national.startsWith('+')) return;
    this.draft = split;
    this.host.requestUpdate();
  };
}
