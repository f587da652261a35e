import { msg, str } from '@lit/localize';
// The guards' own modules, not the SDK's index: through the index, every element that shows an error would
// bundle all the SDK's schemas (and zod) without using them.
import { isApiError } from '../../sdk/errors/api-error.js';
import {
  isAuthError, isConflictError, isNotFoundError, isPermissionError, isPreconditionFailedError, isRateLimitError, isValidationError,
} from '../../sdk/errors/kinds.js';
import { isRedirectError } from '../../sdk/errors/redirect.js';
import { isNetworkError, isResponseValidationError, isTimeoutError } from '../../sdk/errors/transport.js';

export type ErrorKind = 'denied' | 'not-found' | 'offline' | 'timeout' | 'rate-limited' | 'signed-out' | 'conflict' | 'stale' | 'invalid' | 'unknown';

export interface ErrorDescription {
  kind: ErrorKind;
  title: string;
  detail: string;
  /** Whether trying the same thing again may work. */
  retryable: boolean;
}

/** Known problem codes in the reader's language; the server's English text is the fallback. */
function codeMessage(code: string): string | undefined {
  switch (code) {
    case 'last_owner': return msg('A workspace always needs an owner. Transfer ownership first.', { id: 'tk.error.last_owner' });
    case 'seat_limit_reached': return msg('All seats of this plan are taken. Free a seat or upgrade the plan.', { id: 'tk.error.seat_limit_reached' });
    case 'workspace_limit_reached': return msg('You have reached the maximum number of workspaces.', { id: 'tk.error.workspace_limit_reached' });
    case 'plan_required': return msg('Your plan does not include this. Upgrade to continue.', { id: 'tk.error.plan_required' });
    case 'invitation_expired': return msg('This invitation has expired. Ask for a new one.', { id: 'tk.error.invitation_expired' });
    case 'invitation_revoked': return msg('This invitation was withdrawn.', { id: 'tk.error.invitation_revoked' });
    case 'invitation_used': return msg('This invitation has already been accepted.', { id: 'tk.error.invitation_used' });
    case 'invalid_password': return msg('The password is incorrect.', { id: 'tk.error.invalid_password' });
    case 'invalid_code': return msg('That code is wrong or has expired.', { id: 'tk.error.invalid_code' });
    case 'control_character': return msg('Remove line breaks, tabs and other control characters.', { id: 'tk.error.control_character' });
    case 'bidi_override': return msg('Remove the hidden text-direction characters.', { id: 'tk.error.bidi_override' });
    case 'no_visible_character': return msg('Enter at least one visible character.', { id: 'tk.error.no_visible_character' });
    case 'https_required': return msg('Use an https:// address: webhooks are sent over https only.', { id: 'tk.error.https_required' });
    case 'private_address': return msg('Use a public address: webhooks are not sent to private, local or reserved addresses.', { id: 'tk.error.private_address' });
    case 'invalid_url': return msg('Enter a full address such as https://example.com/webhooks, without a user name or password.', { id: 'tk.error.invalid_url' });
    case 'unknown_event': return msg('Choose event types from the list.', { id: 'tk.error.unknown_event' });
    case 'in_past': return msg('Choose a date in the future.', { id: 'tk.error.in_past' });
    case 'too_far': return msg('Choose an earlier date.', { id: 'tk.error.too_far' });
    case 'secret_already_shown': return msg('It was created, but its secret was lost on the way and is never shown twice. Revoke it and create another.', { id: 'tk.error.secret_already_shown' });
    default: return undefined;
  }
}

/** Turns any failure into words for the reader, and says whether retrying makes sense. */
export function describeError(error: unknown): ErrorDescription {
  const fromCode = isApiError(error) ? codeMessage(error.code) : undefined;
  if (isPermissionError(error)) {
    return { kind: 'denied', title: msg("You don't have permission to do this", { id: 'tk.error.denied.title' }), detail: fromCode ?? msg('Ask a workspace owner or admin for access.', { id: 'tk.error.denied.detail' }), retryable: false };
  }
  if (isNotFoundError(error)) {
    return { kind: 'not-found', title: msg('Not found', { id: 'tk.error.not_found.title' }), detail: msg('It may have been removed, or you no longer have access.', { id: 'tk.error.not_found.detail' }), retryable: false };
  }
  if (isNetworkError(error)) {
    return { kind: 'offline', title: msg("Can't reach the server", { id: 'tk.error.offline.title' }), detail: msg('Check your connection and try again.', { id: 'tk.error.offline.detail' }), retryable: true };
  }
  if (isTimeoutError(error)) {
    return { kind: 'timeout', title: msg('The server is taking too long', { id: 'tk.error.timeout.title' }), detail: msg('Try again in a moment.', { id: 'tk.error.timeout.detail' }), retryable: true };
  }
  if (isRateLimitError(error)) {
    const seconds = error.retryAfter ?? 30;
    return {
      kind: 'rate-limited',
      title: msg('Too many requests', { id: 'tk.error.rate_limited.title' }),
      detail: seconds === 1
        ? msg('Wait a second, then try again.', { id: 'tk.error.rate_limited.detail_one' })
        : msg(str`Wait ${seconds} seconds, then try again.`, { id: 'tk.error.rate_limited.detail' }),
      retryable: true,
    };
  }
  if (isAuthError(error)) {
    return { kind: 'signed-out', title: msg('Your session has ended', { id: 'tk.error.signed_out.title' }), detail: msg('Sign in again to continue.', { id: 'tk.error.signed_out.detail' }), retryable: false };
  }
  if (isPreconditionFailedError(error)) {
    return { kind: 'stale', title: msg('Someone else changed this', { id: 'tk.error.stale.title' }), detail: msg('Your edits are kept. Reload to see the latest version, then save again.', { id: 'tk.error.stale.detail' }), retryable: false };
  }
  if (isConflictError(error)) {
    return { kind: 'conflict', title: msg("This can't be done right now", { id: 'tk.error.conflict.title' }), detail: fromCode ?? error.message, retryable: false };
  }
  if (isValidationError(error)) {
    return { kind: 'invalid', title: msg('Check the highlighted fields', { id: 'tk.error.invalid.title' }), detail: fromCode ?? error.message, retryable: false };
  }
  if (isRedirectError(error)) {
    // The API never redirects: a redirect means a proxy or a wrong base URL, which a retry does not fix.
    return { kind: 'unknown', title: msg('Unexpected answer from the server', { id: 'tk.error.response.title' }), detail: msg('The server sent the request elsewhere. Check the API address.', { id: 'tk.error.redirect.detail' }), retryable: false };
  }
  if (isResponseValidationError(error)) {
    return { kind: 'unknown', title: msg('Unexpected answer from the server', { id: 'tk.error.response.title' }), detail: error.message, retryable: true };
  }
  return {
    kind: 'unknown',
    title: msg('Something went wrong', { id: 'tk.error.unknown.title' }),
    detail: fromCode ?? msg('Try again. If it keeps happening, contact support.', { id: 'tk.error.unknown.detail' }),
    retryable: true,
  };
}

/** A field error's text: the known code in the reader's language, else the server's message. */
export function fieldErrorMessage(code: string, fallback: string): string {
  return codeMessage(code) ?? fallback;
}
