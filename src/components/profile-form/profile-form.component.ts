import { msg } from '@lit/localize';
import { initialState, Task } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { WithETag } from '../../sdk/http.js';
import type { Client, User } from '../../sdk/index.js';
import type { UserUpdate } from '../../sdk/schemas/account.js';
import type { ConfirmController } from '../shared/confirm-controller.js';
import { ImageUploadController, imageUploadStyles } from '../shared/controllers/image-upload-controller.js';
import { renderTask } from '../shared/feedback/states.js';
import { selectField } from '../shared/fields/choice.js';
import type { PhoneField } from '../shared/fields/phone-field.js';
import { textField } from '../shared/fields/text.js';
import { FormController } from '../shared/form-controller.js';
import { TeamkitElement } from '../shared/teamkit-element.js';
import {
  AvatarRemovedEvent, AvatarUploadedEvent, BeforeAvatarRemoveEvent, BeforeAvatarUploadEvent, BeforeProfileSaveEvent, EmailChangeRequestEvent,
  ProfileSavedEvent,
} from './profile-form.events.js';
import type { EmailChangeDialog } from './email-change-dialog.js';
import { styles } from './profile-form.styles.js';
import type { ProposedField, Proposals } from './profile-proposals.js';
import { EMPTY_PROFILE, toInput, valuesOf, type ProfileValues } from './profile-values.js';

type Places = typeof import('./profile-places.js');

const PROPOSABLE: readonly ProposedField[] = ['locale', 'country', 'timezone'];

/** Languages offered unless the `languages` attribute says otherwise. */
export const DEFAULT_LANGUAGES: readonly string[] = ['en', 'es', 'pt', 'fr', 'de', 'it'];

const wordList = {
  fromAttribute: (value: string | null) => (value ?? '').split(/[\s,]+/u).filter(Boolean),
  toAttribute: (value: readonly string[]) => value.join(' '),
};

