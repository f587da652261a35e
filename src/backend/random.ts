/** Ids, secrets and seeded randomness. Everything here runs in browsers and Node alike. */

/**
 * Makes sequential ids (`mem_00001a`): unique per backend, opaque to clients, stable from run to run, and in
 * creation order when compared as strings, which keeps lists of things created in the same instant in order.
 */
export function createIdFactory(): (prefix: string) => string {
  let counter = 0;
  return (prefix) => `${prefix}_${(++counter).toString(36).padStart(6, '0')}`;
}

/** An unguessable token of `bytes` random bytes, hex-encoded, for sessions, invitations and keys. */
export function randomToken(bytes = 24): string {
  return toHex(crypto.getRandomValues(new Uint8Array(bytes)));
}

/** A six-digit verification code. */
export function randomCode(): string {
  const [value = 0] = crypto.getRandomValues(new Uint32Array(1));
  return String(value % 1_000_000).padStart(6, '0');
}

export function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** A small seeded PRNG (mulberry32): the same seed gives the same seed data everywhere. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks one item with a PRNG. */
export function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new RangeError('pick: no items');
  return item;
}
