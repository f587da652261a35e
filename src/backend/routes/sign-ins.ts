import * as s from '../../sdk/schemas/index.js';
import { notFound } from '../access.js';
import { liveSessionsOf } from '../auth.js';
import type { Context, HandlerTable } from '../context.js';
import { listPage } from '../pagination.js';
import { ProblemError } from '../problems.js';
import type { SignInRecord, VerificationKind } from '../store.js';
import { signInView } from '../views.js';

const VERIFICATION_KINDS: readonly VerificationKind[] = ['email', 'phone'];

/** Newest first; the id orders sign-ins of the same instant. */
const position = (record: SignInRecord) => `${record.createdAt} ${record.id}`;

/** The account's sign-ins of the last `signInHistoryMs`, by the backend's clock, newest first. */
function recentSignIns(ctx: Context): SignInRecord[] {
  const since = new Date(ctx.state.clock.now().getTime() - ctx.state.limits.signInHistoryMs).toISOString();
  return ctx.store.signIns.ofUser(ctx.user.id)
    .filter((record) => record.createdAt >= since)
    .sort((a, b) => (position(a) < position(b) ? 1 : -1));
}

function currentSessionId(ctx: Context): string {
  if (!ctx.session) throw new ProblemError('unauthorized', 'Sign in to continue.');
  return ctx.session.id;
}

const signInLabel = (record: SignInRecord) => `${record.browser} on ${record.os}, ${record.location ?? record.ip}`;

/** `/me/sign-ins`: every attempt to sign in to the account, and "This wasn't me". */
export const signInHandlers: HandlerTable = {
  listSignIns(ctx) {
    const query = ctx.query(s.PageQuery);
    const current = currentSessionId(ctx);
    const page = listPage(recentSignIns(ctx), query, position, true);
    return { body: { ...page, items: page.items.map((record) => signInView(record, current)) } };
  },

  /**
   * Signs out every other session of the account, whichever sign-in opened it, and drops a pending email or
   * phone change (whoever got in may have started one to an address of theirs). The first report of a sign-in
   * marks it and mails a security notice; a repeat mails nothing more but still ends whatever appeared since,
   * so pressing it again is always safe.
   */
  reportSignIn(ctx) {
    const user = ctx.user;
    const current = currentSessionId(ctx);
    const record = recentSignIns(ctx).find((candidate) => candidate.id === ctx.param('signInId'));
    if (!record) throw notFound('sign-in');
    if (record.sessionId === current) {
      throw new ProblemError('conflict', 'This sign-in opened the session you are using now.');
    }
    const others = liveSessionsOf(ctx.state, user.id).filter((session) => session.id !== current);
    for (const session of others) ctx.store.sessions.delete(session);
    const dropped = VERIFICATION_KINDS.flatMap((kind) => (ctx.store.verifications.delete(`${user.id}:${kind}`) ? [kind] : []));
    const firstReport = record.reportedAt === null;
    if (firstReport) ctx.store.signIns.update(record, { reportedAt: ctx.now() });
    if (firstReport || others.length || dropped.length) {
      const after = { outcome: record.outcome, revoked: others.length, pendingChangesDropped: dropped };
      ctx.record('sign_in.reported', { type: 'sign_in', id: record.id, label: signInLabel(record) }, { after });
    }
    if (firstReport) {
      const devices = others.length === 1 ? '1 other device' : `${others.length} other devices`;
      const changes = dropped.length ? ` and cancelled the pending change of your ${dropped.map((kind) => (kind === 'email' ? 'email address' : 'phone number')).join(' and ')}` : '';
      ctx.state.outbox.send({
        to: user.email,
        kind: 'security_alert',
        channel: 'email',
        subject: 'You reported a sign-in to your account',
        text: `Hi ${user.name}, you said the ${record.outcome === 'success' ? 'sign-in' : 'failed sign-in attempt'} of ${record.createdAt} (${signInLabel(record)}) was not you. `
          + `We signed out ${devices}${changes}. Change your password now, and check your email address and phone number.`,
      });
    }
    const revoked: s.RevokedSessions = { revoked: others.length };
    return { body: revoked };
  },
};
