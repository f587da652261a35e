import { liveSessionsOf } from '../auth.js';
import type { Context, HandlerTable } from '../context.js';
import { notFound } from '../access.js';
import { notificationPreferencesOf } from '../notifications.js';
import { ProblemError } from '../problems.js';
import type { UserRecord } from '../store.js';
import { exportView, sessionView, userView } from '../views.js';

/** Everything the account holds, as the export's JSON document. */
function accountData(ctx: Context, user: UserRecord, exportedAt: string) {
  const memberships = ctx.store.members.ofUser(user.id).map((member) => ({
    workspaceId: member.workspaceId,
    workspaceName: ctx.store.workspaces.get(member.workspaceId)?.name ?? null,
    role: member.roleId,
    status: member.status,
    addedAt: member.addedAt,
  }));
  return {
    exportedAt,
    account: userView(user),
    notificationPreferences: notificationPreferencesOf(user),
    memberships,
    sessions: liveSessionsOf(ctx.state, user.id).map((session) => sessionView(session, '', ctx.state.limits)),
  };
}

/** `/me/exports`: an asynchronous export of the account's data, at most one per interval. */
export const exportHandlers: HandlerTable = {
  requestExport(ctx) {
    const user = ctx.user;
    const now = ctx.state.clock.now().getTime();
    const { exportDelayMs, exportIntervalMs, exportTtlMs } = ctx.state.limits;
    const previous = ctx.store.exports.where((record) => record.userId === user.id)
      .reduce((latest, record) => Math.max(latest, Date.parse(record.createdAt)), -Infinity);
    const waitMs = previous + exportIntervalMs - now;
    if (waitMs > 0) {
      throw new ProblemError('rate_limited', 'You asked for an export moments ago.', { retryAfter: Math.ceil(waitMs / 1000) });
    }
    const createdAt = new Date(now).toISOString();
    const json = JSON.stringify(accountData(ctx, user, createdAt), null, 2);
    const record = ctx.store.exports.insert({
      id: ctx.state.newId('exp'),
      userId: user.id,
      createdAt,
      readyAt: new Date(now + exportDelayMs).toISOString(),
      expiresAt: new Date(now + exportDelayMs + exportTtlMs).toISOString(),
      downloadUrl: `data:application/json;charset=utf-8,${encodeURIComponent(json)}`,
    });
    ctx.record('user.export_requested', { type: 'export', id: record.id, label: user.email });
    return { body: exportView(record, createdAt) };
  },

  getExport(ctx) {
    const record = ctx.store.exports.get(ctx.param('exportId'));
    if (!record || record.userId !== ctx.user.id) throw notFound('export');
    return { body: exportView(record, ctx.now()) };
  },
};
