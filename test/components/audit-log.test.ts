import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { createClock, SEED } from '../../src/backend/index.js';
import type { AuditLog } from '../../src/components/audit-log/audit-log.component.js';
import type { AuditExportedEvent, AuditFilterChangeEvent } from '../../src/components/audit-log/audit-log.events.js';
import type { TeamkitErrorEvent } from '../../src/components/shared/events.js';
import { describeConformance } from './conformance.js';
import {
  buttonByText, choose, clientFor, eventually, fieldByLabel, hostileStrings, mount, normalizeText, pwned, screen, sentRequests, startBackend, type,
  type Backend, type MountOptions,
} from './helpers.js';

const ACME = SEED.workspaces.acme;
const NOW = '2026-01-15T09:00:00.000Z';
const backendOptions = (entries = 300) => ({ clock: createClock(NOW), seed: { auditEntries: entries } });

/** The audit log's requests as the server got them: each one's query. */
function recordingClient(backend: Backend, asked: URLSearchParams[]) {
  const recording = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(new Request(input, init).url);
    if (url.pathname.endsWith('/audit-log') || url.pathname.endsWith('/export.csv')) asked.push(url.searchParams);
    return fetch(input, init);
  }) as typeof fetch;
  return clientFor(backend, 'owner', { fetch: recording });
}

