import type { Webhook, WebhookCreate, WebhookDelivery, WebhookUpdate } from '../../sdk/index.js';
import { TeamkitEvent } from '../shared/events.js';

/** Cancelable: an endpoint is about to be added with `input`. */
export class BeforeWebhookCreateEvent extends TeamkitEvent {
  constructor(readonly input: WebhookCreate) {
    super('tk-before-webhook-create', { cancelable: true });
  }
}

/** An endpoint was added: `webhook`, without its signing secret (shown once, in the element's dialog only). */
export class WebhookCreatedEvent extends TeamkitEvent {
  constructor(readonly webhook: Webhook) {
    super('tk-webhook-created');
  }
}

/** Cancelable: `webhook` is about to change by `patch` (its URL, events, or enabled). */
export class BeforeWebhookUpdateEvent extends TeamkitEvent {
  constructor(readonly webhook: Webhook, readonly patch: WebhookUpdate) {
    super('tk-before-webhook-update', { cancelable: true });
  }
}

/** An endpoint changed: `webhook` as it is now. */
export class WebhookUpdatedEvent extends TeamkitEvent {
  constructor(readonly webhook: Webhook) {
    super('tk-webhook-updated');
  }
}

/** Cancelable: a confirmed deletion of `webhook` is about to be sent. */
export class BeforeWebhookDeleteEvent extends TeamkitEvent {
  constructor(readonly webhook: Webhook) {
    super('tk-before-webhook-delete', { cancelable: true });
  }
}

/** An endpoint was deleted, with its delivery log. */
export class WebhookDeletedEvent extends TeamkitEvent {
  constructor(readonly webhook: Webhook) {
    super('tk-webhook-deleted');
  }
}

/** Cancelable: a confirmed rotation of `webhook`'s signing secret is about to be sent. */
export class BeforeWebhookSecretRotateEvent extends TeamkitEvent {
  constructor(readonly webhook: Webhook) {
    super('tk-before-webhook-secret-rotate', { cancelable: true });
  }
}

/** A new signing secret was made: `webhook.previousSecretExpiresAt` says until when the old one still signs. */
export class WebhookSecretRotatedEvent extends TeamkitEvent {
  constructor(readonly webhook: Webhook) {
    super('tk-webhook-secret-rotated');
  }
}

/** Cancelable: a test event of `eventType` is about to be sent to `webhook`. */
export class BeforeWebhookTestEvent extends TeamkitEvent {
  constructor(readonly webhook: Webhook, readonly eventType: string) {
    super('tk-before-webhook-test', { cancelable: true });
  }
}

/** A test event is on its way: `delivery`, pending until the endpoint answers. */
export class WebhookTestSentEvent extends TeamkitEvent {
  constructor(readonly delivery: WebhookDelivery) {
    super('tk-webhook-test-sent');
  }
}

/** Cancelable: `delivery`'s event is about to be sent again. */
export class BeforeWebhookRedeliverEvent extends TeamkitEvent {
  constructor(readonly delivery: WebhookDelivery) {
    super('tk-before-webhook-redeliver', { cancelable: true });
  }
}

/** The event is on its way again: `delivery` is the new delivery, pending until the endpoint answers. */
export class WebhookRedeliveredEvent extends TeamkitEvent {
  constructor(readonly delivery: WebhookDelivery) {
    super('tk-webhook-redelivered');
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-before-webhook-create': BeforeWebhookCreateEvent;
    'tk-webhook-created': WebhookCreatedEvent;
    'tk-before-webhook-update': BeforeWebhookUpdateEvent;
    'tk-webhook-updated': WebhookUpdatedEvent;
    'tk-before-webhook-delete': BeforeWebhookDeleteEvent;
    'tk-webhook-deleted': WebhookDeletedEvent;
    'tk-before-webhook-secret-rotate': BeforeWebhookSecretRotateEvent;
    'tk-webhook-secret-rotated': WebhookSecretRotatedEvent;
    'tk-before-webhook-test': BeforeWebhookTestEvent;
    'tk-webhook-test-sent': WebhookTestSentEvent;
    'tk-before-webhook-redeliver': BeforeWebhookRedeliverEvent;
    'tk-webhook-redelivered': WebhookRedeliveredEvent;
  }
}
