/**
 * The contract's numeric limits for text and passwords, as plain constants. Kept apart from the schemas
 * (`text.ts` re-exports them) so that an element or a field that only needs a number imports no zod.
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
