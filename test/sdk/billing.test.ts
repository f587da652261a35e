/** `client.billing`: the summary and the invoices, amounts in integer minor units. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PermissionError, type Invoice } from '../../src/sdk/index.js';
import { ACME, LABS, failure, setup, useApiServer } from './helpers.js';

useApiServer();

describe('client.billing', () => {
  test('the summary: plan, seats, wallet in its currency, usage', async () => {
    const { client } = setup('owner');
    const acme = await client.billing.get(ACME);
    assert.deepEqual([acme.plan, acme.cycle, acme.wallet.balance.currency, acme.wallet.low], ['pro', 'yearly', 'USD', false]);
    const labs = await client.billing.get(LABS);
    assert.deepEqual([labs.wallet.balance, labs.wallet.low], [{ amount: 320, currency: 'EUR' }, true]);
    const shown = new Intl.NumberFormat('en', { style: 'currency', currency: labs.wallet.balance.currency }).format(labs.wallet.balance.amount / 100);
    assert.equal(shown, '€3.20');
  });

  test('invoices, page after page, and who may see them', async () => {
    const { client, as } = setup('billing');
    const invoices: Invoice[] = [];
    for await (const invoice of client.billing.iterateInvoices(ACME, { limit: 5 })) invoices.push(invoice);
    assert.equal(invoices.length, 14);
    assert.ok(invoices.every((invoice) => Number.isInteger(invoice.amount.amount) && invoice.pdfUrl.startsWith('data:application/pdf')));
    assert.ok(await failure(as('viewer').billing.get(ACME)) instanceof PermissionError);
  });
});
