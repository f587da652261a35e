import * as s from '../../sdk/schemas/index.js';
import { notFound, type WorkspaceAccess } from '../access.js';
import { changesOf } from '../audit.js';
import type { Context, HandlerTable } from '../context.js';
import { listPage } from '../pagination.js';
import { ProblemError, fieldProblem } from '../problems.js';
import type { DeliveryRecord, WebhookRecord } from '../store.js';
import { deliveryView, webhookView } from '../views.js';
import { checkWebhookUrl } from '../webhooks/address.js';
import { WEBHOOK_EVENT_TYPES, isEventType, sampleData } from '../webhooks/events.js';
import { newSigningSecret } from '../webhooks/signing.js';
import { developerAccess } from './api-keys.js';

const webhookTarget = (webhook: WebhookRecord) => ({ type: 'webhook', id: webhook.id, label: webhook.url });

function webhookIn(ctx: Context, access: WorkspaceAccess): WebhookRecord {
  const webhook = ctx.store.webhooks.get(ctx.param('webhookId'));
  if (!webhook || webhook.workspaceId !== access.workspace.id) throw notFound('webhook');
  return webhook;
}

function deliveryOf(ctx: Context, webhook: WebhookRecord): DeliveryRecord {
  const delivery = ctx.store.webhookDeliveries.get(ctx.param('deliveryId'));
  if (!delivery || delivery.webhookId !== webhook.id) throw notFound('delivery');
  return delivery;
}

/** 422 on `url` when deliveries may not go there (see `webhooks/address.ts`). */
function checkUrl(ctx: Context, url: string): void {
  const verdict = checkWebhookUrl(url, ctx.state.webhooks.options);
  if (!verdict.ok) throw fieldProblem('url', verdict.code, verdict.message);
}

/** The event types, each known to the catalog, without repeats; 422 naming the first unknown one. */
function checkEvents(events: readonly string[]): string[] {
  const unknown = events.findIndex((type) => !isEventType(type));
  if (unknown >= 0) throw fieldProblem(`events.${unknown}`, 'unknown_event', `There is no event type ${events[unknown]}.`);
  return [...new Set(events)];
}

const withSecret = (ctx: Context, webhook: WebhookRecord) => ({ body: { ...webhookView(ctx.store, webhook, ctx.now()), secret: webhook.secret } });

