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
  locale: z.string(),
  timezone: z.string(),
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

/** Where a pending email or phone change stands: the code went to `sentTo` and is valid until `expiresAt`. */
export const VerificationPending = z.object({
  sentTo: z.string(),
  expiresAt: Timestamp,
});
export type VerificationPending = z.infer<typeof VerificationPending>;

/** Deleting the account needs the password and the account's email typed again. */
export const AccountDeletion = z.object({
  password: CurrentPassword,
  confirmation: bounded(TEXT_LIMITS.confirmation).check(z.minLength(1)),
});
export type AccountDeletion = z.infer<typeof AccountDeletion>;

/** An asynchronous export of everything the account holds. */
export const DataExport = z.object({
  id: Id,
  status: z.enum(['pending', 'ready', 'failed']),
  createdAt: Timestamp,
  readyAt: z.nullable(Timestamp),
  expiresAt: z.nullable(Timestamp),
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
