import type { WebhookAttempt, WebhookDelivery } from '../../sdk/schemas/index.js';
import { Table } from './table.js';

/** A webhook endpoint as kept, with its signing secrets (they must be kept: every delivery is signed with them). */
export interface WebhookRecord {
  id: string;
  workspaceId: string;
  url: string;
  events: string[];
  enabled: boolean;
  timeoutSeconds: number;
  secret: string;
  /** The secret before the last rotation, still signing deliveries until `expiresAt`. */
  previousSecret: { secret: string; expiresAt: string } | null;
  secretRotatedAt: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

/** One event as sent: the same id and body on every attempt and redelivery, so receivers can deduplicate. */
export interface WebhookEventRecord {
  id: string;
  type: string;
  /** The JSON body, exactly as signed and sent. */
  body: string;
}

export interface DeliveryRecord {
  id: string;
  webhookId: string;
  workspaceId: string;
  event: WebhookEventRecord;
  trigger: WebhookDelivery['trigger'];
  redeliveryOf: string | null;
  status: WebhookDelivery['status'];
  createdAt: string;
  completedAt: string | null;
  nextAttemptAt: string | null;
  request: WebhookDelivery['request'];
  response: WebhookDelivery['response'];
  attempts: WebhookAttempt[];
}

export class WebhookTable extends Table<WebhookRecord> {
  ofWorkspace(workspaceId: string): WebhookRecord[] {
    return this.where((webhook) => webhook.workspaceId === workspaceId);
  }
}

/**
 * Deliveries, by endpoint, oldest first. Each endpoint keeps its latest `keepPerWebhook`; older ones are
 * dropped as new ones come, so a busy endpoint's log stays bounded.
 */
export class DeliveryTable extends Table<DeliveryRecord> {
  readonly #byWebhook = new Map<string, DeliveryRecord[]>();

  constructor(private readonly keepPerWebhook = 1000) {
    super();
  }

  ofWebhook(webhookId: string): readonly DeliveryRecord[] {
    return this.#byWebhook.get(webhookId) ?? [];
  }

  /** Forgets an endpoint's whole log. */
  deleteOf(webhookId: string): void {
    for (const delivery of [...this.ofWebhook(webhookId)]) this.delete(delivery);
  }

  protected override added(delivery: DeliveryRecord): void {
    const log = this.#byWebhook.get(delivery.webhookId);
    if (!log) {
      this.#byWebhook.set(delivery.webhookId, [delivery]);
      return;
    }
    log.push(delivery);
    const oldest = log.length > this.keepPerWebhook ? log[0] : undefined;
    if (oldest) this.delete(oldest);
  }

  protected override removed(delivery: DeliveryRecord): void {
    const log = this.#byWebhook.get(delivery.webhookId);
    if (!log) return;
    const at = log.indexOf(delivery);
    if (at >= 0) log.splice(at, 1);
    if (!log.length) this.#byWebhook.delete(delivery.webhookId);
  }
}
