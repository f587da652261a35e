import * as s from '../../sdk/schemas/index.js';
import { isWithin } from '../../sdk/roles.js';
import { accessWorkspace, notFound, requirePermission, type WorkspaceAccess } from '../access.js';
import { apiKeyStatus, digestSecret, newApiKeySecret } from '../api-keys.js';
import type { Context, HandlerTable } from '../context.js';
import { listPage } from '../pagination.js';
import { ProblemError, fieldProblem } from '../problems.js';
import type { ApiKeyRecord } from '../store.js';
import { apiKeyView } from '../views.js';

const DAY = 24 * 60 * 60 * 1000;

const keyTarget = (key: ApiKeyRecord) => ({ type: 'api_key', id: key.id, label: `${key.name} (tk_live_${key.prefix})` });

/** The caller's access, with `developer:manage` checked: API keys and webhooks need it. */
export function developerAccess(ctx: Context): WorkspaceAccess {
  const access = accessWorkspace(ctx);
  requirePermission(access, 'developer:manage');
  return access;
}

/** 422 on `expiresAt` unless it is in the future and within the longest lifetime. */
function checkExpiry(expiresAt: string | null, now: number): void {
  if (expiresAt === null) return;
  const time = Date.parse(expiresAt);
  if (time <= now) throw fieldProblem('expiresAt', 'in_past', 'Choose an expiry in the future.');
  if (time > now + s.API_KEY_RULES.maxLifetimeDays * DAY) {
    throw fieldProblem('expiresAt', 'too_far', `A key can last at most ${s.API_KEY_RULES.maxLifetimeDays} days.`);
  }
}

/** `/workspaces/{id}/api-keys`: keys that act for their creator, within the scopes they were given. */
export const apiKeyHandlers: HandlerTable = {
  listApiKeys(ctx) {
    const access = developerAccess(ctx);
    const { cursor, limit, status } = ctx.query(s.ApiKeyQuery);
    const now = ctx.now();
    const views = ctx.store.apiKeys.ofWorkspace(access.workspace.id)
      .map((key) => apiKeyView(ctx.store, key, now))
      .filter((key) => status === undefined || key.status === status)
      .reverse();
    return { body: listPage(views, { cursor, limit }, (key) => key.id, true) };
  },

  async createApiKey(ctx) {
    // Made and digested first: from here on nothing awaits, so the checks and the insert are one step. The prefix
    // is unique when made and stays so, since no other write runs meanwhile (writes are serial).
    const { prefix, secret } = newApiKeySecret(ctx.store);
    const secretHash = await digestSecret(secret);
    const access = developerAccess(ctx);
    const input = ctx.body(s.ApiKeyCreate);
    const scopes = [...new Set(input.scopes)];
    if (!access.isOwner && !isWithin(scopes, access.permissions)) {
      throw new ProblemError('forbidden', 'A key cannot have permissions you do not have.');
    }
    const now = ctx.state.clock.now();
    checkExpiry(input.expiresAt, now.getTime());
    const live = ctx.store.apiKeys.ofWorkspace(access.workspace.id).filter((key) => !key.revocation).length;
    if (live >= ctx.state.limits.apiKeysPerWorkspace) {
      throw new ProblemError('conflict', `${access.workspace.name} has ${live} API keys. Revoke one before creating another.`);
    }
    const key = ctx.store.apiKeys.insert({
      id: ctx.state.newId('key'),
      workspaceId: access.workspace.id,
      name: input.name,
      prefix,
      secretHash,
      scopes,
      createdBy: ctx.user.id,
      createdAt: now.toISOString(),
      expiresAt: input.expiresAt === null ? null : new Date(input.expiresAt).toISOString(),
      lastUsedAt: null,
      lastUsedIp: null,
      revocation: null,
    });
    ctx.record('api_key.created', keyTarget(key), { workspaceId: key.workspaceId, after: { name: key.name, scopes, expiresAt: key.expiresAt } });
    return { body: { ...apiKeyView(ctx.store, key, ctx.now()), secret } };
  },

  revokeApiKey(ctx) {
    const access = developerAccess(ctx);
    const key = ctx.store.apiKeys.get(ctx.param('apiKeyId'));
    if (!key || key.workspaceId !== access.workspace.id) throw notFound('API key');
    const now = ctx.now();
    const status = apiKeyStatus(key, now);
    if (status === 'revoked') throw new ProblemError('conflict', 'This key is already revoked.');
    ctx.store.apiKeys.update(key, { revocation: { at: now, by: ctx.user.id, reason: 'revoked' } });
    ctx.record('api_key.revoked', keyTarget(key), { workspaceId: key.workspaceId, before: { status }, after: { status: 'revoked' } });
    return { body: apiKeyView(ctx.store, key, now) };
  },
};