const show = (backend: Backend, options: MountOptions = {}, template = html`<audit-log></audit-log>`) => mount<AuditLog>(backend, template, options);
const part = (el: HTMLElement, name: string) => screen(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const rows = (el: HTMLElement) => [...screen(el).querySelectorAll('[part~="body"] [part~="row"]:not([part~="loading-row"])')]
  .map((row) => [...row.children].map((cell) => normalizeText(cell.textContent)));
const total = (el: HTMLElement) => normalizeText(part(el, 'total')?.textContent);
const settled = (el: HTMLElement, expected: string) => eventually(() => total(el) === expected, `the count never read "${expected}" (it reads "${total(el)}")`);

describeConformance<AuditLog>({
  tag: 'audit-log',
  backend: () => backendOptions(),
  mount: (backend, options) => mount(backend, html`<audit-log></audit-log>`, options),
  content: {},
  states: {
    loading: {},
    empty: {
      reach: async (el) => {
        type(fieldByLabel(screen(el), 'Person'), 'nobody@example.test');
        screen(el).querySelector('[part~="filter-actor"] input')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
        await eventually(() => part(el, 'empty'), 'no empty panel for a person who did nothing');
      },
    },
    error: { request: { method: 'GET', path: `/workspaces/${ACME}/audit-log` }, action: 'load' },
    denied: { as: 'member' },
    hostile: {
      arrange: (backend, text) => {
        backend.audit.append({
          workspaceId: ACME, actor: { id: 'usr_hostile', name: text, email: 'hostile@example.test' }, action: 'member.role_changed',
          target: { type: 'member', id: 'mem_hostile', label: text }, before: { role: text }, after: { role: 'admin' }, ip: null, createdAt: NOW,
        });
      },
    },
  },
  mutation: {
    request: { method: 'GET', path: `/workspaces/${ACME}/audit-log/export.csv` },
    action: 'audit-export',
    fill: (el) => choose(fieldByLabel<HTMLSelectElement>(screen(el), 'Action'), 'member'),
    values: (el) => el.filters,
    submit: (el) => buttonByText(screen(el), 'Export CSV').click(),
  },
  spanish: { same: ['CSV', 'Webhook', 'Webhooks', 'Roles', 'API', 'IP'] },
  keyboard: {},
  narrow: {},
});

describe('<audit-log>', () => {
  let backend: Backend;

  beforeEach(async () => {
    backend = await startBackend(backendOptions());
  });

  it('lists the newest entries first with when (in the reader\'s time zone), who, what and on what', async () => {
    const entry = backend.audit.append({
      workspaceId: ACME, actor: { id: SEED.users.admin.id, name: SEED.users.admin.name, email: SEED.users.admin.email }, action: 'member.removed',
      target: { type: 'member', id: 'mem_x', label: 'gone@example.test' }, before: { role: 'viewer' }, after: null, ip: '192.0.2.1', createdAt: NOW,
    });
    const el = await show(backend, { timeZone: 'America/New_York' });
    expect(rows(el)[0]).to.deep.equal(['Jan 15, 2026, 4:00 AM', 'Adam Admin', 'Member removed', 'gone@example.test']);
    expect(entry.createdAt).to.equal(NOW);
    expect(total(el)).to.equal('301 entries');
    await expect(el).to.be.accessible();
  });

  it('asks the server for what the filters say: action, target, a person picked or typed, and whole days in the reader\'s zone', async () => {
    const asked: URLSearchParams[] = [];
    const el = await show(backend, { client: recordingClient(backend, asked), timeZone: 'America/New_York' });
    const changes: AuditFilterChangeEvent[] = [];
    el.addEventListener('tk-audit-filter-change', (event) => changes.push(event));
    const last = () => Object.fromEntries([...(asked.at(-1) ?? [])].filter(([name]) => name !== 'limit'));

    choose(fieldByLabel<HTMLSelectElement>(screen(el), 'Action'), 'member.role_changed');
    await eventually(() => last().action === 'member.role_changed', 'the action was not asked for');
    await eventually(() => rows(el).length > 0 && rows(el).every((row) => row[2] === 'Role changed'), 'other actions still show');

    choose(fieldByLabel<HTMLSelectElement>(screen(el), 'Target'), 'member');
    await eventually(() => last().targetType === 'member', 'the target type was not asked for');

    const from = fieldByLabel(screen(el), 'From');
    type(from, '2025-12-01');
    type(fieldByLabel(screen(el), 'To'), '2025-12-31');
    await eventually(() => last().to !== undefined, 'the range was not asked for');
    expect(last()).to.deep.equal({
      action: 'member.role_changed', targetType: 'member', from: '2025-12-01T05:00:00.000Z', to: '2026-01-01T04:59:59.999Z',
    });

    type(fieldByLabel(screen(el), 'Person'), 'Adam');
    await eventually(() => screen(el).querySelector('[role="option"]'), 'no member suggested');
    (screen(el).querySelector('[role="option"]') as HTMLElement).click();
    await eventually(() => last().actor === SEED.users.admin.email, 'the picked person was not asked for');
    expect(normalizeText(screen(el).getElementById('actor-chip-value')?.textContent)).to.equal(`Adam Admin ${SEED.users.admin.email}`);
    expect(changes.at(-1)?.filters).to.deep.equal({ actor: SEED.users.admin.email, action: 'member.role_changed', targetType: 'member', from: '2025-12-01', to: '2025-12-31' });

    part(el, 'clear-actor')?.click();
    await el.updateComplete;
    expect(screen(el).activeElement).to.equal(fieldByLabel(screen(el), 'Person'));
    type(fieldByLabel(screen(el), 'Person'), 'usr_mia');
    fieldByLabel(screen(el), 'Person').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await eventually(() => last().actor === 'usr_mia', 'the typed person was not asked for');

    buttonByText(screen(el), 'Clear filters').click();
    await eventually(() => Object.keys(last()).length === 0, 'the filters were not all cleared');
    expect(el.filters).to.deep.equal({ actor: '', action: '', targetType: '', from: '', to: '' });
    await settled(el, '300 entries');
  });

  it('offers the actions the log holds, grouped by resource, in the reader\'s words, and unknown ones as recorded', async () => {
    backend.audit.append({
      workspaceId: ACME, actor: null, action: 'billing.card_updated', target: { type: 'card', id: 'card_1', label: 'Visa 4242' }, before: null, after: null, ip: null, createdAt: NOW,
    });
    const el = await show(backend);
    const select = fieldByLabel<HTMLSelectElement>(screen(el), 'Action');
    await eventually(() => select.querySelectorAll('optgroup').length > 1, 'no groups of actions');
    const groups = [...select.querySelectorAll('optgroup')].map((group) => [group.label, ...[...group.querySelectorAll('option')].map((option) => option.textContent?.trim())]);
    expect(groups).to.deep.include(['Members', 'Members: all', 'Member added', 'Member removed', 'Role changed']);
    expect(groups).to.deep.include(['billing', 'billing: all', 'billing.card_updated']);
    expect([...fieldByLabel<HTMLSelectElement>(screen(el), 'Target').options].map((option) => option.textContent?.trim())).to.include.members(['All targets', 'Members', 'card']);
  });

  it('leaves out the end of a range that ends before it starts, and says why', async () => {
    const asked: URLSearchParams[] = [];
    const el = await show(backend, { client: recordingClient(backend, asked) });
    type(fieldByLabel(screen(el), 'From'), '2025-12-10');
    type(fieldByLabel(screen(el), 'To'), '2025-12-01');
    await el.updateComplete;
    const to = fieldByLabel(screen(el), 'To');
    expect(to.getAttribute('aria-invalid')).to.equal('true');
    expect(normalizeText(screen(el).getElementById(to.getAttribute('aria-describedby') ?? '')?.textContent)).to.contain('Pick a day on or after the start');
    await eventually(() => asked.at(-1)?.get('from') === '2025-12-10T00:00:00.000Z', 'the start was not asked for');
    expect(asked.at(-1)?.has('to')).to.equal(false);
  });

  it('scrolls through a long log a page at a time, rendering only the rows in view', async () => {
    backend = await startBackend(backendOptions(2_000));
    const el = await show(backend, {}, html`<audit-log page-size="200"></audit-log>`);
    const scroller = part(el, 'scroller') as HTMLElement;
    const loaded = () => Number(part(el, 'grid')?.querySelectorAll('[part~="row"]').length);
    for (let page = 1; page < 10; page++) {
      scroller.scrollTop = scroller.scrollHeight;
      await eventually(() => scroller.querySelectorAll('[aria-rowindex]').length > 0 && (part(el, 'body')?.getBoundingClientRect().height ?? 0) >= (page + 1) * 200 * 44, `page ${page + 1} did not load`);
    }
    expect(loaded()).to.be.below(80);
    scroller.scrollTop = scroller.scrollHeight;
    await eventually(() => rows(el).at(-1)?.[0] !== undefined && !part(el, 'loading-row'), 'the last entries did not load');
    expect(Number(part(el, 'grid')?.getAttribute('aria-rowcount'))).to.equal(2_001);
  });

  it('tries a failed further page again only when asked', async () => {
    backend = await startBackend(backendOptions(400));
    const el = await show(backend, {}, html`<audit-log page-size="100"></audit-log>`);
    backend.faults.add({ method: 'GET', path: `/workspaces/${ACME}/audit-log`, status: 500 });
    const errors: TeamkitErrorEvent[] = [];
    el.addEventListener('tk-error', (event) => errors.push(event));
    const scroller = part(el, 'scroller') as HTMLElement;
    scroller.scrollTop = scroller.scrollHeight;
    await eventually(() => part(el, 'loading-row')?.textContent?.includes('More entries could not be loaded.'), 'the failure is not shown');
    expect(errors.map((event) => event.action)).to.deep.equal(['load-more']);
    (part(el, 'loading-row')?.querySelector('button') as HTMLButtonElement).click();
    await eventually(() => !part(el, 'loading-row')?.textContent?.includes('could not'), 'Try again did not load the page');
  });

  it('opens an entry to what changed, field by field, as text, and returns focus to it', async () => {
    const texts = await hostileStrings();
    const hostile = texts.markup[0] ?? '<img src=x onerror="window.__pwned=1">';
    backend.audit.append({
      workspaceId: ACME, actor: { id: SEED.users.owner.id, name: SEED.users.owner.name, email: SEED.users.owner.email },
      apiKey: { id: 'key_1', name: 'CI', prefix: 'tk_live_ab12' }, action: 'workspace.updated',
      target: { type: 'workspace', id: ACME, label: 'Acme Inc.' },
      before: { name: 'Acme', industry: 'Toys', website: hostile }, after: { name: 'Acme Inc.', industry: 'Toys', timezone: 'Europe/Madrid' },
      ip: '203.0.113.5', createdAt: NOW,
    });
    const el = await show(backend);
    const opener = screen(el).querySelector<HTMLButtonElement>('[part~="body"] [part~="details"]');
    opener?.focus();
    opener?.click();
    const dialog = await (async () => {
      await eventually(() => (part(el, 'dialog') as HTMLDialogElement | null)?.open, 'the details did not open');
      return part(el, 'dialog') as HTMLDialogElement;
    })();
    expect(normalizeText(dialog.querySelector('h2')?.textContent)).to.equal('Workspace settings changed');
    expect(normalizeText(dialog.querySelector('[part~="entry-details"]')?.textContent)).to.contain('API key CI (tk_live_ab12)').and.contain('203.0.113.5');
    const diff = [...dialog.querySelectorAll('[part~="diff"] tbody tr')].map((row) => [...row.children].map((cell) => normalizeText(cell.textContent)));
    expect(diff).to.deep.equal([
      ['name Changed', 'Acme', 'Acme Inc.'],
      ['website Removed', hostile, '—'],
      ['timezone Added', '—', 'Europe/Madrid'],
    ]);
    expect(pwned()).to.equal(false);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await eventually(() => !dialog.open, 'Escape did not close the details');
    await eventually(() => screen(el).activeElement === opener, 'focus did not return to the entry');
  });

  it('is one tab stop, moved with the arrow keys, and opens an entry from the keyboard', async () => {
    const el = await show(backend);
    const firstCell = screen(el).querySelector<HTMLElement>('[part~="body"] [data-row="0"] [data-col="time"]');
    firstCell?.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    const focused = screen(el).activeElement as HTMLElement;
    expect(focused.matches('[data-row="1"] [part~="details"]')).to.equal(true);
    expect(screen(el).querySelectorAll('[part~="grid"] [tabindex="0"]')).to.have.length(1);
    await sendKeys({ press: 'Enter' });
    await eventually(() => (part(el, 'dialog') as HTMLDialogElement | null)?.open, 'Enter did not open the details');
  });

  it('exports the filtered log as a CSV download, named by the server, with its size', async () => {
    const el = await show(backend);
    choose(fieldByLabel<HTMLSelectElement>(screen(el), 'Action'), 'member.removed');
    await eventually(() => rows(el).every((row) => row[2] === 'Member removed'), 'the filter did not apply');
    const saved = new Promise<HTMLAnchorElement>((resolve) => el.addEventListener('click', (event) => {
      const link = event.composedPath()[0];
      if (link instanceof HTMLAnchorElement && link.hasAttribute('download')) {
        event.preventDefault();
        resolve(link);
      }
    }));
    const exported = new Promise<AuditExportedEvent>((resolve) => el.addEventListener('tk-audit-exported', resolve, { once: true }));
    buttonByText(screen(el), 'Export CSV').click();
    const link = await saved;
    expect(link.download).to.match(/^audit-log-ws_acme-2026-01-15\.csv$/);
    const csv = await (await fetch(link.href)).text();
    const lines = csv.split('\r\n').filter(Boolean);
    expect(lines[0]).to.equal('id,created_at,actor_id,actor_name,actor_email,api_key,action,target_type,target_id,target_label,ip,before,after');
    expect(lines.slice(1).every((line) => line.split(',')[6] === 'member.removed')).to.equal(true);
    expect(lines.length - 1).to.equal(Number(total(el).split(' ')[0]));
    const event = await exported;
    expect([event.filename, event.bytes]).to.deep.equal([link.download, new Blob([csv]).size]);
    expect(normalizeText(part(el, 'notice')?.textContent)).to.contain('Audit log exported').and.contain(link.download);
  });

  it('shows the bytes received while the export streams, and Cancel stops it without an error', async () => {
    let push: (text: string) => void = () => {};
    const slow = ((input: RequestInfo | URL, init?: RequestInit) => {
      if (!new URL(new Request(input, init).url).pathname.endsWith('/export.csv')) return fetch(input, init);
      const body = new ReadableStream<Uint8Array>({ start: (controller) => { push = (text) => controller.enqueue(new TextEncoder().encode(text)); } });
      return Promise.resolve(new Response(body, { headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="log.csv"' } }));
    }) as typeof fetch;
    const el = await show(backend, { client: clientFor(backend, 'owner', { fetch: slow }) });
    const errors: TeamkitErrorEvent[] = [];
    el.addEventListener('tk-error', (event) => errors.push(event));
    const press = (button: HTMLButtonElement) => {
      button.focus();
      button.click();
    };
    press(buttonByText(screen(el), 'Export CSV'));
    await eventually(() => part(el, 'cancel'), 'no Cancel while exporting');
    push('x'.repeat(2048));
    await eventually(() => normalizeText(part(el, 'export-progress')?.textContent) === 'Exporting… 2 kB', `progress reads "${normalizeText(part(el, 'export-progress')?.textContent)}"`);
    press(buttonByText(screen(el), 'Cancel export'));
    await eventually(() => normalizeText(part(el, 'notice')?.textContent).includes('Export cancelled'), 'the cancellation is not said');
    expect(errors).to.deep.equal([]);
    expect(part(el, 'download')).to.equal(null);
    await eventually(() => screen(el).activeElement === part(el, 'export'), 'focus did not go back to Export CSV');
  });

  it('asks nothing of the log for someone without audit:view, and says why', async () => {
    const el = await show(backend, { as: 'member' });
    expect(normalizeText(part(el, 'denied')?.textContent)).to.contain("You can't see this workspace's audit log");
    expect(sentRequests().filter((request) => request.path.includes('/audit-log'))).to.deep.equal([]);
  });
});
