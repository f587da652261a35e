/**
 * The signature of webhook deliveries, Stripe's scheme: HMAC-SHA256, keyed with the endpoint's secret (the
 * whole `whsec_…` string as UTF-8), over `${timestamp}.${body}`, sent as
 * `Teamkit-Signature: t=<unix seconds>,v1=<hex>[,v1=<hex>…]` with one `v1` per secret in force (two during a
 * rotation's grace period). Web Crypto, so it runs in browsers too.
 */
import { randomToken, toHex } from '../random.js';

export const SIGNATURE_HEADER = 'Teamkit-Signature';

/** A new signing secret: `whsec_` and 64 hex characters. */
export function newSigningSecret(): string {
  return `whsec_${randomToken(32)}`;
}

export async function hmacSha256Hex(key: string, message: string): Promise<string> {
  const encoder = new TextEncoder();
  const cryptoKey = await crypto.subtle.importKey('raw', encoder.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return toHex(new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, encoder.encode(message))));
}

/** The `Teamkit-Signature` value for `body` sent at `timestamp` (unix seconds), signed with each of `secrets`. */
export async function signatureHeader(secrets: readonly string[], timestamp: number, body: string): Promise<string> {
  const signatures = await Promise.all(secrets.map((secret) => hmacSha256Hex(secret, `${timestamp}.${body}`)));
  return [`t=${timestamp}`, ...signatures.map((signature) => `v1=${signature}`)].join(',');
}
