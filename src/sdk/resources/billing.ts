import type { CallOptions, Http } from '../http.js';
import { seg, validateInput } from '../http.js';
import { paginate } from '../pagination.js';
import * as s from '../schemas/index.js';

const base = (workspaceId: string) => `workspaces/${seg(workspaceId, 'workspaceId')}/billing`;

/**
 * A workspace's billing, read-only (needs `billing:view`). Every amount is a `Money`: an integer of the
 * currency's minor unit and its ISO 4217 code.
 */
export class BillingResource {
  constructor(private readonly http: Http) {}

  /** Plan and cycle, seats used and limit, wallet balance with its low-balance flag, and this period's usage. */
  async get(workspaceId: string, options: CallOptions = {}): Promise<s.BillingSummary> {
    return this.http.call('GET', base(workspaceId), s.BillingSummary, options);
  }

  /** One page of invoices, newest first. */
  async invoices(workspaceId: string, query: s.InvoiceQuery = {}, options: CallOptions = {}): Promise<s.Page<s.Invoice>> {
    const q = validateInput(s.InvoiceQuery, query);
    return this.http.call('GET', `${base(workspaceId)}/invoices`, s.page(s.Invoice), { ...options, query: q });
  }

  iterateInvoices(workspaceId: string, query: Omit<s.InvoiceQuery, 'cursor'> = {}, options: CallOptions = {}): AsyncGenerator<s.Invoice, void, undefined> {
    return paginate((cursor) => this.invoices(workspaceId, { ...query, cursor }, options));
  }
}
