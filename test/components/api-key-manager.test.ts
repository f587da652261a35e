import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { createClock } from '../../src/backend/index.js';
import type { ApiKeyRecord } from '../../src/backend/store/api-keys.js';
import type { ApiKeyManager } from '../../src/components/api-key-manager/api-key-manager.component.js';
import type { ApiKeyCreatedEvent, ApiKeyRevokedEvent } from '../../src/components/api-key-manager/api-key-manager.events.js';
import { describeConformance } from './conformance.js';
import { stubClipboard } from './clipboard-stub.js';
import {
  buttonByText, choose, clientFor, eventually, fieldByLabel, mount, normalizeText, screen, sentRequests, startBackend, type,
  type Backend, type MountOptions,
} from './helpers.js';

const NOW = Date.parse('2026-01-15T09:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;
const at = (days: number) => new Date(NOW + days * DAY).toISOString();
const KEYS = '/workspaces/ws_acme/api-keys';

let serial = 0;
/** A key as the store holds it: created a month ago by the owner, used two hours ago, expiring in two months. */
function addKey(backend: Backend, fields: Partial<ApiKeyRecord> & { name: string }): ApiKeyRecord {
  serial += 1;
  const owner = backend.store.users.byEmail('owner@acme.test');
  return backend.store.apiKeys.insert({
    id: `key_test_${serial}`,
    workspaceId: 'ws_acme',
    prefix: `k${String(serial).padStart(7, '0')}`,
    secretHash: '0'.repeat(64),
    scopes: ['audit:view', 'members:invite'],
    createdBy: owner?.id ?? 'usr_owner',
    createdAt: at(-30),
    expiresAt: at(60),
    lastUsedAt: new Date(NOW - 2 * 60 * 60 * 1000).toISOString(),
    lastUsedIp: '203.0.113.7',
    revocation: null,
    ...fields,
  });
}

/** Four keys, one of each kind the list marks. */
function addKeys(backend: Backend): void {
  addKey(backend, { name: 'CRM sync' });
  addKey(backend, { name: 'Nightly export', expiresAt: at(3), lastUsedAt: null, lastUsedIp: null });
  addKey(backend, { name: 'Old importer', expiresAt: at(-2) });
  addKey(backend, { name: 'Leaked laptop key', revocation: { at: at(-1), by: null, reason: 'creator_left' } });
}

/** Backends the empty check arranged: no keys for them. */
const bare = new WeakSet<Backend>();

const place = (backend: Backend, options: MountOptions = {}) => {
  if (!bare.has(backend)) addKeys(backend);
  return mount<ApiKeyManager>(backend, html`<api-key-manager .clock=${backend.clock}></api-key-manager>`, options);
};

const dialog = (el: ApiKeyManager, id: 'create' | 'secret' | 'confirm') => {
  const found = screen(el).querySelector<HTMLDialogElement>(`dialog#${id}`);
  if (!found) throw new Error(`no ${id} dialog`);
  return found;
};

/** Waits for a dialog to open, as the reader waits to see it. */
async function opened(el: ApiKeyManager, id: 'secret' | 'confirm'): Promise<HTMLDialogElement> {
  await eventually(() => screen(el).querySelector<HTMLDialogElement>(`dialog#${id}`)?.open, `the ${id} dialog did not open`);
  return dialog(el, id);
}

/** Text as read on screen: the invisible marks that isolate names and addresses within a sentence left out. */
const read = (node: Node | null | undefined) => normalizeText(node?.textContent).replace(/[\u2068\u2069]/g, '');

/** Opens the create dialog and waits for its scopes. */
async function openCreate(el: ApiKeyManager): Promise<HTMLDialogElement> {
  const trigger = buttonByText(screen(el), 'Create API key');
  // A click focuses the button it lands on; a script's click() does not.
  trigger.focus();
  trigger.click();
  const create = dialog(el, 'create');
  await eventually(() => create.open && create.querySelector('[part~="field-scopes"]'), 'the scopes never loaded');
  return create;
}

function scope(create: HTMLDialogElement, label: RegExp): HTMLInputElement {
  const found = [...create.querySelectorAll<HTMLLabelElement>('.scope label')].find((node) => label.test(normalizeText(node.textContent)));
  if (!(found?.control instanceof HTMLInputElement)) throw new Error(`no scope ${label}`);
  return found.control;
}

const rowOf = (el: ApiKeyManager, name: string) => {
  const row = [...screen(el).querySelectorAll<HTMLElement>('tbody tr')].find((tr) => normalizeText(tr.querySelector('th')?.textContent).startsWith(name));
  if (!row) throw new Error(`no row for ${name}`);
  return row;
};

const createdNames = (backend: Backend) => backend.store.apiKeys.ofWorkspace('ws_acme').map((key) => key.name);

describeConformance<ApiKeyManager>({
  tag: 'api-key-manager',
  backend: () => ({ clock: createClock() }),
  mount: place,
  content: {},
  states: {
    loading: {},
    empty: { arrange: (backend) => bare.add(backend) },
    error: { request: { method: 'GET', path: KEYS }, action: 'load' },
    denied: { as: 'member' },
    hostile: {
      arrange: (backend, text) => {
        addKey(backend, { name: text });
        const owner = backend.store.users.byEmail('owner@acme.test');
        if (owner) backend.store.users.update(owner, { name: text });
      },
      input: {
        prepare: async (el) => { await openCreate(el); },
        field: (el) => fieldByLabel(screen(el), 'Name'),
        submit: (el) => {
          const create = dialog(el, 'create');
          scope(create, /^View audit log/).click();
          buttonByText(create, 'Create key').click();
        },
        stored: createdNames,
      },
    },
  },
  mutation: {
    request: { method: 'POST', path: KEYS },
    action: 'api-key-create',
    fill: async (el) => {
      const create = await openCreate(el);
      type(fieldByLabel(screen(el), 'Name'), 'Deploy bot');
      scope(create, /^View audit log/).click();
    },
    values: (el) => [
      fieldByLabel(screen(el), 'Name').value,
      [...dialog(el, 'create').querySelectorAll<HTMLInputElement>('.scope input:checked')].map((input) => input.id),
    ],
    submit: (el) => buttonByText(dialog(el, 'create'), 'Create key').click(),
  },
  spanish: {},
  keyboard: {},
  narrow: {},
});

describe('<api-key-manager>', () => {
  let backend: Backend;
  let restoreClipboard: (() => void) | undefined;

  beforeEach(async () => {
    backend = await startBackend({ clock: createClock() });
  });

  afterEach(() => {
    restoreClipboard?.();
    restoreClipboard = undefined;
  });

  it('lists each key by name and prefix, with its creator, last use and expiry, and marks keys about to expire', async () => {
    const el = await place(backend);
    const text = (name: string) => read(rowOf(el, name));
    expect(text('CRM sync')).to.match(/^CRM sync tk_live_k0+\d+…/);
    expect(text('CRM sync')).to.contain('by Olivia Owner').and.contain('2 hours ago').and.contain('from 203.0.113.7').and.contain('Mar 16, 2026');
    expect(text('Nightly export')).to.contain('Never used').and.contain('Expires soon in 3 days');
    expect(text('Old importer')).to.contain('Expired 2 days ago');
    expect(text('Leaked laptop key')).to.contain('Revoked').and.contain('Its creator left the workspace');
    // Only live keys can be revoked.
    expect([...screen(el).querySelectorAll('[part~="revoke"]')].map((button) => button.getAttribute('aria-label')))
      .to.deep.equal(['Revoke Nightly export', 'Revoke CRM sync']);
  });

  it('creates a key and shows its secret once: the dialog stays until "I have stored it", and nothing shows it again', async () => {
    const el = await place(backend);
    const created = new Promise<ApiKeyCreatedEvent>((resolve) => el.addEventListener('tk-api-key-created', resolve, { once: true }));
    const create = await openCreate(el);
    type(fieldByLabel(screen(el), 'Name'), 'Deploy bot');
    scope(create, /^View audit log/).click();
    choose(fieldByLabel<HTMLSelectElement>(screen(el), 'Expires'), '30');
    buttonByText(create, 'Create key').click();

    const secretDialog = await opened(el, 'secret');
    const field = fieldByLabel<HTMLTextAreaElement>(screen(el), 'API key');
    const secret = field.value;
    expect(secret).to.match(/^tk_live_[a-z0-9]{8}_[a-f0-9]{64}$/);
    expect(normalizeText(secretDialog.textContent)).to.contain("It won't be shown again");

    // Escape and Done are refused, with the reason, until the reader says they stored it.
    secretDialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true }));
    secretDialog.dispatchEvent(new Event('cancel', { cancelable: true }));
    buttonByText(secretDialog, 'Done').click();
    await el.updateComplete;
    expect(secretDialog.open).to.equal(true);
    expect(normalizeText(secretDialog.querySelector('[part~="notice"][part~="warning"]')?.textContent)).to.contain('Confirm that you stored it first');
    expect(buttonByText(secretDialog, 'Done').getAttribute('aria-disabled')).to.equal('true');

    fieldByLabel(screen(el), 'I have stored it somewhere safe').click();
    await el.updateComplete;
    buttonByText(secretDialog, 'Done').click();
    await eventually(() => !secretDialog.open, 'Done did not close the dialog');
    await eventually(() => screen(el).activeElement === buttonByText(screen(el), 'Create API key'), 'focus did not go back to Create API key');

    // The key is listed by its prefix, and the secret is nowhere: not on screen, not in the event, not in the list's answer.
    const event = await created;
    expect(event.apiKey.name).to.equal('Deploy bot');
    expect(JSON.stringify(event.apiKey)).to.not.contain(secret);
    expect(read(rowOf(el, 'Deploy bot'))).to.contain(`${secret.slice(0, 16)}…`).and.contain('Feb 14, 2026');
    expect(screen(el).innerHTML).to.not.contain(secret.slice(17));
    await el.refresh();
    const listed = sentRequests().filter((request) => request.method === 'GET' && request.path === KEYS);
    expect(listed.length).to.be.greaterThan(1);
    expect(listed.map((request) => JSON.stringify(request.body)).join('')).to.not.contain(secret.slice(17));

    // The secret works, within its scope.
    const audit = await fetch('/api/workspaces/ws_acme/audit-log?limit=1', { headers: { 'X-API-Key': secret } });
    expect(audit.status).to.equal(200);
    const members = await fetch('/api/workspaces/ws_acme/invitations', { headers: { 'X-API-Key': secret } });
    expect(members.status).to.equal(403);
  });

  it('copies the secret with visible feedback, and selects it for copying by hand when the clipboard is blocked', async () => {
    const clipboard = stubClipboard();
    restoreClipboard = clipboard.restore;
    const el = await place(backend);
    const create = await openCreate(el);
    type(fieldByLabel(screen(el), 'Name'), 'Zapier');
    scope(create, /^Invite members/).click();
    buttonByText(create, 'Create key').click();
    const secretDialog = await opened(el, 'secret');
    const field = fieldByLabel<HTMLTextAreaElement>(screen(el), 'API key');

    secretDialog.querySelector<HTMLButtonElement>('[part~="copy"]')?.click();
    await eventually(() => normalizeText(secretDialog.querySelector('[part~="copy-status"]')?.textContent) === '✓ Copied', 'no "Copied"');
    expect(clipboard.copied).to.deep.equal([field.value]);

    clipboard.block();
    secretDialog.querySelector<HTMLButtonElement>('[part~="copy"]')?.click();
    await eventually(() => /press (Ctrl\+C|⌘C) to copy it/.test(normalizeText(secretDialog.querySelector('[part~="copy-status"]')?.textContent)), 'no way to copy by hand');
    expect(screen(el).activeElement).to.equal(field);
    expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, field.value.length]);
  });

  it('offers only the scopes the creator holds, and says why the others are unavailable', async () => {
    const owner = clientFor(backend, 'owner');
    const role = await owner.roles.create('ws_acme', { name: 'Integrations', permissions: ['developer:manage', 'audit:view'] });
    const admin = [...backend.store.members.ofWorkspace('ws_acme')].find((member) => member.roleId === 'admin');
    if (!admin) throw new Error('no admin in the seed');
    await owner.members.update('ws_acme', admin.id, { role: role.id });

    const el = await place(backend, { as: 'admin' });
    const create = await openCreate(el);
    expect(scope(create, /^View audit log/).disabled).to.equal(false);
    const billing = scope(create, /^Manage billing/);
    expect(billing.disabled).to.equal(true);
    const why = billing.getAttribute('aria-describedby')?.split(' ').map((id) => screen(el).getElementById(id)?.textContent ?? '').join(' ');
    expect(why).to.contain("Your role doesn't include this, so your keys can't have it.");
    await expect(el).to.be.accessible();
  });

  it('expires a key at the end of the chosen day, and refuses a day out of range', async () => {
    const el = await place(backend);
    const create = await openCreate(el);
    type(fieldByLabel(screen(el), 'Name'), 'Quarter report');
    scope(create, /^View audit log/).click();
    choose(fieldByLabel<HTMLSelectElement>(screen(el), 'Expires'), 'date');
    await el.updateComplete;
    const day = fieldByLabel(screen(el), 'Last day it works');
    expect([day.min, day.max]).to.deep.equal(['2026-01-15', '2028-01-14']);

    type(day, '2030-01-01');
    buttonByText(create, 'Create key').click();
    await eventually(() => day.getAttribute('aria-invalid') === 'true', 'a day past the longest lifetime was accepted');
    expect(normalizeText(create.textContent)).to.contain('Choose a day from today to Jan 14, 2028.');
    expect(createdNames(backend)).to.not.include('Quarter report');

    type(day, '2026-03-31');
    buttonByText(create, 'Create key').click();
    await opened(el, 'secret');
    expect(backend.store.apiKeys.ofWorkspace('ws_acme').find((key) => key.name === 'Quarter report')?.expiresAt).to.equal('2026-03-31T23:59:59.999Z');
  });

  it('revokes a key after confirming, and asks nothing of the server when the reader cancels', async () => {
    const el = await place(backend);
    const revoked = new Promise<ApiKeyRevokedEvent>((resolve) => el.addEventListener('tk-api-key-revoked', resolve, { once: true }));
    rowOf(el, 'CRM sync').querySelector<HTMLButtonElement>('[part~="revoke"]')?.click();
    const confirm = await opened(el, 'confirm');
    expect(normalizeText(confirm.textContent)).to.contain('Everything that uses the key');
    buttonByText(confirm, 'Cancel').click();
    await eventually(() => !confirm.open, 'Cancel did not close the confirmation');
    expect(sentRequests().some((request) => request.method === 'POST' && request.path.endsWith('/revoke'))).to.equal(false);

    rowOf(el, 'CRM sync').querySelector<HTMLButtonElement>('[part~="revoke"]')?.click();
    buttonByText(await opened(el, 'confirm'), 'Revoke key').click();
    expect((await revoked).apiKey.status).to.equal('revoked');
    await eventually(() => read(rowOf(el, 'CRM sync')).includes('Revoked'), 'the row does not say Revoked');
    expect(rowOf(el, 'CRM sync').querySelector('[part~="revoke"]')).to.equal(null);
    expect(normalizeText(screen(el).querySelector('[part~="notice"]')?.textContent)).to.contain('API key CRM sync revoked');
  });

  it('tells a viewer why, without asking for the keys', async () => {
    const el = await place(backend, { as: 'viewer' });
    expect(normalizeText(screen(el).querySelector('[part~="denied"]')?.textContent)).to.contain("You can't manage this workspace's API keys")
      .and.contain("Your role (Viewer) doesn't allow this.");
    expect(sentRequests().some((request) => request.path === KEYS)).to.equal(false);
    expect(screen(el).querySelector('[part~="create"]')).to.equal(null);
  });
});
