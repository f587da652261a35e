import { notFound } from '../access.js';
import { liveSessionsOf } from '../auth.js';
import type { HandlerTable } from '../context.js';
import { ProblemError } from '../problems.js';
import type { SessionRecord } from '../store.js';
import { sessionView } from '../views.js';

const sessionTarget = (session: SessionRecord) => ({ type: 'session', id: session.id, label: `${session.browser} on ${session.os}` });

/** `/me/sessions`: the signed-in devices; signing one or all others out. */
export const sessionHandlers: HandlerTable = {
  listSessions(ctx) {
    const current = currentSession(ctx.session);
    const items = liveSessionsOf(ctx.state, ctx.user.id)
      .sort((a, b) => (a.lastActiveAt < b.lastActiveAt ? 1 : a.lastActiveAt > b.lastActiveAt ? -1 : 0))
      .map((session) => sessionView(session, current.id, ctx.state.limits));
    return { body: { items } };
  },

  revokeSession(ctx) {
    const session = ctx.store.sessions.get(ctx.param('sessionId'));
    if (!session || session.userId !== ctx.user.id) throw notFound('session');
    ctx.record('session.revoked', sessionTarget(session));
    ctx.store.sessions.delete(session);
    return {};
  },

  revokeOtherSessions(ctx) {
    const current = currentSession(ctx.session);
    const others = liveSessionsOf(ctx.state, ctx.user.id).filter((session) => session.id !== current.id);
    for (const session of others) ctx.store.sessions.delete(session);
    ctx.record('session.others_revoked', { type: 'user', id: ctx.user.id, label: ctx.user.email }, { after: { revoked: others.length } });
    return { body: { revoked: others.length } };
  },
};

function currentSession(session: SessionRecord | null): SessionRecord {
  if (!session) throw new ProblemError('unauthorized', 'Sign in to continue.');
  return session;
}
