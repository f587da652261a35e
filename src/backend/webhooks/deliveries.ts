import type { AuditEntry, WebhookAttempt, WebhookEvent } from '../../sdk/schemas/index.js';
import type { Clock } from '../clock.js';
import type { DeliveryRecord, Store, WebhookEventRecord, WebhookRecord } from '../store.js';
import { checkWebhookUrl } from './address.js';
import { eventOfEntry, type EventData } from './events.js';
import { timerScheduler, type Scheduler } from './scheduler.js';
import { SIGNATURE_HEADER, signatureHeader } from './signing.js';

/** How the backend sends webhooks (`createBackend({ webhooks })`). */
export interface WebhookOptions {
  /** Accept loopback endpoints (127.0.0.0/8, ::1, localhost), over http too: for tests and local demos. Default false. */
  allowHttpLoopback?: boolean;
  /** Waits before each retry of a failed attempt, in ms; its length is the number of retries. Default 1 s, 5 s, 25 s. */
  retryDelaysMs?: readonly number[];
  /** How long a rotated-out secret keeps signing deliveries. Default 24 h. */
  secretGraceMs?: number;
  /** Runs retries and timeouts; `createScheduler(clock)` lets tests move time instead of waiting. Default: timers. */
  scheduler?: Scheduler;
  /** What sends the requests. Default: the global fetch, looked up per request. */
  fetch?: typeof fetch;
  /** The most bytes of an endpoint's answer kept in the delivery log. Default 4096. */
  responseBodyLimit?: number;
}

export type ResolvedWebhookOptions = Required<Omit<WebhookOptions, 'fetch'>> & Pick<WebhookOptions, 'fetch'>;

export function resolveWebhookOptions(options: WebhookOptions = {}): ResolvedWebhookOptions {
  return {
    allowHttpLoopback: options.allowHttpLoopback ?? false,
    retryDelaysMs: options.retryDelaysMs ?? [1000, 5000, 25_000],
    secretGraceMs: options.secretGraceMs ?? 24 * 60 * 60 * 1000,
    scheduler: options.scheduler ?? timerScheduler,
    fetch: options.fetch,
    responseBodyLimit: options.responseBodyLimit ?? 4096,
  };
}

/** What an attempt came to: the endpoint's answer, or why there was none. */
type Outcome =
  | { status: number; headers: Record<string, string>; body: string; truncated: boolean }
  | { error: 'timeout' | 'network_error' | 'redirect' | 'blocked_address' | 'endpoint_disabled' };

/** Retried: no answer, a timeout, an overloaded or failing endpoint. A redirect or a 4xx will not change. */
const retryable = (outcome: Outcome) => 'error' in outcome
  ? outcome.error === 'timeout' || outcome.error === 'network_error'
  : outcome.status === 429 || outcome.status >= 500;

const MAX_HEADERS_KEPT = 50;

/**
 * The delivery engine: turns events into signed POSTs to subscribed endpoints, retries failures with backoff,
 * and keeps each endpoint's delivery log. Attempts run outside the request that caused them; every change to a
 * delivery is synchronous, so readers see an attempt's result whole.
 */
export class WebhookDeliveries {
  readonly #running = new Set<Promise<void>>();
  readonly #retries = new Map<string, () => void>();

  constructor(
    private readonly state: { store: Store; clock: Clock; newId: (prefix: string) => string },
    readonly options: ResolvedWebhookOptions,
  ) {}

  /** Sends the event an audit entry stands for to every enabled endpoint of its workspace subscribed to it. */
  publishEntry(entry: AuditEntry): void {
    const event = eventOfEntry(entry);
    if (event && entry.workspaceId !== null) this.emit(entry.workspaceId, event.type, event.data);
  }

  /**
   * Publishes an event to the workspace's enabled endpoints subscribed to `type`; hosts call it for events of
   * their own product (`call.completed`…). Returns the event's id.
   */
  emit(workspaceId: string, type: string, data: EventData): string {
    const event = this.newEvent(workspaceId, type, data, false);
    for (const webhook of this.state.store.webhooks.ofWorkspace(workspaceId)) {
      if (webhook.enabled && webhook.events.includes(type)) this.deliver(webhook, event, 'event', null);
    }
    return event.id;
  }

  /** An event with a new id, and its body as it will be signed and sent. */
  newEvent(workspaceId: string, type: string, data: EventData, test: boolean): WebhookEventRecord {
    const body: WebhookEvent = { id: this.state.newId('evt'), type, createdAt: this.state.clock.now().toISOString(), workspaceId, test, data };
    return { id: body.id, type, body: JSON.stringify(body) };
  }

  /** Logs a delivery of `event` to `webhook` and starts its first attempt at once. */
  deliver(webhook: WebhookRecord, event: WebhookEventRecord, trigger: DeliveryRecord['trigger'], redeliveryOf: string | null): DeliveryRecord {
    const delivery = this.state.store.webhookDeliveries.insert({
      id: this.state.newId('dlv'),
      webhookId: webhook.id,
      workspaceId: webhook.workspaceId,
      event,
      trigger,
      redeliveryOf,
      status: 'pending',
      createdAt: this.state.clock.now().toISOString(),
      completedAt: null,
      nextAttemptAt: null,
      request: { url: webhook.url, headers: {}, body: event.body },
      response: null,
      attempts: [],
    });
    this.#run(delivery.id);
    return delivery;
  }

  /** Stops the retries of an endpoint's deliveries and forgets its log (the endpoint is being deleted). */
  forget(webhookId: string): void {
    for (const delivery of this.state.store.webhookDeliveries.ofWebhook(webhookId)) {
      this.#retries.get(delivery.id)?.();
      this.#retries.delete(delivery.id);
    }
    this.state.store.webhookDeliveries.deleteOf(webhookId);
  }

