import type { SignInOrigin } from './auth.js';
import type { BackendState } from './context.js';
import { locate } from './ip-location.js';
import type { SignInRecord, UserRecord } from './store.js';
import { describeDevice } from './user-agent.js';

/**
 * Where a request comes from, as sessions and sign-ins record it: device, browser and system from a fixed
 * vocabulary (never the raw `User-Agent`), the address (cut to 64 characters, as `clientAddress` does), place.
 */
export function originDetails(origin: SignInOrigin) {
  const ip = origin.ip?.trim().slice(0, 64) || '127.0.0.1';
  return { ...describeDevice(origin.userAgent), ip, location: locate(ip) };
}

/**
 * Records one attempt to sign in to `user`'s account for the recent sign-ins list, and forgets what falls out
 * of it (older than `signInHistoryMs`, or beyond `signInsKeptPerUser`) so that a flood stays bounded.
 */
export function recordSignIn(
  state: BackendState,
  user: UserRecord,
  outcome: SignInRecord['outcome'],
  origin: SignInOrigin,
  sessionId: string | null,
): SignInRecord {
  const now = state.clock.now().getTime();
  const record = state.store.signIns.insert({
    id: state.newId('sgn'),
    userId: user.id,
    outcome,
    ...originDetails(origin),
    createdAt: new Date(now).toISOString(),
    sessionId,
    reportedAt: null,
  });
  const { signInHistoryMs, signInsKeptPerUser } = state.limits;
  state.store.signIns.prune(user.id, new Date(now - signInHistoryMs).toISOString(), signInsKeptPerUser);
  return record;
}
