/**
 * API keys' secrets: how they are made, kept (a SHA-256 digest, never the secret) and checked (in constant
 * time). Web Crypto only, so the backend still runs in a browser under msw.
 */
import type { ApiKeyStatus } from '../sdk/schemas/index.js';
import { randomToken, toHex } from './random.js';
import type { ApiKeyRecord, Store } from './store.js';

export const API_KEY_SCHEME = 'tk_live_';

const PREFIX_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** The prefix and the secret of a new key: `tk_live_<8 of [a-z0-9]>_<64 hex>`; the prefix is unique in the store. */
export function newApiKeySecret(store: Store): { prefix: string; secret: string } {
  for (;;) {
    const prefix = Array.from(crypto.getRandomValues(new Uint8Array(8)), (byte) => PREFIX_ALPHABET[byte % PREFIX_ALPHABET.length]).join('');
    if (!store.apiKeys.byPrefix(prefix)) return { prefix, secret: `${API_KEY_SCHEME}${prefix}_${randomToken(32)}` };
  }
}

/** Hex SHA-256 of a secret: what the store keeps. */
export async function digestSecret(secret: string): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(secret))));
}

/** Compares two hex digests without stopping at the first difference, so timing tells nothing. */
export function sameDigest(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) difference |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return difference === 0;
}

/** The prefix a presented secret claims, if it has the shape of one; null otherwise. */
export function claimedPrefix(secret: string): string | null {
  return /^tk_live_([a-z0-9]{8})_[a-f0-9]{64}$/.exec(secret)?.[1] ?? null;
}

export function apiKeyStatus(key: ApiKeyRecord, now: string): ApiKeyStatus {
  if (key.revocation) return 'revoked';
  return key.expiresAt !== null && Date.parse(key.expiresAt) <= Date.parse(now) ? 'expired' : 'active';
}
