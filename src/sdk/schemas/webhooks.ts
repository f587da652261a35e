import * as z from 'zod/mini';
import { count, Id, pageQueryShape, PersonRef, Timestamp } from './common.js';
import { WEBHOOK_RULES } from './limits.js';
import { TEXT_LIMITS } from './text.js';

// In the module without zod, so that a form can read them before it loads its schema; re-exported here as before.
export { WEBHOOK_RULES } from './limits.js';

/** An event type's name: lower-case words joined by dots, e.g. `member.added`. */
export const WebhookEventName = z.string().check(
  z.maxLength(TEXT_LIMITS.key),
  z.regex(/^[a-z][a-z_]*(\.[a-z][a-z_]*)+$/, 'Choose an event type from the catalog.'),
);

/** One entry of the event catalog (`GET /webhook-events`). */
export const WebhookEventType = z.object({
  type: z.string(),
  description: z.string(),
  /** What the event is about, for grouping a picker: `Members`, `Calls`… */
  group: z.string(),
});
export type WebhookEventType = z.infer<typeof WebhookEventType>;

export const WebhookEventTypeList = z.object({ items: z.array(WebhookEventType) });

/**
 * Where deliveries go: an https URL. The server refuses private, loopback and link-local addresses (and
 * http) unless it was configured for local tests; its field errors say which (`https_required`,
 * `private_address`, `invalid_url`).
 */
export const WebhookUrl = z.string().check(
  z.maxLength(TEXT_LIMITS.url),
  z.regex(/^https?:\/\/[^\s/?#]+[^\s]*$/i, 'Enter an https:// address.'),
);

const Timeout = z.number().check(z.multipleOf(1), z.minimum(WEBHOOK_RULES.timeoutSeconds.min), z.maximum(WEBHOOK_RULES.timeoutSeconds.max));
const EventNames = z.array(WebhookEventName).check(z.minLength(1), z.maxLength(WEBHOOK_RULES.maxEvents));

/** A webhook endpoint. Its signing secret is shown only when it is made: at creation and at each rotation. */
export const Webhook = z.object({
  id: Id,
  workspaceId: Id,
  url: z.string(),
  events: z.array(z.string()),
  /** A disabled endpoint is sent no events; tests and redeliveries asked for by hand still go. */
  enabled: z.boolean(),
  /** How long one attempt may take before it counts as failed and is retried. */
  timeoutSeconds: count(),
  createdBy: z.nullable(PersonRef),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** When the secret was last rotated; null if never. */
  secretRotatedAt: z.nullable(Timestamp),
  /** Until when deliveries are also signed with the previous secret, after a rotation; null when they are not. */
  previousSecretExpiresAt: z.nullable(Timestamp),
});
export type Webhook = z.infer<typeof Webhook>;

/** An endpoint with its new signing secret: the answer to creating it or rotating its secret. */
export const WebhookWithSecret = z.extend(Webhook, {
  /** `whsec_…`: the HMAC-SHA256 key of `Teamkit-Signature`. Shown once: store it now. */
  secret: z.string(),
});
export type WebhookWithSecret = z.infer<typeof WebhookWithSecret>;

export const WebhookCreate = z.object({
  url: WebhookUrl,
  events: EventNames,
  /** Default true. */
  enabled: z.optional(z.boolean()),
  /** Default 10. */
  timeoutSeconds: z.optional(Timeout),
});
export type WebhookCreate = z.infer<typeof WebhookCreate>;

export const WebhookUpdate = z.object({
  url: z.optional(WebhookUrl),
  events: z.optional(EventNames),
  enabled: z.optional(z.boolean()),
  timeoutSeconds: z.optional(Timeout),
});
export type WebhookUpdate = z.infer<typeof WebhookUpdate>;

/** Sends a sample event of `type` to the endpoint, whether or not it subscribes to that type. */
export const WebhookTest = z.object({ type: WebhookEventName });
export type WebhookTest = z.infer<typeof WebhookTest>;

/** `pending` until an attempt succeeds (`succeeded`) or the last retry fails (`failed`). */
export const WebhookDeliveryStatus = z.enum(['pending', 'succeeded', 'failed']);
export type WebhookDeliveryStatus = z.infer<typeof WebhookDeliveryStatus>;

/** One try at delivering: the endpoint's status code, or the error when there was no answer. */
export const WebhookAttempt = z.object({
  at: Timestamp,
  responseStatus: z.nullable(count()),
  durationMs: count(),
  /**
   * Why the attempt failed without a usable answer: `timeout`, `network_error`, `redirect` (not followed; with
   * the 3xx status when the sender saw it), `blocked_address`, `endpoint_disabled` (a retry after disabling); null
   * when the endpoint answered.
   */
  error: z.nullable(z.string()),
});
export type WebhookAttempt = z.infer<typeof WebhookAttempt>;

/** An event sent (or being sent) to one endpoint, with what was sent and what came back last. */
export const WebhookDelivery = z.object({
  id: Id,
  webhookId: Id,
  eventId: Id,
  eventType: z.string(),
  /** Why it was sent: a real event, a test asked for by hand, or a redelivery of an earlier one. */
  trigger: z.enum(['event', 'test', 'redelivery']),
  redeliveryOf: z.nullable(Id),
  status: WebhookDeliveryStatus,
  createdAt: Timestamp,
  completedAt: z.nullable(Timestamp),
  /** When the next retry is due, while one is. */
  nextAttemptAt: z.nullable(Timestamp),
  /** Of the last attempt. */
  responseStatus: z.nullable(count()),
  durationMs: z.nullable(count()),
  error: z.nullable(z.string()),
  /** The request of the last attempt (of the first one while none has been made). */
  request: z.object({ url: z.string(), headers: z.record(z.string(), z.string()), body: z.string() }),
  /** The last answer: its body cut to the first 4 KB (`truncated`). */
  response: z.nullable(z.object({ headers: z.record(z.string(), z.string()), body: z.string(), truncated: z.boolean() })),
  attempts: z.array(WebhookAttempt),
});
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;

export const WebhookDeliveryQuery = z.object({ ...pageQueryShape, status: z.optional(WebhookDeliveryStatus) });
export type WebhookDeliveryQuery = z.infer<typeof WebhookDeliveryQuery>;

/**
 * The JSON body of every delivery, as a receiver parses it once the signature checks out. `data` tells what
 * happened as the audit log records it: who did it, to what, and the changed fields before and after.
 */
export const WebhookEvent = z.object({
  id: Id,
  type: z.string(),
  createdAt: Timestamp,
  workspaceId: Id,
  /** True for events sent with "Send test event": sample data, nothing happened. */
  test: z.boolean(),
  data: z.object({
    actor: z.nullable(PersonRef),
    target: z.object({ type: z.string(), id: z.string(), label: z.string() }),
    before: z.unknown(),
    after: z.unknown(),
  }),
});
export type WebhookEvent = z.infer<typeof WebhookEvent>;
