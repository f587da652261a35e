import { TeamkitError, guardFor } from './teamkit-error.js';

/**
 * The server answered with a redirect, which the SDK never follows: following one could carry the body, the
 * bearer token and the CSRF header to another origin. Nothing was sent to where it points. `location` is that
 * address, or null where the browser hides it (it hides every redirect from scripts that refuse to follow).
 */
export class RedirectError extends TeamkitError {
  override name = 'RedirectError';
  constructor(readonly status: number, readonly location: string | null) {
    super(`Redirect refused: ${status} to ${location ?? 'a hidden address'}`);
  }
}

export const isRedirectError = guardFor<RedirectError>('RedirectError');
