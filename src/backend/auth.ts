import type { Endpoint } from '../sdk/contract.js';
import { API_KEY_SCHEME, apiKeyStatus, claimedPrefix, digestSecret, sameDigest } from './api-keys.js';
import { clientAddress, type BackendState } from './context.js';
import { ProblemError } from './problems.js';
import { randomToken } from './random.js';
import type { Limits } from './limits.js';
import type { ApiKeyRecord, SessionRecord, UserRecord } from './store.js';
import { originDetails, recordSignIn } from './sign-ins.js';

export const SESSION_COOKIE = 'teamkit_session';
export const CSRF_COOKIE = 'teamkit_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';
export const API_KEY_HEADER = 'X-API-Key';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Finds the caller's session: a bearer token, or else the session cookie. Cookie-authenticated unsafe
 * requests must repeat the CSRF cookie in the `X-CSRF-Token` header (double-submit), which a cross-site
 * form cannot do. Answers 401 when no live session is found, 403 when the CSRF check fails.
 */
export function authenticate(state: BackendState, request: Request): SessionRecord {
  const authorization = request.headers.get('authorization');
  if (authorization !== null) {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
    return sessionOf(state, token);
  }
  const cookies = parseCookies(request.headers.get('cookie'));
  const session = sessionOf(state, cookies.get(SESSION_COOKIE));
  if (!SAFE_METHODS.has(request.method)) {
    const expected = cookies.get(CSRF_COOKIE);
    if (!expected || request.headers.get(CSRF_HEADER) !== expected) {
      throw new ProblemError('forbidden', `Send the ${CSRF_COOKIE} cookie's value in the ${CSRF_HEADER} header.`);
    }
  }
  return session;
}

/** The caller's session on a public endpoint, or null: credentials that do not check out count as none. */
export function optionalSession(state: BackendState, request: Request): SessionRecord | null {
  if (!request.headers.has('authorization') && !parseCookies(request.headers.get('cookie')).has(SESSION_COOKIE)) return null;
  try {
    return authenticate(state, request);
  } catch {
    return null;
  }
}

/** When a session ends: `sessionIdleMs` after its last request, and `sessionAbsoluteMs` after sign-in at the latest. */
export function sessionExpiry(session: SessionRecord, limits: Limits): string {
  const idle = Date.parse(session.lastActiveAt) + limits.sessionIdleMs;
  const absolute = Date.parse(session.createdAt) + limits.sessionAbsoluteMs;
  return new Date(Math.min(idle, absolute)).toISOString();
}

/** The user's sessions that have not expired; expired ones are deleted on the way. */
export function liveSessionsOf(state: BackendState, userId: string): SessionRecord[] {
  const now = state.clock.now().getTime();
  return state.store.sessions.ofUser(userId).filter((session) => {
    const live = Date.parse(sessionExpiry(session, state.limits)) > now;
    if (!live) state.store.sessions.delete(session);
    return live;
  });
}

/** The live session of `token`; an expired one is deleted and refused like an unknown one. */
function sessionOf(state: BackendState, token: string | undefined): SessionRecord {
  const session = token === undefined ? undefined : state.store.sessions.byToken(token);
  if (session && Date.parse(sessionExpiry(session, state.limits)) <= state.clock.now().getTime()) {
    state.store.sessions.delete(session);
    throw new ProblemError('unauthorized', 'Your session has ended. Sign in again.');
  }
  if (!session) throw new ProblemError('unauthorized', 'Sign in to continue.');
  return session;
}

function parseCookies(header: string | null): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const pair of header?.split(';') ?? []) {
    const separator = pair.indexOf('=');
    if (separator > 0) cookies.set(pair.slice(0, separator).trim(), safeDecode(pair.slice(separator + 1).trim()));
  }
  return cookies;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Where a new session signs in from. */
export interface SignInOrigin {
  userAgent?: string | null;
  ip?: string | null;
}

/** Opens a session for `user` (a sign-in, recorded as a successful one) and returns it; its token is the bearer token. */
export function startSession(state: BackendState, user: UserRecord, origin: SignInOrigin = {}): SessionRecord {
  const now = state.clock.now().toISOString();
  const session = state.store.sessions.insert({
    id: state.newId('ses'),
    userId: user.id,
    token: randomToken(),
    ...originDetails(origin),
    createdAt: now,
    lastActiveAt: now,
  });
  state.store.users.update(user, { lastLoginAt: now });
  recordSignIn(state, user, 'success', origin, session.id);
  return session;
}

