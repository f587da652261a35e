import { msg, str } from '@lit/localize';
import { initialState, Task } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { UserUpdate, isPreconditionFailedError, type User, type WithETag } from '../../sdk/index.js';
import { announce } from '../shared/announce.js';
import { renderTask } from '../shared/async-state.js';
import { ConfirmController } from '../shared/confirm-controller.js';
import { describeError } from '../shared/describe-error.js';
import { textField } from '../shared/fields.js';
import { FormController } from '../shared/form-controller.js';
import { formatList } from '../shared/format.js';
import { TeamkitElement } from '../shared/teamkit-element.js';
import { AvatarController } from './avatar-controller.js';
import { countryOptions, languageOptions, regionOfLocale, type ChoiceOption } from '../shared/fields/options.js';
import { PhoneField } from '../shared/fields/phone-field.js';
import { timeZoneField } from '../shared/fields/time-zone.js';
import { BeforeProfileSaveEvent, EmailChangeRequestEvent, ProfileSavedEvent } from './profile-form.events.js';
import { styles } from './profile-form.styles.js';
import {
  PROFILE_FIELDS, keepEdit, toInput, valuesOf, type ProfileField, type ProfileValues,
} from './profile-values.js';

/** Languages offered unless the `languages` attribute says otherwise. */
export const DEFAULT_LANGUAGES: readonly string[] = ['en', 'es', 'pt', 'fr', 'de', 'it'];

const wordList = {
  fromAttribute: (value: string | null) => (value ?? '').split(/[\s,]+/u).filter(Boolean),
  toAttribute: (value: readonly string[]) => value.join(' '),
};

/**
 * The signed-in person's own profile: photo, full name, phone, language, country and time zone, with the email
 * shown read-only next to a way into the email-change flow. Save sends only what changed, guarded by the
 * account's ETag: if the profile changed elsewhere meanwhile, every edit is kept and a banner offers to reload
 * the latest version with the edits on top. Account-level: no workspace needed.
 *
 * @summary Edit your own profile: photo, name, phone, language, country and time zone.
 *
 * @slot email-action - Replaces the default "Change email" button, e.g. with a link to your own flow.
 *
 * @fires {BeforeProfileSaveEvent} tk-before-profile-save - Cancelable. Before saving; `event.patch` holds only the changed fields.
 * @fires {ProfileSavedEvent} tk-profile-saved - The profile was saved; `event.user` is the account as the server has it now.
 * @fires {BeforeAvatarUploadEvent} tk-before-avatar-upload - Cancelable. A checked photo is about to be uploaded; `event.file`.
 * @fires {AvatarUploadedEvent} tk-avatar-uploaded - The new photo was uploaded; `event.user`.
 * @fires {BeforeAvatarRemoveEvent} tk-before-avatar-remove - Cancelable. The user confirmed removing the photo.
 * @fires {AvatarRemovedEvent} tk-avatar-removed - The photo was removed; `event.user`.
 * @fires {EmailChangeRequestEvent} tk-email-change-request - Cancelable. "Change email" was activated; `event.email` is the current one.
 * @fires {TeamkitErrorEvent} tk-error - Something failed; `event.error`, and `event.action`: `load`, `profile-save`,
 *   `reload`, `avatar-upload` or `avatar-remove`.
 *
 * @csspart form - The form.
 * @csspart avatar-section - The photo with its buttons.
 * @csspart avatar - The round photo (or initials).
 * @csspart avatar-image - The photo itself.
 * @csspart upload-button - "Upload photo" / "Change photo".
 * @csspart remove-button - "Remove photo".
 * @csspart avatar-error - Why the chosen photo was refused or failed to upload.
 * @csspart fields - The grid of fields.
 * @csspart field - Each field; also `field-name`, `field-email`, `field-phone`, `field-locale`, `field-country`, `field-timezone`.
 * @csspart label - Field labels.
 * @csspart input - Text inputs.
 * @csspart select - Selects.
 * @csspart hint - Hints under fields.
 * @csspart field-error - Errors under fields.
 * @csspart badge - Verified / unverified badges.
 * @csspart country-code - The phone's country calling code select.
 * @csspart phone-number - The phone number input.
 * @csspart email-change - The default "Change email" button or link.
 * @csspart device-timezone - "Use this device's time zone".
 * @csspart footer - Banners and actions at the bottom.
 * @csspart banner - Any banner; also `saved-banner`, `stale-banner`, `merged-banner`, `error-banner`.
 * @csspart reload-button - "Reload" in the banner shown when the profile changed elsewhere.
 * @csspart retry-button - "Try again" after a failure.
 * @csspart actions - The Cancel and Save row.
 * @csspart dirty-status - "No changes to save" / "Unsaved changes: …".
 * @csspart cancel-button - Restores the loaded values.
 * @csspart save-button - Saves the changes.
 * @csspart state - Loading and error panels (see the shared states).
 *
 * @cssprop [--tk-profile-form-avatar-size=72px] - Diameter of the photo.
 * @cssprop [--tk-profile-form-max-width=48rem] - Widest the form grows.
 * @cssprop [--tk-profile-form-gap=var(--tk-space-4)] - Space between fields.
 *
 * @example
 * ```html
 * <teamkit-provider base-url="/api" locale="es">
 *   <profile-form email-change-href="/settings/email" languages="en es pt fr de it"></profile-form>
 * </teamkit-provider>
 * ```
 */