  /** Resolves once no attempt is in flight (retries waiting for their time do not count). For tests. */
  async settled(): Promise<void> {
    while (this.#running.size) await Promise.allSettled([...this.#running]);
  }

  #run(deliveryId: string): void {
    this.#retries.delete(deliveryId);
    const attempt = this.#attempt(deliveryId).finally(() => this.#running.delete(attempt));
    this.#running.add(attempt);
  }

  async #attempt(deliveryId: string): Promise<void> {
    const { store, clock } = this.state;
    const delivery = store.webhookDeliveries.get(deliveryId);
    const webhook = delivery && store.webhooks.get(delivery.webhookId);
    if (!delivery || !webhook) return;
    const at = clock.now();
    const started = performance.now();
    let outcome: Outcome;
    if (delivery.trigger === 'event' && !webhook.enabled) {
      outcome = { error: 'endpoint_disabled' };
    } else if (!checkWebhookUrl(webhook.url, this.options).ok) {
      outcome = { error: 'blocked_address' };
    } else {
      const request = await this.#signedRequest(webhook, delivery, at);
      // The request as sent, for the log; written before sending so that a reader never sees half of it.
      store.webhookDeliveries.update(delivery, { request });
      outcome = await this.#send(request, webhook.timeoutSeconds * 1000);
    }
    // The endpoint or the delivery may have been deleted while the request was out.
    if (!store.webhookDeliveries.get(deliveryId) || !store.webhooks.get(webhook.id)) return;
    this.#record(delivery, at, Math.round(performance.now() - started), outcome);
  }

  async #signedRequest(webhook: WebhookRecord, delivery: DeliveryRecord, at: Date): Promise<DeliveryRecord['request']> {
    const previous = webhook.previousSecret;
    const secrets = previous && Date.parse(previous.expiresAt) > at.getTime() ? [webhook.secret, previous.secret] : [webhook.secret];
    const timestamp = Math.floor(at.getTime() / 1000);
    const headers = {
      'content-type': 'application/json',
      'user-agent': 'teamkit-webhooks/1.0',
      'teamkit-event-id': delivery.event.id,
      'teamkit-event-type': delivery.event.type,
      'teamkit-delivery-id': delivery.id,
      [SIGNATURE_HEADER.toLowerCase()]: await signatureHeader(secrets, timestamp, delivery.event.body),
    };
    return { url: webhook.url, headers, body: delivery.event.body };
  }

  /** One POST, ended by the timeout (on the scheduler) if it has not answered, body included, by then. */
  async #send(request: DeliveryRecord['request'], timeoutMs: number): Promise<Outcome> {
    const controller = new AbortController();
    const cancelTimeout = this.options.scheduler.schedule(timeoutMs, () => controller.abort());
    try {
      const response = await (this.options.fetch ?? fetch)(request.url, {
        method: 'POST',
        headers: request.headers,
        body: request.body,
        // A redirect is the endpoint's answer, not an invitation to post elsewhere (an SSRF detour).
        redirect: 'manual',
        signal: controller.signal,
      });
      // Browsers hide a refused redirect as an opaque answer with status 0; Node shows the 3xx (logged as such).
      if (response.type === 'opaqueredirect') return { error: 'redirect' };
      const headers: Record<string, string> = {};
      for (const [name, value] of [...response.headers].slice(0, MAX_HEADERS_KEPT)) headers[name] = value.slice(0, 1024);
      const { body, truncated } = await readStart(response, this.options.responseBodyLimit);
      return { status: response.status, headers, body, truncated };
    } catch {
      return { error: controller.signal.aborted ? 'timeout' : 'network_error' };
    } finally {
      cancelTimeout();
    }
  }

  #record(delivery: DeliveryRecord, at: Date, durationMs: number, outcome: Outcome): void {
    const answered = 'status' in outcome;
    const attempt: WebhookAttempt = {
      at: at.toISOString(),
      responseStatus: answered ? outcome.status : null,
      durationMs,
      error: answered ? (outcome.status >= 300 && outcome.status < 400 ? 'redirect' : null) : outcome.error,
    };
    const attempts = [...delivery.attempts, attempt];
    const succeeded = answered && outcome.status >= 200 && outcome.status < 300;
    const delay = this.options.retryDelaysMs[attempts.length - 1];
    const retry = !succeeded && retryable(outcome) && delay !== undefined;
    const now = this.state.clock.now();
    this.state.store.webhookDeliveries.update(delivery, {
      attempts,
      status: succeeded ? 'succeeded' : retry ? 'pending' : 'failed',
      response: answered ? { headers: outcome.headers, body: outcome.body, truncated: outcome.truncated } : null,
      completedAt: retry ? null : now.toISOString(),
      nextAttemptAt: retry ? new Date(now.getTime() + delay).toISOString() : null,
    });
    if (retry) this.#retries.set(delivery.id, this.options.scheduler.schedule(delay, () => this.#run(delivery.id)));
  }
}

/** The first `limit` bytes of a body as text, and whether there was more; the rest is not read. */
async function readStart(response: Response, limit: number): Promise<{ body: string; truncated: boolean }> {
  if (!response.body) return { body: '', truncated: false };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    if (size > limit) {
      truncated = true;
      await reader.cancel().catch(() => undefined);
      break;
    }
  }
  const bytes = new Uint8Array(Math.min(size, limit));
  let offset = 0;
  for (const chunk of chunks) {
    const part = chunk.subarray(0, bytes.length - offset);
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  // A cut can split a character: decode leniently, the log is for reading.
  return { body: new TextDecoder().decode(bytes), truncated };
}
