import { msg, str } from '@lit/localize';
import type { Client, Webhook, WebhookDelivery, WebhookWithSecret } from '../../sdk/index.js';
import type { ConfirmController } from '../shared/confirm-controller.js';
import { ActionController } from '../shared/controllers/action-controller.js';
import type { TeamkitHost } from '../shared/controllers/host.js';
import type { ListController } from '../shared/controllers/list-controller.js';
import type { OneTimeSecretController } from '../shared/one-time-secret.js';
import type { DeliveryContext } from './webhook-manager.deliveries.js';
import {
  BeforeWebhookCreateEvent, BeforeWebhookDeleteEvent, BeforeWebhookRedeliverEvent, BeforeWebhookSecretRotateEvent, BeforeWebhookTestEvent,
  BeforeWebhookUpdateEvent, WebhookCreatedEvent, WebhookDeletedEvent, WebhookRedeliveredEvent, WebhookSecretRotatedEvent, WebhookTestSentEvent,
  WebhookUpdatedEvent,
} from './webhook-manager.events.js';
import type { EndpointForm } from './webhook-manager.form.js';

type Editable<T> = Pick<ListController<T, readonly unknown[]>, 'get' | 'insert' | 'replace' | 'remove' | 'optimistic'>;

export interface WebhookActionDeps {
  client: () => Client | undefined;
  workspaceId: () => string | undefined;
  list: Editable<Webhook>;
  deliveries: Editable<WebhookDelivery>;
  /** The confirmation, loaded if it was not yet. */
  confirm: () => Promise<ConfirmController>;
  /** The secret dialog, loaded if it was not yet: asked for before any secret is made. */
  secret: () => Promise<OneTimeSecretController>;
  /** An endpoint changed that the list may not hold (one opened by a link): read it again. */
  reread: () => void;
  /** An endpoint was deleted: leave its page. */
  forget: (webhook: Webhook) => void;
}

/** The endpoint as everything but the one-time dialog sees it: without its secret. */
function withoutSecret({ secret: _secret, ...webhook }: WebhookWithSecret): Webhook {
  return webhook;
}

/** A pending delivery is read again after 1 s, then less and less often, for at most this long. */
const FOLLOW_FOR_MS = 120_000;

/**
 * What `<webhook-manager>` does to endpoints and deliveries, each through the shared `ActionController`
 * (before-event, busy, call, after-event, announcement, notice, `tk-error`): add or edit, enable or disable
 * (optimistic), rotate the secret and delete (confirmed), send a test event and redeliver — then follow the new
 * delivery until the endpoint answered, so its log shows the outcome without a reload.
 */
export class WebhookActions {
  readonly actions: ActionController;
  readonly #timers = new Set<ReturnType<typeof setTimeout>>();
  #abort = new AbortController();

  constructor(private readonly host: TeamkitHost, private readonly deps: WebhookActionDeps) {
    this.actions = new ActionController(host);
    host.addController({ hostDisconnected: () => this.stopFollowing() });
  }

