import { randomToken, toHex } from './random.js';

/** A salted password digest. */
export interface PasswordHash {
  salt: string;
  digest: string;
}

/**
 * Salted SHA-256 through Web Crypto, which browsers and Node share. A production backend would use a slow
 * KDF (argon2, scrypt); this one is a reference that must run under msw in a page.
 */
export async function hashPassword(password: string, salt = randomToken(16)): Promise<PasswordHash> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${salt}:${password}`));
  return { salt, digest: toHex(new Uint8Array(digest)) };
}

/** Whether `password` matches the stored hash, compared in constant time. */
export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const { digest } = await hashPassword(password, stored.salt);
  let difference = digest.length ^ stored.digest.length;
  for (let i = 0; i < digest.length; i++) difference |= digest.charCodeAt(i) ^ stored.digest.charCodeAt(i);
  return difference === 0;
}
