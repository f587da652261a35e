import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { SEED } from '../../src/backend/index.js';
import type { DomainListElement } from '../../src/components/domain-list/domain-list.component.js';
import type { DomainAddedEvent, DomainRemovedEvent, DomainUpdatedEvent, DomainVerifiedEvent } from '../../src/components/domain-list/domain-list.events.js';
import { stubClipboard } from './clipboard-stub.js';
import { describeConformance } from './conformance.js';
import {
  buttonByText, choose, eventually, fieldByLabel, mount, normalizeText, screen, sentRequests, startBackend, type,
  type Backend, type MountOptions,
} from './helpers.js';

const ACME = 'ws_acme';
const { verified: ACME_TEST, pending: ACME_CORP } = SEED.domains;

const place = (backend: Backend, options: MountOptions = {}) => mount<DomainListElement>(backend, html`<domain-list></domain-list>`, options);
const hostnameField = (el: DomainListElement) => fieldByLabel(screen(el), 'Domain');
const addButton = (el: DomainListElement) => buttonByText(screen(el), 'Add domain');
const storedHostnames = (backend: Backend) => backend.store.domains.ofWorkspace(ACME).map((domain) => domain.hostname).sort();

/** A domain's card, found by its name as the reader reads it. */
function card(el: DomainListElement, hostname: string): HTMLElement {
  const found = [...screen(el).querySelectorAll<HTMLElement>('[part~="item"]')]
    .find((item) => normalizeText(item.querySelector('[part~="hostname"]')?.textContent) === hostname);
  if (!found) throw new Error(`no domain ${hostname} shown`);
  return found;
}

const within = (node: HTMLElement) => node as unknown as ShadowRoot;
const publish = (backend: Backend, hostname: string, value: string) => backend.dns.set(`_teamkit-verify.${hostname}`, [value]);

async function confirmDialog(el: DomainListElement): Promise<HTMLDialogElement> {
  let dialog: HTMLDialogElement | null = null;
  await eventually(() => (dialog = screen(el).querySelector<HTMLDialogElement>('dialog[data-confirm]')) && dialog.open, 'no confirmation');
  if (!dialog) throw new Error('no confirmation');
  return dialog;
}

describeConformance<DomainListElement>({
  tag: 'domain-list',
  mount: (backend, options) => place(backend, options),
  content: {},
  states: {
    loading: {},
    empty: {
      arrange: (backend) => {
        for (const domain of backend.store.domains.ofWorkspace(ACME)) backend.store.domains.delete(domain);
      },
    },
    error: { request: { method: 'GET', path: `/workspaces/${ACME}/domains` }, action: 'load' },
    // Everyone in a workspace sees its domains: a member sees them read-only, with the reason.
    denied: { as: 'member' },
    hostile: {
      arrange: (backend, text) => {
        const domain = backend.store.domains.get(ACME_TEST.id);
        if (domain) backend.store.domains.update(domain, { hostname: text });
      },
      input: { field: hostnameField, submit: (el) => addButton(el).click(), stored: storedHostnames },
    },
  },
  mutation: {
    request: { method: 'POST', path: `/workspaces/${ACME}/domains` },
    action: 'domain-add',
    fill: (el) => type(hostnameField(el), 'Example.org'),
    values: (el) => hostnameField(el).value,
    submit: (el) => addButton(el).click(),
  },
  spanish: { same: ['TXT', 'DNS'] },
  keyboard: {},
  narrow: {},
});

