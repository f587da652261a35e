import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { SEED } from '../../src/backend/index.js';
import type { WorkspaceSwitcher } from '../../src/components/workspace-switcher/workspace-switcher.component.js';
import { describeConformance } from './conformance.js';
import {
  buttonByText, clientFor, fieldByLabel, mount, normalizeText, screen, sentRequests, settle, startBackend, type, type Backend,
} from './helpers.js';
import { oneEvent, text, until, workspace } from './workspaces-helpers.js';

const show = (backend: Backend) => mount<WorkspaceSwitcher>(backend, html`<workspace-switcher></workspace-switcher>`);

const trigger = (el: WorkspaceSwitcher) => {
  const button = screen(el).querySelector<HTMLButtonElement>('[part~="trigger"]');
  if (!button) throw new Error('no menu button');
  return button;
};
const items = (el: WorkspaceSwitcher) => [...screen(el).querySelectorAll<HTMLElement>('[role^="menuitem"]')];
/** What a screen reader reads of a node: its text without the parts hidden from it (the logo's initials). */
function spoken(node: Element | null | undefined): string {
  if (!node) return '';
  const copy = node.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return normalizeText(copy.textContent);
}
const focused = (el: WorkspaceSwitcher) => spoken(screen(el).activeElement);

async function openMenu(el: WorkspaceSwitcher): Promise<void> {
  trigger(el).click();
  await waitUntil(() => items(el).length > 0 && screen(el).activeElement?.matches('[role^="menuitem"]'), 'the menu did not open');
}

async function openCreate(el: WorkspaceSwitcher): Promise<void> {
  await openMenu(el);
  items(el).find((item) => normalizeText(item.textContent) === 'Create workspace')?.click();
  await waitUntil(() => screen(el).querySelector('dialog[open]'), 'the create dialog did not open');
}

async function typeName(el: WorkspaceSwitcher, name: string): Promise<void> {
  await waitUntil(() => screen(el).querySelector('dialog input'), 'no name field');
  type(fieldByLabel(screen(el), 'Workspace name'), name);
}

const submit = (el: WorkspaceSwitcher) => buttonByText(screen(el).querySelector('dialog') as HTMLDialogElement, 'Create workspace').click();

describeConformance<WorkspaceSwitcher>({
  tag: 'workspace-switcher',
  mount: (backend, options) => mount(backend, html`<workspace-switcher></workspace-switcher>`, options),
  content: {},
  states: {
    loading: {},
    empty: {
      arrange: (backend) => {
        for (const member of [...backend.store.members.ofUser(SEED.users.owner.id)]) backend.store.members.delete(member);
      },
    },
    error: { request: { method: 'GET', path: '/workspaces' }, action: 'load' },
    denied: { notApplicable: 'Everyone signed in sees their own workspaces, and may ask to create one (the quota then says whether they may).' },
    hostile: {
      arrange: (backend, name) => {
        const record = workspace(backend);
        backend.store.workspaces.update(record, { name, version: record.version + 1 });
      },
    },
  },
  mutation: {
    request: { method: 'POST', path: '/workspaces' },
    action: 'workspace-create',
    fill: async (el) => {
      await openCreate(el);
      await typeName(el, 'Acme Research');
    },
    values: (el) => fieldByLabel(screen(el), 'Workspace name').value,
    submit,
  },
  spanish: { prepare: openMenu },
  keyboard: {},
  narrow: { prepare: openMenu },
});

