import * as z from 'zod/mini';
import { Id, PageQuery, PersonRef, Timestamp } from './common.js';

/** One recorded mutation. `before`/`after` hold the changed fields as they were and became. */
export const AuditEntry = z.object({
  id: Id,
  workspaceId: z.nullable(Id),
  actor: z.nullable(PersonRef),
  action: z.string(),
  target: z.object({ type: z.string(), id: z.string(), label: z.string() }),
  before: z.nullable(z.record(z.string(), z.unknown())),
  after: z.nullable(z.record(z.string(), z.unknown())),
  ip: z.nullable(z.string()),
  createdAt: Timestamp,
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditQuery = z.extend(PageQuery, {
  actor: z.optional(z.string()),
  action: z.optional(z.string()),
  target: z.optional(z.string()),
  from: z.optional(Timestamp),
  to: z.optional(Timestamp),
});
export type AuditQuery = z.infer<typeof AuditQuery>;