describe('<domain-list>', () => {
  let backend: Backend;
  let restoreClipboard: (() => void) | undefined;

  beforeEach(async () => {
    backend = await startBackend();
  });

  afterEach(() => {
    restoreClipboard?.();
    restoreClipboard = undefined;
  });

  it('lists the domains with their status, what they are used for and when they were added or verified', async () => {
    const el = await place(backend);
    const pending = card(el, 'acme-corp.test');
    expect(normalizeText(pending.querySelector('[part~="badge"]')?.textContent)).to.equal('Pending verification');
    expect(normalizeText(pending.querySelector('[part~="dates"]')?.textContent)).to.match(/^Added on /);
    const verified = card(el, 'acme.test');
    expect(normalizeText(verified.querySelector('[part~="badge"]')?.textContent)).to.equal('Verified');
    expect(normalizeText(verified.querySelector('[part~="dates"]')?.textContent)).to.match(/^Verified on /);
    expect(fieldByLabel(within(verified), 'Single sign-on').checked).to.equal(true);
    expect(fieldByLabel(within(verified), 'Trusted sender').checked).to.equal(false);
    expect(fieldByLabel(within(verified), 'Auto-join').checked).to.equal(true);
    // The roles to choose from load beside the list ("Loading roles…" meanwhile).
    await eventually(() => verified.querySelector('select'), 'the roles to join as did not load');
    expect(fieldByLabel<HTMLSelectElement>(within(verified), 'Role for people who join').value).to.equal('member');
    expect(verified.querySelector('[part~="record"]'), 'a verified domain shows no record to publish').to.equal(null);
  });

  it('adds a domain, normalised, shows its TXT record to copy, and verifies it once the record is published', async () => {
    const clipboard = stubClipboard();
    restoreClipboard = clipboard.restore;
    const el = await place(backend);
    const added = new Promise<DomainAddedEvent>((resolve) => el.addEventListener('tk-domain-added', resolve, { once: true }));
    type(hostnameField(el), 'Example.COM');
    addButton(el).click();
    const domain = (await added).domain;
    expect(domain.hostname).to.equal('example.com');
    await eventually(() => screen(el).querySelector('[part~="notice"][part~="success"]'), 'no success notice');
    expect(hostnameField(el).value, 'the field is cleared for the next one').to.equal('');

    const row = card(el, 'example.com');
    expect(normalizeText(row.querySelector('[part~="badge"]')?.textContent)).to.equal('Pending verification');
    const name = normalizeText(row.querySelector('[part~="record-name"]')?.textContent);
    const value = normalizeText(row.querySelector('[part~="record-value"]')?.textContent);
    expect(name).to.equal('_teamkit-verify.example.com');
    expect(value).to.match(/^teamkit-verify=/);
    expect(fieldByLabel(within(row), 'Auto-join').disabled, 'auto-join waits for verification').to.equal(true);

    row.querySelector<HTMLButtonElement>('[aria-label="Copy the record value for example.com"]')?.click();
    await eventually(() => normalizeText(row.querySelector('[part~="copy-status"]:not(:empty)')?.textContent) === '✓ Copied', 'no "Copied"');
    expect(clipboard.copied).to.deep.equal([value]);

    buttonByText(row, 'Verify').click();
    await eventually(() => normalizeText(card(el, 'example.com').querySelector('[part~="badge"]')?.textContent) === 'Not verified', 'not marked as failed');
    expect(normalizeText(card(el, 'example.com').querySelector('[part~="failure"]')?.textContent)).to.contain('No TXT record was found');
    expect(normalizeText(screen(el).querySelector('[part~="notice"][part~="warning"]')?.textContent)).to.contain("example.com isn't verified yet");

    backend.dns.set(name, [value]);
    const verified = new Promise<DomainVerifiedEvent>((resolve) => el.addEventListener('tk-domain-verified', resolve, { once: true }));
    buttonByText(card(el, 'example.com'), 'Verify').click();
    expect((await verified).domain.status).to.equal('verified');
    await eventually(() => normalizeText(card(el, 'example.com').querySelector('[part~="badge"]')?.textContent) === 'Verified', 'not verified');
    expect(card(el, 'example.com').querySelector('[part~="record"]'), 'the record is no longer asked for').to.equal(null);
    expect(fieldByLabel(within(card(el, 'example.com')), 'Auto-join').disabled).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('turns purposes on and off and saves them', async () => {
    const el = await place(backend);
    const row = card(el, 'acme.test');
    fieldByLabel(within(row), 'Trusted sender').click();
    fieldByLabel(within(row), 'Single sign-on').click();
    await el.updateComplete;
    const updated = new Promise<DomainUpdatedEvent>((resolve) => el.addEventListener('tk-domain-updated', resolve, { once: true }));
    buttonByText(row, 'Save').click();
    expect((await updated).domain.purposes).to.deep.equal(['trusted_sender', 'auto_join']);
    expect(backend.store.domains.get(ACME_TEST.id)?.purposes).to.deep.equal(['trusted_sender', 'auto_join']);
    await eventually(() => !card(el, 'acme.test').querySelector('[part~="save"]'), 'Save still offered after saving');
    expect(normalizeText(screen(el).querySelector('[part~="notice"][part~="success"]')?.textContent)).to.contain('Purposes of acme.test saved');
  });

  it('lets people join through a verified domain as a role the reader may give, and puts unsaved changes back on Cancel', async () => {
    publish(backend, ACME_CORP.hostname, `teamkit-verify=${ACME_CORP.token}`);
    const el = await place(backend, { as: 'admin' });
    buttonByText(card(el, 'acme-corp.test'), 'Verify').click();
    await eventually(() => !fieldByLabel(within(card(el, 'acme-corp.test')), 'Auto-join').disabled, 'auto-join still unavailable');

    const row = card(el, 'acme-corp.test');
    fieldByLabel(within(row), 'Auto-join').click();
    await eventually(() => row.querySelector('select'), 'the roles to join as did not load');
    const role = fieldByLabel<HTMLSelectElement>(within(row), 'Role for people who join');
    expect(role.value, 'Member is offered first').to.equal('member');
    const offered = [...role.options].filter((option) => !option.disabled).map((option) => option.value);
    expect(offered).to.not.include('owner');
    buttonByText(row, 'Cancel').click();
    await el.updateComplete;
    expect(fieldByLabel(within(row), 'Auto-join').checked).to.equal(false);

    fieldByLabel(within(row), 'Auto-join').click();
    await el.updateComplete;
    choose(fieldByLabel<HTMLSelectElement>(within(row), 'Role for people who join'), 'viewer');
    buttonByText(row, 'Save').click();
    await eventually(() => backend.store.domains.get(ACME_CORP.id)?.autoJoinRoleId === 'viewer', 'auto-join as viewer not saved');
    expect(backend.store.domains.get(ACME_CORP.id)?.purposes).to.deep.equal(['auto_join']);
    const patch = sentRequests().find((request) => request.method === 'PATCH');
    expect(patch?.status).to.equal(200);
  });

  it('says when the roles to choose from could not be read, and reads them again on Try again', async () => {
    backend.faults.add({ method: 'GET', path: `/workspaces/${ACME}/roles`, status: 500 });
    const el = await place(backend);
    await eventually(() => normalizeText(card(el, 'acme.test').textContent).includes("Couldn't load the roles to choose from."), 'no failure shown');
    buttonByText(card(el, 'acme.test'), 'Try again').click();
    await eventually(() => card(el, 'acme.test').querySelector('select')?.value === 'member', 'the roles were not read again');
    expect(fieldByLabel<HTMLSelectElement>(within(card(el, 'acme.test')), 'Role for people who join').value).to.equal('member');
  });

  it('removes a domain only after the reader confirms', async () => {
    const el = await place(backend);
    buttonByText(card(el, 'acme-corp.test'), 'Remove').click();
    const asked = await confirmDialog(el);
    expect(normalizeText(asked.textContent)).to.contain('auto-join through acme-corp.test stop at once');
    buttonByText(asked, 'Cancel').click();
    await eventually(() => !asked.open, 'the confirmation stayed open');
    expect(storedHostnames(backend)).to.deep.equal(['acme-corp.test', 'acme.test']);

    const removed = new Promise<DomainRemovedEvent>((resolve) => el.addEventListener('tk-domain-removed', resolve, { once: true }));
    const remove = buttonByText(card(el, 'acme-corp.test'), 'Remove');
    remove.focus();
    remove.click();
    buttonByText(await confirmDialog(el), 'Remove domain').click();
    expect((await removed).domain.hostname).to.equal('acme-corp.test');
    expect(storedHostnames(backend)).to.deep.equal(['acme.test']);
    await eventually(() => ![...screen(el).querySelectorAll('[part~="hostname"]')].some((node) => normalizeText(node.textContent) === 'acme-corp.test'), 'still listed');
    await eventually(() => normalizeText(screen(el).activeElement?.textContent) === 'acme.test', 'focus did not go on to the next domain');
  });

  it('sends nothing when a listener cancels tk-before-domain-add', async () => {
    const el = await place(backend);
    el.addEventListener('tk-before-domain-add', (event) => {
      expect(event.input.hostname, 'the event carries the normalised name').to.equal('example.net');
      event.preventDefault();
    }, { once: true });
    type(hostnameField(el), 'EXAMPLE.net');
    addButton(el).click();
    await el.updateComplete;
    expect(sentRequests().filter((request) => request.method === 'POST')).to.deep.equal([]);
    expect(hostnameField(el).value, 'what was typed stays').to.equal('EXAMPLE.net');
  });

  it('says on the field when another workspace verified the domain, or this one has it already, keeping what was typed', async () => {
    const now = new Date().toISOString();
    backend.store.domains.insert({
      id: 'dom_globex_taken', workspaceId: SEED.workspaces.globex, hostname: 'taken.test', token: 'taken', status: 'verified', failureReason: null,
      purposes: [], autoJoinRoleId: null, lastCheckedAt: now, verifiedAt: now, createdAt: now, updatedAt: now, version: 1,
    });
    const el = await place(backend);
    const field = hostnameField(el);
    type(field, 'Taken.test');
    addButton(el).click();
    await eventually(() => field.getAttribute('aria-invalid') === 'true', 'no field error');
    const error = () => normalizeText(screen(el).querySelector('[part~="field-error"]')?.textContent);
    expect(error()).to.equal("taken.test is verified by another workspace. If it's yours, ask its admins to remove it.");
    expect(field.value).to.equal('Taken.test');

    type(field, 'ACME.test');
    addButton(el).click();
    await eventually(() => error() === 'acme.test is already in this workspace.', `no duplicate error; shown: ${error()}`);
    expect(storedHostnames(backend)).to.deep.equal(['acme-corp.test', 'acme.test']);
  });

  it('refuses an address, a wildcard or an IP address before sending', async () => {
    const el = await place(backend);
    const field = hostnameField(el);
    const cases = [
      ['https://example.com/path', 'Enter a domain name such as example.com, without https:// or a path.'],
      ['*.example.com', "Enter one domain: wildcards such as *.example.com aren't allowed."],
      ['192.168.1.1', 'Enter a domain name, not an IP address.'],
    ] as const;
    for (const [typed, message] of cases) {
      type(field, typed);
      addButton(el).click();
      await eventually(() => normalizeText(screen(el).querySelector('[part~="field-error"]')?.textContent) === message, `${typed}: no "${message}"`);
    }
    expect(sentRequests().filter((request) => request.method === 'POST')).to.deep.equal([]);
  });

  it('shows a member the domains read-only: no TXT record, no control they could use, and why', async () => {
    const el = await place(backend, { as: 'member' });
    expect(normalizeText(screen(el).querySelector('[part~="notice"][part~="info"]')?.textContent)).to.match(/Your role \(Member\) doesn't allow this/);
    expect(screen(el).querySelector('[part~="record"]')).to.equal(null);
    expect(screen(el).querySelector('form'), 'no add form').to.equal(null);
    const enabled = [...screen(el).querySelectorAll<HTMLElement>('button, input, select')].filter((control) => !control.matches(':disabled'));
    expect(enabled.map((control) => control.outerHTML)).to.deep.equal([]);
    const purposes = card(el, 'acme.test').querySelector('[part~="purposes"]');
    const reason = screen(el).getElementById(purposes?.getAttribute('aria-describedby') ?? '');
    expect(normalizeText(reason?.textContent), 'the disabled switches say why').to.contain("doesn't allow this");
    expect(normalizeText(card(el, 'acme.test').querySelector('[part~="auto-join-role"]')?.textContent)).to.equal('People join as Member');
    await expect(el).to.be.accessible();
  });

  it('speaks Spanish', async () => {
    const el = await place(backend, { locale: 'es' });
    expect(normalizeText(screen(el).querySelector('h2')?.textContent)).to.equal('Dominios');
    expect(normalizeText(card(el, 'acme-corp.test').querySelector('[part~="badge"]')?.textContent)).to.equal('Pendiente de verificación');
    expect(buttonByText(card(el, 'acme-corp.test'), 'Verificar')).to.be.instanceOf(HTMLButtonElement);
  });
});
