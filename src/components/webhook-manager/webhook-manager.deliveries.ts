import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { WebhookDelivery, WebhookDeliveryStatus } from '../../sdk/index.js';
import type { BoundFormat } from '../shared/format.js';

export interface DeliveryContext {
  format: BoundFormat;
  /** Which action runs on a delivery, if any. */
  busyWith: (id: string) => string | undefined;
  view: (delivery: WebhookDelivery) => void;
  redeliver: (delivery: WebhookDelivery) => void;
}

const durations = new Map<string, Intl.NumberFormat>();

/** "120 ms" in the reader's locale. */
export function duration(ms: number, format: BoundFormat): string {
  const { locale } = format.settings;
  let formatter = durations.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'unit', unit: 'millisecond', unitDisplay: 'short' });
    durations.set(locale, formatter);
  }
  return formatter.format(ms);
}

export function statusLabel(status: WebhookDeliveryStatus): string {
  switch (status) {
    case 'pending': return msg('Pending', { id: 'tk.webhook-manager.status_pending' });
    case 'succeeded': return msg('Succeeded', { id: 'tk.webhook-manager.status_succeeded' });
    case 'failed': return msg('Failed', { id: 'tk.webhook-manager.status_failed' });
  }
}

const TONE: Record<WebhookDeliveryStatus, string> = { pending: 'accent', succeeded: 'success', failed: 'danger' };

export function statusBadge(status: WebhookDeliveryStatus): TemplateResult {
  return html`<span class="badge ${TONE[status]}" part="badge badge-${status}">${statusLabel(status)}</span>`;
}

/** What an attempt came to without a usable answer, in words (the delivery log's `error`). */
function errorLabel(error: string): string {
  switch (error) {
    case 'timeout': return msg('Timed out', { id: 'tk.webhook-manager.error_timeout' });
    case 'network_error': return msg("Couldn't connect", { id: 'tk.webhook-manager.error_network' });
    case 'redirect': return msg('Redirect, not followed', { id: 'tk.webhook-manager.error_redirect' });
    case 'blocked_address': return msg('Address refused', { id: 'tk.webhook-manager.error_blocked' });
    case 'endpoint_disabled': return msg('Endpoint disabled', { id: 'tk.webhook-manager.error_disabled' });
    default: return error;
  }
}

/** The endpoint's answer: its status code, why there was none, or a dash while none was tried. */
export function responseText(responseStatus: number | null, error: string | null): string {
  if (responseStatus !== null && error === null) return String(responseStatus);
  if (error !== null) return responseStatus === null ? errorLabel(error) : `${responseStatus} · ${errorLabel(error)}`;
  return '—';
}

function triggerLabel(delivery: WebhookDelivery): string | undefined {
  if (delivery.trigger === 'test') return msg('Test', { id: 'tk.webhook-manager.trigger_test' });
  if (delivery.trigger === 'redelivery') return msg('Redelivery', { id: 'tk.webhook-manager.trigger_redelivery' });
  return undefined;
}

const COLUMNS = ['time', 'event', 'status', 'response', 'duration', 'actions'] as const;

function columnName(column: (typeof COLUMNS)[number]): string {
  switch (column) {
    case 'time': return msg('Time', { id: 'tk.webhook-manager.column_time' });
    case 'event': return msg('Event', { id: 'tk.webhook-manager.column_event' });
    case 'status': return msg('Status', { id: 'tk.webhook-manager.column_status' });
    case 'response': return msg('Response', { id: 'tk.webhook-manager.column_response' });
    case 'duration': return msg('Duration', { id: 'tk.webhook-manager.column_duration' });
    case 'actions': return msg('Actions', { id: 'tk.webhook-manager.column_actions' });
  }
}

/** The delivery log as a table; a narrow container lays each delivery out as a card. */
export function renderDeliveryTable(deliveries: readonly WebhookDelivery[], context: DeliveryContext): TemplateResult {
  return html`<div class="table-wrap" part="table-wrap">
    <table part="table" role="table">
      <caption class="visually-hidden">${msg('Delivery log', { id: 'tk.webhook-manager.log' })}</caption>
      <thead role="rowgroup"><tr role="row">${COLUMNS.map((column) => html`<th scope="col" role="columnheader"
        part="column-header column-header-${column}">${column === 'actions'
          ? html`<span class="visually-hidden">${columnName(column)}</span>` : columnName(column)}</th>`)}</tr></thead>
      <tbody role="rowgroup">${deliveries.map((delivery) => renderDelivery(delivery, context))}</tbody>
    </table>
  </div>`;
}

function renderDelivery(delivery: WebhookDelivery, context: DeliveryContext): TemplateResult {
  const { format } = context;
  const trigger = triggerLabel(delivery);
  const busy = context.busyWith(delivery.id) === 'webhook-redeliver';
  return html`<tr part="row" role="row" data-id=${delivery.id}>
    <th scope="row" role="rowheader" part="cell cell-time" tabindex="-1"><time datetime=${delivery.createdAt}>${format.date(delivery.createdAt, 'datetime')}</time></th>
    <td role="cell" part="cell cell-event" data-label=${columnName('event')}><code>${delivery.eventType}</code>${trigger
      ? html` <span class="badge" part="badge badge-${delivery.trigger}">${trigger}</span>` : nothing}</td>
    <td role="cell" part="cell cell-status" data-label=${columnName('status')}>${statusBadge(delivery.status)}</td>
    <td role="cell" part="cell cell-response" data-label=${columnName('response')}>${responseText(delivery.responseStatus, delivery.error)}</td>
    <td role="cell" part="cell cell-duration" data-label=${columnName('duration')}>${delivery.durationMs === null ? '—' : duration(delivery.durationMs, format)}</td>
    <td role="cell" class="actions" part="cell cell-actions"><div class="row-actions">
      <button type="button" part="action view" aria-label=${msg(str`Details of the ${delivery.eventType} delivery of ${format.date(delivery.createdAt, 'datetime')}`, { id: 'tk.webhook-manager.view_label' })}
        @click=${() => context.view(delivery)}>${msg('Details', { id: 'tk.webhook-manager.view' })}</button>
      <button type="button" part="action redeliver" aria-disabled=${busy ? 'true' : 'false'}
        aria-label=${busy ? nothing : msg(str`Redeliver the ${delivery.eventType} event of ${format.date(delivery.createdAt, 'datetime')}`, { id: 'tk.webhook-manager.redeliver_label' })}
        @click=${() => context.redeliver(delivery)}>${busy ? msg('Redelivering…', { id: 'tk.webhook-manager.redelivering' }) : msg('Redeliver', { id: 'tk.webhook-manager.redeliver' })}</button>
    </div></td>
  </tr>`;
}

