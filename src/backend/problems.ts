import type * as z from 'zod/mini';
import type { FieldError, Problem, ProblemCode } from '../sdk/schemas/index.js';

const statusOf: Record<ProblemCode, number> = {
  validation_failed: 422,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  precondition_failed: 412,
  precondition_required: 428,
  workspace_limit_reached: 409,
  seat_limit_reached: 409,
  plan_required: 402,
  invitation_expired: 410,
  invitation_revoked: 410,
  invitation_used: 409,
  invalid_password: 422,
  invalid_code: 422,
  last_owner: 409,
  rate_limited: 429,
  payload_too_large: 413,
  unsupported_media_type: 415,
  idempotency_in_progress: 409,
  idempotency_mismatch: 422,
  sign_in_required: 401,
  wrong_account: 403,
  domain_taken: 409,
  secret_already_shown: 409,
  internal_error: 500,
};

const titleOf: Record<ProblemCode, string> = {
  validation_failed: 'Invalid input',
  unauthorized: 'Not signed in',
  forbidden: 'Not allowed',
  not_found: 'Not found',
  conflict: 'Conflict',
  precondition_failed: 'Changed meanwhile',
  precondition_required: 'Version required',
  workspace_limit_reached: 'Workspace limit reached',
  seat_limit_reached: 'Seat limit reached',
  plan_required: 'Upgrade required',
  invitation_expired: 'Invitation expired',
  invitation_revoked: 'Invitation revoked',
  invitation_used: 'Invitation already used',
  invalid_password: 'Wrong password',
  invalid_code: 'Wrong or expired code',
  last_owner: 'The owner must stay',
  rate_limited: 'Too many requests',
  payload_too_large: 'Request too large',
  unsupported_media_type: 'Unsupported file type',
  idempotency_in_progress: 'Request still running',
  idempotency_mismatch: 'Idempotency-Key reused',
  sign_in_required: 'Sign in to continue',
  wrong_account: 'Signed in as someone else',
  domain_taken: 'Domain claimed elsewhere',
  secret_already_shown: 'Secret already shown',
  internal_error: 'Server error',
};

/** The HTTP status the backend answers a problem code with. */
export const problemStatus = (code: ProblemCode): number => statusOf[code];

/** What a route throws to answer with a problem document instead of its success response. */
export class ProblemError extends Error {
  override name = 'ProblemError';
  readonly status: number;
  readonly errors: FieldError[] | undefined;
  /** Seconds, sent as `Retry-After`. */
  readonly retryAfter: number | undefined;
  /** The problem's `workspaces` extension: the workspaces it is about. */
  readonly workspaces: Problem['workspaces'];

  constructor(
    readonly code: ProblemCode,
    readonly detail: string,
    options: { status?: number; errors?: FieldError[]; retryAfter?: number; workspaces?: Problem['workspaces'] } = {},
  ) {
    super(detail);
    this.status = options.status ?? statusOf[code];
    this.errors = options.errors;
    this.retryAfter = options.retryAfter;
    this.workspaces = options.workspaces;
  }

  /** The RFC 9457 document. */
  toProblem(): Problem {
    const problem: Problem = {
      type: `https://teamkit.dev/problems/${this.code}`,
      title: titleOf[this.code],
      status: this.status,
      detail: this.detail,
      code: this.code,
    };
    if (this.errors) problem.errors = this.errors;
    if (this.workspaces) problem.workspaces = this.workspaces;
    return problem;
  }
}

/** A `validation_failed` problem naming one field. */
export function fieldProblem(field: string, code: string, message: string, problem: ProblemCode = 'validation_failed'): ProblemError {
  return new ProblemError(problem, message, { errors: [{ field, code, message }] });
}

/** Turns zod issues into a 422 `validation_failed` with one field error per issue (`emails.2`). */
export function validationProblem(issues: readonly z.core.$ZodIssue[]): ProblemError {
  const errors = issues.map((issue) => ({
    field: issue.path.map(String).join('.'),
    code: issue.code,
    message: describeIssue(issue),
  }));
  return new ProblemError('validation_failed', 'Some fields are invalid.', { errors });
}

const GENERIC_MESSAGE = 'Invalid input';

/** A schema's own message when it has one; else plain words, since zod/mini ships only "Invalid input". */
function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.message && issue.message !== GENERIC_MESSAGE) return issue.message;
  switch (issue.code) {
    case 'invalid_type': return `Expected ${issue.expected}.`;
    case 'too_small': return `Must be at least ${String(issue.minimum)}${issue.origin === 'string' ? ' characters' : ''}.`;
    case 'too_big': return `Must be at most ${String(issue.maximum)}${issue.origin === 'string' ? ' characters' : ''}.`;
    case 'invalid_format': return issue.format === 'regex' ? 'Not in the expected format.' : `Not a valid ${issue.format}.`;
    case 'invalid_value': return `Must be one of: ${issue.values.map(String).join(', ')}.`;
    default: return issue.message;
  }
}

/** A problem answer: `application/problem+json`, with `Retry-After` when given. */
export function problemResponse(problem: ProblemError): Response {
  const headers = new Headers({ 'content-type': 'application/problem+json' });
  if (problem.retryAfter !== undefined) headers.set('Retry-After', String(problem.retryAfter));
  return new Response(JSON.stringify(problem.toProblem()), { status: problem.status, headers });
}
