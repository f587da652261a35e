import * as z from 'zod/mini';
import {
  count, Country, CurrentPassword, Email, Id, ImageUrl, Locale, NewPassword, PersonName, Phone, TimeZone, Timestamp,
  VerificationCode,
} from './common.js';
import { bounded, TEXT_LIMITS } from './text.js';

/** The signed-in user's account (`/me`). */
export const User = z.object({
  id: Id,
  name: z.string(),
  email: z.string(),
  phone: z.nullable(z.string()),
  avatarUrl: z.nullable(ImageUrl),
  /**
   * The language the person chose (BCP 47), or null until they choose one: an account made from an invitation
   * has none. Meanwhile, follow the browser's (as `<profile-form>` proposes and `<teamkit-provider>` does).
   */
  locale: z.nullable(z.string()),
  /** The IANA time zone the person chose, or null until they choose one (then the browser's applies). */
  timezone: z.nullable(z.string()),
  country: z.nullable(z.string()),
  emailVerified: z.boolean(),
  phoneVerified: z.boolean(),
  createdAt: Timestamp,
});
export type User = z.infer<typeof User>;

/**
 * What `PATCH /me` accepts. Email changes only through its verified flow; a phone set here is stored
 * unverified (`phoneVerified: false`) until the SMS flow confirms it.
 */
export const UserUpdate = z.object({
  name: z.optional(PersonName),
  phone: z.optional(z.nullable(Phone)),
  locale: z.optional(Locale),
  timezone: z.optional(TimeZone),
  country: z.optional(z.nullable(Country)),
});
export type UserUpdate = z.infer<typeof UserUpdate>;

export const PasswordChange = z.object({
  currentPassword: CurrentPassword,
  newPassword: NewPassword,
});
export type PasswordChange = z.infer<typeof PasswordChange>;

export const EmailChangeStart = z.object({ newEmail: Email, password: CurrentPassword });
export type EmailChangeStart = z.infer<typeof EmailChangeStart>;

export const PhoneChangeStart = z.object({ newPhone: Phone, password: CurrentPassword });
export type PhoneChangeStart = z.infer<typeof PhoneChangeStart>;

export const CodeConfirmation = z.object({ code: VerificationCode });
export type CodeConfirmation = z.infer<typeof CodeConfirmation>;

/**
 * Where a pending email or phone change stands: what starting it, resending its code and reading it answer,
 * so a page reload can resume the code step.
 */
export const VerificationPending = z.object({
  /** The new address or number the code went to. */
  sentTo: z.string(),
  /** When the code last sent stops working; resending sends a new one. */
  expiresAt: Timestamp,
  /** The earliest time a resend is accepted (the cooldown and the send limits): count down to it. */
  resendAvailableAt: Timestamp,
  /** Wrong codes still tolerated before the change is dropped. */
  attemptsLeft: count(),
});
export type VerificationPending = z.infer<typeof VerificationPending>;

/** A pending change as reading it answers: null when none is waiting (never started, applied, cancelled or lapsed). */
export const PendingChange = z.nullable(VerificationPending);
export type PendingChange = z.infer<typeof PendingChange>;

/**
 * The field error `code`s a wrong confirmation answers with (problem `invalid_code`, field `code`):
 * `invalid_code` (wrong; its message says how many attempts are left), `expired` (resend for a new code),
 * `too_many_attempts` (the change was dropped; start again).
 */
export type CodeErrorCode = 'invalid_code' | 'expired' | 'too_many_attempts';

/** Deleting the account needs the password and the account's email typed again. */
export const AccountDeletion = z.object({
  password: CurrentPassword,
  confirmation: bounded(TEXT_LIMITS.confirmation).check(z.minLength(1)),
});
export type AccountDeletion = z.infer<typeof AccountDeletion>;

/** An asynchronous export of everything the account holds. */
export const DataExport = z.object({
  id: Id,
  /** `pending` while it is prepared, `ready` to download until `expiresAt`, then `expired`; `failed` if it could not be made. */
  status: z.enum(['pending', 'ready', 'expired', 'failed']),
  createdAt: Timestamp,
  /** When it became ready; null while pending. */
  readyAt: z.nullable(Timestamp),
  /** When the download stops working; null while pending. */
  expiresAt: z.nullable(Timestamp),
  /** The download, only while `ready`. */
  downloadUrl: z.nullable(z.string()),
});
export type DataExport = z.infer<typeof DataExport>;

/** One signed-in device. */
export const Session = z.object({
  id: Id,
  device: z.string(),
  browser: z.string(),
  os: z.string(),
  ip: z.string(),
  location: z.nullable(z.string()),
  createdAt: Timestamp,
  lastActiveAt: Timestamp,
  /** When the session ends unless used again: idle expiry, capped by the absolute one. */
  expiresAt: Timestamp,
  current: z.boolean(),
});
export type Session = z.infer<typeof Session>;

export const SessionList = z.object({ items: z.array(Session) });

export const RevokedSessions = z.object({ revoked: count() });
export type RevokedSessions = z.infer<typeof RevokedSessions>;

/** One attempt to sign in to the account, successful or not, as the recent sign-ins list shows it. */
export const SignIn = z.object({
  id: Id,
  outcome: z.enum(['success', 'failure']),
  device: z.string(),
  browser: z.string(),
  os: z.string(),
  ip: z.string(),
  /** Approximate, e.g. `Madrid, ES`; null when unknown. */
  location: z.nullable(z.string()),
  createdAt: Timestamp,
  /** This sign-in opened the session making the request. */
  current: z.boolean(),
  /** When the user said "This wasn't me" about it; null if they did not. */
  reportedAt: z.nullable(Timestamp),
});
export type SignIn = z.infer<typeof SignIn>;

/** A workspace the account owns, and what deleting the account means for it. */
export const OwnedWorkspaceImpact = z.object({
  id: Id,
  name: z.string(),
  memberCount: count(),
  /** True: it has other members, so ownership must be transferred or the workspace deleted first. False: it is deleted with the account. */
  blocksDeletion: z.boolean(),
});
export type OwnedWorkspaceImpact = z.infer<typeof OwnedWorkspaceImpact>;

/** What deleting the account would take with it, and what stands in its way. */
export const DeletionImpact = z.object({
  /** False while an owned workspace blocks deletion. */
  canDelete: z.boolean(),
  ownedWorkspaces: z.array(OwnedWorkspaceImpact),
  /** Workspaces the account belongs to without owning them; it leaves them. */
  memberships: count(),
  /** Signed-in devices, this one included; all are signed out. */
  sessions: count(),
  /** Data exports still being prepared or downloadable; their downloads stop working. */
  pendingExports: count(),
});
export type DeletionImpact = z.infer<typeof DeletionImpact>;
