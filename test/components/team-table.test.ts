import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import type { TeamTable } from '../../src/components/team-table/team-table.component.js';
import type { Fault } from '../../src/backend/index.js';
import { buttonByText, choose, hostileStrings, mount, pwned, screen, startBackend, type, type Backend } from './helpers.js';

// ——— reading the screen like a user ———

const bodyRows = (el: HTMLElement) => [...screen(el).querySelectorAll<HTMLElement>('.body > [role="row"]:not(.more)')];
const names = (el: HTMLElement) => bodyRows(el).map((row) => row.querySelector('[part~="cell-name"] .truncate')?.textContent ?? '');
const rowOf = (el: HTMLElement, name: string) => {
  const row = bodyRows(el).find((candidate) => candidate.querySelector('[part~="cell-name"] .truncate')?.textContent === name);
  if (!row) throw new Error(`no row for ${name}; rows: ${names(el).join(', ')}`);
  return row;
};
const hasRow = (el: HTMLElement, name: string) => names(el).includes(name);
const headers = (el: HTMLElement) => [...screen(el).querySelectorAll<HTMLElement>('[role="columnheader"]')];
const header = (el: HTMLElement, label: string) => {
  const found = headers(el).find((cell) => cell.textContent?.replace(/[▲▼↕]/g, '').trim() === label);
  if (!found) throw new Error(`no column ${label}`);
  return found;
};
const total = (el: HTMLElement) => screen(el).querySelector('[part~="total"]')?.textContent?.trim();
const alertText = (el: HTMLElement) => screen(el).querySelector('[part~="alert"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const roleSelect = (row: HTMLElement) => row.querySelector<HTMLSelectElement>('select[part~="role-select"]');
const dialog = (el: HTMLElement) => screen(el).querySelector<HTMLDialogElement>('dialog[open]');
const focused = (el: HTMLElement) => screen(el).activeElement as HTMLElement | null;
const focusedCell = (el: HTMLElement) => {
  const active = focused(el);
  const cell = active?.closest<HTMLElement>('[data-col]');
  return { row: active?.closest<HTMLElement>('[data-row]')?.dataset.row, col: cell?.dataset.col, element: active };
};

async function table(backend: Backend, options: Parameters<typeof mount>[2] = {}, template = html`<team-table></team-table>`): Promise<TeamTable> {
  const el = await mount<TeamTable>(backend, template, options);
  await waitUntil(() => bodyRows(el).length > 0 || screen(el).querySelector('[part~="state"]'), 'no rows rendered');
  return el;
}

function recordEvents(el: HTMLElement, ...types: string[]): Event[] {
  const seen: Event[] = [];
  for (const name of types) el.addEventListener(name, (event) => seen.push(event));
  return seen;
}

describe('<team-table>', () => {
  let backend: Backend;
  beforeEach(async () => {
    backend = await startBackend();
  });

  describe('reading the team', () => {
    it('shows every member with role, groups, status, dates and the total', async () => {
      const el = await table(backend);
      expect(total(el)).to.equal('25 members');
      expect(headers(el).map((cell) => cell.textContent?.replace(/[▲▼↕]/g, '').trim())).to.deep.equal(
        ['', 'Name', 'Email', 'Role', 'Groups', 'Status', 'Added', 'Last login', 'Actions'],
      );
      expect(headers(el)[0]?.querySelector('input')?.getAttribute('aria-label')).to.equal('Select all loaded members');
      const mia = rowOf(el, 'Mia Member');
      expect(mia.querySelector('[part~="cell-email"]')?.textContent?.trim()).to.equal('member@acme.test');
      expect(roleSelect(mia)?.value).to.equal('member');
      expect(mia.querySelector('[part~="cell-groups"]')?.textContent?.trim()).to.equal('grp_sales');
      expect(mia.querySelector('[part~="status-badge"]')?.textContent?.trim()).to.equal('Active');
      const lastLogin = mia.querySelector('time');
      expect(lastLogin?.textContent?.trim()).to.match(/ago|yesterday/);
      expect(lastLogin?.getAttribute('title')).to.match(/\d{4}/);
      const tomas = rowOf(el, 'Tomás Ferreira');
      expect(tomas.querySelector('[part~="status-badge"]')?.textContent?.trim()).to.equal('Pending');
      expect(tomas.querySelector('[part~="cell-last-login"]')?.textContent?.trim()).to.equal('Never');
      await expect(el).to.be.accessible();
    });

    it('marks the owner as fixed and explains how to change it', async () => {
      const el = await table(backend, { as: 'admin' });
      const owner = rowOf(el, 'Olivia Owner');
      expect(roleSelect(owner)).to.equal(null);
      expect(owner.querySelector('[part~="cell-role"]')?.textContent).to.include('Transfer ownership to change the owner');
      const remove = owner.querySelector<HTMLButtonElement>('[part~="remove-button"]');
      expect(remove?.getAttribute('aria-disabled')).to.equal('true');
      const note = screen(el).getElementById(remove?.getAttribute('aria-describedby') ?? '');
      expect(note?.textContent).to.equal('Transfer ownership to change the owner');
      expect(owner.querySelector<HTMLInputElement>('input[type="checkbox"]')?.disabled).to.equal(true);
      expect(rowOf(el, 'Adam Admin').textContent).to.include('You');
    });

    it('shows only the columns the host chose', async () => {
      const el = await table(backend, {}, html`<team-table columns="name,email,role,status"></team-table>`);
      expect(headers(el).map((cell) => cell.textContent?.replace(/[▲▼↕]/g, '').trim())).to.deep.equal(['', 'Name', 'Email', 'Role', 'Status']);
      expect(rowOf(el, 'Mia Member').querySelectorAll('[role="gridcell"]').length).to.equal(5);
    });

    it('searches on the server after a pause in typing', async () => {
      const el = await table(backend);
      const search = screen(el).querySelector<HTMLInputElement>('[part~="search"]');
      if (!search) throw new Error('no search box');
      type(search, 'mül');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(names(el)).to.have.length(25);
      await waitUntil(() => names(el).length === 1, 'search did not narrow the list');
      expect(names(el)).to.deep.equal(['Zoë Müller']);
      expect(total(el)).to.equal('1 member');
      expect(el.query).to.equal('mül');
    });

    it('filters by role and by status', async () => {
      const el = await table(backend);
      choose(screen(el).querySelector<HTMLSelectElement>('[part~="filter-status"]')!, 'pending');
      await waitUntil(() => total(el) === '2 members');
      expect(names(el)).to.have.members(['Tomás Ferreira', 'Yuki Tanaka']);
      choose(screen(el).querySelector<HTMLSelectElement>('[part~="filter-role"]')!, 'viewer');
      await waitUntil(() => total(el) === '1 member');
      expect(names(el)).to.deep.equal(['Yuki Tanaka']);
    });

    it('sorts by a column when its header is clicked, and says so with aria-sort', async () => {
      const el = await table(backend);
      expect(header(el, 'Name').getAttribute('aria-sort')).to.equal('ascending');
      header(el, 'Email').querySelector('button')?.click();
      await waitUntil(() => header(el, 'Email').getAttribute('aria-sort') === 'ascending');
      await waitUntil(() => bodyRows(el)[0]?.querySelector('[part~="cell-email"]')?.textContent?.trim() === 'aarav.patel@acme.test');
      expect(header(el, 'Name').hasAttribute('aria-sort')).to.equal(false);
      header(el, 'Email').querySelector('button')?.click();
      await waitUntil(() => header(el, 'Email').getAttribute('aria-sort') === 'descending');
      await waitUntil(() => bodyRows(el)[0]?.querySelector('[part~="cell-email"]')?.textContent?.trim() === 'zoe.mueller@acme.test');
    });
  });
});
