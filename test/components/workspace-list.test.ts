import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { SEED } from '../../src/backend/index.js';
import type { WorkspaceList } from '../../src/components/workspace-list/workspace-list.component.js';
import type { WorkspaceSwitcher } from '../../src/components/workspace-switcher/workspace-switcher.component.js';
import { describeConformance } from './conformance.js';
import {
  buttonByText, clientFor, fieldByLabel, mount, normalizeText, screen, sentRequests, settle, startBackend, type, type Backend,
} from './helpers.js';
import { oneEvent, text, until, workspace } from './workspaces-helpers.js';

const show = (backend: Backend) => mount<WorkspaceList>(backend, html`<workspace-list></workspace-list>`);

/** The row of the workspace named `name`, if it shows. */
const findRow = (el: WorkspaceList, name: string) =>
  [...screen(el).querySelectorAll<HTMLTableRowElement>('tbody tr')].find((each) => each.querySelector('.name')?.textContent === name);

/** The row of the workspace named `name`. */
function row(el: WorkspaceList, name: string): HTMLTableRowElement {
  const found = findRow(el, name);
  if (!found) throw new Error(`no row for ${name}`);
  return found;
}

/** A row as a reader reads it, cell by cell, without what is hidden from screen readers (the logo's initials). */
function rowText(each: HTMLTableRowElement): string[] {
  return [...each.cells].map((cell) => {
    const copy = cell.cloneNode(true) as Element;
    for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
    return normalizeText(copy.textContent);
  });
}

const dialog = (el: WorkspaceList) => screen(el).querySelector('dialog[open]') as HTMLDialogElement;

async function confirmDelete(el: WorkspaceList, name: string): Promise<void> {
  buttonByText(row(el, name), 'Delete').click();
  await waitUntil(() => dialog(el), 'no confirm step');
  type(fieldByLabel(screen(el), 'Type the text above to confirm'), name);
  await el.updateComplete;
  buttonByText(dialog(el), 'Delete workspace').click();
}

describeConformance<WorkspaceList>({
  tag: 'workspace-list',
  mount: (backend, options) => mount(backend, html`<workspace-list></workspace-list>`, options),
  content: {},
  states: {
    loading: {},
    empty: {
      arrange: (backend) => {
        for (const member of [...backend.store.members.ofUser(SEED.users.owner.id)]) backend.store.members.delete(member);
      },
    },
    error: { request: { method: 'GET', path: '/workspaces' }, action: 'load' },
    denied: { notApplicable: 'Everyone signed in sees their own workspaces; what each row offers follows their role in it (Delete for an owner, Leave for the others).' },
    hostile: {
      arrange: (backend, name) => {
        const record = workspace(backend, SEED.workspaces.labs);
        backend.store.workspaces.update(record, { name, version: record.version + 1 });
      },
    },
  },
  mutation: {
    request: { method: 'DELETE', path: '/workspaces/ws_labs' },
    action: 'workspace-delete',
    submit: (el) => confirmDelete(el, 'Acme Labs'),
  },
  spanish: { same: ['Total'] },
  keyboard: {},
  narrow: {},
});

