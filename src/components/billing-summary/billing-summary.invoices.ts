import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import type { Invoice, InvoiceStatus } from '../../sdk/index.js';
import type { BoundFormat } from '../shared/format.js';

const STATUS_TONE: Record<InvoiceStatus, string> = { paid: 'success', open: 'accent', void: '', uncollectible: 'danger' };

function statusLabel(status: InvoiceStatus): string {
  switch (status) {
    case 'paid': return msg('Paid', { id: 'tk.billing-summary.status.paid' });
    case 'open': return msg('Open', { id: 'tk.billing-summary.status.open' });
    case 'void': return msg('Void', { id: 'tk.billing-summary.status.void' });
    case 'uncollectible': return msg('Uncollectible', { id: 'tk.billing-summary.status.uncollectible' });
    default: return status;
  }
}

/**
 * The invoice's PDF link if it is one a page may follow: a web address, a blob, or a `data:` PDF (the reference
 * backend's). Anything else (a `javascript:` URL from a compromised provider) gets no link.
 */
function pdfHref(url: string): string | undefined {
  try {
    const { protocol } = new URL(url, document.baseURI);
    if (protocol === 'https:' || protocol === 'http:' || protocol === 'blob:') return url;
    return protocol === 'data:' && /^data:application\/pdf[;,]/i.test(url) ? url : undefined;
  } catch {
    return undefined;
  }
}

/** A file name for the PDF from the invoice's number, without characters a file system refuses. */
const fileName = (invoice: Invoice) => `${invoice.number.replace(/[\\/:*?"<>|\p{Cc}]+/gu, '-').slice(0, 120) || invoice.id}.pdf`;

/** The columns' names: headers of the table, and labels of each value where rows become cards. */
function columns() {
  return {
    number: msg('Invoice', { id: 'tk.billing-summary.col.invoice' }),
    date: msg('Date', { id: 'tk.billing-summary.col.date' }),
    amount: msg('Amount', { id: 'tk.billing-summary.col.amount' }),
    status: msg('Status', { id: 'tk.billing-summary.col.status' }),
    pdf: msg('PDF', { id: 'tk.billing-summary.col.pdf' }),
  };
}

/**
 * The invoices loaded so far, newest first. The PDF link carries `download` with the invoice's number as the
 * file name: browsers refuse to open a `data:` PDF as a page, but save it.
 */
export function renderInvoices(invoices: readonly Invoice[], format: BoundFormat, busy: boolean): TemplateResult {
  const names = columns();
  return html`<div class="table-wrap">
    <table part="table invoice-table" aria-labelledby="invoices-heading" aria-busy=${busy ? 'true' : 'false'}>
      <thead><tr>${(['number', 'date', 'amount', 'status', 'pdf'] as const).map((column) => html`<th scope="col"
        part="column-header column-header-${column}" class=${column === 'amount' ? 'number' : ''}>${names[column]}</th>`)}</tr></thead>
      <tbody>${invoices.map((invoice) => renderInvoice(invoice, format, names))}</tbody>
    </table>
  </div>`;
}

function renderInvoice(invoice: Invoice, format: BoundFormat, names: ReturnType<typeof columns>): TemplateResult {
  const href = pdfHref(invoice.pdfUrl);
  const tone = STATUS_TONE[invoice.status];
  return html`<tr part="row" data-id=${invoice.id}>
    <th scope="row" part="cell cell-number" tabindex="-1"><bdi>${invoice.number}</bdi></th>
    <td part="cell cell-date" data-label=${names.date}><time datetime=${invoice.issuedAt}>${format.date(invoice.issuedAt)}</time></td>
    <td part="cell cell-amount" class="number" data-label=${names.amount}>${format.minorMoney(invoice.amount)}</td>
    <td part="cell cell-status"><span class="badge ${tone}" part="badge badge-${invoice.status}">${statusLabel(invoice.status)}</span></td>
    <td part="cell cell-pdf">${href
      ? html`<a part="pdf-link" href=${href} download=${fileName(invoice)}>${msg('Download PDF', { id: 'tk.billing-summary.pdf' })}<span
          class="visually-hidden"> <bdi>${invoice.number}</bdi></span></a>`
      : html`<span class="muted">${msg('No PDF', { id: 'tk.billing-summary.no_pdf' })}</span>`}</td>
  </tr>`;
}
