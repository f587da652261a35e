import type { FieldError, Problem } from '../schemas/problem.js';
import { ApiError } from './api-error.js';
import { guardFor } from './teamkit-error.js';

/**
 * The input was refused, by the server (422) or by the SDK before sending (`source: 'client'`).
 * `fieldErrors` name each field by its dotted path, e.g. `emails.2`.
 */
export class ValidationError extends ApiError {
  override name = 'ValidationError';
  constructor(problem: Problem, readonly source: 'client' | 'server' = 'server') {
    super(problem);
  }

  /** Builds the error the SDK throws when an input fails its schema, so no request is sent. */
  static fromFields(errors: FieldError[], detail = 'The request has invalid fields.'): ValidationError {
    const problem = { type: 'about:blank', title: 'Invalid input', status: 422, code: 'validation_failed', detail, errors };
    return new ValidationError(problem, 'client');
  }
}

/** 401: not signed in, or the token expired and could not be refreshed. */
export class AuthError extends ApiError {
  override name = 'AuthError';
}

/** 403: signed in, but not allowed to do this. */
export class PermissionError extends ApiError {
  override name = 'PermissionError';
}

/** 404: it does not exist, or the caller may not know that it does. */
export class NotFoundError extends ApiError {
  override name = 'NotFoundError';
}

/** 409 or 410: the resource's state forbids this (`last_owner`, `invitation_expired`, a duplicate name…). */
export class ConflictError extends ApiError {
  override name = 'ConflictError';
}

/** 412: someone changed the resource since it was read. Reload, merge, and send again with the new ETag. */
export class PreconditionFailedError extends ApiError {
  override name = 'PreconditionFailedError';
}

/** 429: too many requests. `retryAfter` is in seconds, when the server said. */
export class RateLimitError extends ApiError {
  override name = 'RateLimitError';
  constructor(problem: Problem, readonly retryAfter: number | null) {
    super(problem);
  }
}

export const isValidationError = guardFor<ValidationError>('ValidationError');
export const isAuthError = guardFor<AuthError>('AuthError');
export const isPermissionError = guardFor<PermissionError>('PermissionError');
export const isNotFoundError = guardFor<NotFoundError>('NotFoundError');
export const isConflictError = guardFor<ConflictError>('ConflictError');
export const isPreconditionFailedError = guardFor<PreconditionFailedError>('PreconditionFailedError');
export const isRateLimitError = guardFor<RateLimitError>('RateLimitError');