describe('<workspace-switcher>', () => {
  let backend: Backend;

  beforeEach(async () => {
    backend = await startBackend();
  });

  it('shows the current workspace, and lists every workspace with the reader’s role in it, the current one checked', async () => {
    const el = await show(backend);
    expect(spoken(trigger(el))).to.equal('Current workspace: Acme Inc. Owner');
    expect(trigger(el).getAttribute('aria-haspopup')).to.equal('menu');
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
    await openMenu(el);
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('true');
    expect(items(el).map((item) => [spoken(item), item.getAttribute('role'), item.getAttribute('aria-checked')])).to.deep.equal([
      ['Acme Inc. Owner', 'menuitemradio', 'true'],
      ['Acme Labs Owner', 'menuitemradio', 'false'],
      ['Globex Corporation Member', 'menuitemradio', 'false'],
      ['Create workspace', 'menuitem', null],
    ]);
    await expect(el).to.be.accessible();
  });

  it('follows the menu button pattern from the keyboard: arrows, Home, End, type-ahead and Escape', async () => {
    const el = await show(backend);
    trigger(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => focused(el) === 'Acme Inc. Owner', 'Down Arrow did not open the menu on its first item');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal('Acme Labs Owner');
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.equal('Create workspace');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el), 'Down Arrow wraps to the first item').to.equal('Acme Inc. Owner');
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el), 'Up Arrow wraps to the last item').to.equal('Create workspace');
    await sendKeys({ press: 'Home' });
    expect(focused(el)).to.equal('Acme Inc. Owner');
    await sendKeys({ type: 'g' });
    expect(focused(el)).to.equal('Globex Corporation Member');
    // A pause ends one search; the next starts afresh.
    await new Promise((resolve) => setTimeout(resolve, 600));
    await sendKeys({ type: 'acme l' });
    expect(focused(el)).to.equal('Acme Labs Owner');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => screen(el).activeElement === trigger(el), 'Escape did not return focus to the button');
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
    expect(items(el)).to.deep.equal([]);

    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => focused(el) === 'Create workspace', 'Up Arrow did not open the menu on its last item');
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el) === 'Acme Inc. Owner', 'Enter did not open the menu');
  });

  it('switches every teamkit element under the provider to the chosen workspace, and tells the page', async () => {
    const client = clientFor(backend, 'owner');
    const provider = await fixture<HTMLElement>(html`<teamkit-provider .client=${client} workspace-id="ws_acme" locale="en" time-zone="UTC">
      <workspace-switcher></workspace-switcher><team-table></team-table><invitation-list></invitation-list>
    </teamkit-provider>`);
    const [el, table, invitations] = [...provider.children] as [WorkspaceSwitcher, HTMLElement, HTMLElement];
    await Promise.all([settle(el), settle(table), settle(invitations)]);
    await waitUntil(() => text(table).includes('Mia Member'), 'the team table never showed Acme’s members');

    const before = oneEvent(el, 'tk-before-workspace-switch');
    const switched = oneEvent(el, 'tk-workspace-switched');
    await openMenu(el);
    items(el).find((item) => normalizeText(item.textContent).includes('Acme Labs'))?.click();
    expect((await before).workspace.id).to.equal(SEED.workspaces.labs);
    expect((await switched).workspace.name).to.equal('Acme Labs');
    expect(provider.getAttribute('workspace-id')).to.equal(SEED.workspaces.labs);
    await waitUntil(() => spoken(trigger(el)).includes('Acme Labs'), 'the button still shows Acme Inc.');
    expect(screen(el).activeElement).to.equal(trigger(el));
    await waitUntil(() => text(table).includes('Adam Admin') && !text(table).includes('Mia Member'), 'the team table did not reload for Acme Labs');
    await waitUntil(() => sentRequests().some((request) => request.path === '/workspaces/ws_labs/invitations' && request.status === 200),
      'the invitation list did not reload for Acme Labs');
    await waitUntil(() => document.getElementById('teamkit-announcer-polite')?.textContent === 'Switched to Acme Labs', 'not announced');
  });

  it('keeps the current workspace when the page cancels the switch', async () => {
    const el = await show(backend);
    el.addEventListener('tk-before-workspace-switch', (event) => event.preventDefault());
    await openMenu(el);
    items(el).find((item) => normalizeText(item.textContent).includes('Globex'))?.click();
    await el.updateComplete;
    expect(el.closest('teamkit-provider')?.getAttribute('workspace-id')).to.equal(SEED.workspaces.acme);
    expect(spoken(trigger(el))).to.include('Acme Inc.');
  });

  it('says how many workspaces the reader may own before they type, creates one and makes it current', async () => {
    const el = await show(backend);
    await openCreate(el);
    await until(el, 'You can own up to 10 workspaces. You own 2.');
    const field = fieldByLabel(screen(el), 'Workspace name');
    await waitUntil(() => screen(el).activeElement === field, 'focus is not on the name');
    await expect(el).to.be.accessible();
    type(field, 'Acme Research');
    const created = oneEvent(el, 'tk-workspace-created');
    submit(el);
    const { workspace: made } = await created;
    expect(made.name).to.equal('Acme Research');
    await waitUntil(() => !screen(el).querySelector('dialog[open]'), 'the dialog stayed open');
    await waitUntil(() => spoken(trigger(el)).includes('Acme Research'), 'the new workspace is not current');
    expect(el.closest('teamkit-provider')?.getAttribute('workspace-id')).to.equal(made.id);
    await openMenu(el);
    expect(items(el).map(spoken)).to.include('Acme Research Owner');
  });

  it('refuses control characters and direction overrides in the name, keeping what was typed and creating nothing', async () => {
    const el = await show(backend);
    await openCreate(el);
    await typeName(el, 'Acme\u202eInc');
    submit(el);
    await until(el, 'Remove the hidden text-direction characters.');
    const field = fieldByLabel(screen(el), 'Workspace name');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(field.value).to.equal('Acme\u202eInc');
    expect(sentRequests().filter((request) => request.method === 'POST')).to.deep.equal([]);
  });

  it("shows the plan's limit instead of a name field when the free plan's one workspace is taken", async () => {
    const el = await mount<WorkspaceSwitcher>(backend, html`<workspace-switcher></workspace-switcher>`, { as: 'gus@globex.test', workspaceId: SEED.workspaces.globex });
    await openCreate(el);
    await until(el, 'Your plan includes 1 workspace, and you own it');
    expect(text(el)).to.include('Upgrade to a paid plan to create more.');
    expect(screen(el).querySelector('dialog input')).to.equal(null);
    expect(sentRequests().filter((request) => request.method === 'POST')).to.deep.equal([]);
    await expect(el).to.be.accessible();
    buttonByText(screen(el), 'Close').click();
    await waitUntil(() => !screen(el).querySelector('dialog[open]') && screen(el).activeElement === trigger(el), 'Close did not return to the button');
  });

  it("shows the account's limit when the reader owns as many workspaces as an account may", async () => {
    backend = await startBackend({ limits: { workspacesPerAccount: 2 } });
    const el = await show(backend);
    await openCreate(el);
    await until(el, 'You own 2 workspaces, the most an account can own');
    expect(screen(el).querySelector('dialog input')).to.equal(null);
  });
});
