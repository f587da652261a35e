import * as z from 'zod/mini';
import { Id, pageQueryShape, PersonRef, Timestamp } from './common.js';
import { bounded, TEXT_LIMITS } from './text.js';

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
  /** A user's id or email (the longer of the two limits). */
  actor: z.optional(bounded(TEXT_LIMITS.email)),
  action: z.optional(bounded(TEXT_LIMITS.key)),
  /** A target's id or type. */
  target: z.optional(bounded(TEXT_LIMITS.id)),
  from: z.optional(Timestamp),
  to: z.optional(Timestamp),
});
export type AuditQuery = z.infer<typeof AuditQuery>;
