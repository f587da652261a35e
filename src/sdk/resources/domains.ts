import type { CallOptions, Http, UpdateOptions, WithETag } from '../http.js';
import { seg, validateInput } from '../http.js';
import * as s from '../schemas/index.js';

const base = (workspaceId: string) => `workspaces/${seg(workspaceId, 'workspaceId')}/domains`;
const one = (workspaceId: string, domainId: string) => `${base(workspaceId)}/${seg(domainId, 'domainId')}`;

/**
 * A workspace's domains. Everyone in the workspace sees them; adding, verifying, setting purposes and removing need
 * `domains:manage`, and only those members get `verificationRecord` (the DNS TXT record to publish).
 *
 * @example
 * ```ts
 * const domain = await client.domains.add(workspaceId, { hostname: 'Example.com' }); // stored as example.com
 * // publish domain.verificationRecord (name, value) at the DNS provider, then:
 * const checked = await client.domains.verify(workspaceId, domain.id);
 * if (checked.status === 'failed') show(checked.failureReason); // record_not_found, record_mismatch, lookup_failed
 * ```
 */
export class DomainsResource {
  constructor(private readonly http: Http) {}

  async list(workspaceId: string, options: CallOptions = {}): Promise<s.Domain[]> {
    return (await this.http.call('GET', base(workspaceId), s.DomainList, options)).items;
  }

  /** One domain, with its ETag for a later `update` or `remove`. */
  async get(workspaceId: string, domainId: string, options: CallOptions = {}): Promise<WithETag<s.Domain>> {
    const { data, etag } = await this.http.send('GET', one(workspaceId, domainId), s.Domain, options);
    return { ...data, etag };
  }

  /**
   * Claims a domain, normalised (lower case, punycode); IP addresses and wildcards are refused before sending.
   * Fails with `ConflictError` when the workspace has it already, or another workspace verified it
   * (`code: 'domain_taken'`).
   */
  async add(workspaceId: string, input: s.DomainCreate, options: CallOptions = {}): Promise<WithETag<s.Domain>> {
    const json = validateInput(s.DomainCreate, input);
    const { data, etag } = await this.http.send('POST', base(workspaceId), s.Domain, { ...options, json });
    return { ...data, etag };
  }

  /**
   * Looks the TXT record up now; resolves to the domain `verified`, or `failed` with `failureReason`. Throttled:
   * a `RateLimitError` says when to try again.
   */
  async verify(workspaceId: string, domainId: string, options: CallOptions = {}): Promise<WithETag<s.Domain>> {
    const { data, etag } = await this.http.send('POST', `${one(workspaceId, domainId)}/verify`, s.Domain, options);
    return { ...data, etag };
  }

  /**
   * Sets the purposes (they replace the current ones) and the auto-join role. `auto_join` needs the domain verified
   * and `autoJoinRole`, a role you may give.
   */
  async update(workspaceId: string, domainId: string, patch: s.DomainUpdate, options: UpdateOptions = {}): Promise<WithETag<s.Domain>> {
    const json = validateInput(s.DomainUpdate, patch);
    const { data, etag } = await this.http.send('PATCH', one(workspaceId, domainId), s.Domain, { ...options, json });
    return { ...data, etag };
  }

  /** Removes the domain; auto-join through it stops. */
  async remove(workspaceId: string, domainId: string, options: UpdateOptions = {}): Promise<void> {
    await this.http.send('DELETE', one(workspaceId, domainId), undefined, options);
  }
}
