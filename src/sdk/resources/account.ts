import type { CallOptions, Http, UpdateOptions, WithETag } from '../http.js';
import { seg, validateInput } from '../http.js';
import * as s from '../schemas/index.js';
import { imageForm } from './upload.js';

/** The signed-in user's own account: profile, credentials, notifications, export and deletion. */
export class AccountResource {
  constructor(private readonly http: Http) {}

  /** The account, with its ETag for a later `update`. */
  async get(options: CallOptions = {}): Promise<WithETag<s.User>> {
    const { data, etag } = await this.http.send('GET', 'me', s.User, options);
    return { ...data, etag };
  }

  /** Changes name, phone, locale, timezone or country. With `ifMatch`, fails with 412 if the account changed meanwhile. */
  async update(patch: s.UserUpdate, options: UpdateOptions = {}): Promise<WithETag<s.User>> {
    const json = validateInput(s.UserUpdate, patch);
    const { data, etag } = await this.http.send('PATCH', 'me', s.User, { ...options, json });
    return { ...data, etag };
  }

  /** Uploads a PNG, JPEG, GIF or WebP avatar of at most 2 MB; resolves to the account with its new ETag. */
  async uploadAvatar(file: Blob, options: CallOptions = {}): Promise<WithETag<s.User>> {
    const form = imageForm(file);
    const { data, etag } = await this.http.send('POST', 'me/avatar', s.User, { ...options, form });
    return { ...data, etag };
  }

  /** Removes the avatar; resolves to the account with its new ETag. */
  async removeAvatar(options: CallOptions = {}): Promise<WithETag<s.User>> {
    const { data, etag } = await this.http.send('DELETE', 'me/avatar', s.User, options);
    return { ...data, etag };
  }

  /**
   * Needs the current password; the new one must meet the policy (`PASSWORD_POLICY`). Every other session of
   * the account ends; resolves to how many (`{ revoked }`), so a UI can say how many devices were signed out.
   */
  async changePassword(input: s.PasswordChange, options: CallOptions = {}): Promise<s.RevokedSessions> {
    const json = validateInput(s.PasswordChange, input);
    return this.http.call('POST', 'me/password', s.RevokedSessions, { ...options, json });
  }

  /** Sends a code to the new address; the change applies on {@link confirmEmailChange}. */
  async startEmailChange(input: s.EmailChangeStart, options: CallOptions = {}): Promise<s.VerificationPending> {
    const json = validateInput(s.EmailChangeStart, input);
    return this.http.call('POST', 'me/email-change', s.VerificationPending, { ...options, json });
  }

  async confirmEmailChange(input: s.CodeConfirmation, options: CallOptions = {}): Promise<s.User> {
    const json = validateInput(s.CodeConfirmation, input);
    return this.http.call('POST', 'me/email-change/confirm', s.User, { ...options, json });
  }

  /** Sends an SMS code to the new number; the change applies on {@link confirmPhoneChange}. */
  async startPhoneChange(input: s.PhoneChangeStart, options: CallOptions = {}): Promise<s.VerificationPending> {
    const json = validateInput(s.PhoneChangeStart, input);
    return this.http.call('POST', 'me/phone-change', s.VerificationPending, { ...options, json });
  }

  async confirmPhoneChange(input: s.CodeConfirmation, options: CallOptions = {}): Promise<s.User> {
    const json = validateInput(s.CodeConfirmation, input);
    return this.http.call('POST', 'me/phone-change/confirm', s.User, { ...options, json });
  }

  async getNotificationPreferences(options: CallOptions = {}): Promise<s.NotificationPreferences> {
    return this.http.call('GET', 'me/notification-preferences', s.NotificationPreferences, options);
  }

  /** Changes the given cells of the topic × channel matrix and/or the low-balance alert. */
  async updateNotificationPreferences(patch: s.NotificationPreferencesUpdate, options: CallOptions = {}): Promise<s.NotificationPreferences> {
    const json = validateInput(s.NotificationPreferencesUpdate, patch);
    return this.http.call('PATCH', 'me/notification-preferences', s.NotificationPreferences, { ...options, json });
  }

  /** Starts an asynchronous export of the account's data; poll {@link getExport} until it is `ready`. */
  async requestExport(options: CallOptions = {}): Promise<s.DataExport> {
    return this.http.call('POST', 'me/exports', s.DataExport, options);
  }

  async getExport(exportId: string, options: CallOptions = {}): Promise<s.DataExport> {
    return this.http.call('GET', `me/exports/${seg(exportId, 'exportId')}`, s.DataExport, options);
  }

  /** Deletes the account for good. `confirmation` is the account's email typed again. */
  async delete(input: s.AccountDeletion, options: CallOptions = {}): Promise<void> {
    const json = validateInput(s.AccountDeletion, input);
    await this.http.send('DELETE', 'me', undefined, { ...options, json });
  }
}
