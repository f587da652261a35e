import type { ApiKey, ApiKeyCreate } from '../../sdk/index.js';
import { TeamkitEvent } from '../shared/events.js';

/** Cancelable: a key is about to be created with `input` (name, scopes, expiry). */
export class BeforeApiKeyCreateEvent extends TeamkitEvent {
  constructor(readonly input: ApiKeyCreate) {
    super('tk-before-api-key-create', { cancelable: true });
  }
}

/**
 * A key was created: `apiKey`, without its secret. The secret is shown to the reader once, in the element's
 * dialog, and travels nowhere else: not in this event, not to the page.
 */
export class ApiKeyCreatedEvent extends TeamkitEvent {
  constructor(readonly apiKey: ApiKey) {
    super('tk-api-key-created');
  }
}

/** Cancelable: a confirmed revocation of `apiKey` is about to be sent. */
export class BeforeApiKeyRevokeEvent extends TeamkitEvent {
  constructor(readonly apiKey: ApiKey) {
    super('tk-before-api-key-revoke', { cancelable: true });
  }
}

/** `apiKey` was revoked: requests with it are refused from now on. */
export class ApiKeyRevokedEvent extends TeamkitEvent {
  constructor(readonly apiKey: ApiKey) {
    super('tk-api-key-revoked');
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-before-api-key-create': BeforeApiKeyCreateEvent;
    'tk-api-key-created': ApiKeyCreatedEvent;
    'tk-before-api-key-revoke': BeforeApiKeyRevokeEvent;
    'tk-api-key-revoked': ApiKeyRevokedEvent;
  }
}
