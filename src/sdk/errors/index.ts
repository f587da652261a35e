export { TeamkitError, isTeamkitError } from './teamkit-error.js';
export { ApiError, isApiError } from './api-error.js';
export * from './kinds.js';
export * from './transport.js';
export { RedirectError, isRedirectError } from './redirect.js';
export { toApiError } from './from-response.js';
