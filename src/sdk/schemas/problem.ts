import * as z from 'zod/mini';

/** Stable machine codes of the problems the API reports (`Problem.code`; hosts may add their own). */
export type ProblemCode =
  | 'validation_failed'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'precondition_failed'
  | 'precondition_required'
  | 'workspace_limit_reached'
  | 'seat_limit_reached'
  | 'plan_required'
  | 'invitation_expired'
  | 'invitation_revoked'
  | 'invitation_used'
  | 'invalid_password'
  | 'invalid_code'
  | 'last_owner'
  | 'rate_limited'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'idempotency_in_progress'
  | 'idempotency_mismatch'
  | 'sign_in_required'
  | 'wrong_account'
  | 'domain_taken'
  | 'secret_already_shown'
  | 'internal_error';

/** One field's error inside a `validation_failed` problem. `field` is a dotted path, e.g. `emails.2`. */
export const FieldError = z.object({
  field: z.string(),
  code: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof FieldError>;

/**
 * An RFC 9457 problem document (`application/problem+json`).
 * `code` is the stable machine string; `title` and `detail` are for humans and may change.
 */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().check(z.minimum(400), z.maximum(599)),
  detail: z.optional(z.string()),
  code: z.string(),
  instance: z.optional(z.string()),
  errors: z.optional(z.array(FieldError)),
  /** With `last_owner` when deleting the account: the owned workspaces to transfer or delete first. */
  workspaces: z.optional(z.array(z.object({ id: z.string(), name: z.string() }))),
});
export type Problem = z.infer<typeof Problem>;