/** Who is calling: a person through their session, or an API key acting for its creator. */
export type Principal = { session: SessionRecord; apiKey: null } | { session: null; apiKey: ApiKeyRecord };

/**
 * Operations of a workspace an API key may not call although they sit under `/workspaces/{workspaceId}`: they
 * act as the person rather than for them (leaving, handing the workspace over, deleting it), or they would let
 * a key mint keys that outlive it.
 */
const PEOPLE_ONLY = new Set(['leaveWorkspace', 'transferOwnership', 'deleteWorkspace', 'listApiKeys', 'createApiKey', 'revokeApiKey']);

/** Whether an API key may call the endpoint: its workspace's endpoints, except {@link PEOPLE_ONLY}. */
export function apiKeyMayCall(endpoint: Endpoint): boolean {
  return endpoint.path.startsWith('/workspaces/{workspaceId}') && !PEOPLE_ONLY.has(endpoint.operationId);
}

/** The API key a request presents: `X-API-Key`, or a bearer token in the key's format; null when none. */
function presentedApiKey(request: Request): string | null {
  const header = request.headers.get(API_KEY_HEADER);
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
  if (header !== null && request.headers.has('authorization')) {
    throw new ProblemError('unauthorized', `Send one credential: either ${API_KEY_HEADER} or Authorization.`);
  }
  return header ?? (bearer?.startsWith(API_KEY_SCHEME) ? bearer : null);
}

/**
 * Authenticates a request to `endpoint`: an API key when one is presented (see {@link authenticateApiKey}),
 * else the session as {@link authenticate} finds it. A key elsewhere than its workspace's endpoints is refused
 * with 403 (which workspace is the access check's to say: another one answers 404).
 */
export async function authenticatePrincipal(state: BackendState, request: Request, endpoint: Endpoint): Promise<Principal> {
  const secret = presentedApiKey(request);
  if (secret === null) return { session: authenticate(state, request), apiKey: null };
  const apiKey = await authenticateApiKey(state, request, secret);
  if (!apiKeyMayCall(endpoint)) {
    throw new ProblemError('forbidden', 'API keys work only on their workspace\'s endpoints, and cannot manage API keys, leave, transfer or delete the workspace.');
  }
  return { session: null, apiKey };
}

const INVALID_KEY = 'This API key is not valid.';

/**
 * The live API key of `secret`. Unknown prefixes and wrong secrets are refused alike (and both cost the same
 * digest), counted per client address against `apiKeyFailures`; revoked and expired keys are refused with 401
 * and say so, since whoever holds their secret held a real key. The key's last use is noted.
 */
async function authenticateApiKey(state: BackendState, request: Request, secret: string): Promise<ApiKeyRecord> {
  const digest = await digestSecret(secret.slice(0, 200));
  // Everything after the digest is one synchronous step: parallel guesses cannot all pass the throttle's check
  // before any is counted, and a key revoked while the digest was made is seen as revoked.
  const failures = `api-key-failures:${clientAddress(request) ?? 'unknown'}`;
  state.throttle.check(failures, state.limits.apiKeyFailures, 'Too many invalid API keys from your address. Try again later.');
  const prefix = claimedPrefix(secret);
  const key = prefix === null ? undefined : state.store.apiKeys.byPrefix(prefix);
  if (!key || !sameDigest(digest, key.secretHash)) {
    state.throttle.hit(failures, state.limits.apiKeyFailures);
    throw new ProblemError('unauthorized', INVALID_KEY);
  }
  const now = state.clock.now().toISOString();
  switch (apiKeyStatus(key, now)) {
    case 'revoked': throw new ProblemError('unauthorized', 'This API key was revoked.');
    case 'expired': throw new ProblemError('unauthorized', 'This API key has expired.');
    case 'active': break;
  }
  state.store.apiKeys.update(key, { lastUsedAt: now, lastUsedIp: clientAddress(request) });
  return key;
}

/**
 * Whether a caller authenticated earlier would still be let in now: their session not ended, their key not
 * revoked or expired. For work that outlives the request's start, such as a streamed export.
 */
export function stillAuthenticated(state: BackendState, principal: { session: SessionRecord | null; apiKey: ApiKeyRecord | null }): boolean {
  const now = state.clock.now();
  if (principal.apiKey) {
    const key = state.store.apiKeys.get(principal.apiKey.id);
    return key !== undefined && apiKeyStatus(key, now.toISOString()) === 'active';
  }
  const session = principal.session && state.store.sessions.get(principal.session.id);
  return !!session && Date.parse(sessionExpiry(session, state.limits)) > now.getTime();
}
