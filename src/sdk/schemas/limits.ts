/**
 * The contract's limits for text, passwords and image uploads, as plain constants, and the password strength
 * rating built on the policy. Kept apart from the schemas (`text.ts` and `common.ts` re-export them) so that an
 * element or a field that only needs a number, or rates a password as it is typed, imports no zod.
 */

/**
 * The longest value each kind of string may be, in Unicode code points (as zod and JSON Schema's
 * `maxLength` count them), after normalisation: for names and messages, after NFC and trimming.
 */
export const TEXT_LIMITS = {
  /** Opaque ids: users, workspaces, members, roles, topics. */
  id: 200,
  /** Opaque tokens, e.g. of invitation links. */
  token: 512,
  /** List cursors: opaque, but they may carry the sort key of the last row (a name, an email). */
  cursor: 2048,
  email: 254,
  url: 2048,
  /** A person's full name. */
  personName: 200,
  /** A first or last name: 99, so that "first last" always fits a full name. */
  namePart: 99,
  workspaceName: 80,
  industry: 80,
  roleName: 60,
  roleDescription: 300,
  groupName: 60,
  /** A domain name, as DNS bounds it. */
  hostname: 253,
  invitationMessage: 1000,
  /** Members' search box. */
  search: 200,
  /** Short machine words: audit actions and the like. */
  key: 100,
  /** RFC 5646's advice for a language tag buffer. */
  locale: 35,
  timeZone: 64,
  /** A name or an email typed again to confirm a deletion. */
  confirmation: 254,
} as const;

/**
 * What a new password must be: at least 12 characters; at most 256, since every sign-in hashes it with a
 * deliberately slow function and a huge password would make that a denial of service.
 */
export const PASSWORD_POLICY = {
  minLength: 12,
  maxLength: 256,
  /** From this length two kinds of characters make a strong password (a passphrase), not only all three. */
  passphraseLength: 20,
} as const;

/** What avatar and logo uploads accept; the server enforces the same. */
export const IMAGE_UPLOAD = {
  types: ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as readonly string[],
  maxBytes: 2 * 1024 * 1024,
};

/** A recommendation a password does not meet yet: the policy's length, a letter, a number, a symbol (or space). */
export type PasswordRecommendation = 'length' | 'letter' | 'number' | 'symbol';

/** How strong a password looks, for a live hint as it is typed. */
export interface PasswordStrength {
  /**
   * `weak`: shorter than the policy (refused), or of one kind of character only and shorter than a
   * passphrase; `strong`: letters, numbers and symbols, or a passphrase of two kinds; `fair` in between.
   */
  level: 'weak' | 'fair' | 'strong';
  /** The recommendations it misses, in this order: length, letter, number, symbol. */
  unmet: PasswordRecommendation[];
}

/**
 * Rates a password by its length (in code points, as the policy counts) and the kinds of characters in it
 * (letters and numbers of any script; anything else, spaces included, is a symbol). A hint, not a rule: the
 * server only enforces the length.
 */
export function passwordStrength(password: string): PasswordStrength {
  const length = [...password].length;
  const missing: [PasswordRecommendation, boolean][] = [
    ['length', length < PASSWORD_POLICY.minLength],
    ['letter', !/\p{L}/u.test(password)],
    ['number', !/\p{N}/u.test(password)],
    ['symbol', !/[^\p{L}\p{N}]/u.test(password)],
  ];
  const unmet = missing.flatMap(([recommendation, isMissing]) => (isMissing ? [recommendation] : []));
  const kinds = 3 - unmet.filter((recommendation) => recommendation !== 'length').length;
  const long = length >= PASSWORD_POLICY.passphraseLength;
  const level = length < PASSWORD_POLICY.minLength || (kinds < 2 && !long)
    ? 'weak'
    : kinds === 3 || (kinds === 2 && long) ? 'strong' : 'fair';
  return { level, unmet };
}

/** How many addresses one invitation request may carry. */
export const MAX_INVITE_EMAILS = 100;

/** The rules of API keys a form needs before it asks the server. */
export const API_KEY_RULES = {
  /** Longest name, in code points. */
  nameMaxLength: 80,
  /** The latest expiry a key may have, in days after its creation. */
  maxLifetimeDays: 730,
  /** The expiry choices a form offers, in days; `null` is "never". A form may also take a date. */
  expiryPresets: [30, 90, 365, null] as readonly (number | null)[],
} as const;

/** The rules of webhook endpoints a form needs before it asks the server. */
export const WEBHOOK_RULES = {
  /** How long one delivery attempt may take, in seconds: the range and the default. */
  timeoutSeconds: { min: 1, max: 30, default: 10 },
  /** Most event types one endpoint subscribes to. */
  maxEvents: 100,
} as const;
