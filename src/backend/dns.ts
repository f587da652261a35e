/**
 * DNS look-ups for domain verification. The reference backend never touches the network itself: it asks a
 * resolver, by default a fake that reads a map (`backend.dns`) tests and demos fill in. A host passes a real one:
 *
 * ```ts
 * import { resolveTxt } from 'node:dns/promises';
 * createBackend({ dnsResolver: async (name) => (await resolveTxt(name)).map((chunks) => chunks.join('')) });
 * ```
 */

/**
 * Resolves to the TXT records published at `name`, each as one string (a record's chunks joined). No record
 * there is `[]`, or a rejection whose `code` is `ENOTFOUND` or `ENODATA` (as `node:dns` rejects); any other
 * rejection is a failed look-up.
 */
export type DnsResolver = (name: string) => Promise<string[]>;

/** A resolver that answers from `records` (TXT strings by name) and finds nothing elsewhere. */
export function mapResolver(records: ReadonlyMap<string, readonly string[]>): DnsResolver {
  return (name) => Promise.resolve([...(records.get(name.toLowerCase()) ?? [])]);
}

/** What one look-up found: the records, none at all, or no answer (an error or a timeout). */
export type TxtLookup = { kind: 'found'; records: string[] } | { kind: 'none' } | { kind: 'failed' };

const NO_RECORD_CODES = new Set(['ENOTFOUND', 'ENODATA']);

/** Asks `resolver` for `name`'s TXT records, giving up after `timeoutMs`. Never rejects. */
export async function lookupTxt(resolver: DnsResolver, name: string, timeoutMs: number): Promise<TxtLookup> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<TxtLookup>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'failed' }), timeoutMs);
  });
  const lookup = resolver(name).then(
    (records): TxtLookup => {
      const strings = Array.isArray(records) ? records.filter((record) => typeof record === 'string') : [];
      return strings.length ? { kind: 'found', records: strings } : { kind: 'none' };
    },
    (error: unknown): TxtLookup => {
      const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
      return typeof code === 'string' && NO_RECORD_CODES.has(code) ? { kind: 'none' } : { kind: 'failed' };
    },
  );
  try {
    return await Promise.race([lookup, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