/** Headers as a receiver reads them, one per line. */
const headerLines = (headers: Record<string, string>) => Object.entries(headers).map(([name, value]) => `${name}: ${value}`).join('\n');

/** Our own JSON, indented to be read; anything else exactly as it is. */
function readable(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

/** Untrusted text from a log, shown as text in a box that scrolls (and takes focus, to scroll from the keyboard). */
function block(label: string, text: string, part: string): TemplateResult {
  return html`<pre class="body" part="code ${part}" tabindex="0" role="region" aria-label=${label}>${text}</pre>`;
}

/** One delivery in full: its attempts, the request sent and the answer received. */
export function renderDeliveryDetail(delivery: WebhookDelivery, format: BoundFormat): TemplateResult {
  const { request, response } = delivery;
  const trigger = triggerLabel(delivery);
  return html`<dl class="facts">
      <div><dt>${msg('Status', { id: 'tk.webhook-manager.column_status' })}</dt><dd>${statusBadge(delivery.status)}${trigger ? html` <span class="badge">${trigger}</span>` : nothing}</dd></div>
      <div><dt>${msg('Sent', { id: 'tk.webhook-manager.sent' })}</dt><dd><time datetime=${delivery.createdAt}>${format.date(delivery.createdAt, 'datetime')}</time></dd></div>
      <div><dt>${msg('Response', { id: 'tk.webhook-manager.column_response' })}</dt><dd>${responseText(delivery.responseStatus, delivery.error)}</dd></div>
      ${delivery.nextAttemptAt ? html`<div><dt>${msg('Next attempt', { id: 'tk.webhook-manager.next_attempt' })}</dt><dd><time datetime=${delivery.nextAttemptAt}>${format.date(delivery.nextAttemptAt, 'datetime')}</time></dd></div>` : nothing}
      <div><dt>${msg('Event id', { id: 'tk.webhook-manager.event_id' })}</dt><dd><code>${delivery.eventId}</code></dd></div>
    </dl>
    <h3>${msg('Attempts', { id: 'tk.webhook-manager.attempts' })}</h3>
    ${delivery.attempts.length === 0
      ? html`<p class="muted">${msg('Not tried yet.', { id: 'tk.webhook-manager.no_attempts' })}</p>`
      : html`<ol class="attempts" part="attempts">${delivery.attempts.map((attempt) => html`<li>
        <time datetime=${attempt.at}>${format.date(attempt.at, 'datetime')}</time> · ${responseText(attempt.responseStatus, attempt.error)} · ${duration(attempt.durationMs, format)}</li>`)}</ol>`}
    <h3>${msg('Request', { id: 'tk.webhook-manager.request' })}</h3>
    <p class="request-line"><code>POST <bdi>${request.url}</bdi></code></p>
    ${block(msg('Request headers', { id: 'tk.webhook-manager.request_headers' }), headerLines(request.headers), 'request-headers')}
    ${block(msg('Request body', { id: 'tk.webhook-manager.request_body' }), readable(request.body), 'request-body')}
    <h3>${msg('Response', { id: 'tk.webhook-manager.column_response' })}</h3>
    ${response ? html`${block(msg('Response headers', { id: 'tk.webhook-manager.response_headers' }), headerLines(response.headers), 'response-headers')}
      ${block(msg('Response body', { id: 'tk.webhook-manager.response_body' }), response.body, 'response-body')}
      ${response.truncated ? html`<p class="muted">${msg('Only the start of the answer is kept.', { id: 'tk.webhook-manager.truncated' })}</p>` : nothing}`
      : html`<p class="muted">${delivery.error ? msg(str`No answer: ${responseText(null, delivery.error)}.`, { id: 'tk.webhook-manager.no_response' })
        : msg('No answer yet.', { id: 'tk.webhook-manager.no_response_yet' })}</p>`}`;
}

export interface DeliveryDialogContext {
  format: BoundFormat;
  /** The dialog's heading id, for its `aria-labelledby`. */
  titleId: string;
  redeliver: () => void;
  close: () => void;
}

/** The delivery dialog's content: the delivery in full, with Redeliver and Close. */
export function renderDeliveryDialog(delivery: WebhookDelivery, context: DeliveryDialogContext): TemplateResult {
  return html`<h2 id=${context.titleId} part="dialog-title">${msg(str`Delivery of ${delivery.eventType}`, { id: 'tk.webhook-manager.delivery_title' })}</h2>
    ${renderDeliveryDetail(delivery, context.format)}
    <div class="actions" part="actions">
      <button type="button" part="action redeliver" @click=${context.redeliver}>${msg('Redeliver', { id: 'tk.webhook-manager.redeliver' })}</button>
      <button type="button" class="primary" part="close" @click=${context.close}>${msg('Close', { id: 'tk.webhook-manager.close' })}</button>
    </div>`;
}
