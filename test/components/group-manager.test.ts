import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { SEED } from '../../src/backend/index.js';
import type { GroupManager } from '../../src/components/group-manager/group-manager.component.js';
import { describeConformance } from './conformance.js';
import {
  buttonByText, eventually, fieldByLabel, mount, normalizeText, screen, sentRequests, startBackend, type, type Backend, type MountOptions,
} from './helpers.js';

const ACME = SEED.workspaces.acme;
const { engineering, sales } = SEED.groups;
const groups = `/workspaces/${ACME}/groups`;

const show = (backend: Backend, options: MountOptions = {}) => mount<GroupManager>(backend, html`<group-manager></group-manager>`, options);
const newName = (el: GroupManager) => fieldByLabel(screen(el), 'New group');
const itemOf = (el: GroupManager, name: string) => [...screen(el).querySelectorAll<HTMLElement>('[part~="item"]')]
  .find((item) => normalizeText(item.querySelector('[part~="name"]')?.textContent) === name) ?? expect.fail(`no group "${name}"`);
const button = (root: ParentNode, label: string) => [...root.querySelectorAll<HTMLButtonElement>('button')]
  .find((candidate) => candidate.getAttribute('aria-label') === label || normalizeText(candidate.textContent) === label) ?? expect.fail(`no button "${label}"`);
/** Clicks as a user does: the button takes focus first. */
const press = (target: HTMLElement) => { target.focus(); target.click(); };
const openDialog = (el: GroupManager) => screen(el).querySelector<HTMLDialogElement>('dialog[open]');
const announced = () => document.getElementById('teamkit-announcer-polite')?.textContent ?? '';
const namesIn = (root: ParentNode, selector: string) => [...root.querySelectorAll(`${selector} .name`)].map((node) => normalizeText(node.textContent));

/** Types into the members dialog's search and waits for its suggestions. */
/** Types a name into the members dialog's search and waits for the suggestions that answer it. */
async function search(el: GroupManager, name: string): Promise<HTMLElement[]> {
  const input = screen(el).querySelector<HTMLInputElement>('[role="combobox"]') ?? expect.fail('no search');
  const options = () => [...screen(el).querySelectorAll<HTMLElement>('[role="option"]')];
  type(input, name);
  await eventually(() => options().length > 0 && options().every((option) => option.textContent?.includes(name)), `no suggestion for ${name}`);
  return options();
}

async function openMembers(el: GroupManager, name: string): Promise<HTMLDialogElement> {
  press(button(itemOf(el, name), `Members of ${name}`));
  await eventually(() => openDialog(el)?.querySelector('[part~="member"]'), 'the members did not show');
  return openDialog(el) ?? expect.fail('no dialog');
}

describeConformance<GroupManager>({
  tag: 'group-manager',
  mount: (backend, options) => show(backend, options),
  content: {},
  states: {
    loading: {},
    empty: {
      arrange: (backend) => {
        for (const group of backend.store.groupsOf(ACME)) backend.store.groups.delete(group);
      },
    },
    error: { request: { method: 'GET', path: groups }, action: 'load' },
    denied: { as: 'viewer' },
    hostile: {
      arrange: (backend, text) => {
        const group = backend.store.groups.get(engineering);
        if (group) backend.store.groups.update(group, { name: text });
      },
      input: {
        field: (el) => newName(el),
        submit: (el) => buttonByText(screen(el), 'Create group').click(),
        stored: (backend) => backend.store.groupsOf(ACME).map((group) => group.name),
      },
    },
  },
  mutation: {
    request: { method: 'POST', path: groups },
    action: 'group-create',
    fill: (el) => type(newName(el), 'Support'),
    values: (el) => newName(el).value,
    submit: (el) => buttonByText(screen(el), 'Create group').click(),
  },
  spanish: {},
  keyboard: {},
  narrow: {},
});

