import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { createClock, SEED } from '../../src/backend/index.js';
import type { BillingSummaryElement } from '../../src/components/billing-summary/billing-summary.component.js';
import { describeConformance } from './conformance.js';
import { buttonByText, clientFor, eventually, mount, normalizeText, screen, sentRequests, startBackend, type Backend } from './helpers.js';

const ACME = SEED.workspaces.acme;
const backendOptions = () => ({ clock: createClock() });
const show = (backend: Backend, options: Parameters<typeof mount>[2] = {}) =>
  mount<BillingSummaryElement>(backend, html`<billing-summary></billing-summary>`, options);

const part = (el: HTMLElement, name: string) => screen(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (el: HTMLElement, name: string) => normalizeText(part(el, name)?.textContent);
const rows = (el: HTMLElement, table: string) => [...screen(el).querySelectorAll(`[part~="${table}"] tbody tr`)]
  .map((row) => [...row.children].map((cell) => normalizeText(cell.textContent)));

describeConformance<BillingSummaryElement>({
  tag: 'billing-summary',
  backend: backendOptions,
  mount: (backend, options) => mount(backend, html`<billing-summary></billing-summary>`, options),
  content: {},
  states: {
    loading: {},
    empty: {
      arrange: (backend) => {
        const billing = backend.store.billing.get(ACME);
        if (billing) backend.store.billing.update(billing, { invoices: [] });
      },
    },
    error: { request: { method: 'GET', path: `/workspaces/${ACME}/billing` }, action: 'load' },
    denied: { as: 'viewer' },
    hostile: {
      arrange: (backend, value) => {
        const billing = backend.store.billing.get(ACME);
        if (billing) backend.store.billing.update(billing, { invoices: billing.invoices.map((invoice) => ({ ...invoice, number: value })) });
      },
    },
  },
  mutation: { notApplicable: "Read-only: plan changes and payments are the host's billing provider's, whose button goes in the actions slot." },
  spanish: { same: ['Plan', 'PDF'] },
  keyboard: {},
  narrow: {},
});

describe('<billing-summary>', () => {
  let backend: Backend;

  beforeEach(async () => {
    backend = await startBackend(backendOptions());
  });

  it('shows the plan and when it renews, the seats used against the limit, and the balance in its currency', async () => {
    const el = await show(backend);
    const summary = await clientFor(backend, 'owner').billing.get(ACME);
    expect(text(el, 'plan')).to.equal('Plan Pro plan $1,188.00 a year Renews on Apr 22, 2026');
    expect(text(el, 'seats')).to.equal(`Seats ${summary.seats.used} of ${summary.seats.limit} used`);
    const meter = part(el, 'meter') as HTMLMeterElement;
    expect([meter.value, meter.max]).to.deep.equal([summary.seats.used, summary.seats.limit]);
    expect(text(el, 'wallet')).to.equal('Wallet balance $1,284.50 Alert below $100.00');
    expect(part(el, 'notice')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('warns when the balance is low, in the workspace\'s own currency', async () => {
    const el = await show(backend, { workspaceId: SEED.workspaces.labs });
    const warning = screen(el).querySelector('[part~="wallet"] [part~="notice"][part~="warning"]');
    expect(normalizeText(warning?.querySelector('strong')?.textContent)).to.equal('Low balance');
    expect(normalizeText(warning?.querySelector('p')?.textContent)).to.equal('The balance is below €10.00. Add funds so that usage goes on uninterrupted.');
    expect(text(el, 'wallet')).to.contain('€3.20');
    expect(text(el, 'plan')).to.contain("Doesn't renew");
    await expect(el).to.be.accessible();
  });

  it('draws usage as bars whose table holds the same numbers, by cost', async () => {
    const el = await show(backend);
    const { usage } = await clientFor(backend, 'owner').billing.get(ACME);
    expect(rows(el, 'usage-table')).to.deep.equal([
      ['Call minutes', '12,840 minutes', '$166.92'],
      ['SMS messages', '3,205 messages', '$25.32'],
      ['AI credits', '48,000 credits', '$96.00'],
    ]);
    expect(normalizeText(screen(el).querySelector('[part~="usage-table"] tfoot')?.textContent)).to.equal('Total $288.24');
    expect(usage.total.amount).to.equal(28_824);

    const chart = part(el, 'chart');
    expect(chart?.getAttribute('aria-hidden')).to.equal('true');
    const bars = [...screen(el).querySelectorAll('[part~="chart-bar"]')].map((bar) => Number.parseFloat(bar.getAttribute('width') ?? ''));
    const most = Math.max(...usage.items.map((item) => item.amount.amount));
    expect(bars).to.deep.equal(usage.items.map((item) => Number(((item.amount.amount / most) * 100).toFixed(2))));
    const labels = [...(chart?.querySelectorAll('.chart-label') ?? [])].map((label) => label.textContent);
    expect(labels).to.deep.equal(rows(el, 'usage-table').map((row) => row[0]));
  });

  it('says so when nothing was used this period', async () => {
    const billing = backend.store.billing.get(ACME);
    if (billing) backend.store.billing.update(billing, { usage: [] });
    const el = await show(backend);
    expect(text(el, 'usage-empty')).to.equal('Nothing used yet this period.');
    expect(part(el, 'chart')).to.equal(null);
  });

  it('lists invoices newest first with their status and a PDF to download, a page at a time', async () => {
    const el = await show(backend);
    const first = rows(el, 'invoice-table');
    expect(first).to.have.length(12);
    expect(first[0]).to.deep.equal(['ACME-2026-0014', 'Jan 1, 2026', '$289.19', 'Open', 'Download PDF ACME-2026-0014']);
    expect(first.map((row) => row[3])).to.include.members(['Paid', 'Void', 'Uncollectible']);
    const link = screen(el).querySelector<HTMLAnchorElement>('[part~="pdf-link"]');
    expect(link?.getAttribute('download')).to.equal('ACME-2026-0014.pdf');
    expect(link?.href.startsWith('data:application/pdf')).to.equal(true);

    expect(text(el, 'footer')).to.contain('Showing 12 of 14');
    buttonByText(screen(el), 'Load more').click();
    await eventually(() => rows(el, 'invoice-table').length === 14, 'the last invoices did not load');
    expect(rows(el, 'invoice-table').at(-1)?.[0]).to.equal('ACME-2024-0001');
    expect(part(el, 'footer')).to.equal(null);
  });

  it('links no PDF whose address a page must not follow', async () => {
    const hostile = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const response = await fetch(input, init);
      if (!new URL(new Request(input).url).pathname.endsWith('/invoices')) return response;
      const page = await response.json() as { items: { pdfUrl: string }[] };
      page.items = page.items.map((invoice) => ({ ...invoice, pdfUrl: 'javascript:window.__pwned=1' }));
      return Response.json(page);
    }) as typeof fetch;
    const el = await show(backend, { client: clientFor(backend, 'owner', { fetch: hostile }) });
    expect(screen(el).querySelector('[part~="pdf-link"]')).to.equal(null);
    expect(rows(el, 'invoice-table')[0]?.[4]).to.equal('No PDF');
  });

  it('holds the host\'s plan button beside the plan, and no empty row without one', async () => {
    const el = await mount<BillingSummaryElement>(backend, html`<billing-summary><button slot="actions" type="button">Change plan</button></billing-summary>`);
    const slot = screen(el).querySelector<HTMLSlotElement>('slot[name="actions"]');
    expect(slot?.assignedElements().map((node) => node.textContent)).to.deep.equal(['Change plan']);
    expect(slot?.closest('[part~="plan"]')).to.not.equal(null);
    expect(slot?.parentElement?.hidden).to.equal(false);
    const bare = await show(backend);
    expect(screen(bare).querySelector<HTMLElement>('.plan-actions')?.hidden).to.equal(true);
  });

  it('writes amounts and dates the Spanish way', async () => {
    const el = await show(backend, { locale: 'es' });
    expect(text(el, 'wallet').replace(/\s/g, ' ')).to.equal('Saldo del monedero 1284,50 US$ Aviso por debajo de 100,00 US$');
    expect(rows(el, 'usage-table')[0]?.map((cell) => cell.replace(/\s/g, ' '))).to.deep.equal(['Minutos de llamada', '12.840 minutos', '166,92 US$']);
  });

  it('asks nothing of the server for a reader who may not see billing, and says why', async () => {
    const el = await show(backend, { as: 'viewer' });
    expect(text(el, 'denied')).to.contain("You can't see this workspace's billing");
    expect(sentRequests().filter((request) => request.path.includes('/billing'))).to.deep.equal([]);
  });
});
