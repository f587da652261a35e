import { TeamkitError, guardFor } from './teamkit-error.js';

/** The request never got an answer: offline, DNS, CORS, connection reset. Safe to retry. */
export class NetworkError extends TeamkitError {
  override name = 'NetworkError';
  constructor(message = 'The server could not be reached.', options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** No answer within the client's `timeout`. */
export class TimeoutError extends TeamkitError {
  override name = 'TimeoutError';
  constructor(readonly timeout: number) {
    super(`The server did not answer within ${timeout} ms.`);
  }
}

/**
 * The server answered, but not with what the contract promises. `path` names the first bad field,
 * e.g. `items.3.email`; `operation` the request, e.g. `GET workspaces/ws_1/members`.
 */
export class ResponseValidationError extends TeamkitError {
  override name = 'ResponseValidationError';
  constructor(
    readonly operation: string,
    readonly path: string,
    readonly issues: readonly { path: string; message: string }[],
  ) {
    super(`${operation}: unexpected response at ${path || '(root)'}: ${issues[0]?.message ?? 'invalid'}`);
  }
}

export const isNetworkError = guardFor<NetworkError>('NetworkError');
export const isTimeoutError = guardFor<TimeoutError>('TimeoutError');
export const isResponseValidationError = guardFor<ResponseValidationError>('ResponseValidationError');