describe('<group-manager>', () => {
  let backend: Backend;

  beforeEach(async () => {
    backend = await startBackend();
  });

  it('lists the groups with how many are in each', async () => {
    const el = await show(backend);
    const items = [...screen(el).querySelectorAll('[part~="item"]')].map((item) => normalizeText(item.querySelector('.group-text')?.textContent));
    expect(items).to.deep.equal(['Engineering 7 members', 'Sales 6 members']);
    await expect(el).to.be.accessible();
  });

  it('creates a group, in its place by name, and empties the box for the next one', async () => {
    const el = await show(backend);
    const seen: string[] = [];
    el.addEventListener('tk-before-group-create', (event) => seen.push(`before ${event.input.name}`));
    el.addEventListener('tk-group-created', (event) => seen.push(`created ${event.group.name}`));
    type(newName(el), 'Finance');
    buttonByText(screen(el), 'Create group').click();
    await eventually(() => seen.length === 2, 'no events');
    expect(seen).to.deep.equal(['before Finance', 'created Finance']);
    await el.updateComplete;
    expect([...screen(el).querySelectorAll('[part~="name"]')].map((node) => node.textContent)).to.deep.equal(['Engineering', 'Finance', 'Sales']);
    expect(newName(el).value).to.equal('');
    await eventually(() => announced() === 'Group Finance created', 'not announced');
  });

  it('says a taken name is taken, keeping what was typed', async () => {
    const el = await show(backend);
    type(newName(el), 'sales');
    buttonByText(screen(el), 'Create group').click();
    await eventually(() => screen(el).querySelector('[part~="form-error"]'), 'no error');
    expect(newName(el).value).to.equal('sales');
    expect(backend.store.groupsOf(ACME)).to.have.length(2);
  });

  it('renames a group with the version it read, and keeps the new name when someone renamed it meanwhile', async () => {
    const el = await show(backend);
    const renamed = new Promise<string>((resolve) => el.addEventListener('tk-group-renamed', (event) => resolve(event.group.name), { once: true }));
    press(button(itemOf(el, 'Sales'), 'Rename Sales'));
    await eventually(() => openDialog(el)?.querySelector('input'), 'no rename form');
    const name = fieldByLabel(screen(el), 'Name');
    expect(name.value).to.equal('Sales');
    const group = backend.store.groups.get(sales);
    if (group) backend.store.groups.update(group, { name: 'Sales team', version: group.version + 1 });
    type(name, 'Sales EMEA');
    buttonByText(openDialog(el) ?? expect.fail('no dialog'), 'Rename').click();
    await eventually(() => screen(el).querySelector('[part~="reload"]'), 'no Reload and merge');
    expect(name.value).to.equal('Sales EMEA');
    buttonByText(screen(el), 'Reload and merge').click();
    await eventually(() => normalizeText(openDialog(el)?.textContent).includes('Loaded the latest version'), 'not merged');
    buttonByText(openDialog(el) ?? expect.fail('no dialog'), 'Rename').click();
    expect(await renamed).to.equal('Sales EMEA');
    await eventually(() => !openDialog(el), 'the dialog stayed open');
    expect(backend.store.groups.get(sales)?.name).to.equal('Sales EMEA');
    expect(itemOf(el, 'Sales EMEA')).to.be.instanceOf(HTMLElement);
  });

  it('deletes a group after confirming, then carries on from the next group', async () => {
    const el = await show(backend);
    const deleted = new Promise<string>((resolve) => el.addEventListener('tk-group-deleted', (event) => resolve(event.group.id), { once: true }));
    press(button(itemOf(el, 'Engineering'), 'Delete Engineering'));
    await eventually(() => screen(el).querySelector('dialog[data-confirm][open]'), 'no confirmation');
    expect(normalizeText(screen(el).querySelector('dialog[data-confirm]')?.textContent)).to.include('Its 7 members lose the group; they stay in the workspace with their roles.');
    buttonByText(screen(el), 'Delete group').click();
    expect(await deleted).to.equal(engineering);
    expect(backend.store.groups.get(engineering)).to.equal(undefined);
    await eventually(() => screen(el).activeElement === button(itemOf(el, 'Sales'), 'Members of Sales'),
      `focus is on ${String(screen(el).activeElement?.outerHTML ?? document.activeElement?.localName)}`);
  });

  it("tells an admin before the click that a group holding the owner is the owner's to delete", async () => {
    const owner = backend.store.members.get(SEED.members.acme.owner);
    if (owner) backend.store.members.update(owner, { groupIds: [sales] });
    const el = await show(backend, { as: 'admin' });
    await eventually(() => itemOf(el, 'Sales').querySelector('[part~="reason"]'), 'no reason shown');
    const remove = button(itemOf(el, 'Sales'), 'Delete Sales');
    expect(remove.getAttribute('aria-disabled')).to.equal('true');
    const reason = screen(el).getElementById(remove.getAttribute('aria-describedby') ?? '');
    expect(normalizeText(reason?.textContent)).to.equal('Olivia Owner, the owner, is in this group: only the owner can delete it.');
    remove.click();
    await el.updateComplete;
    expect(screen(el).querySelector('dialog[open]')).to.equal(null);
    expect(button(itemOf(el, 'Engineering'), 'Delete Engineering').getAttribute('aria-disabled')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('adds and removes members in one step and reports each outcome', async () => {
    const el = await show(backend);
    const dialog = await openMembers(el, 'Engineering');
    expect(namesIn(dialog, '[part~="members"] [part~="member"]')).to.include('Adam Admin');
    const changed = new Promise<string[]>((resolve) => el.addEventListener('tk-group-members-changed',
      (event) => resolve(event.results.map((result) => `${result.memberId} ${result.outcome}`)), { once: true }));

    const [mia] = await search(el, 'Mia');
    mia?.click();
    await el.updateComplete;
    expect(namesIn(dialog, '[part~="pending"]')).to.deep.equal(['Mia Member']);
    press(button(dialog, 'Remove Adam Admin'));
    await el.updateComplete;
    expect(normalizeText(dialog.querySelector('[part~="dirty-status"]')?.textContent)).to.equal('1 to add and 1 to remove');
    await expect(el).to.be.accessible();
    buttonByText(dialog, 'Save changes').click();

    expect(await changed).to.deep.equal([`${SEED.members.acme.member} added`, `${SEED.members.acme.admin} removed`]);
    await eventually(() => dialog.querySelector('[part~="notice"] strong')?.textContent === '2 of 2 changes made', 'no report');
    expect(backend.store.members.get(SEED.members.acme.member)?.groupIds).to.include(engineering);
    expect(backend.store.members.get(SEED.members.acme.admin)?.groupIds).to.not.include(engineering);
    await eventually(() => !namesIn(dialog, '[part~="members"] [part~="member"]').includes('Adam Admin'), 'the list was not refreshed');
    expect(normalizeText(itemOf(el, 'Engineering').querySelector('[part~="count"]')?.textContent)).to.equal('7 members');
  });

  it('names the members the server did not change, and why', async () => {
    const el = await show(backend);
    await openMembers(el, 'Sales');
    (await search(el, 'Victor'))[0]?.click();
    (await search(el, 'Ana Silva'))[0]?.click();
    // Ana leaves the workspace before the change is saved.
    const ana = backend.store.members.get(SEED.members.acme.billing);
    if (ana) backend.store.members.delete(ana);
    const dialog = openDialog(el) ?? expect.fail('no dialog');
    buttonByText(dialog, 'Save changes').click();
    await eventually(() => dialog.querySelector('[part~="notice"]'), 'no report');
    const notice = dialog.querySelector('[part~="notice"]');
    expect(notice?.getAttribute('part')).to.equal('notice warning');
    expect(notice?.querySelector('strong')?.textContent).to.equal('1 of 2 changes made');
    expect(notice?.querySelector('p')?.textContent).to.equal('1 failed: Ana Silva (no longer in the workspace).');
  });

  it("keeps the owner out of an admin's picks and removals, saying why", async () => {
    const owner = backend.store.members.get(SEED.members.acme.owner);
    if (owner) backend.store.members.update(owner, { groupIds: [engineering] });
    const el = await show(backend, { as: 'admin' });
    const dialog = await openMembers(el, 'Engineering');
    const remove = button(dialog, 'Remove Olivia Owner');
    expect(remove.getAttribute('aria-disabled')).to.equal('true');
    expect(normalizeText(screen(el).getElementById(remove.getAttribute('aria-describedby') ?? '')?.textContent)).to.equal("Only the owner changes the owner's groups.");
    remove.click();
    await el.updateComplete;
    expect(dialog.querySelector('[part~="member-removing"]')).to.equal(null);
    const [olivia] = await search(el, 'Olivia');
    expect(olivia?.getAttribute('aria-disabled')).to.equal('true');
    expect(normalizeText(olivia?.textContent)).to.include('Already in this group');
  });

  it('keeps the dialog open on the first Escape in the search, and closes it on the next', async () => {
    const el = await show(backend);
    const dialog = await openMembers(el, 'Sales');
    await search(el, 'Mia');
    const input = screen(el).querySelector<HTMLInputElement>('[role="combobox"]') ?? expect.fail('no search');
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true }));
    await el.updateComplete;
    expect(dialog.open).to.equal(true);
    expect(input.getAttribute('aria-expanded')).to.equal('false');
  });

  it("shows a viewer the groups and who is in them, with why they can't change them, asking nothing refused", async () => {
    const el = await show(backend, { as: 'viewer' });
    expect(normalizeText(screen(el).querySelector('[part~="notice"]')?.textContent)).to.include("Your role (Viewer) doesn't allow this.");
    expect(screen(el).querySelector('form')).to.equal(null);
    expect(itemOf(el, 'Sales').querySelectorAll('button')).to.have.length(1);
    const dialog = await openMembers(el, 'Sales');
    expect(normalizeText(dialog.textContent)).to.include("You can't change who is in groups");
    expect(dialog.querySelector('[role="combobox"], [part~="remove"], [part~="submit"]')).to.equal(null);
    expect(sentRequests().filter((request) => request.status === 403)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('speaks Spanish', async () => {
    const el = await show(backend, { locale: 'es' });
    await eventually(() => normalizeText(itemOf(el, 'Sales').textContent).startsWith('Sales 6 miembros'), 'not in Spanish');
    expect(buttonByText(screen(el), 'Crear grupo')).to.be.instanceOf(HTMLButtonElement);
  });
});
