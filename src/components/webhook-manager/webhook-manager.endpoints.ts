import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Webhook } from '../../sdk/index.js';
import type { BoundFormat } from '../shared/format.js';

export interface EndpointContext {
  format: BoundFormat;
  now: number;
  /** Which action runs on an endpoint, if any. */
  busyWith: (id: string) => string | undefined;
  setEnabled: (webhook: Webhook, enabled: boolean) => void;
  open: (webhook: Webhook) => void;
}

/** "member.added, member.removed and 2 more" — the first event types, then how many others. */
function eventSummary(events: readonly string[], format: BoundFormat): string {
  const shown = events.slice(0, 3);
  const more = events.length - shown.length;
  return more > 0
    ? format.list([...shown, msg(str`${format.number(more)} more`, { id: 'tk.webhook-manager.more' })])
    : format.list(shown);
}

/** The enabled switch, the same in the list and in an endpoint's page. */
export function renderSwitch(webhook: Webhook, context: EndpointContext, idPrefix: string): TemplateResult {
  const id = `${idPrefix}-${webhook.id}`;
  return html`<span class="switch">
    <input id=${id} type="checkbox" role="switch" part="input switch" .checked=${live(webhook.enabled)}
      aria-describedby="${idPrefix}-url-${webhook.id}"
      @change=${(event: Event) => context.setEnabled(webhook, (event.target as HTMLInputElement).checked)} />
    <label for=${id}>${msg('Enabled', { id: 'tk.webhook-manager.enabled' })}</label>
  </span>`;
}

export function enabledBadge(webhook: Webhook): TemplateResult {
  return webhook.enabled
    ? html`<span class="badge success" part="badge badge-enabled">${msg('Enabled', { id: 'tk.webhook-manager.enabled' })}</span>`
    : html`<span class="badge" part="badge badge-disabled">${msg('Disabled', { id: 'tk.webhook-manager.disabled' })}</span>`;
}

/** The endpoints as cards: a URL does not fit a table column at any width worth designing for. */
export function renderEndpointList(webhooks: readonly Webhook[], context: EndpointContext): TemplateResult {
  return html`<ul class="endpoints" part="list">${webhooks.map((webhook) => html`<li class="endpoint" part="item" data-id=${webhook.id}>
    <div class="endpoint-head">
      <p class="url" id="list-url-${webhook.id}" part="url"><bdi>${webhook.url}</bdi></p>
      ${enabledBadge(webhook)}
    </div>
    <p class="muted">${context.format.plural(webhook.events.length) === 'one'
      ? msg(str`${context.format.number(webhook.events.length)} event:`, { id: 'tk.webhook-manager.event_count_one' })
      : msg(str`${context.format.number(webhook.events.length)} events:`, { id: 'tk.webhook-manager.event_count' })}
      <span class="event-names">${eventSummary(webhook.events, context.format)}</span></p>
    <div class="endpoint-actions">
      ${renderSwitch(webhook, context, 'list')}
      <button type="button" part="action open" aria-describedby="list-url-${webhook.id}" @click=${() => context.open(webhook)}>${msg('Deliveries and settings', { id: 'tk.webhook-manager.open' })}</button>
    </div>
  </li>`)}</ul>`;
}

/** How the signing secret stands: never rotated, or rotated with the old one still signing until a time. */
export function secretStatus(webhook: Webhook, { format, now }: Pick<EndpointContext, 'format' | 'now'>): TemplateResult {
  const { secretRotatedAt, previousSecretExpiresAt } = webhook;
  if (!secretRotatedAt) {
    return html`${msg(str`Made when the endpoint was added, ${format.date(webhook.createdAt)}.`, { id: 'tk.webhook-manager.secret_original' })}`;
  }
  const rotated = format.relative(secretRotatedAt, now);
  return previousSecretExpiresAt && Date.parse(previousSecretExpiresAt) > now
    ? html`${msg(str`Rotated ${rotated}. The previous secret also signs deliveries until ${format.date(previousSecretExpiresAt, 'datetime')}.`, { id: 'tk.webhook-manager.secret_grace' })}`
    : html`${msg(str`Rotated ${rotated}.`, { id: 'tk.webhook-manager.secret_rotated' })}`;
}