describe('<workspace-list>', () => {
  let backend: Backend;

  beforeEach(async () => {
    backend = await startBackend();
  });

  it('lists each workspace with its creation date, the reader’s role and what they may do, the current one labelled', async () => {
    const el = await mount<WorkspaceList>(backend, html`<workspace-list></workspace-list>`, { timeZone: 'UTC' });
    const rows = [...screen(el).querySelectorAll<HTMLTableRowElement>('tbody tr')].map(rowText);
    expect(rows.map((cells) => [cells[0], cells[2], cells[3]])).to.deep.equal([
      ['Acme Inc. Current', 'Owner', 'Delete'],
      ['Acme Labs', 'Owner', 'Switch Delete'],
      ['Globex Corporation', 'Member', 'Switch Leave'],
    ]);
    expect(rows[1]?.[1]).to.match(/^[A-Z][a-z]{2} \d{1,2}, \d{4}$/);
    expect(buttonByText(row(el, 'Acme Labs'), 'Switch').getAttribute('aria-label')).to.equal('Switch to Acme Labs');
    await expect(el).to.be.accessible();
  });

  it('switches to a workspace: the provider, a switcher beside it and the Current label follow', async () => {
    const client = clientFor(backend, 'owner');
    const provider = await fixture<HTMLElement>(html`<teamkit-provider .client=${client} workspace-id="ws_acme" locale="en" time-zone="UTC">
      <workspace-switcher></workspace-switcher><workspace-list></workspace-list>
    </teamkit-provider>`);
    const [switcher, el] = [...provider.children] as [WorkspaceSwitcher, WorkspaceList];
    await Promise.all([settle(switcher), settle(el)]);
    const switched = oneEvent(el, 'tk-workspace-switched');
    buttonByText(row(el, 'Globex Corporation'), 'Switch').click();
    expect((await switched).workspace.id).to.equal(SEED.workspaces.globex);
    expect(provider.getAttribute('workspace-id')).to.equal(SEED.workspaces.globex);
    await waitUntil(() => rowText(row(el, 'Globex Corporation'))[0] === 'Globex Corporation Current', 'Current did not move');
    await waitUntil(() => text(switcher).includes('Globex Corporation'), 'the switcher did not follow');
  });

  it('deletes a workspace its owner names, saying first exactly what is lost, and tells the page', async () => {
    const el = await show(backend);
    buttonByText(row(el, 'Acme Labs'), 'Delete').click();
    await waitUntil(() => dialog(el), 'no confirm step');
    expect(normalizeText(dialog(el).textContent)).to.include('Delete Acme Labs?');
    expect(normalizeText(dialog(el).textContent)).to.include('its 2 members lose access at once, and its invitations, roles, groups, domains, API keys, webhooks, audit log and billing history are deleted with it');
    const accept = buttonByText(dialog(el), 'Delete workspace');
    expect(accept.disabled, 'deletes before the name is typed').to.equal(true);
    type(fieldByLabel(screen(el), 'Type the text above to confirm'), 'Acme');
    await el.updateComplete;
    expect(accept.disabled).to.equal(true);
    await expect(el).to.be.accessible();

    const before = oneEvent(el, 'tk-before-workspace-delete');
    const deleted = oneEvent(el, 'tk-workspace-deleted');
    type(fieldByLabel(screen(el), 'Type the text above to confirm'), 'Acme Labs');
    await el.updateComplete;
    accept.click();
    expect((await before).workspace.id).to.equal(SEED.workspaces.labs);
    expect((await deleted).workspace.name).to.equal('Acme Labs');
    await until(el, 'Deleted Acme Labs');
    expect(backend.store.workspaces.get(SEED.workspaces.labs)).to.equal(undefined);
    expect(text(el)).not.to.include('Acme LabsOwner');
    expect(screen(el).activeElement?.textContent).to.include('Globex Corporation');
  });

  it('makes the first remaining workspace current after deleting the current one', async () => {
    const el = await show(backend);
    const provider = el.closest('teamkit-provider') as HTMLElement;
    await confirmDelete(el, 'Acme Inc.');
    await until(el, 'Deleted Acme Inc.');
    await waitUntil(() => provider.getAttribute('workspace-id') === SEED.workspaces.labs, 'no workspace became current');
    expect(rowText(row(el, 'Acme Labs'))[0]).to.equal('Acme Labs Current');
  });

  it('leaves a workspace the reader does not own, after confirming, and not when they cancel', async () => {
    const el = await show(backend);
    const leave = buttonByText(row(el, 'Globex Corporation'), 'Leave');
    leave.focus(); // as a click does
    leave.click();
    await waitUntil(() => dialog(el), 'no confirm step');
    expect(normalizeText(dialog(el).textContent)).to.include('You lose access to its members, data and settings at once.');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog(el), 'Escape did not close the question');
    expect(screen(el).activeElement === leave, 'focus back on Leave').to.equal(true);
    expect(sentRequests().filter((request) => request.method === 'POST')).to.deep.equal([]);

    const left = oneEvent(el, 'tk-workspace-left');
    leave.click();
    await waitUntil(() => dialog(el), 'no confirm step');
    buttonByText(dialog(el), 'Leave workspace').click();
    expect((await left).workspace.id).to.equal(SEED.workspaces.globex);
    await until(el, 'You left Globex Corporation');
    expect(backend.store.members.find(SEED.workspaces.globex, SEED.users.owner.id)).to.equal(undefined);
  });

  it('says why a delete failed and keeps the workspace', async () => {
    backend.faults.add({ method: 'DELETE', path: '/workspaces/ws_labs', status: 500 });
    const el = await show(backend);
    await confirmDelete(el, 'Acme Labs');
    await until(el, "Couldn't delete Acme Labs");
    expect(row(el, 'Acme Labs')).to.be.instanceOf(HTMLTableRowElement);
    expect(backend.store.workspaces.get(SEED.workspaces.labs)).not.to.equal(undefined);
  });

  it('creates a workspace with the same dialog as the switcher, which becomes current', async () => {
    const el = await show(backend);
    buttonByText(screen(el), 'Create workspace').click();
    await until(el, 'You can own up to 10 workspaces. You own 2.');
    type(fieldByLabel(screen(el), 'Workspace name'), 'Acme Research');
    const created = oneEvent(el, 'tk-workspace-created');
    buttonByText(dialog(el), 'Create workspace').click();
    const { workspace: made } = await created;
    await waitUntil(() => { const made = findRow(el, 'Acme Research'); return made && rowText(made)[0] === 'Acme Research Current'; }, 'the new workspace is not current');
    expect(el.closest('teamkit-provider')?.getAttribute('workspace-id')).to.equal(made.id);
  });

  it('speaks Spanish, dates in the reader’s language included', async () => {
    const el = await mount<WorkspaceList>(backend, html`<workspace-list></workspace-list>`, { locale: 'es' });
    await until(el, 'Espacios de trabajo');
    expect(rowText(row(el, 'Globex Corporation'))[3]).to.equal('Cambiar Salir');
    expect(rowText(row(el, 'Acme Inc.'))[0]).to.equal('Acme Inc. Actual');
  });
});
