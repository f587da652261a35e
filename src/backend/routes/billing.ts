import * as s from '../../sdk/schemas/index.js';
import { accessWorkspace, requirePermission, type WorkspaceAccess } from '../access.js';
import type { Context, HandlerTable } from '../context.js';
import { seatLimitOf } from '../limits.js';
import { listPage } from '../pagination.js';
import { seatsUsed } from '../seats.js';
import { billingView, invoiceView } from '../views.js';

function billingViewer(ctx: Context): WorkspaceAccess {
  const access = accessWorkspace(ctx);
  requirePermission(access, 'billing:view');
  return access;
}

/** `/workspaces/{id}/billing`: what the workspace pays for and has, read-only. */
export const billingHandlers: HandlerTable = {
  getBilling(ctx) {
    const { workspace } = billingViewer(ctx);
    const seats = { used: seatsUsed(ctx.store, workspace.id, ctx.now()), limit: seatLimitOf(ctx.state.limits, workspace.plan) };
    return { body: billingView(workspace, ctx.store.billing.get(workspace.id), seats, ctx.state.clock.now()) };
  },

  listInvoices(ctx) {
    const { workspace } = billingViewer(ctx);
    const { cursor, limit, status } = ctx.query(s.InvoiceQuery);
    const billing = ctx.store.billing.get(workspace.id);
    const invoices = (billing?.invoices ?? []).filter((invoice) => status === undefined || invoice.status === status).reverse();
    const page = listPage(invoices, { cursor, limit }, (invoice) => invoice.id, true);
    return { body: { ...page, items: page.items.map((invoice) => invoiceView(invoice, workspace.currency)) } };
  },
};
