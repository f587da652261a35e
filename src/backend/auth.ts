import type { BackendState } from './context.js';
import { ProblemError } from './problems.js';
import { randomToken } from './random.js';
import type { Limits } from './limits.js';
import type { SessionRecord, UserRecord } from './store.js';
import { originDetails, recordSignIn } from './sign-ins.js';

export const SESSION_COOKIE = 'teamkit_session';
export const CSRF_COOKIE = 'teamkit_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

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
