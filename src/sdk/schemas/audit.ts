import * as z from 'zod/mini';
import { ApiKeyRef } from './api-keys.js';
import { Id, pageQueryShape, PersonRef, Timestamp } from './common.js';
import { bounded, TEXT_LIMITS } from './text.js';

/** One recorded mutation. `before`/`after` hold the changed fields as they were and became (objects), or null. */
export const AuditEntry = z.object({
  id: Id,
  workspaceId: z.nullable(Id),
  actor: z.nullable(PersonRef),
  /** Present when the actor acted through one of their API keys. */
  apiKey: z.optional(ApiKeyRef),
  action: z.string(),
  target: z.object({ type: z.string(), id: z.string(), label: z.string() }),
  before: z.unknown(),
  after: z.unknown(),
  ip: z.nullable(z.string()),
  createdAt: Timestamp,
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/**
 * What a workspace's log holds to filter on: every action and every target type it has recorded, each once,
 * sorted. A filter picker offers these rather than a fixed catalog, so actions added later appear by themselves.
 */
export const AuditFacets = z.object({
  actions: z.array(z.string()),
  targetTypes: z.array(z.string()),
});
export type AuditFacets = z.infer<typeof AuditFacets>;

/** The filters of the audit log and of its CSV export; the server applies them, over the whole log. */
const auditFilterShape = {
  /** A user's id, or an email they acted under: either finds all of their entries (the longer of the two limits). */
  actor: z.optional(bounded(TEXT_LIMITS.email)),
  /**
   * Actions, comma-separated, each exact or a prefix ending at a dot: `member` finds `member.removed`,
   * `member.removed,invitation` finds those and every `invitation.…` action. At most 20.
   */
  action: z.optional(bounded(TEXT_LIMITS.key * 20)),
  /** A target's id or type. */
  target: z.optional(bounded(TEXT_LIMITS.id)),
  /** A target's type exactly: `member`, `role`, `invitation`, `workspace`, `api_key`, `webhook`, `user`… */
  targetType: z.optional(bounded(TEXT_LIMITS.key)),
  /** Entries at or after this time. */
  from: z.optional(Timestamp),
  /** Entries at or before this time. */
  to: z.optional(Timestamp),
};

export const AuditQuery = z.object({ ...pageQueryShape, ...auditFilterShape });
export type AuditQuery = z.infer<typeof AuditQuery>;

/** The filters of a CSV export: those of the list, without paging (the export holds every match). */
export const AuditExportQuery = z.object(auditFilterShape);
export type AuditExportQuery = z.infer<typeof AuditExportQuery>;
