import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import type { Webhook } from '../../sdk/index.js';
import { isolate } from '../shared/format.js';
import { enabledBadge, renderSwitch, secretStatus, type EndpointContext } from './webhook-manager.endpoints.js';

export interface DetailContext extends EndpointContext {
  /** The "All endpoints" button. */
  back: TemplateResult;
  /** The event type the next test sends. */
  testType: string;
  chooseTest: (type: string) => void;
  sendTest: () => void;
  rotate: () => void;
  edit: () => void;
  remove: () => void;
  refreshLog: () => void;
  /** The delivery log, with its states and footer. */
  log: TemplateResult;
}

/** One endpoint's page: its settings, what can be done to it, and its delivery log. */
export function renderEndpointDetail(webhook: Webhook, context: DetailContext): TemplateResult {
  const { format } = context;
  const busy = context.busyWith(webhook.id);
  const testing = context.busyWith(`test:${webhook.id}`) !== undefined;
  const button = (verb: 'rotate' | 'edit' | 'delete', text: string, run: () => void, danger = false) => html`<button type="button"
    class=${danger ? 'danger-outline' : ''} part="action ${verb}" aria-disabled=${busy ? 'true' : 'false'} @click=${run}>${text}</button>`;
  return html`<div class="detail" part="detail" data-id=${webhook.id}>
    ${context.back}
    <div class="detail-head">
      <h3 class="url" id="detail-url-${webhook.id}" part="url" tabindex="-1"><bdi>${webhook.url}</bdi></h3>
      ${enabledBadge(webhook)}
    </div>
    ${renderSwitch(webhook, context, 'detail')}
    <dl class="facts">
      <div><dt>${msg('Events', { id: 'tk.webhook-manager.events' })}</dt><dd><ul class="event-list">${webhook.events.map((type) => html`<li><code>${type}</code></li>`)}</ul></dd></div>
      <div><dt>${msg('Signing secret', { id: 'tk.webhook-manager.secret_label' })}</dt><dd>${secretStatus(webhook, context)}</dd></div>
      <div><dt>${msg('Timeout', { id: 'tk.webhook-manager.timeout' })}</dt><dd>${msg(str`${format.number(webhook.timeoutSeconds)} s per attempt`, { id: 'tk.webhook-manager.timeout_value' })}</dd></div>
      <div><dt>${msg('Added', { id: 'tk.webhook-manager.added_on' })}</dt><dd>${webhook.createdBy
        ? msg(str`${format.date(webhook.createdAt)} by ${isolate(webhook.createdBy.name)}`, { id: 'tk.webhook-manager.added_by' })
        : format.date(webhook.createdAt)}</dd></div>
    </dl>
    <div class="detail-actions" part="actions">
      <div class="test">
        <label for="test-type">${msg('Test event', { id: 'tk.webhook-manager.test_type' })}</label>
        <div class="row">
          <select id="test-type" part="input select" @change=${(event: Event) => context.chooseTest((event.target as HTMLSelectElement).value)}>
            ${webhook.events.map((type) => html`<option value=${type} ?selected=${type === context.testType}>${type}</option>`)}
          </select>
          <button type="button" part="action test" aria-disabled=${testing ? 'true' : 'false'} @click=${context.sendTest}>${testing
            ? msg('Sending…', { id: 'tk.webhook-manager.sending' }) : msg('Send test event', { id: 'tk.webhook-manager.send_test' })}</button>
        </div>
      </div>
      <div class="row manage">
        ${button('rotate', busy === 'webhook-secret-rotate' ? msg('Rotating…', { id: 'tk.webhook-manager.rotating' }) : msg('Rotate secret', { id: 'tk.webhook-manager.rotate' }), context.rotate)}
        ${button('edit', msg('Edit', { id: 'tk.webhook-manager.edit' }), context.edit)}
        ${button('delete', busy === 'webhook-delete' ? msg('Deleting…', { id: 'tk.webhook-manager.deleting' }) : msg('Delete', { id: 'tk.webhook-manager.delete' }), context.remove, true)}
      </div>
    </div>
    <section class="log" part="log" aria-labelledby="log-title">
      <div class="log-head">
        <h4 id="log-title">${msg('Delivery log', { id: 'tk.webhook-manager.log' })}</h4>
        <button type="button" part="refresh" @click=${context.refreshLog}>${msg('Refresh', { id: 'tk.webhook-manager.refresh' })}</button>
      </div>
      ${context.log}
    </section>
  </div>`;
}
