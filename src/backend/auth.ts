import type { BackendState } from './context.js';
import { ProblemError } from './problems.js';
import { randomToken } from './random.js';
import type { SessionRecord, Store, UserRecord } from './store.js';
import { describeDevice } from './user-agent.js';

export const SESSION_COOKIE = 'teamkit_session';
export const CSRF_COOKIE = 'teamkit_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Finds the caller's session: a bearer token, or else the session cookie. Cookie-authenticated unsafe
 * requests must repeat the CSRF cookie in the `X-CSRF-Token` header (double-submit), which a cross-site
 * form cannot do. Answers 401 when no live session is found, 403 when the CSRF check fails.
 */
export function authenticate(store: Store, request: Request): SessionRecord {
  const authorization = request.headers.get('authorization');
  if (authorization !== null) {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
    return sessionOf(store, token);
  }
  const cookies = parseCookies(request.headers.get('cookie'));
  const session = sessionOf(store, cookies.get(SESSION_COOKIE));
  if (!SAFE_METHODS.has(request.method)) {
    const expected = cookies.get(CSRF_COOKIE);
    if (!expected || request.headers.get(CSRF_HEADER) !== expected) {
      throw new ProblemError('forbidden', `Send the ${CSRF_COOKIE} cookie's value in the ${CSRF_HEADER} header.`);
    }
  }
  return session;
}

function sessionOf(store: Store, token: string | undefined): SessionRecord {
  const session = token === undefined ? undefined : store.sessions.byToken(token);
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

/** Opens a session for `user` (a sign-in) and returns it; its token is the bearer token. */
export function startSession(state: BackendState, user: UserRecord, origin: SignInOrigin = {}): SessionRecord {
  const now = state.clock.now().toISOString();
  const session = state.store.sessions.insert({
    id: state.newId('ses'),
    userId: user.id,
    token: randomToken(),
    ...describeDevice(origin.userAgent),
    ip: origin.ip ?? '127.0.0.1',
    location: null,
    createdAt: now,
    lastActiveAt: now,
  });
  state.store.users.update(user, { lastLoginAt: now });
  return session;
}
