import * as s from '../../sdk/schemas/index.js';
import { accessWorkspace, requirePermission } from '../access.js';
import type { HandlerTable } from '../context.js';
import { listPage } from '../pagination.js';

/** `/workspaces/{id}/audit-log`: every mutation, newest first, filtered on the server. */
export const auditHandlers: HandlerTable = {
  listAuditLog(ctx) {
    const access = accessWorkspace(ctx);
    requirePermission(access, 'audit:view');
    const { cursor, limit, ...filter } = ctx.query(s.AuditQuery);
    const entries = ctx.store.audit.ofWorkspace(access.workspace.id, filter);
    return { body: listPage(entries, { cursor, limit }, (entry) => entry.id, true) };
  },
};
