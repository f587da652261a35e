import * as s from '../../sdk/schemas/index.js';
import { notFound } from '../access.js';
import { liveSessionsOf } from '../auth.js';
import type { Context, HandlerTable } from '../context.js';
import { notificationPreferencesOf } from '../notifications.js';
import { listPage } from '../pagination.js';
import { ProblemError } from '../problems.js';
import type { ExportRecord, UserRecord } from '../store.js';
import { exportView, sessionView, signInView, userView } from '../views.js';

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
    signIns: ctx.store.signIns.ofUser(user.id).map((record) => signInView(record, '')),
  };
}

/** Newest first; the id orders exports of the same instant. */
const position = (record: ExportRecord) => `${record.createdAt} ${record.id}`;

/**
 * `/me/exports`: an asynchronous export of the account's data, at most one per interval; the list lets a
 * reloaded page find the one still being prepared.
 */
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
    // Expired exports are forgotten as the next one is made: their data must not linger, and the list stays short.
    for (const old of ctx.store.exports.where((record) => record.userId === user.id && record.expiresAt <= createdAt)) ctx.store.exports.delete(old);
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

  listExports(ctx) {
    const query = ctx.query(s.PageQuery);
    const now = ctx.now();
    const exports = ctx.store.exports.where((record) => record.userId === ctx.user.id)
      .sort((a, b) => (position(a) < position(b) ? 1 : -1));
    const page = listPage(exports, query, position, true);
    return { body: { ...page, items: page.items.map((record) => exportView(record, now)) } };
  },

  getExport(ctx) {
    const record = ctx.store.exports.get(ctx.param('exportId'));
    if (!record || record.userId !== ctx.user.id) throw notFound('export');
    return { body: exportView(record, ctx.now()) };
  },
};
