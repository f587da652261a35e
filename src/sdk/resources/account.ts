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

  /**
   * The pending email change, or null when none is waiting (never started, confirmed, cancelled, or lapsed an
   * hour after it started). Read it on load to resume the code step after a reload.
   */
  async getEmailChange(options: CallOptions = {}): Promise<s.VerificationPending | null> {
    return this.http.call('GET', 'me/email-change', s.PendingChange, options);
  }

  /**
   * Sends a new code for the pending email change; the password is not asked again. Before
   * `resendAvailableAt` it fails with a `RateLimitError`; with nothing pending, a `NotFoundError`.
   */
  async resendEmailChange(options: CallOptions = {}): Promise<s.VerificationPending> {
    return this.http.call('POST', 'me/email-change/resend', s.VerificationPending, options);
  }

  /** Drops the pending email change; resolves as well when there was none. */
  async cancelEmailChange(options: CallOptions = {}): Promise<void> {
    await this.http.send('DELETE', 'me/email-change', undefined, options);
  }

  /**
   * Applies the new email with its code. A wrong code fails with a `ValidationError` whose field error on `code`
   * has the code `invalid_code` (its message says how many attempts are left), `expired` (resend) or
   * `too_many_attempts` (the change was dropped: start again); the type `CodeErrorCode` names them.
   */
  async confirmEmailChange(input: s.CodeConfirmation, options: CallOptions = {}): Promise<s.User> {
    const json = validateInput(s.CodeConfirmation, input);
    return this.http.call('POST', 'me/email-change/confirm', s.User, { ...options, json });
  }

  /** Sends an SMS code to the new number; the change applies on {@link confirmPhoneChange}. */
  async startPhoneChange(input: s.PhoneChangeStart, options: CallOptions = {}): Promise<s.VerificationPending> {
    const json = validateInput(s.PhoneChangeStart, input);
    return this.http.call('POST', 'me/phone-change', s.VerificationPending, { ...options, json });
  }

  /** The pending phone change, or null when none is waiting; see {@link getEmailChange}. */
  async getPhoneChange(options: CallOptions = {}): Promise<s.VerificationPending | null> {
    return this.http.call('GET', 'me/phone-change', s.PendingChange, options);
  }

  /** Sends a new SMS code for the pending phone change; see {@link resendEmailChange}. */
  async resendPhoneChange(options: CallOptions = {}): Promise<s.VerificationPending> {
    return this.http.call('POST', 'me/phone-change/resend', s.VerificationPending, options);
  }

  /** Drops the pending phone change; resolves as well when there was none. */
  async cancelPhoneChange(options: CallOptions = {}): Promise<void> {
    await this.http.send('DELETE', 'me/phone-change', undefined, options);
  }

  /** Applies and verifies the new phone number with its code; wrong codes fail as in {@link confirmEmailChange}. */
  async confirmPhoneChange(input: s.CodeConfirmation, options: CallOptions = {}): Promise<s.User> {
    const json = validateInput(s.CodeConfirmation, input);
    return this.http.call('POST', 'me/phone-change/confirm', s.User, { ...options, json });
  }

  /**
   * The topic × channel matrix, which channels the user can receive (`channels`: SMS needs a verified phone)
   * and the low-balance alert.
   */
  async getNotificationPreferences(options: CallOptions = {}): Promise<s.NotificationPreferences> {
    return this.http.call('GET', 'me/notification-preferences', s.NotificationPreferences, options);
  }

  /**
   * Changes the given cells of the topic × channel matrix and/or the low-balance alert. Turning a cell on for a
   * channel the user cannot receive fails with a field error `channel_unavailable` on `settings.<i>.channel`.
   */
  async updateNotificationPreferences(patch: s.NotificationPreferencesUpdate, options: CallOptions = {}): Promise<s.NotificationPreferences> {
    const json = validateInput(s.NotificationPreferencesUpdate, patch);
    return this.http.call('PATCH', 'me/notification-preferences', s.NotificationPreferences, { ...options, json });
  }

  /** Starts an asynchronous export of the account's data; poll {@link getExport} until it is `ready`. */
  async requestExport(options: CallOptions = {}): Promise<s.DataExport> {
    return this.http.call('POST', 'me/exports', s.DataExport, options);
  }

  /** The account's exports, newest first: on load, the first one tells whether an export is still being prepared. */
  async listExports(query: s.PageQuery = {}, options: CallOptions = {}): Promise<s.Page<s.DataExport>> {
    const q = validateInput(s.PageQuery, query);
    return this.http.call('GET', 'me/exports', s.page(s.DataExport), { ...options, query: q });
  }

  /** One export: `pending`, then `ready` with its `downloadUrl` until `expiresAt`, then `expired`. */
  async getExport(exportId: string, options: CallOptions = {}): Promise<s.DataExport> {
    return this.http.call('GET', `me/exports/${seg(exportId, 'exportId')}`, s.DataExport, options);
  }

  /**
   * What deleting the account would take with it: owned workspaces (and which must be transferred or deleted
   * first), memberships, signed-in devices, exports still pending.
   */
  async deletionImpact(options: CallOptions = {}): Promise<s.DeletionImpact> {
    return this.http.call('GET', 'me/deletion-impact', s.DeletionImpact, options);
  }

  /**
   * Deletes the account for good. `confirmation` is the account's email typed again. While it owns workspaces
   * with other members it fails with a `ConflictError` (`last_owner`) whose `problem.workspaces` lists them.
   */
  async delete(input: s.AccountDeletion, options: CallOptions = {}): Promise<void> {
    const json = validateInput(s.AccountDeletion, input);
    await this.http.send('DELETE', 'me', undefined, { ...options, json });
  }
}