/**
 * The signed-in person's own profile: photo, full name, phone, language, country and time zone, with the email
 * shown read-only next to a way into the email-change flow. While the account has no language, country or time
 * zone, the form proposes the browser's (its first language the form offers, that language's region, this
 * device's time zone), marked "Suggested from your browser" and counted as unsaved changes: nothing is stored
 * until the user saves, and Cancel drops them. Save sends only what changed, guarded by the
 * account's ETag: if the profile changed elsewhere meanwhile, every edit is kept and the footer offers
 * "Reload and merge", which loads the latest version with the edits on top. Account-level: no workspace needed.
 *
 * "Change email" opens `<email-change-form>` in a dialog (loaded and registered, under this element's prefix, with
 * the first click); the dialog closes once the new address is confirmed. To run your own flow instead, set
 * `email-change-href`, put your own control in the `email-action` slot, or cancel `tk-email-change-request`. When
 * the email or phone changes anywhere on the page (`tk-email-changed`, `tk-phone-changed`), the form re-reads the
 * account and shows it, keeping unsaved edits.
 *
 * @summary Edit your own profile: photo, name, phone, language, country and time zone.
 *
 * @slot email-action - Replaces the default "Change email" button (which opens `<email-change-form>` in a dialog), e.g. with a link to your own flow.
 *
 * @fires {BeforeProfileSaveEvent} tk-before-profile-save - Cancelable. Before saving; `event.patch` holds only the changed fields.
 * @fires {ProfileSavedEvent} tk-profile-saved - The profile was saved; `event.user` is the account as the server has it now.
 * @fires {BeforeAvatarUploadEvent} tk-before-avatar-upload - Cancelable. A checked photo is about to be uploaded; `event.file`.
 * @fires {AvatarUploadedEvent} tk-avatar-uploaded - The new photo was uploaded; `event.user`.
 * @fires {BeforeAvatarRemoveEvent} tk-before-avatar-remove - Cancelable. The user confirmed removing the photo.
 * @fires {AvatarRemovedEvent} tk-avatar-removed - The photo was removed; `event.user`.
 * @fires {EmailChangeRequestEvent} tk-email-change-request - Cancelable. "Change email" was activated; `event.email` is the current one.
 *   `preventDefault()` keeps the dialog (or the `email-change-href` link) from opening.
 * @fires {TeamkitErrorEvent} tk-error - Something failed; `event.error`, and `event.action`: `load`, `profile-save`,
 *   `reload`, `avatar-upload` or `avatar-remove`.
 *
 * @csspart form - The form.
 * @csspart avatar-section - The photo with its buttons.
 * @csspart avatar - The round photo (or initials).
 * @csspart avatar-image - The photo itself.
 * @csspart upload - "Upload photo" / "Change photo" (was `upload-button`).
 * @csspart remove - "Remove photo" (was `remove-button`).
 * @csspart discard - "Discard photo", after a photo failed to upload.
 * @csspart avatar-error - Why the chosen photo was refused (also `field-error`).
 * @csspart fields - The grid of fields.
 * @csspart field - Each field; also `field-name`, `field-email`, `field-phone`, `field-locale`, `field-country`, `field-timezone`.
 * @csspart label - Field labels.
 * @csspart input - Every control; selects are also `select` (was `select` alone), the phone's two are also
 *   `country-code` and `phone-number`, the email is also `email`.
 * @csspart hint - Hints under fields.
 * @csspart proposed - "Suggested from your browser", in the hint of a field the form filled in from the browser.
 * @csspart field-error - Errors under fields.
 * @csspart badge - Verified / unverified badges; the email's is also `badge-verified` or `badge-unverified`.
 * @csspart email-change - The default "Change email" button or link.
 * @csspart device-timezone - "Use this device's time zone".
 * @csspart footer - The outcome, the dirty summary and the buttons at the bottom.
 * @csspart notice - What happened: `notice success` (saved), `notice warning` (changed elsewhere), `notice info`
 *   (merged), `notice danger` (a photo failed to upload or be removed). Replaces `banner` and its variants.
 * @csspart form-error - A save or reload that failed (was `error-banner`).
 * @csspart dismiss - Dismiss on a photo's failure notice.
 * @csspart reload - "Reload and merge" after the profile changed elsewhere (was `reload-button`).
 * @csspart retry - "Try again" after a failure (was `retry-button`).
 * @csspart actions - The row of the dirty summary, Cancel and Save.
 * @csspart dirty-status - "No changes to save" / "Unsaved changes: …".
 * @csspart cancel - Restores the loaded values (was `cancel-button`).
 * @csspart submit - Saves the changes (was `save-button`).
 * @csspart state - Loading and error panels (see the shared states).
 * @csspart confirm-dialog - The "Remove your photo?" step; also `confirm-cancel`, `confirm-accept`.
 * @csspart dialog - The "Change email" dialog around `<email-change-form>`; its heading is `dialog-title`, its Close button `close`.
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
  static override styles = [...TeamkitElement.styles, imageUploadStyles, styles];

  /** Where the default "Change email" link goes. Without it, "Change email" is a button that opens `<email-change-form>` in a dialog. */
  @property({ attribute: 'email-change-href' }) accessor emailChangeHref: string | undefined = undefined;

  /** BCP 47 tags of the languages offered, space separated. The user's current language is always offered. */
  @property({ converter: wordList }) accessor languages: readonly string[] = DEFAULT_LANGUAGES;

  /** The form's schema and its locale-data fields, loaded with the account (see the load task), not in the entry. */
  #schema: typeof UserUpdate | undefined;
  #places: Places | undefined;
  #phone: PhoneField<ProfileValues> | undefined;
  /** What the browser proposed for the fields the account has not set, as of the last load. */
  #proposals: Proposals = {};

  readonly #form = new FormController<typeof UserUpdate, ProfileValues, User>(this, () => this.#schema, EMPTY_PROFILE, {
    toInput: (values) => toInput(values, this.#places?.canonicalTimeZone),
    toValues: valuesOf,
    reload: ({ signal }) => this.#client().account.get({ signal }),
    onError: (error, during) => this.reportError(error, during === 'save' ? 'profile-save' : 'reload'),
    messages: () => ({
      saved: msg('Profile saved', { id: 'tk.profile-form.saved' }),
      stale: msg('Your profile was changed somewhere else', { id: 'tk.profile-form.stale_title' }),
    }),
  });

  /** The "Remove your photo?" step, loaded (with the dialog code) by the first removal: most visits remove nothing. */
  #confirm: ConfirmController | undefined;

  readonly #avatar = new ImageUploadController<WithETag<User>>(this, {
    upload: (file, signal) => this.#client().account.uploadAvatar(file, { signal }),
    remove: (signal) => this.#client().account.removeAvatar({ signal }),
    events: {
      beforeUpload: (file) => new BeforeAvatarUploadEvent(file),
      uploaded: (user) => new AvatarUploadedEvent(user),
      beforeRemove: () => new BeforeAvatarRemoveEvent(),
      removed: (user) => new AvatarRemovedEvent(user),
    },
    actions: { upload: 'avatar-upload', remove: 'avatar-remove' },
    confirmRemove: () => this.#confirmRemove(),
    // The answer carries the account's new version: the next save names it, and every edit stays.
    changed: (user) => this.#form.load(user, this.#form.dirtyFields),
    text: () => ({
      alt: msg('Your profile photo', { id: 'tk.profile-form.avatar.alt' }),
      upload: msg('Upload photo', { id: 'tk.profile-form.avatar.upload' }),
      change: msg('Change photo', { id: 'tk.profile-form.avatar.change' }),
      remove: msg('Remove photo', { id: 'tk.profile-form.avatar.remove' }),
      discard: msg('Discard photo', { id: 'tk.profile-form.avatar.discard' }),
      file: msg('Photo file', { id: 'tk.profile-form.avatar.file' }),
      uploaded: msg('Photo updated', { id: 'tk.profile-form.avatar.uploaded' }),
      removed: msg('Photo removed', { id: 'tk.profile-form.avatar.removed' }),
      uploadFailed: msg("Couldn't upload the photo", { id: 'tk.profile-form.avatar.upload_failed' }),
      removeFailed: msg("Couldn't remove the photo", { id: 'tk.profile-form.avatar.remove_failed' }),
    }),
  });

  readonly #load = new Task(this, {
    args: () => [this.api] as const,
    task: async ([client], { signal }) => {
      if (!client) return initialState;
      // The schema (with zod, which the client in the page has already) and the fields' locale data arrive while
      // the account does, as chunks of their own.
      const [user, { UserUpdate }, places] = await Promise.all([
        client.account.get({ signal }), import('../../sdk/schemas/account.js'), import('./profile-places.js'),
      ]);
      this.#schema = UserUpdate;
      this.#places = places;
      this.#phone ??= new places.PhoneField(this, this.#form, 'phone', { country: () => this.#form.values.country });
      this.#form.load(user);
      this.#propose(user, places);
      this.#phone.sync(this.#form.values.country ?? places.regionOfLocale(this.formatSettings.locale));
      return user;
    },
    onError: (error) => this.reportError(error, 'load'),
  });

  /** "Change email" in a dialog, loaded (with <email-change-form>) by the first click. */
  #emailDialog: EmailChangeDialog | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // Wherever on the page the email or phone changed (this element's dialog, another element), show it.
    document.addEventListener('tk-email-changed', this.#accountChanged);
    document.addEventListener('tk-phone-changed', this.#accountChanged);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('tk-email-changed', this.#accountChanged);
    document.removeEventListener('tk-phone-changed', this.#accountChanged);
  }

  protected override render() {
    return html`${renderTask(this.#load, { complete: () => this.#renderForm() })}${this.#confirm?.render() ?? nothing}${this.#emailDialog?.render() ?? nothing}`;
  }

  async #confirmRemove(): Promise<boolean> {
    const { ConfirmController } = await import('../shared/confirm-controller.js');
    this.#confirm ??= new ConfirmController(this);
    return this.#confirm.ask({
      title: msg('Remove your photo?', { id: 'tk.profile-form.avatar.remove_title' }),
      message: msg('Your initials will show instead until you upload a new photo.', { id: 'tk.profile-form.avatar.remove_message' }),
      confirmLabel: msg('Remove photo', { id: 'tk.profile-form.avatar.remove' }),
      danger: true,
    });
  }

  /**
   * Fills the fields the account has not set with the browser's proposals, as edits: the footer counts them,
   * Save sends them, Cancel drops them.
   */
  #propose(user: User, places: Places): void {
    this.#proposals = places.proposalsFor(PROPOSABLE.filter((field) => user[field] === null), this.languages);
    for (const field of PROPOSABLE) {
      const proposal = this.#proposals[field];
      if (proposal) this.#form.set(field, proposal);
    }
  }

  /** "Suggested from your browser" while a field still holds the browser's proposal and the account has none. */
  #proposedHint(field: ProposedField, hint?: string): TemplateResult | undefined {
    const proposal = this.#proposals[field];
    if (!proposal || this.#form.resource?.[field] !== null || this.#form.values[field] !== proposal) return undefined;
    const proposed = html`<span class="proposed" part="proposed">${msg('Suggested from your browser.', { id: 'tk.profile-form.proposed' })}</span>`;
    return hint ? html`${proposed} ${hint}` : proposed;
  }

  /** The client in effect; "Reload and merge" is only offered once the account loaded through one. */
  #client(): Client {
    const client = this.api;
    if (!client) throw new Error('<profile-form> has no client');
    return client;
  }

  #renderForm(): TemplateResult | typeof nothing {
    const { resource: user } = this.#form;
    const places = this.#places;
    const phone = this.#phone;
    if (!user || !places || !phone) return nothing;
    const form = this.#form;
    const locale = this.formatSettings.locale;
    const languages = [...new Set([...this.languages, user.locale ?? '', form.values.locale ?? ''])].filter(Boolean);
    const languageHint = msg('The language of the emails and messages we send you.', { id: 'tk.profile-form.locale_hint' });
    return html`<form part="form" novalidate aria-label=${msg('Profile', { id: 'tk.profile-form.title' })} @submit=${this.#onSubmit}>
      ${this.#avatar.render({ url: user.avatarUrl, name: form.values.name || user.name })}
      <div class="grid" part="fields">
        ${textField(form, { name: 'name', label: msg('Full name', { id: 'tk.profile-form.name' }), autocomplete: 'name', required: true })}
        ${this.#renderEmail(user)}
        ${phone.render({ label: msg('Phone', { id: 'tk.profile-form.phone' }), locale, verified: user.phone === null ? undefined : user.phoneVerified })}
        ${selectField(form, {
          name: 'locale',
          label: msg('Language', { id: 'tk.profile-form.locale' }),
          hint: this.#proposedHint('locale', languageHint) ?? languageHint,
          options: places.languageOptions(locale, languages),
          // An account without a language shows so; once one is chosen it can be changed, not removed.
          emptyLabel: user.locale === null ? msg('Not set', { id: 'tk.profile-form.not_set' }) : undefined,
        })}
        ${places.regionField(form, {
          name: 'country',
          label: msg('Country or region', { id: 'tk.profile-form.country' }),
          emptyLabel: msg('Not set', { id: 'tk.profile-form.not_set' }),
          hint: this.#proposedHint('country'),
          locale,
          // With no number typed yet, the calling code follows the country.
          onChange: (country) => phone.followCountry(country),
        })}
        ${places.timeZoneField(form, {
          name: 'timezone', label: msg('Time zone', { id: 'tk.profile-form.timezone' }), locale, hint: this.#proposedHint('timezone'),
        })}
      </div>
      ${form.renderFooter()}
    </form>`;
  }

  #renderEmail(user: User): TemplateResult {
    const action = msg('Change email', { id: 'tk.profile-form.email_change' });
    const verified = user.emailVerified ? 'verified' : 'unverified';
    return html`<div class="field" part="field field-email">
      <label for="field-email" part="label">${msg('Email', { id: 'tk.profile-form.email' })}</label>
      <div class="with-badge">
        <input id="field-email" part="input email" type="text" readonly .value=${user.email}
          aria-describedby="field-email-status field-email-hint" />
        <span id="field-email-status" class="badge ${user.emailVerified ? 'success' : 'warning'}" part="badge badge-${verified}">${user.emailVerified
          ? msg('Verified', { id: 'tk.profile-form.verified' }) : msg('Unverified', { id: 'tk.profile-form.unverified' })}</span>
      </div>
      <p id="field-email-hint" class="hint" part="hint">${msg('You sign in with it. A change is confirmed with a code sent to the new address.', { id: 'tk.profile-form.email_hint' })}</p>
      <div><slot name="email-action">${this.emailChangeHref
        ? html`<a href=${this.emailChangeHref} part="email-change" @click=${this.#requestEmailChange}>${action}</a>`
        : html`<button type="button" class="link" part="email-change" @click=${this.#requestEmailChange}>${action}</button>`}</slot></div>
    </div>`;
  }

  #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.#save();
  };

  async #save(): Promise<void> {
    const client = this.api;
    if (!client) return;
    const saved = await this.#form.save(async (patch, ifMatch) => (this.emit(new BeforeProfileSaveEvent(patch))
      ? client.account.update(patch, { ifMatch })
      : undefined));
    if (saved) this.emit(new ProfileSavedEvent(saved));
  }

  #requestEmailChange = (event: Event): void => {
    if (!this.emit(new EmailChangeRequestEvent(this.#form.resource?.email ?? ''))) event.preventDefault();
    else if (!this.emailChangeHref) void this.#openEmailChange();
  };

  async #openEmailChange(): Promise<void> {
    const { EmailChangeDialog } = await import('./email-change-dialog.js');
    this.#emailDialog ??= new EmailChangeDialog(this);
    await this.#emailDialog.show();
  }

  /** Re-reads the account after its email or phone changed elsewhere; the reader's edits stay on top. */
  readonly #accountChanged = (): void => {
    const client = this.api;
    if (!client || !this.#form.resource) return;
    client.account.get().then(
      (user) => this.#form.load(user, this.#form.dirtyFields),
      (error: unknown) => this.reportError(error, 'reload'),
    );
  };
}
