import type { FieldError, Problem } from '../schemas/problem.js';
import { TeamkitError, guardFor } from './teamkit-error.js';

/** The server answered with an error status. `problem` is its RFC 9457 problem document. */
export class ApiError extends TeamkitError {
  override name = 'ApiError';
  /** HTTP status, e.g. 404. */
  readonly status: number;
  /** Stable machine code, e.g. `last_owner`. Branch on this, not on `message`. */
  readonly code: string;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.status = problem.status;
    this.code = problem.code;
    this.problem = problem;
  }

  /** Field errors the problem carries (empty unless the request was invalid). */
  get fieldErrors(): FieldError[] {
    return this.problem.errors ?? [];
  }
}

export const isApiError = guardFor<ApiError>(
  'ApiError', 'ValidationError', 'AuthError', 'PermissionError', 'NotFoundError', 'ConflictError',
  'PreconditionFailedError', 'RateLimitError',
);
