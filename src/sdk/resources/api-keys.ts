import type { CallOptions, Http } from '../http.js';
import { seg, validateInput } from '../http.js';
import { paginate } from '../pagination.js';
import * as s from '../schemas/index.js';

const base = (workspaceId: string) => `workspaces/${seg(workspaceId, 'workspaceId')}/api-keys`;

/**
 * A workspace's API keys (needs `developer:manage`). A key acts for its creator in that workspace only, within
 * its scopes; send its secret as `X-API-Key` or as the bearer token (`getToken: () => secret`).
 */
export class ApiKeysResource {
  constructor(private readonly http: Http) {}

  /** One page of keys, newest first; `status` narrows to active, expired or revoked ones. Never their secrets. */
  async list(workspaceId: string, query: s.ApiKeyQuery = {}, options: CallOptions = {}): Promise<s.Page<s.ApiKey>> {
    const q = validateInput(s.ApiKeyQuery, query);
    return this.http.call('GET', base(workspaceId), s.page(s.ApiKey), { ...options, query: q });
  }

  /** Every key matching the query, page after page. */
  iterate(workspaceId: string, query: Omit<s.ApiKeyQuery, 'cursor'> = {}, options: CallOptions = {}): AsyncGenerator<s.ApiKey, void, undefined> {
    return paginate((cursor) => this.list(workspaceId, { ...query, cursor }, options));
  }

  /**
   * Creates a key with scopes the caller holds and an expiry (`null`: never; else at most
   * `API_KEY_RULES.maxLifetimeDays` away). The answer's `secret` is the only copy there will ever be: show it
   * once and let the user store it. If the answer is lost and the call retried, the retry fails with a
   * `ConflictError` (`secret_already_shown`) instead of a second key; revoke the unseen key from the list.
   */
  async create(workspaceId: string, input: s.ApiKeyCreate, options: CallOptions = {}): Promise<s.ApiKeyCreated> {
    const json = validateInput(s.ApiKeyCreate, input);
    return this.http.call('POST', base(workspaceId), s.ApiKeyCreated, { ...options, json });
  }

  /** Revokes a key: requests with it fail from now on. A `ConflictError` when it is revoked already. */
  async revoke(workspaceId: string, apiKeyId: string, options: CallOptions = {}): Promise<s.ApiKey> {
    return this.http.call('POST', `${base(workspaceId)}/${seg(apiKeyId, 'apiKeyId')}/revoke`, s.ApiKey, options);
  }
}