/** `/webhook-events` and `/workspaces/{id}/webhooks`: endpoints, their secrets, tests and delivery logs. */
export const webhookHandlers: HandlerTable = {
  listWebhookEvents() {
    return { body: { items: [...WEBHOOK_EVENT_TYPES] } };
  },

  listWebhooks(ctx) {
    const access = developerAccess(ctx);
    const query = ctx.query(s.PageQuery);
    const now = ctx.now();
    const views = ctx.store.webhooks.ofWorkspace(access.workspace.id).map((webhook) => webhookView(ctx.store, webhook, now)).reverse();
    return { body: listPage(views, query, (webhook) => webhook.id, true) };
  },

  createWebhook(ctx) {
    const access = developerAccess(ctx);
    const input = ctx.body(s.WebhookCreate);
    checkUrl(ctx, input.url);
    const events = checkEvents(input.events);
    const count = ctx.store.webhooks.ofWorkspace(access.workspace.id).length;
    if (count >= ctx.state.limits.webhooksPerWorkspace) {
      throw new ProblemError('conflict', `${access.workspace.name} has ${count} webhook endpoints. Delete one before adding another.`);
    }
    const now = ctx.now();
    const webhook = ctx.store.webhooks.insert({
      id: ctx.state.newId('whk'),
      workspaceId: access.workspace.id,
      url: input.url,
      events,
      enabled: input.enabled ?? true,
      timeoutSeconds: input.timeoutSeconds ?? s.WEBHOOK_RULES.timeoutSeconds.default,
      secret: newSigningSecret(),
      previousSecret: null,
      secretRotatedAt: null,
      createdBy: ctx.user.id,
      createdAt: now,
      updatedAt: now,
    });
    const { url, enabled, timeoutSeconds } = webhook;
    ctx.record('webhook.created', webhookTarget(webhook), { workspaceId: webhook.workspaceId, after: { url, events, enabled, timeoutSeconds } });
    return withSecret(ctx, webhook);
  },

  getWebhook(ctx) {
    const webhook = webhookIn(ctx, developerAccess(ctx));
    return { body: webhookView(ctx.store, webhook, ctx.now()) };
  },

  updateWebhook(ctx) {
    const webhook = webhookIn(ctx, developerAccess(ctx));
    const input = ctx.body(s.WebhookUpdate);
    if (input.url !== undefined) checkUrl(ctx, input.url);
    const patch: Partial<WebhookRecord> = { ...input, ...(input.events && { events: checkEvents(input.events) }) };
    const changes = changesOf(webhook, patch);
    if (changes) {
      ctx.store.webhooks.update(webhook, { ...patch, updatedAt: ctx.now() });
      ctx.record('webhook.updated', webhookTarget(webhook), { workspaceId: webhook.workspaceId, ...changes });
    }
    return { body: webhookView(ctx.store, webhook, ctx.now()) };
  },

  deleteWebhook(ctx) {
    const webhook = webhookIn(ctx, developerAccess(ctx));
    ctx.state.webhooks.forget(webhook.id);
    ctx.store.webhooks.delete(webhook);
    ctx.record('webhook.deleted', webhookTarget(webhook), { workspaceId: webhook.workspaceId, before: { url: webhook.url, events: webhook.events } });
    return {};
  },

  rotateWebhookSecret(ctx) {
    const webhook = webhookIn(ctx, developerAccess(ctx));
    const now = ctx.state.clock.now();
    const expiresAt = new Date(now.getTime() + ctx.state.webhooks.options.secretGraceMs).toISOString();
    ctx.store.webhooks.update(webhook, {
      secret: newSigningSecret(),
      previousSecret: { secret: webhook.secret, expiresAt },
      secretRotatedAt: now.toISOString(),
      updatedAt: now.toISOString(),
    });
    ctx.record('webhook.secret_rotated', webhookTarget(webhook), { workspaceId: webhook.workspaceId, after: { previousSecretExpiresAt: expiresAt } });
    return withSecret(ctx, webhook);
  },

  sendWebhookTest(ctx) {
    const webhook = webhookIn(ctx, developerAccess(ctx));
    const { type } = ctx.body(s.WebhookTest);
    if (!isEventType(type)) throw fieldProblem('type', 'unknown_event', `There is no event type ${type}.`);
    const event = ctx.state.webhooks.newEvent(webhook.workspaceId, type, sampleData(type), true);
    const delivery = ctx.state.webhooks.deliver(webhook, event, 'test', null);
    ctx.record('webhook.test_sent', webhookTarget(webhook), { workspaceId: webhook.workspaceId, after: { eventType: type, deliveryId: delivery.id } });
    return { body: deliveryView(delivery) };
  },

  listWebhookDeliveries(ctx) {
    const webhook = webhookIn(ctx, developerAccess(ctx));
    const { cursor, limit, status } = ctx.query(s.WebhookDeliveryQuery);
    const deliveries = ctx.store.webhookDeliveries.ofWebhook(webhook.id)
      .filter((delivery) => status === undefined || delivery.status === status)
      .reverse();
    const page = listPage(deliveries, { cursor, limit }, (delivery) => delivery.id, true);
    return { body: { ...page, items: page.items.map(deliveryView) } };
  },

  getWebhookDelivery(ctx) {
    const webhook = webhookIn(ctx, developerAccess(ctx));
    return { body: deliveryView(deliveryOf(ctx, webhook)) };
  },

  redeliverWebhook(ctx) {
    const webhook = webhookIn(ctx, developerAccess(ctx));
    const original = deliveryOf(ctx, webhook);
    const delivery = ctx.state.webhooks.deliver(webhook, original.event, 'redelivery', original.id);
    ctx.record('webhook.redelivered', webhookTarget(webhook), { workspaceId: webhook.workspaceId, after: { eventId: original.event.id, deliveryId: delivery.id } });
    return { body: deliveryView(delivery) };
  },
};
