import { Problem } from '../schemas/problem.js';
import { ApiError } from './api-error.js';
import {
  AuthError, ConflictError, NotFoundError, PermissionError, PreconditionFailedError, RateLimitError, ValidationError,
} from './kinds.js';

const codeByStatus: Record<number, string> = {
  400: 'validation_failed', 401: 'unauthorized', 403: 'forbidden', 404: 'not_found', 409: 'conflict',
  412: 'precondition_failed', 422: 'validation_failed', 428: 'precondition_required', 429: 'rate_limited',
};

/** The longest `Retry-After` taken at its word; beyond a day it is a broken or hostile value, not advice. */
const MAX_RETRY_AFTER_SECONDS = 24 * 60 * 60;

/**
 * Seconds from a `Retry-After` header: delta-seconds, or an HTTP date (a past date is 0). Null when absent,
 * unparseable, negative or more than a day away. Strict on purpose: `Number()` reads `1e12` and `Infinity`, and
 * `Date.parse` reads `-5` as the year 2001, so only digits or a day name with a time of day count.
 */
export function parseRetryAfter(header: string | null, now = Date.now()): number | null {
  const value = header?.trim() ?? '';
  let seconds = NaN;
  if (/^\d+$/.test(value)) seconds = Number(value);
  else if (/^[a-z]{3}.* \d\d:\d\d:\d\d/i.test(value)) seconds = Math.max(0, Math.ceil((Date.parse(value) - now) / 1000));
  return seconds <= MAX_RETRY_AFTER_SECONDS ? seconds : null;
}

async function readProblem(response: Response): Promise<Problem> {
  const fallback: Problem = {
    type: 'about:blank',
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
    code: codeByStatus[response.status] ?? (response.status >= 500 ? 'internal_error' : 'http_error'),
  };
  try {
    const parsed = Problem.safeParse(await response.json());
    return parsed.success ? { ...parsed.data, status: response.status } : fallback;
  } catch {
    return fallback;
  }
}

/** Maps an error response to the typed error of its kind. The one place that knows status codes. */
export async function toApiError(response: Response): Promise<ApiError> {
  const problem = await readProblem(response);
  switch (response.status) {
    case 400:
    case 422:
      return problem.code === 'validation_failed' || problem.errors ? new ValidationError(problem) : new ApiError(problem);
    case 401: return new AuthError(problem);
    case 403: return new PermissionError(problem);
    case 404: return new NotFoundError(problem);
    case 409:
    case 410: return new ConflictError(problem);
    case 412:
    case 428: return new PreconditionFailedError(problem);
    case 429: return new RateLimitError(problem, parseRetryAfter(response.headers.get('Retry-After')));
    default: return new ApiError(problem);
  }
}
