import { msg, str } from '@lit/localize';
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { BillingSummary, UsageItem } from '../../sdk/index.js';
import type { BoundFormat } from '../shared/format.js';

/** Height of one bar's band in the chart, in px: its label line and the bar under it. */
const BAND = 40;

/** The usage types the API documents, in the reader's words; any other shows the provider's own label. */
function typeLabel(item: UsageItem): string {
  switch (item.type) {
    case 'call_minutes': return msg('Call minutes', { id: 'tk.billing-summary.usage.call_minutes' });
    case 'sms': return msg('SMS messages', { id: 'tk.billing-summary.usage.sms' });
    case 'ai_credits': return msg('AI credits', { id: 'tk.billing-summary.usage.ai_credits' });
    default: return item.label;
  }
}

/** "12,840 minutes", "1 message"; a unit the API does not document shows as it came. */
function quantityLabel(item: UsageItem, format: BoundFormat): string {
  const count = format.number(item.quantity);
  const one = format.plural(item.quantity) === 'one';
  switch (item.unit) {
    case 'minute': return one ? msg(str`${count} minute`, { id: 'tk.billing-summary.unit.minute_one' }) : msg(str`${count} minutes`, { id: 'tk.billing-summary.unit.minute' });
    case 'message': return one ? msg(str`${count} message`, { id: 'tk.billing-summary.unit.message_one' }) : msg(str`${count} messages`, { id: 'tk.billing-summary.unit.message' });
    case 'credit': return one ? msg(str`${count} credit`, { id: 'tk.billing-summary.unit.credit_one' }) : msg(str`${count} credits`, { id: 'tk.billing-summary.unit.credit' });
    default: return `${count} ${item.unit}`;
  }
}

/**
 * This period's usage: a bar per type, drawn with SVG and hidden from assistive technology, and the same
 * numbers as a table, which is what screen readers read and what the chart is drawn from. Bars compare cost,
 * the one measure every type shares (minutes, messages and credits do not add up).
 */
export function renderUsage(usage: BillingSummary['usage'], format: BoundFormat): TemplateResult {
  const period = msg(str`${format.date(usage.periodStart)} – ${format.date(usage.periodEnd)}`, { id: 'tk.billing-summary.period' });
  return html`<section class="card usage" part="usage" aria-labelledby="usage-heading">
    <div class="card-head">
      <h3 id="usage-heading">${msg('Usage this period', { id: 'tk.billing-summary.usage' })}</h3>
      <p class="muted" part="period">${period}</p>
    </div>
    ${usage.items.length
      ? html`${renderChart(usage.items, format)}${renderTable(usage, format)}`
      : html`<p class="muted" part="usage-empty">${msg('Nothing used yet this period.', { id: 'tk.billing-summary.usage_empty' })}</p>`}
  </section>`;
}

function renderChart(items: readonly UsageItem[], format: BoundFormat): TemplateResult {
  const most = Math.max(0, ...items.map((item) => item.amount.amount));
  return html`<svg class="chart" part="chart" aria-hidden="true" focusable="false" width="100%" height=${items.length * BAND}>
    ${items.map((item, index) => {
      const top = index * BAND;
      const share = most > 0 ? Math.max(0, item.amount.amount) / most : 0;
      return svg`<text class="chart-label" x="0" y=${top + 14}>${typeLabel(item)}</text>
        <text class="chart-value" x="100%" y=${top + 14} text-anchor="end">${format.minorMoney(item.amount)}</text>
        <rect class="chart-track" x="0" y=${top + 22} width="100%" height="10" rx="5"></rect>
        <rect class="chart-bar" part="chart-bar" x="0" y=${top + 22} width="${(share * 100).toFixed(2)}%" height="10" rx="5"></rect>`;
    })}
  </svg>`;
}

function renderTable(usage: BillingSummary['usage'], format: BoundFormat): TemplateResult {
  return html`<div class="table-wrap">
    <table part="table usage-table" aria-labelledby="usage-heading">
      <thead><tr>
        <th scope="col" part="column-header">${msg('Type', { id: 'tk.billing-summary.col.type' })}</th>
        <th scope="col" part="column-header" class="number">${msg('Used', { id: 'tk.billing-summary.col.used' })}</th>
        <th scope="col" part="column-header" class="number">${msg('Cost', { id: 'tk.billing-summary.col.cost' })}</th>
      </tr></thead>
      <tbody>${usage.items.map((item) => html`<tr part="row">
        <th scope="row" part="cell cell-type"><bdi>${typeLabel(item)}</bdi></th>
        <td part="cell cell-used" class="number">${quantityLabel(item, format)}</td>
        <td part="cell cell-cost" class="number">${format.minorMoney(item.amount)}</td>
      </tr>`)}</tbody>
      ${usage.items.length > 1 ? html`<tfoot><tr part="row total-row">
        <th scope="row" colspan="2">${msg('Total', { id: 'tk.billing-summary.total' })}</th>
        <td class="number">${format.minorMoney(usage.total)}</td>
      </tr></tfoot>` : nothing}
    </table>
  </div>`;
}
