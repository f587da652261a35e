import type { CallOptions, Http } from '../http.js';
import { seg, validateInput } from '../http.js';
import { paginate } from '../pagination.js';
import * as s from '../schemas/index.js';

const base = (workspaceId: string) => `workspaces/${seg(workspaceId, 'workspaceId')}/webhooks`;
const one = (workspaceId: string, webhookId: string) => `${base(workspaceId)}/${seg(webhookId, 'webhookId')}`;

/**
 * A workspace's webhook endpoints and their delivery logs (needs `developer:manage`). Deliveries are signed:
 * see the README's "Webhooks" for the `Teamkit-Signature` scheme and a Node verification snippet.
 */
export class WebhooksResource {
  constructor(private readonly http: Http) {}

  /** The event types an endpoint can subscribe to, with descriptions. */
  async eventTypes(options: CallOptions = {}): Promise<s.WebhookEventType[]> {
    return (await this.http.call('GET', 'webhook-events', s.WebhookEventTypeList, options)).items;
  }

  /** One page of endpoints, newest first. */
  async list(workspaceId: string, query: s.PageQuery = {}, options: CallOptions = {}): Promise<s.Page<s.Webhook>> {
    const q = validateInput(s.PageQuery, query);
    return this.http.call('GET', base(workspaceId), s.page(s.Webhook), { ...options, query: q });
  }

  iterate(workspaceId: string, query: Omit<s.PageQuery, 'cursor'> = {}, options: CallOptions = {}): AsyncGenerator<s.Webhook, void, undefined> {
    return paginate((cursor) => this.list(workspaceId, { ...query, cursor }, options));
  }

  async get(workspaceId: string, webhookId: string, options: CallOptions = {}): Promise<s.Webhook> {
    return this.http.call('GET', one(workspaceId, webhookId), s.Webhook, options);
  }

  /**
   * Adds an endpoint. The answer's `secret` (`whsec_…`) is shown this once; a `ValidationError` on `url` when the
   * address is not a public https one (`private_address`, `https_required`, `invalid_url`).
   */
  async create(workspaceId: string, input: s.WebhookCreate, options: CallOptions = {}): Promise<s.WebhookWithSecret> {
    const json = validateInput(s.WebhookCreate, input);
    return this.http.call('POST', base(workspaceId), s.WebhookWithSecret, { ...options, json });
  }

  /** Changes the URL, the event types or the timeout, or enables or disables the endpoint. */
  async update(workspaceId: string, webhookId: string, patch: s.WebhookUpdate, options: CallOptions = {}): Promise<s.Webhook> {
    const json = validateInput(s.WebhookUpdate, patch);
    return this.http.call('PATCH', one(workspaceId, webhookId), s.Webhook, { ...options, json });
  }

  /** Deletes the endpoint with its delivery log; retries still due are dropped. */
  async delete(workspaceId: string, webhookId: string, options: CallOptions = {}): Promise<void> {
    await this.http.send('DELETE', one(workspaceId, webhookId), undefined, options);
  }

  /** A new signing secret, shown this once; the previous one keeps signing until `previousSecretExpiresAt`. */
  async rotateSecret(workspaceId: string, webhookId: string, options: CallOptions = {}): Promise<s.WebhookWithSecret> {
    return this.http.call('POST', `${one(workspaceId, webhookId)}/rotate-secret`, s.WebhookWithSecret, options);
  }

  /** Sends a sample event of `type` (even to a disabled endpoint); resolves to the delivery, still pending. */
  async sendTest(workspaceId: string, webhookId: string, type: string, options: CallOptions = {}): Promise<s.WebhookDelivery> {
    const json = validateInput(s.WebhookTest, { type });
    return this.http.call('POST', `${one(workspaceId, webhookId)}/test`, s.WebhookDelivery, { ...options, json });
  }

  /** One page of the endpoint's delivery log, newest first. */
  async deliveries(workspaceId: string, webhookId: string, query: s.WebhookDeliveryQuery = {}, options: CallOptions = {}): Promise<s.Page<s.WebhookDelivery>> {
    const q = validateInput(s.WebhookDeliveryQuery, query);
    return this.http.call('GET', `${one(workspaceId, webhookId)}/deliveries`, s.page(s.WebhookDelivery), { ...options, query: q });
  }

  iterateDeliveries(workspaceId: string, webhookId: string, query: Omit<s.WebhookDeliveryQuery, 'cursor'> = {}, options: CallOptions = {}): AsyncGenerator<s.WebhookDelivery, void, undefined> {
    return paginate((cursor) => this.deliveries(workspaceId, webhookId, { ...query, cursor }, options));
  }

  /** One delivery, e.g. to follow a test or a redelivery until it is no longer `pending`. */
  async delivery(workspaceId: string, webhookId: string, deliveryId: string, options: CallOptions = {}): Promise<s.WebhookDelivery> {
    return this.http.call('GET', `${one(workspaceId, webhookId)}/deliveries/${seg(deliveryId, 'deliveryId')}`, s.WebhookDelivery, options);
  }

  /** Sends a delivery's event again (same id and body, signed anew) as a new delivery. */
  async redeliver(workspaceId: string, webhookId: string, deliveryId: string, options: CallOptions = {}): Promise<s.WebhookDelivery> {
    return this.http.call('POST', `${one(workspaceId, webhookId)}/deliveries/${seg(deliveryId, 'deliveryId')}/redeliver`, s.WebhookDelivery, options);
  }
}