  #target(): { client: Client; workspaceId: string } | undefined {
    const client = this.deps.client();
    const workspaceId = this.deps.workspaceId();
    return client && workspaceId ? { client, workspaceId } : undefined;
  }

  #store(webhook: Webhook): void {
    if (this.deps.list.get(webhook.id)) this.deps.list.replace(webhook.id, webhook);
    else this.deps.reread();
  }

  /** Turns deliveries on or off at once on screen; undone if the server refuses. */
  setEnabled(webhook: Webhook, enabled: boolean): Promise<unknown> {
    const target = this.#target();
    if (!target || this.actions.busy(webhook.id)) {
      this.host.requestUpdate();
      return Promise.resolve();
    }
    const patch = { enabled };
    const { url } = webhook;
    return this.actions.run({
      key: webhook.id,
      before: () => new BeforeWebhookUpdateEvent(webhook, patch),
      call: (signal) => this.deps.list.optimistic(this.deps.list.replace(webhook.id, { ...webhook, enabled }),
        target.client.webhooks.update(target.workspaceId, webhook.id, patch, { signal })),
      after: (updated) => {
        this.#store(updated);
        return new WebhookUpdatedEvent(updated);
      },
      action: 'webhook-update',
      success: {
        announce: enabled ? msg(str`Deliveries to ${url} turned on`, { id: 'tk.webhook-manager.enabled_notice' })
          : msg(str`Deliveries to ${url} turned off`, { id: 'tk.webhook-manager.disabled_notice' }),
        notice: false,
      },
      failure: enabled ? msg(str`Couldn't turn on deliveries to ${url}`, { id: 'tk.webhook-manager.enable_failed' })
        : msg(str`Couldn't turn off deliveries to ${url}`, { id: 'tk.webhook-manager.disable_failed' }),
    }).finally(() => this.host.requestUpdate());
  }

  /** Adds the endpoint the form describes (then shows its secret once) or saves the one it edits. */
  async save(endpoint: EndpointForm, hide: () => Promise<void>): Promise<boolean> {
    const target = this.#target();
    if (!target || this.actions.busy('save')) return false;
    const { client, workspaceId } = target;
    const editing = endpoint.editing;
    const secretDialog = await this.deps.secret();
    let saved: Webhook | undefined;
    let secret: string | undefined;
    const ok = await endpoint.form.submit(async (input) => {
      if (editing) {
        const patch = { url: input.url, events: input.events };
        saved = await this.actions.run({
          key: 'save',
          before: () => new BeforeWebhookUpdateEvent(editing, patch),
          call: (signal) => client.webhooks.update(workspaceId, editing.id, patch, { signal }),
          after: (updated) => {
            this.#store(updated);
            return new WebhookUpdatedEvent(updated);
          },
          action: 'webhook-update',
          success: { announce: msg('Endpoint saved', { id: 'tk.webhook-manager.saved' }) },
        });
        return;
      }
      const created = await this.actions.run({
        key: 'save',
        before: () => new BeforeWebhookCreateEvent(input),
        call: (signal) => client.webhooks.create(workspaceId, input, { signal }),
        after: (answer) => {
          const shown = withoutSecret(answer);
          this.deps.list.insert(shown);
          return new WebhookCreatedEvent(shown);
        },
        action: 'webhook-create',
        success: (answer) => ({
          announce: msg(str`Endpoint ${answer.url} added`, { id: 'tk.webhook-manager.added' }),
          notice: { detail: msg('Send it a test event from its page to check that it receives deliveries.', { id: 'tk.webhook-manager.added_detail' }) },
        }),
      });
      if (created) {
        saved = withoutSecret(created);
        secret = created.secret;
      }
    });
    if (!ok || !saved) return false;
    await hide();
    if (secret !== undefined) {
      await secretDialog.show({
        title: msg('Signing secret of the new endpoint', { id: 'tk.webhook-manager.secret_title' }),
        description: msg('Your endpoint uses it to check that each delivery comes from us and was not changed: see "Verify signatures".', { id: 'tk.webhook-manager.secret_description' }),
        label: msg('Signing secret', { id: 'tk.webhook-manager.secret_label' }),
        secret,
      });
    }
    return true;
  }

  /** After confirming: a new signing secret, shown once; the old one keeps signing for the grace period. */
  async rotate(webhook: Webhook): Promise<void> {
    const target = this.#target();
    if (!target || this.actions.busy(webhook.id)) return;
    const confirm = await this.deps.confirm();
    const confirmed = await confirm.ask({
      title: msg('Rotate the signing secret?', { id: 'tk.webhook-manager.rotate_title' }),
      message: msg('A new secret signs deliveries from now on. The current one keeps signing them too for a grace period, so that your endpoint can switch without missing any. Rotate twice to retire a leaked secret at once.', { id: 'tk.webhook-manager.rotate_message' }),
      confirmLabel: msg('Rotate secret', { id: 'tk.webhook-manager.rotate_confirm' }),
    });
    if (!confirmed) return;
    const secretDialog = await this.deps.secret();
    const rotated = await this.actions.run({
      key: webhook.id,
      before: () => new BeforeWebhookSecretRotateEvent(webhook),
      call: (signal) => target.client.webhooks.rotateSecret(target.workspaceId, webhook.id, { signal }),
      after: (answer) => {
        const shown = withoutSecret(answer);
        this.#store(shown);
        return new WebhookSecretRotatedEvent(shown);
      },
      action: 'webhook-secret-rotate',
      success: { announce: msg('New signing secret made', { id: 'tk.webhook-manager.rotated' }), notice: false },
      failure: msg("Couldn't rotate the signing secret", { id: 'tk.webhook-manager.rotate_failed' }),
    });
    if (!rotated) return;
    const until = rotated.previousSecretExpiresAt;
    await secretDialog.show({
      title: msg('New signing secret', { id: 'tk.webhook-manager.new_secret_title' }),
      description: msg('Give it to your endpoint: deliveries are signed with it from now on.', { id: 'tk.webhook-manager.new_secret_description' }),
      label: msg('Signing secret', { id: 'tk.webhook-manager.secret_label' }),
      secret: rotated.secret,
      ...(until ? { detail: msg(str`The previous secret also signs deliveries until ${this.host.format.date(until, 'datetime')}; after that, only the new one does.`, { id: 'tk.webhook-manager.grace' }) } : {}),
    });
  }

  /** After confirming: deletes the endpoint and its log. */
  async remove(webhook: Webhook): Promise<void> {
    const target = this.#target();
    if (!target || this.actions.busy(webhook.id)) return;
    const confirm = await this.deps.confirm();
    const confirmed = await confirm.ask({
      title: msg('Delete this endpoint?', { id: 'tk.webhook-manager.delete_title' }),
      message: msg(str`Nothing more is sent to ${webhook.url}, retries still due are dropped, and its delivery log is deleted.`, { id: 'tk.webhook-manager.delete_message' }),
      confirmLabel: msg('Delete endpoint', { id: 'tk.webhook-manager.delete_confirm' }),
      danger: true,
    });
    if (!confirmed) return;
    await this.actions.run({
      key: webhook.id,
      before: () => new BeforeWebhookDeleteEvent(webhook),
      call: (signal) => target.client.webhooks.delete(target.workspaceId, webhook.id, { signal }),
      after: () => {
        this.deps.list.remove(webhook.id);
        this.deps.forget(webhook);
        return new WebhookDeletedEvent(webhook);
      },
      action: 'webhook-delete',
      success: { announce: msg(str`Endpoint ${webhook.url} deleted`, { id: 'tk.webhook-manager.deleted' }) },
      failure: msg(str`Couldn't delete ${webhook.url}`, { id: 'tk.webhook-manager.delete_failed' }),
    });
  }

  /** Sends a sample `eventType` event; the log shows the delivery, followed until the endpoint answers. */
  async sendTest(webhook: Webhook, eventType: string): Promise<void> {
    const target = this.#target();
    if (!target || !eventType) return;
    await this.actions.run({
      key: `test:${webhook.id}`,
      before: () => new BeforeWebhookTestEvent(webhook, eventType),
      call: (signal) => target.client.webhooks.sendTest(target.workspaceId, webhook.id, eventType, { signal }),
      after: (delivery) => {
        this.deps.deliveries.insert(delivery);
        this.#follow(delivery);
        return new WebhookTestSentEvent(delivery);
      },
      action: 'webhook-test',
      success: {
        announce: msg(str`Test event ${eventType} sent`, { id: 'tk.webhook-manager.test_sent' }),
        notice: { detail: msg('It is in the delivery log below, which shows the answer as soon as it comes.', { id: 'tk.webhook-manager.test_sent_detail' }) },
      },
      failure: msg(str`Couldn't send the test event ${eventType}`, { id: 'tk.webhook-manager.test_failed' }),
    });
  }

  /** Sends a delivery's event again (same id, signed anew) as a new delivery. Resolves to it. */
  async redeliver(delivery: WebhookDelivery): Promise<WebhookDelivery | undefined> {
    const target = this.#target();
    if (!target || this.actions.busy(delivery.id)) return undefined;
    return this.actions.run({
      key: delivery.id,
      before: () => new BeforeWebhookRedeliverEvent(delivery),
      call: (signal) => target.client.webhooks.redeliver(target.workspaceId, delivery.webhookId, delivery.id, { signal }),
      after: (next) => {
        this.deps.deliveries.insert(next);
        this.#follow(next);
        return new WebhookRedeliveredEvent(next);
      },
      action: 'webhook-redeliver',
      success: { announce: msg(str`Event ${delivery.eventType} sent again`, { id: 'tk.webhook-manager.redelivered' }) },
      failure: msg(str`Couldn't send the ${delivery.eventType} event again`, { id: 'tk.webhook-manager.redeliver_failed' }),
      focus: () => this.host.renderRoot.querySelector<HTMLElement>(`tr[data-id="${CSS.escape(delivery.id)}"] th`),
    });
  }

  /** What the delivery log needs from here: which delivery is busy, and redeliver. */
  logContext(view: (delivery: WebhookDelivery) => void): DeliveryContext {
    return { format: this.host.format, busyWith: (id) => this.actions.busyWith(id), view, redeliver: (delivery) => void this.redeliver(delivery) };
  }

  /** Reads a pending delivery again, after 1 s, then 2, 4 and 8 s between reads, until it is settled. */
  #follow(delivery: WebhookDelivery): void {
    if (delivery.status !== 'pending') return;
    const until = Date.now() + FOLLOW_FOR_MS;
    const { signal } = this.#abort;
    const read = (wait: number) => {
      const timer = setTimeout(async () => {
        this.#timers.delete(timer);
        const target = this.#target();
        if (!target) return;
        try {
          const latest = await target.client.webhooks.delivery(target.workspaceId, delivery.webhookId, delivery.id, { signal });
          this.deps.deliveries.replace(latest.id, latest);
          if (latest.status === 'pending' && Date.now() < until) read(Math.min(wait * 2, 8000));
        } catch {
          // Following is a courtesy: the log's Refresh reads it again.
        }
      }, wait);
      this.#timers.add(timer);
    };
    read(1000);
  }

  /** Stops following deliveries (another endpoint opened, or the element left the page). */
  stopFollowing(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    this.#abort.abort();
    this.#abort = new AbortController();
  }
}
