import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { SEED } from '../../src/backend/index.js';
import type { DangerZone } from '../../src/components/danger-zone/danger-zone.component.js';
import type { WorkspaceSwitcher } from '../../src/components/workspace-switcher/workspace-switcher.component.js';
import { describeConformance } from './conformance.js';
import {
  buttonByText, clientFor, eventually, fieldByLabel, mount, normalizeText, screen, settle, startBackend, type, type Backend, type MountOptions,
} from './helpers.js';
import { description, oneEvent, text, until, workspace } from './workspaces-helpers.js';

const show = (backend: Backend, options: MountOptions = {}) => mount<DangerZone>(backend, html`<danger-zone></danger-zone>`, options);

/** Clicks as a user does: the button takes focus first. */
const press = (target: HTMLElement) => { target.focus(); target.click(); };
const sectionOf = (el: DangerZone, name: 'leave' | 'transfer' | 'delete') =>
  screen(el).querySelector<HTMLElement>(`[part~="section-${name}"]`) ?? expect.fail(`no ${name} section`);
const actionOf = (el: DangerZone, name: 'leave' | 'transfer' | 'delete') =>
  sectionOf(el, name).querySelector<HTMLButtonElement>(`[part~="action"][part~="${name}"]`) ?? expect.fail(`no ${name} button`);
const openConfirm = (el: DangerZone) => screen(el).querySelector<HTMLDialogElement>('dialog[open]');
const heirName = (el: DangerZone) => normalizeText(screen(el).querySelector('[part~="heir"] .name')?.textContent);
const owners = (backend: Backend) => [...backend.store.members.ofWorkspace(SEED.workspaces.acme)].filter((member) => member.roleId === 'owner');

/** Searches the new owner's box for `name` and waits for the suggestions that answer it. */
async function search(el: DangerZone, name: string): Promise<HTMLElement[]> {
  const input = screen(el).querySelector<HTMLInputElement>('[role="combobox"]') ?? expect.fail('no search');
  const options = () => [...screen(el).querySelectorAll<HTMLElement>('[role="option"]')];
  type(input, name);
  await eventually(() => options().length > 0 && options().every((option) => option.textContent?.includes(name)), `no suggestion for ${name}`);
  return options();
}

/** Picks `name` as the new owner, as a user: search, then click the suggestion. */
async function pick(el: DangerZone, name: string): Promise<void> {
  const [option] = await search(el, name);
  option?.click();
  await eventually(() => heirName(el) === name, `${name} was not picked`);
}

/** Answers the open question: types `typed` first when it asks for a name. */
async function confirm(el: DangerZone, typed?: string): Promise<void> {
  await eventually(() => openConfirm(el), 'no question asked');
  const dialog = openConfirm(el) ?? expect.fail('no question');
  if (typed !== undefined) type(fieldByLabel(screen(el), 'Type the text above to confirm'), typed);
  await el.updateComplete;
  press(dialog.querySelector<HTMLButtonElement>('[part~="confirm-accept"]') ?? expect.fail('no confirm button'));
}

describeConformance<DangerZone>({
  tag: 'danger-zone',
  mount: (backend, options) => show(backend, options),
  content: {},
  states: {
    loading: {},
    empty: { notApplicable: 'It is about the current workspace, which always has its three actions; once the reader left or deleted their last one it says so (tested below).' },
    error: { request: { method: 'GET', path: '/workspaces/ws_acme' }, action: 'load' },
    denied: { notApplicable: 'Everyone in a workspace may leave it, so every role sees the element; what a role may not do (the owner leave, anyone else transfer or delete) is unavailable with the reason, tested below.' },
    hostile: {
      arrange: (backend, text) => {
        backend.store.workspaces.update(workspace(backend), { name: text });
      },
    },
  },
  mutation: {
    request: { method: 'POST', path: '/workspaces/ws_acme/transfer-ownership' },
    action: 'ownership-transfer',
    fill: (el) => pick(el, 'Ngozi Okafor'),
    values: (el) => heirName(el),
    submit: async (el) => {
      press(actionOf(el, 'transfer'));
      await confirm(el);
    },
  },
  spanish: { same: ['webhooks'] },
  keyboard: {},
  narrow: {},
});

