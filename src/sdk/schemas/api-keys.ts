import * as z from 'zod/mini';
import { Id, pageQueryShape, PersonRef, Timestamp } from './common.js';
import { PERMISSION_KEYS, PermissionKey } from './permissions.js';
import { API_KEY_RULES } from './limits.js';
import { singleLine } from './text.js';

// In the module without zod, so that a form can read them before it loads its schema; re-exported here as before.
export { API_KEY_RULES } from './limits.js';

/**
 * The shape of an API key's secret: `tk_live_`, the eight-character prefix that the list shows, `_`, and 64
 * hexadecimal characters (32 random bytes). Send it as `Authorization: Bearer …` or `X-API-Key: …`.
 */
export const API_KEY_SECRET_PATTERN = /^tk_live_[a-z0-9]{8}_[a-f0-9]{64}$/;

/** `expired` and `revoked` keys are refused (401); expiry is computed from `expiresAt` and the clock. */
export const ApiKeyStatus = z.enum(['active', 'expired', 'revoked']);
export type ApiKeyStatus = z.infer<typeof ApiKeyStatus>;

/** How a key was revoked: by someone (`by`), or because its creator left the workspace (`by` null). */
export const ApiKeyRevocation = z.object({
  at: Timestamp,
  by: z.nullable(PersonRef),
  reason: z.enum(['revoked', 'creator_left']),
});
export type ApiKeyRevocation = z.infer<typeof ApiKeyRevocation>;

/**
 * An API key as the list shows it. Never its secret: the server keeps only a SHA-256 digest of it, so
 * `prefix` (`tk_live_ab12cd34`) is all there is to recognise it by.
 */
export const ApiKey = z.object({
  id: Id,
  workspaceId: Id,
  name: z.string(),
  prefix: z.string(),
  /** What the key may do, drawn from the permission catalog; it never exceeds its creator's own rights. */
  scopes: z.array(z.string()),
  status: ApiKeyStatus,
  createdBy: z.nullable(PersonRef),
  createdAt: Timestamp,
  /** Null: it never expires. */
  expiresAt: z.nullable(Timestamp),
  lastUsedAt: z.nullable(Timestamp),
  /** The address of its last use, as the server saw it. */
  lastUsedIp: z.nullable(z.string()),
  revocation: z.nullable(ApiKeyRevocation),
});
export type ApiKey = z.infer<typeof ApiKey>;

/** The answer to creating a key: the key and, this one time only, its secret. */
export const ApiKeyCreated = z.extend(ApiKey, {
  /** `tk_live_<prefix>_<64 hex>`. Shown once: store it now; nobody can read it again. */
  secret: z.string(),
});
export type ApiKeyCreated = z.infer<typeof ApiKeyCreated>;

export const ApiKeyCreate = z.object({
  name: singleLine(1, API_KEY_RULES.nameMaxLength),
  scopes: z.array(PermissionKey).check(z.minLength(1), z.maxLength(PERMISSION_KEYS.length)),
  /** When it stops working: in the future, at most `maxLifetimeDays` away; null for never. */
  expiresAt: z.nullable(Timestamp),
});
export type ApiKeyCreate = z.infer<typeof ApiKeyCreate>;

export const ApiKeyQuery = z.object({ ...pageQueryShape, status: z.optional(ApiKeyStatus) });
export type ApiKeyQuery = z.infer<typeof ApiKeyQuery>;

/** Which key an audit entry's actor used, when they acted through one. */
export const ApiKeyRef = z.object({ id: Id, name: z.string(), prefix: z.string() });
export type ApiKeyRef = z.infer<typeof ApiKeyRef>;
