import * as z from 'zod/mini';
import { Id, pageQueryShape, PersonRef, Timestamp } from './common.js';

/** One recorded mutation. `before`/`after` hold the changed fields as they were and became (objects), or null. */
export const AuditEntry = z.object({
  id: Id,
  workspaceId: z.nullable(Id),
  actor: z.nullable(PersonRef),
  action: z.string(),
  target: z.object({ type: z.string(), id: z.string(), label: z.string() }),
  before: z.unknown(),
  after: z.unknown(),
  ip: z.nullable(z.string()),
  createdAt: Timestamp,
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditQuery = z.object({
  ...pageQueryShape,
  actor: z.optional(z.string()),
  action: z.optional(z.string()),
  target: z.optional(z.string()),
  from: z.optional(Timestamp),
  to: z.optional(Timestamp),
});
export type AuditQuery = z.infer<typeof AuditQuery>;