describe('<danger-zone>', () => {
  let backend: Backend;

  beforeEach(async () => {
    backend = await startBackend();
  });

  it('says exactly what each action takes away, for the workspace and the reader\'s role', async () => {
    const el = await show(backend);
    expect(text(el)).to.include('Acme Inc. · Your role: Owner');
    expect(normalizeText(sectionOf(el, 'leave').querySelector('[part~="consequences"]')?.textContent))
      .to.include('You lose access to its members, data and settings at once');
    expect(normalizeText(sectionOf(el, 'transfer').querySelector('[part~="consequences"]')?.textContent))
      .to.include('You become an admin: you can no longer delete or transfer it');
    expect(normalizeText(sectionOf(el, 'delete').querySelector('[part~="consequences"]')?.textContent))
      .to.include(`its ${[...backend.store.members.ofWorkspace(SEED.workspaces.acme)].length} members lose access at once, and its invitations, roles, groups, domains, API keys, webhooks, audit log and billing history go with it`);
    await expect(el).to.be.accessible();
  });

  it('refuses Leave to the owner with the reason, and its way to transfer goes to the new owner\'s search', async () => {
    const el = await show(backend);
    const leave = actionOf(el, 'leave');
    expect(leave.getAttribute('aria-disabled')).to.equal('true');
    expect(description(el, leave)).to.include("You own Acme Inc., and an owner can't leave it. Transfer ownership to another member first");

    press(leave);
    await el.updateComplete;
    expect(openConfirm(el), 'a question opened').to.equal(null);

    press(buttonByText(sectionOf(el, 'leave'), 'Choose a new owner'));
    expect(screen(el).activeElement?.getAttribute('role')).to.equal('combobox');
    expect(screen(el).activeElement?.closest('[part~="section"]')).to.equal(sectionOf(el, 'transfer'));
  });

  it('lists members who cannot become owner with the reason, and does not pick them', async () => {
    const el = await show(backend);
    const [pending] = await search(el, 'Tomás Ferreira');
    expect(pending?.getAttribute('aria-disabled')).to.equal('true');
    expect(normalizeText(pending?.textContent)).to.include('only an active member can become the owner');
    pending?.click();
    await el.updateComplete;
    expect(heirName(el)).to.equal('');

    const [self] = await search(el, 'Olivia Owner');
    expect(normalizeText(self?.textContent)).to.include('You already own this workspace');
  });

  it('transfers ownership: exactly one owner, the new owner mailed, and the reader an admin who may leave', async () => {
    const el = await show(backend);
    expect(actionOf(el, 'transfer').getAttribute('aria-disabled'), 'Transfer before a pick').to.equal('true');
    await pick(el, 'Ngozi Okafor');
    const transfer = actionOf(el, 'transfer');
    expect(normalizeText(transfer.textContent)).to.equal('Transfer ownership to Ngozi Okafor');
    expect(screen(el).activeElement, 'focus after the pick').to.equal(transfer);

    const transferred = oneEvent(el, 'tk-ownership-transferred');
    press(transfer);
    await eventually(() => openConfirm(el), 'no question asked');
    expect(normalizeText(openConfirm(el)?.textContent)).to.include('Ngozi Okafor becomes the only owner of Acme Inc.');
    await confirm(el);

    const event = await transferred;
    expect(event.member.name).to.equal('Ngozi Okafor');
    expect(event.workspace.role).to.equal('admin');
    expect(owners(backend).map((member) => member.userId)).to.deep.equal([event.member.userId]);
    const mail = backend.outbox.latest('ngozi.okafor@acme.test', 'ownership_transferred');
    expect(mail?.subject).to.equal('You now own Acme Inc.');

    await until(el, 'Ngozi Okafor now owns Acme Inc.');
    expect(text(el)).to.include('Your role: Admin');
    expect(actionOf(el, 'leave').getAttribute('aria-disabled')).to.equal('false');
    expect(description(el, actionOf(el, 'transfer'))).to.include('Only the owner can transfer ownership. Your role: Admin.');
    expect(description(el, actionOf(el, 'delete'))).to.include('Only the owner can delete the workspace. Your role: Admin.');
    await expect(el).to.be.accessible();
  });

  it('after a transfer, a switcher on the page shows the reader as admin', async () => {
    const client = clientFor(backend, 'owner');
    const provider = await fixture<HTMLElement>(html`<teamkit-provider .client=${client} workspace-id="ws_acme" locale="en" time-zone="UTC">
      <workspace-switcher></workspace-switcher><danger-zone></danger-zone>
    </teamkit-provider>`);
    const [switcher, el] = [...provider.children] as [WorkspaceSwitcher, DangerZone];
    await settle(el);
    await settle(switcher);
    const current = () => normalizeText(screen(switcher).querySelector('button')?.textContent);
    expect(current()).to.include('Owner');

    await pick(el, 'Ngozi Okafor');
    press(actionOf(el, 'transfer'));
    await confirm(el);
    await waitUntil(() => current().includes('Admin'), `the switcher still says ${current()}`);
  });

  it('keeps the pick and transfers nothing when a listener cancels', async () => {
    const el = await show(backend);
    await pick(el, 'Ngozi Okafor');
    el.addEventListener('tk-before-ownership-transfer', (event) => event.preventDefault(), { once: true });
    press(actionOf(el, 'transfer'));
    await confirm(el);
    await el.updateComplete;
    expect(heirName(el)).to.equal('Ngozi Okafor');
    expect(owners(backend).map((member) => member.userId)).to.deep.equal([SEED.users.owner.id]);
  });

  it('lets someone else pick again with Change', async () => {
    const el = await show(backend);
    await pick(el, 'Ngozi Okafor');
    press(buttonByText(sectionOf(el, 'transfer'), 'Change'));
    await el.updateComplete;
    expect(heirName(el)).to.equal('');
    expect(screen(el).activeElement?.getAttribute('role')).to.equal('combobox');
  });

  it('shows a member transfer and delete unavailable with the reason, and asks nothing of them', async () => {
    const el = await show(backend, { as: 'member' });
    expect(text(el)).to.include('Your role: Member');
    for (const name of ['transfer', 'delete'] as const) {
      const button = actionOf(el, name);
      expect(button.getAttribute('aria-disabled'), name).to.equal('true');
      press(button);
    }
    await el.updateComplete;
    expect(openConfirm(el)).to.equal(null);
    expect(description(el, actionOf(el, 'transfer'))).to.equal('Only the owner can transfer ownership. Your role: Member.');
    expect(description(el, actionOf(el, 'delete'))).to.equal('Only the owner can delete the workspace. Your role: Member.');
    expect(screen(el).querySelector('[role="combobox"]'), 'a search for a non-owner').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('lets a member leave: tk-workspace-left, and the provider and a switcher beside it move on', async () => {
    const client = clientFor(backend, 'admin');
    const provider = await fixture<HTMLElement>(html`<teamkit-provider .client=${client} workspace-id="ws_acme" locale="en" time-zone="UTC">
      <workspace-switcher></workspace-switcher><danger-zone></danger-zone>
    </teamkit-provider>`);
    const [switcher, el] = [...provider.children] as [WorkspaceSwitcher, DangerZone];
    await settle(el);
    await settle(switcher);

    const left = oneEvent(el, 'tk-workspace-left');
    press(actionOf(el, 'leave'));
    await confirm(el);
    expect((await left).workspace.id).to.equal(SEED.workspaces.acme);
    expect([...backend.store.members.ofWorkspace(SEED.workspaces.acme)].some((member) => member.userId === SEED.users.admin.id)).to.equal(false);

    await waitUntil(() => provider.getAttribute('workspace-id') === SEED.workspaces.labs, 'the provider did not move on');
    await until(el, 'Acme Labs · Your role: Admin');
    expect(text(el)).to.include('You left Acme Inc.');
    expect(text(el)).to.include('Acme Labs is your current workspace now.');
    await waitUntil(() => normalizeText(screen(switcher).querySelector('button')?.textContent).includes('Acme Labs'), 'the switcher did not follow');
  });

  it('says so when the reader left their last workspace', async () => {
    const el = await show(backend, { as: 'member' });
    press(actionOf(el, 'leave'));
    await confirm(el);
    await until(el, "You're in no workspace now");
    expect(text(el)).to.include("You're in no other workspace.");
  });

  it('deletes only once the workspace\'s name is typed, then moves on', async () => {
    const el = await show(backend);
    press(actionOf(el, 'delete'));
    await eventually(() => openConfirm(el), 'no question asked');
    const accept = openConfirm(el)?.querySelector<HTMLButtonElement>('[part~="confirm-accept"]') ?? expect.fail('no confirm button');
    type(fieldByLabel(screen(el), 'Type the text above to confirm'), 'Acme');
    await el.updateComplete;
    expect(accept.disabled, 'with part of the name').to.equal(true);

    const deleted = oneEvent(el, 'tk-workspace-deleted');
    await confirm(el, 'Acme Inc.');
    expect((await deleted).workspace.id).to.equal(SEED.workspaces.acme);
    expect(backend.store.workspaces.get(SEED.workspaces.acme)).to.equal(undefined);
    await until(el, 'Deleted Acme Inc.');
    await waitUntil(() => el.closest('teamkit-provider')?.getAttribute('workspace-id') !== SEED.workspaces.acme, 'the provider did not move on');
  });

  it('speaks Spanish', async () => {
    const el = await show(backend, { locale: 'es' });
    expect(text(el)).to.include('Zona de peligro');
    expect(text(el)).to.include('Tu rol: Propietario');
    expect(normalizeText(actionOf(el, 'delete').textContent)).to.equal('Eliminar Acme Inc.');
  });
});
