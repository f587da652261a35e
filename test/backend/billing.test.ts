/** Billing, read-only: plan, seats by the seat rules, wallet, usage and invoices, in integer minor units. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { BillingSummary, Invoice, Page, Workspace } from '../../src/sdk/schemas/index.js';
import { ACME, GLOBEX, LABS, assertProblem, invitations, setup } from './helpers.js';

const billing = (workspaceId: string) => `/workspaces/${workspaceId}/billing`;

describe('billing', () => {
  test("Acme: yearly pro in US dollars, seats as the seat rules count them, a healthy wallet, this month's usage", async () => {
    const { as, clock } = setup();
    const summary = (await as('billing').get<BillingSummary>(billing(ACME))).body;
    assert.equal(summary.plan, 'pro');
    assert.equal(summary.cycle, 'yearly');
    assert.deepEqual(summary.price, { amount: 118_800, currency: 'USD' });
    assert.ok(Date.parse(summary.renewsAt ?? '') > clock.now().getTime());
    const workspace = (await as('owner').get<Workspace>(`/workspaces/${ACME}`)).body;
    assert.equal(summary.seats.limit, workspace.seatLimit);
    assert.equal(summary.seats.used, workspace.memberCount + 1, 'members plus the one pending invitation');
    await as('owner').post(invitations(ACME), { emails: ['seat@example.test'], role: 'viewer' });
    assert.equal((await as('billing').get<BillingSummary>(billing(ACME))).body.seats.used, summary.seats.used + 1);
    assert.deepEqual(summary.wallet, { balance: { amount: 128_450, currency: 'USD' }, lowBalanceThreshold: { amount: 10_000, currency: 'USD' }, low: false });
    assert.deepEqual(summary.usage.items.map((item) => [item.type, item.unit]), [['call_minutes', 'minute'], ['sms', 'message'], ['ai_credits', 'credit']]);
    assert.equal(summary.usage.total.amount, summary.usage.items.reduce((sum, item) => sum + item.amount.amount, 0));
    assert.ok(summary.usage.periodStart <= clock.now().toISOString() && clock.now().toISOString() < summary.usage.periodEnd);
    for (const money of [summary.price, summary.wallet.balance, summary.usage.total, ...summary.usage.items.map((item) => item.amount)]) {
      assert.ok(Number.isInteger(money.amount), 'amounts are integers of minor units');
    }
  });

  test('Acme Labs pays in euros from a wallet below its threshold; Globex, with no billing, is free with an empty wallet', async () => {
    const { as } = setup();
    const labs = (await as('owner').get<BillingSummary>(billing(LABS))).body;
    assert.deepEqual([labs.plan, labs.price.currency, labs.wallet.balance.currency, labs.wallet.low], ['free', 'EUR', 'EUR', true]);
    assert.equal(labs.renewsAt, null);
    const globex = (await as('globexOwner').get<BillingSummary>(billing(GLOBEX))).body;
    assert.deepEqual([globex.plan, globex.wallet.balance.amount, globex.wallet.low, globex.usage.items.length], ['free', 0, false, 0]);
  });

  test('invoices page newest first, filter by status, and link a PDF', async () => {
    const { as } = setup();
    const first = (await as('billing').get<Page<Invoice>>(`${billing(ACME)}/invoices?limit=10`)).body;
    assert.equal(first.total, 14);
    assert.equal(first.items[0]?.status, 'open');
    const rest = (await as('billing').get<Page<Invoice>>(`${billing(ACME)}/invoices?limit=10&cursor=${first.nextCursor}`)).body;
    const all = [...first.items, ...rest.items];
    assert.equal(new Set(all.map((invoice) => invoice.number)).size, 14);
    assert.deepEqual(all.map((invoice) => invoice.issuedAt), all.map((invoice) => invoice.issuedAt).sort().reverse());
    assert.deepEqual(new Set(all.map((invoice) => invoice.status)), new Set(['open', 'paid', 'void', 'uncollectible']));
    const pdf = all[0]?.pdfUrl ?? '';
    assert.match(pdf, /^data:application\/pdf;base64,/);
    const text = atob(pdf.split(',')[1] ?? '');
    assert.ok(text.startsWith('%PDF-1.4') && text.includes(all[0]?.number ?? '?') && text.trimEnd().endsWith('%%EOF'));
    const voided = (await as('billing').get<Page<Invoice>>(`${billing(ACME)}/invoices?status=void`)).body;
    assert.deepEqual(voided.items.map((invoice) => invoice.status), ['void']);
  });

  test('needs billing:view in the workspace', async () => {
    const { as } = setup();
    assertProblem(await as('viewer').get(billing(ACME)), 403, 'forbidden');
    assertProblem(await as('viewer').get(`${billing(ACME)}/invoices`), 403, 'forbidden');
    assert.equal((await as('member').get(billing(ACME))).status, 200, 'members see billing');
    assertProblem(await as('globexOwner').get(billing(ACME)), 404, 'not_found');
  });
});