export class ProfileForm extends TeamkitElement {
  static override styles = [...TeamkitElement.styles, styles];

  /** Where the default "Change email" link goes. Without it, the default is a button that only fires the event. */
  @property({ attribute: 'email-change-href' }) accessor emailChangeHref: string | undefined = undefined;

  /** BCP 47 tags of the languages offered, space separated. The user's current language is always offered. */
  @property({ converter: wordList }) accessor languages: readonly string[] = DEFAULT_LANGUAGES;

  /** The account as the server last sent it, with its version. */
  @state() private accessor user: WithETag<User> | undefined = undefined;
  @state() private accessor notice: 'saved' | 'merged' | undefined = undefined;
  @state() private accessor reloading = false;

  /** What "Try again" repeats. */
  #lastAction: 'save' | 'reload' = 'save';

  readonly #form = new FormController<typeof UserUpdate, ProfileValues>(
    this, UserUpdate, { name: '', phone: '', locale: 'en', timezone: 'UTC', country: null }, { toInput },
  );

  readonly #confirm = new ConfirmController(this);

  readonly #phone = new PhoneField(this, this.#form, 'phone', { country: () => this.#form.values.country });

  readonly #avatar = new AvatarController(this, {
    client: () => this.api,
    format: () => this.formatSettings,
    confirmRemove: () => this.#confirm.ask({
      title: msg('Remove your photo?', { id: 'tk.profile-form.avatar.remove_title' }),
      message: msg('Your initials will show instead until you upload a new photo.', { id: 'tk.profile-form.avatar.remove_message' }),
      confirmLabel: msg('Remove photo', { id: 'tk.profile-form.avatar.remove' }),
      danger: true,
    }),
    changed: (user) => this.#avatarChanged(user),
  });

  readonly #load = new Task(this, {
    args: () => [this.api] as const,
    task: async ([api], { signal }) => {
      if (!api) return initialState;
      try {
        const user = await api.account.get({ signal });
        this.#merge(user, []);
        return user;
      } catch (error) {
        if (!signal.aborted) this.reportError(error, 'load');
        throw error;
      }
    },
  });

  protected override render() {
    return html`${renderTask(this.#load, { complete: () => this.#renderForm() })}${this.#confirm.render()}`;
  }

  /** Selects show the form's value even after their options were re-rendered (a language switch) or reset. */
  protected override updated(): void {
    for (const select of this.renderRoot.querySelectorAll<HTMLSelectElement>('select[data-value]')) {
      const wanted = select.dataset['value'] ?? '';
      if (select.value !== wanted) select.value = wanted;
    }
  }

  #label(field: ProfileField): string {
    switch (field) {
      case 'name': return msg('Full name', { id: 'tk.profile-form.name' });
      case 'phone': return msg('Phone', { id: 'tk.profile-form.phone' });
      case 'locale': return msg('Language', { id: 'tk.profile-form.locale' });
      case 'country': return msg('Country or region', { id: 'tk.profile-form.country' });
      case 'timezone': return msg('Time zone', { id: 'tk.profile-form.timezone' });
    }
  }

  #renderForm(): TemplateResult | typeof nothing {
    const user = this.user;
    if (!user) return nothing;
    const locale = this.formatSettings.locale;
    const languages = [...new Set([...this.languages, user.locale, this.#form.values.locale])];
    return html`<form part="form" novalidate aria-label=${msg('Profile', { id: 'tk.profile-form.title' })} @submit=${this.#onSubmit}>
      ${this.#avatar.render(user, this.#form.values.name || user.name)}
      <div class="grid" part="fields">
        ${textField(this.#form, { name: 'name', label: this.#label('name'), autocomplete: 'name', required: true })}
        ${this.#renderEmail(user)}
        ${this.#phone.render({ label: this.#label('phone'), locale, verified: user.phone === null ? undefined : user.phoneVerified })}
        ${this.#renderChoice('locale', languageOptions(locale, languages), {
          hint: msg('The language of the emails and messages we send you.', { id: 'tk.profile-form.locale_hint' }),
        })}
        ${this.#renderChoice('country', countryOptions(locale), { emptyLabel: msg('Not set', { id: 'tk.profile-form.not_set' }) })}
        ${timeZoneField(this.#form, { name: 'timezone', label: this.#label('timezone'), locale })}
      </div>
      <div class="footer" part="footer">${this.#renderBanner()}${this.#renderActions()}</div>
    </form>`;
  }

  #renderEmail(user: User): TemplateResult {
    const action = msg('Change email', { id: 'tk.profile-form.email_change' });
    return html`<div class="field" part="field field-email">
      <label for="field-email" part="label">${msg('Email', { id: 'tk.profile-form.email' })}</label>
      <div class="with-badge">
        <input id="field-email" part="input email" type="text" readonly .value=${user.email}
          aria-describedby="field-email-status field-email-hint" />
        <span id="field-email-status" class="badge ${user.emailVerified ? 'success' : 'warning'}" part="badge">${user.emailVerified
          ? msg('Verified', { id: 'tk.profile-form.verified' }) : msg('Unverified', { id: 'tk.profile-form.unverified' })}</span>
      </div>
      <p id="field-email-hint" class="hint" part="hint">${msg('You sign in with it. A change is confirmed with a code sent to the new address.', { id: 'tk.profile-form.email_hint' })}</p>
      <div><slot name="email-action">${this.emailChangeHref
        ? html`<a href=${this.emailChangeHref} part="email-change" @click=${this.#requestEmailChange}>${action}</a>`
        : html`<button type="button" class="link" part="email-change" @click=${this.#requestEmailChange}>${action}</button>`}</slot></div>
    </div>`;
  }

  #renderChoice(name: 'locale' | 'country', options: ChoiceOption[], extra: { hint?: string; emptyLabel?: string }): TemplateResult {
    const form = this.#form;
    const value = form.values[name] ?? '';
    const error = form.errorFor(name);
    const describedBy = [extra.hint ? `field-${name}-hint` : '', error ? `field-${name}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field" part="field field-${name}">
      <label for="field-${name}" part="label">${this.#label(name)}</label>
      <select id="field-${name}" name=${name} part="select" data-value=${value}
        aria-invalid=${error ? 'true' : 'false'} aria-describedby=${ifDefined(describedBy || undefined)}
        @change=${(event: Event) => this.#choose(name, (event.target as HTMLSelectElement).value)}>
        ${extra.emptyLabel !== undefined ? html`<option value="" ?selected=${value === ''}>${extra.emptyLabel}</option>` : nothing}
        ${guard([options], () => options.map((option) => html`<option value=${option.value} ?selected=${option.value === value}>${option.label}</option>`))}
      </select>
      ${extra.hint ? html`<p id="field-${name}-hint" class="hint" part="hint">${extra.hint}</p>` : nothing}
      ${error ? html`<p id="field-${name}-error" class="error" part="field-error">${error}</p>` : nothing}
    </div>`;
  }

  #renderBanner(): TemplateResult | typeof nothing {
    const error = this.#form.formError;
    if (error !== undefined && isPreconditionFailedError(error)) {
      return html`<div class="banner warning" part="banner stale-banner" role="alert">
        <div class="text">
          <strong>${msg('Your profile was changed somewhere else', { id: 'tk.profile-form.stale_title' })}</strong>
          <p>${msg('Your edits are kept. Reload to get the latest version with your edits on top, then save again.', { id: 'tk.profile-form.stale_detail' })}</p>
        </div>
        <div class="actions"><button type="button" part="reload-button" aria-disabled=${this.reloading ? 'true' : 'false'} @click=${this.#reload}>${this.reloading
          ? msg('Reloading…', { id: 'tk.profile-form.reloading' }) : msg('Reload', { id: 'tk.profile-form.reload' })}</button></div>
      </div>`;
    }
    if (error !== undefined) {
      const { title, detail, retryable } = describeError(error);
      return html`<div class="banner danger" part="banner error-banner" role="alert">
        <div class="text"><strong>${title}</strong><p>${detail}</p></div>
        ${retryable ? html`<div class="actions"><button type="button" part="retry-button"
          @click=${() => void (this.#lastAction === 'reload' ? this.#reload() : this.#save())}>${msg('Try again', { id: 'tk.state.retry' })}</button></div>` : nothing}
      </div>`;
    }
    if (this.notice === 'saved' && !this.#form.dirty) {
      return html`<div class="banner success" part="banner saved-banner" role="status"><strong>${msg('Profile saved', { id: 'tk.profile-form.saved' })}</strong></div>`;
    }
    if (this.notice === 'merged') {
      return html`<div class="banner" part="banner merged-banner" role="status">${msg('Loaded the latest version. Your edits are kept: review them and save.', { id: 'tk.profile-form.merged' })}</div>`;
    }
    return nothing;
  }

  #renderActions(): TemplateResult {
    const form = this.#form;
    const dirty = form.dirty;
    const blocked = !dirty || form.submitting;
    const changed = PROFILE_FIELDS.filter((field) => form.isFieldDirty(field)).map((field) => this.#label(field));
    const status = dirty
      ? msg(str`Unsaved changes: ${formatList(changed, this.formatSettings)}`, { id: 'tk.profile-form.dirty' })
      : msg('No changes to save', { id: 'tk.profile-form.clean' });
    return html`<div class="actions" part="actions">
      <p id="dirty-status" class="dirty-status ${dirty ? 'dirty' : ''}" part="dirty-status">${status}</p>
      <button type="button" part="cancel-button" aria-disabled=${blocked ? 'true' : 'false'}
        aria-describedby=${ifDefined(dirty ? undefined : 'dirty-status')} @click=${this.#cancel}>${msg('Cancel', { id: 'tk.action.cancel' })}</button>
      <button type="submit" class="primary" part="save-button" aria-disabled=${blocked ? 'true' : 'false'}
        aria-describedby="dirty-status">${form.submitting ? msg('Saving…', { id: 'tk.profile-form.saving' }) : msg('Save changes', { id: 'tk.profile-form.save' })}</button>
    </div>`;
  }

  #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.#save();
  };

  async #save(): Promise<void> {
    const api = this.api;
    const form = this.#form;
    if (!api || !this.user || form.submitting || !form.dirty) return;
    this.#lastAction = 'save';
    this.notice = undefined;
    const sent = { ...form.values };
    let saved: WithETag<User> | undefined;
    let failure: unknown;
    await form.submit(async (input) => {
      const patch = Object.fromEntries(PROFILE_FIELDS.filter((field) => form.isFieldDirty(field)).map((field) => [field, input[field]])) as UserUpdate;
      if (!this.emit(new BeforeProfileSaveEvent(patch))) return;
      try {
        saved = await api.account.update(patch, { ifMatch: this.user?.etag ?? null });
      } catch (error) {
        failure = error;
        throw error;
      }
    });
    if (failure !== undefined) this.reportError(failure, 'profile-save');
    if (!saved) return;
    // Anything typed while the save was on its way stays; the rest shows what the server stored.
    this.#merge(saved, PROFILE_FIELDS.filter((field) => form.values[field] !== sent[field]));
    this.notice = 'saved';
    this.emit(new ProfileSavedEvent(saved));
    announce(msg('Profile saved', { id: 'tk.profile-form.saved' }));
  }

  #reload = async (): Promise<void> => {
    const api = this.api;
    if (!api || this.reloading) return;
    this.#lastAction = 'reload';
    this.reloading = true;
    try {
      const latest = await api.account.get();
      this.#merge(latest, PROFILE_FIELDS.filter((field) => this.#form.isFieldDirty(field)));
      this.notice = 'merged';
      announce(msg('Loaded the latest version. Your edits are kept: review them and save.', { id: 'tk.profile-form.merged' }));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part~="save-button"]')?.focus();
    } catch (error) {
      this.#form.formError = error;
      this.reportError(error, 'reload');
    } finally {
      this.reloading = false;
    }
  };

  #cancel = (): void => {
    const user = this.user;
    if (!user || !this.#form.dirty || this.#form.submitting) return;
    this.#merge(user, []);
    this.notice = undefined;
  };

  /**
   * Makes `latest` the baseline (values, ETag, photo) while the fields in `keep` keep what the user typed: the
   * merge behind "Reload" after a 412, and how the form follows the server after a save or a photo change.
   */
  #merge(latest: WithETag<User>, keep: readonly ProfileField[]): void {
    const form = this.#form;
    const typed = { ...form.values };
    this.user = latest;
    form.reset(valuesOf(latest));
    for (const field of keep) keepEdit(form, typed, field);
    if (!keep.includes('phone')) this.#phone.sync(this.#defaultRegion());
  }

  #defaultRegion(): string {
    return this.#form.values.country ?? regionOfLocale(this.formatSettings.locale);
  }

  /**
   * A new photo or none: show it at once, then re-read the account, since the change gave it a new version
   * that the next save must name (the upload's answer carries no ETag).
   */
  #avatarChanged(user: User): void {
    this.user = { ...user, etag: this.user?.etag ?? null };
    const api = this.api;
    if (!api) return;
    api.account.get().then(
      (latest) => this.#merge(latest, PROFILE_FIELDS.filter((field) => this.#form.isFieldDirty(field))),
      () => { /* a later save then answers 412, and the banner offers to reload */ },
    );
  }

  #choose(name: 'locale' | 'country', value: string): void {
    if (name === 'locale') this.#form.set('locale', value);
    else {
      this.#form.set('country', value === '' ? null : value);
      // With no number typed yet, the calling code follows the country.
      this.#phone.followCountry(value);
    }
    this.#form.touch(name);
  }

  #requestEmailChange = (event: Event): void => {
    if (!this.emit(new EmailChangeRequestEvent(this.user?.email ?? ''))) event.preventDefault();
  };
}
