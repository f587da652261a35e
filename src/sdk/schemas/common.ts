import * as z from 'zod/mini';
import { PATTERNS } from './patterns.js';
import { bounded, PASSWORD_POLICY, singleLine, TEXT_LIMITS } from './text.js';

// The patterns live in a module without zod, so that code that only tests a format does not bundle zod.
export { PATTERNS } from './patterns.js';

/** Opaque identifier. Never parse it; compare it. */
export const Id = z.string().check(z.minLength(1), z.maxLength(TEXT_LIMITS.id));

/** ISO 8601 timestamp in UTC, e.g. `2026-11-23T10:00:00.000Z`. */
export const Timestamp = z.string().check(z.maxLength(30), z.regex(PATTERNS.timestamp));

/** An email address as the contract accepts it. */
export const Email = z.string().check(z.maxLength(TEXT_LIMITS.email), z.regex(PATTERNS.email, 'Enter a valid email address.'));

/** A phone number in E.164 form: `+`, the country code, then the number; 7–15 digits in all. */
export const Phone = z.string().check(z.maxLength(16), z.regex(PATTERNS.phone, 'Enter the number in international format, e.g. +34600123456.'));

/** A non-negative count. */
export const count = () => z.number().check(z.multipleOf(1), z.minimum(0));

/** A BCP 47 language tag such as `en`, `es` or `pt-BR`. */
export const Locale = z.string().check(
  z.maxLength(TEXT_LIMITS.locale),
  z.regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/),
  z.refine((tag) => {
    try {
      return Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      return false;
    }
  }),
);

/** An IANA time zone such as `Europe/Madrid`. */
export const TimeZone = z.string().check(
  z.minLength(1),
  z.maxLength(TEXT_LIMITS.timeZone),
  z.refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }),
);

/** ISO 3166-1 alpha-2 country code. */
export const Country = z.string().check(z.maxLength(2), z.regex(PATTERNS.country));

/** An absolute http(s) URL with a dotted host name. Anything else (javascript:, data:, ftp:) is refused. */
export const WebUrl = z.string().check(z.maxLength(TEXT_LIMITS.url), z.regex(PATTERNS.webUrl, 'Enter a full web address starting with https://.'));

/** An https URL, for webhooks and other server-to-server targets. */
export const HttpsUrl = z.string().check(z.maxLength(TEXT_LIMITS.url), z.regex(PATTERNS.httpsUrl, 'Enter an https:// address.'));

/** A URL the API serves an image at (http(s) or an inline `data:image/…` URL). */
export const ImageUrl = z.string().check(z.regex(/^(https?:\/\/|data:image\/(png|jpeg|gif|webp);base64,)/));

/** A person's full name: any script, one line, 1–200 characters (see `singleLine`). */
export const PersonName = singleLine(1, TEXT_LIMITS.personName);

/** A first or a last name, as the invitation accept form asks for them. */
export const NamePart = singleLine(1, TEXT_LIMITS.namePart);

/** A password as the policy demands (`PASSWORD_POLICY`): at least 12 characters. Never trimmed or normalised. */
export const NewPassword = z.string().check(z.minLength(PASSWORD_POLICY.minLength), z.maxLength(PASSWORD_POLICY.maxLength));

/** A password the user already has (checked by the server, not by policy). */
export const CurrentPassword = z.string().check(z.minLength(1), z.maxLength(PASSWORD_POLICY.maxLength));

/** A one-time verification code sent by mail or SMS. */
export const VerificationCode = z.string().check(z.maxLength(6), z.regex(PATTERNS.code));

/** Pagination parameters every list accepts: spread into each list's query schema. */
export const pageQueryShape = {
  cursor: z.optional(bounded(TEXT_LIMITS.cursor)),
  /** Page size, 1–200 (default 50). */
  limit: z.optional(z.number().check(z.multipleOf(1), z.minimum(1), z.maximum(200))),
};

/** Pagination parameters every list accepts. */
export const PageQuery = z.object(pageQueryShape);
export type PageQuery = z.infer<typeof PageQuery>;

/** A page of a cursor-paginated list. */
export const page = <T extends z.ZodMiniType>(item: T) =>
  z.object({
    items: z.array(item),
    nextCursor: z.nullable(z.string()),
    total: count(),
  });

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total: number;
}

/** A short reference to a person, as shown next to something they did. */
export const PersonRef = z.object({
  id: Id,
  name: z.string(),
  email: z.string(),
});
export type PersonRef = z.infer<typeof PersonRef>;

// What avatar and logo uploads accept lives with the other limits, in a module without zod.
export { IMAGE_UPLOAD } from './limits.js';
