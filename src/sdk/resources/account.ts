import type { CallOptions, Http, UpdateOptions, WithETag } from '../http.js';
import { seg, validateInput } from '../http.js';
import * as s from '../schemas/index.js';
import { imageForm } from './upload.js';

/** The signed-in user's own account: profile, credentials, notifications, export and deletion. */
export class AccountResource {
  constructor(private readonly http: Http) {}

  /** The account, with its ETag for a later `update`. */
  async get(options: CallOptions = {}): Promise<WithETag<s.User>> {
    const { data, etag } = await this.http.send({ operation: 'account.get', method: 'GET', path: 'me', response: s.User, signal: options.signal });
    return { ...data, etag };
  }

  /** Changes name, phone, locale, timezone or country. With `ifMatch`, fails with 412 if the account changed meanwhile. */
  async update(patch: s.UserUpdate, options: UpdateOptions = {}): Promise<WithETag<s.User>> {
    const json = validateInput(s.UserUpdate, patch);
    const { data, etag } = await this.http.send({
      operation: 'account.update', method: 'PATCH', path: 'me', json, response: s.User, ifMatch: options.ifMatch, signal: options.signal,
    });
    return { ...data, etag };
  }

  /** Uploads a PNG, JPEG, GIF or WebP avatar of at most 2 MB. */
  async uploadAvatar(file: Blob, options: CallOptions = {}): Promise<s.User> {
    const form = imageForm(file);
    return this.http.call({ operation: 'account.uploadAvatar', method: 'POST', path: 'me/avatar', form, response: s.User, signal: options.signal });
  }

  async removeAvatar(options: CallOptions = {}): Promise<s.User> {
    return this.http.call({ operation: 'account.removeAvatar', method: 'DELETE', path: 'me/avatar', response: s.User, signal: options.signal });
  }

  /** Needs the current password; the new one must meet the policy (12 characters or more). */
  async changePassword(input: s.PasswordChange, options: CallOptions = {}): Promise<void> {
    const json = validateInput(s.PasswordChange, input);
    await this.http.send({ operation: 'account.changePassword', method: 'POST', path: 'me/password', json, signal: options.signal });
  }

  /** Sends a code to the new address; the change applies on {@link confirmEmailChange}. */
  async startEmailChange(input: s.EmailChangeStart, options: CallOptions = {}): Promise<s.VerificationPending> {
    const json = validateInput(s.EmailChangeStart, input);
    return this.http.call({ operation: 'account.startEmailChange', method: 'POST', path: 'me/email-change', json, response: s.VerificationPending, signal: options.signal });
  }

  async confirmEmailChange(input: s.CodeConfirmation, options: CallOptions = {}): Promise<s.User> {
    const json = validateInput(s.CodeConfirmation, input);
    return this.http.call({ operation: 'account.confirmEmailChange', method: 'POST', path: 'me/email-change/confirm', json, response: s.User, signal: options.signal });
  }

  /** Sends an SMS code to the new number; the change applies on {@link confirmPhoneChange}. */
  async startPhoneChange(input: s.PhoneChangeStart, options: CallOptions = {}): Promise<s.VerificationPending> {
    const json = validateInput(s.PhoneChangeStart, input);
    return this.http.call({ operation: 'account.startPhoneChange', method: 'POST', path: 'me/phone-change', json, response: s.VerificationPending, signal: options.signal });
  }

  async confirmPhoneChange(input: s.CodeConfirmation, options: CallOptions = {}): Promise<s.User> {
    const json = validateInput(s.CodeConfirmation, input);
    return this.http.call({ operation: 'account.confirmPhoneChange', method: 'POST', path: 'me/phone-change/confirm', json, response: s.User, signal: options.signal });
  }

  async getNotificationPreferences(options: CallOptions = {}): Promise<s.NotificationPreferences> {
    return this.http.call({ operation: 'account.getNotificationPreferences', method: 'GET', path: 'me/notification-preferences', response: s.NotificationPreferences, signal: options.signal });
  }

  /** Changes the given cells of the topic × channel matrix and/or the low-balance alert. */
  async updateNotificationPreferences(patch: s.NotificationPreferencesUpdate, options: CallOptions = {}): Promise<s.NotificationPreferences> {
    const json = validateInput(s.NotificationPreferencesUpdate, patch);
    return this.http.call({ operation: 'account.updateNotificationPreferences', method: 'PATCH', path: 'me/notification-preferences', json, response: s.NotificationPreferences, signal: options.signal });
  }

  /** Starts an asynchronous export of the account's data; poll {@link getExport} until it is `ready`. */
  async requestExport(options: CallOptions = {}): Promise<s.DataExport> {
    return this.http.call({ operation: 'account.requestExport', method: 'POST', path: 'me/exports', response: s.DataExport, signal: options.signal });
  }

  async getExport(exportId: string, options: CallOptions = {}): Promise<s.DataExport> {
    return this.http.call({ operation: 'account.getExport', method: 'GET', path: `me/exports/${seg(exportId)}`, response: s.DataExport, signal: options.signal });
  }

  /** Deletes the account for good. `confirmation` is the account's email typed again. */
  async delete(input: s.AccountDeletion, options: CallOptions = {}): Promise<void> {
    const json = validateInput(s.AccountDeletion, input);
    await this.http.send({ operation: 'account.delete', method: 'DELETE', path: 'me', json, signal: options.signal });
  }
}
