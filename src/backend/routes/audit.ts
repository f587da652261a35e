import * as z from 'zod/mini';
import * as s from '../../sdk/schemas/index.js';
import { accessWorkspace, requirePermission, type WorkspaceAccess } from '../access.js';
import { stillAuthenticated } from '../auth.js';
import type { Context, HandlerTable } from '../context.js';
import { csvStream } from '../csv.js';
import { DEFAULT_PAGE_SIZE, decodeCursor, encodeCursor, invalidCursor } from '../pagination.js';
import { ProblemError } from '../problems.js';

const AuditCursor = z.object({ after: z.string() });

function auditor(ctx: Context): WorkspaceAccess {
  const access = accessWorkspace(ctx);
  requirePermission(access, 'audit:view');
  return access;
}

const CSV_HEADER = [
  'id', 'created_at', 'actor_id', 'actor_name', 'actor_email', 'api_key', 'action', 'target_type', 'target_id', 'target_label',
  'ip', 'before', 'after',
] as const;

const json = (value: unknown) => (value === null || value === undefined ? '' : JSON.stringify(value));

function csvCells(entry: s.AuditEntry): string[] {
  return [
    entry.id, entry.createdAt, entry.actor?.id ?? '', entry.actor?.name ?? '', entry.actor?.email ?? '', entry.apiKey?.prefix ?? '',
    entry.action, entry.target.type, entry.target.id, entry.target.label, entry.ip ?? '', json(entry.before), json(entry.after),
  ];
}

/**
 * 401 or 404 once the caller could no longer start this export: their session ended, their key was revoked
 * or expired, or they lost the workspace or `audit:view`. Checked before each chunk of a running export.
 */
function stillAllowed(ctx: Context): void {
  if (!stillAuthenticated(ctx.state, ctx)) throw new ProblemError('unauthorized', 'Sign in to continue.');
  auditor(ctx);
}

/** `/workspaces/{id}/audit-log`: every mutation, newest first, filtered on the server; and its CSV export. */
export const auditHandlers: HandlerTable = {
  listAuditLog(ctx) {
    const access = auditor(ctx);
    const { cursor, limit = DEFAULT_PAGE_SIZE, ...filter } = ctx.query(s.AuditQuery);
    let before: number | undefined;
    if (cursor !== undefined) {
      before = ctx.store.audit.positionOf(decodeCursor(cursor, AuditCursor).after);
      if (before < 0) throw invalidCursor();
    }
    const page = ctx.store.audit.page(access.workspace.id, filter, before, limit);
    const last = page.items.at(-1);
    return { body: { items: page.items, nextCursor: page.hasMore && last ? encodeCursor({ after: last.id }) : null, total: page.total } };
  },

  getAuditFacets(ctx) {
    const access = auditor(ctx);
    return { body: ctx.store.audit.facets(access.workspace.id) };
  },

  exportAuditLog(ctx) {
    const access = auditor(ctx);
    const filter = ctx.query(s.AuditExportQuery);
    ctx.record('audit_log.exported', { type: 'workspace', id: access.workspace.id, label: access.workspace.name }, { workspaceId: access.workspace.id, after: { filter } });
    // The entries there are now, newest first, read as the download is read: the export does not see later ones.
    const { audit } = ctx.store;
    const end = audit.entries.length;
    const positions = audit.select(access.workspace.id, filter).newestFirst(end);
    function* records(): Generator<string[], void, undefined> {
      for (const position of positions) {
        const entry = audit.at(position);
        if (entry) yield csvCells(entry);
      }
    }
    const day = ctx.now().slice(0, 10);
    return {
      file: {
        stream: csvStream(CSV_HEADER, records(), { beforeChunk: () => stillAllowed(ctx) }),
        contentType: 'text/csv; charset=utf-8',
        filename: `audit-log-${access.workspace.id}-${day}.csv`,
      },
    };
  },
};
