import type { BackendState } from './context.js';
import type { InvoiceRecord, UsageRecord, WorkspaceRecord } from './store.js';

/** The first instant of the month `monthsFromNow` away from `now`'s month, in UTC. */
function monthStart(now: Date, monthsFromNow: number): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + monthsFromNow, 1));
}

const iso = (date: Date) => date.toISOString();
const DAY = 24 * 60 * 60 * 1000;

/** Monthly invoices for the `count` months before `now`'s, newest marked open, one void, one uncollectible. */
function monthlyInvoices(workspace: WorkspaceRecord, prefix: string, now: Date, count: number, amountOf: (month: number) => number): InvoiceRecord[] {
  const invoices: InvoiceRecord[] = [];
  for (let month = count; month >= 1; month--) {
    const issued = monthStart(now, 1 - month);
    const sequence = String(count - month + 1).padStart(4, '0');
    invoices.push({
      id: `in_${workspace.id}_${sequence}`,
      number: `${prefix}-${issued.getUTCFullYear()}-${sequence}`,
      issuedAt: iso(issued),
      dueAt: iso(new Date(issued.getTime() + 14 * DAY)),
      periodStart: iso(monthStart(now, -month)),
      periodEnd: iso(issued),
      amount: amountOf(month),
      status: month === 1 ? 'open' : month === 5 ? 'void' : month === 9 ? 'uncollectible' : 'paid',
    });
  }
  return invoices;
}

/**
 * Billing for the seed: Acme Inc. on the yearly pro plan with a healthy wallet and a year of invoices; Acme Labs,
 * free, paying usage from a wallet below its threshold. Globex has none (free, empty wallet). Amounts in cents
 * of each workspace's currency (US dollars for Acme, euros for Labs); dates relative to the clock.
 */
export function seedBilling(state: BackendState, acme: WorkspaceRecord, labs: WorkspaceRecord): void {
  const now = state.clock.now();
  const period = { periodStart: iso(monthStart(now, 0)), periodEnd: iso(monthStart(now, 1)) };
  const acmeUsage: UsageRecord[] = [
    { type: 'call_minutes', label: 'Call minutes', quantity: 12_840, unit: 'minute', amount: 16_692 },
    { type: 'sms', label: 'SMS messages', quantity: 3_205, unit: 'message', amount: 2_532 },
    { type: 'ai_credits', label: 'AI credits', quantity: 48_000, unit: 'credit', amount: 9_600 },
  ];
  state.store.billing.insert({
    id: acme.id, cycle: 'yearly', price: 118_800, renewsAt: iso(new Date(now.getTime() + 97 * DAY)),
    walletBalance: 128_450, lowBalanceThreshold: 10_000, ...period, usage: acmeUsage,
    invoices: monthlyInvoices(acme, 'ACME', now, 14, (month) => 21_000 + ((month * 7919) % 15_000)),
  });
  state.store.billing.insert({
    id: labs.id, cycle: 'monthly', price: 0, renewsAt: null,
    walletBalance: 320, lowBalanceThreshold: 1_000, ...period,
    usage: [{ type: 'call_minutes', label: 'Call minutes', quantity: 412, unit: 'minute', amount: 536 }],
    invoices: monthlyInvoices(labs, 'LABS', now, 3, (month) => 500 + month * 125),
  });
}
