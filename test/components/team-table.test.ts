import { expect, fixture, waitUntil as waitFor } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { html } from 'lit';
import type { TeamTable } from '../../src/components/team-table/team-table.component.js';
import type { Fault } from '../../src/backend/index.js';
import { buttonByText, choose, clientFor, hostileStrings, mount, pwned, screen, startBackend, type, type Backend } from './helpers.js';

/** Waits like a patient user: the machine running the tests may be busy. */
const waitUntil = (predicate: () => unknown, message?: string, options: { timeout?: number } = {}) =>
  waitFor(predicate, message, { timeout: 5000, ...options });

// ——— reading the screen like a user ———

const bodyRows = (el: HTMLElement) => [...screen(el).querySelectorAll<HTMLElement>('[part~="body"] > [role="row"]:not([part~="loading-row"])')];
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
/** A failure's notice, as the reader sees it (its title and reason on lines of their own). */
const failure = (el: HTMLElement) => screen(el).querySelector<HTMLElement>('[part~="notice"][part~="danger"]');
const alertText = (el: HTMLElement) => failure(el)?.innerText.replace(/\s+/g, ' ').trim() ?? '';
/** A row's Remove button (glossary: `action` + what it does). */
const REMOVE = '[part~="action"][part~="remove"]';
const roleSelect = (row: HTMLElement) => row.querySelector<HTMLSelectElement>('select[part~="role-select"]');
const dialog = (el: HTMLElement) => screen(el).querySelector<HTMLDialogElement>('dialog[open]');
const focused = (el: HTMLElement) => screen(el).activeElement as HTMLElement | null;
const focusedCell = (el: HTMLElement) => {
  const active = focused(el);
  const cell = active?.closest<HTMLElement>('[data-col]');
  return { row: active?.closest<HTMLElement>('[data-row]')?.dataset.row, col: cell?.dataset.col, element: active };
};

const notice = (el: HTMLElement) => screen(el).querySelector<HTMLElement>('[part~="notice"]');
const noticeText = (el: HTMLElement) => notice(el)?.querySelector('strong')?.textContent?.trim() ?? '';
/** What screen readers were last told politely. */
const announced = () => document.getElementById('teamkit-announcer-polite')?.textContent ?? '';
/** Whether the reader can see it: rendered, and not hidden by the element's width. */
const shows = (element: Element | null | undefined) => !!element?.checkVisibility();
const shownHeaders = (el: HTMLElement) => headers(el).filter(shows).map((cell) => cell.textContent?.replace(/[▲▼↕]/g, '').trim());
const scroller = (el: HTMLElement) => screen(el).querySelector<HTMLElement>('[part~="scroller"]')!;
const rowAt = (el: HTMLElement, index: number) => bodyRows(el).find((row) => row.dataset.row === String(index));
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

// ——— the keyboard ———

const press = async (key: string) => {
  const [modifier, name] = key.includes('+') ? key.split('+') : [undefined, key];
  if (modifier) await sendKeys({ down: modifier });
  await sendKeys({ press: name! });
  if (modifier) await sendKeys({ up: modifier });
};
const at = async (el: HTMLElement, row: string, col: string) => {
  await waitUntil(() => focusedCell(el).row === row && focusedCell(el).col === col, `focus is not on row ${row}, ${col}`, { timeout: 3000 })
    .catch(() => { throw new Error(`focus is on row ${focusedCell(el).row}, ${focusedCell(el).col}; expected ${row}, ${col}`); });
};
const enterGrid = async (el: HTMLElement) => {
  screen(el).querySelector<HTMLSelectElement>('[part~="filter-status"]')!.focus();
  await press('Tab');
};
/** The focused cell lies wholly between the sticky header and the scroller's bottom edge. */
const focusInView = (el: HTMLElement) => {
  const cell = focused(el)?.closest('[role="gridcell"], [role="columnheader"]')?.getBoundingClientRect();
  const top = screen(el).querySelector('[part~="header-row"]')!.getBoundingClientRect().bottom;
  const bottom = scroller(el).getBoundingClientRect().bottom;
  return !!cell && cell.top >= top - 1 && cell.bottom <= bottom + 1;
};

/** The seed's 25 members all fit on this (tall) screen, so every row is rendered without scrolling. */
const TALL = '--tk-team-table-height: 1500px';

async function table(backend: Backend, options: Parameters<typeof mount>[2] = {}, template = html`<team-table style=${TALL}></team-table>`): Promise<TeamTable> {
  const el = await mount<TeamTable>(backend, template, options);
  await waitUntil(() => bodyRows(el).length > 0 || screen(el).querySelector('[part~="state"]'), 'no rows rendered');
  // Rows arrive over a few frames as the virtualizer learns the viewport; read the screen once it is still.
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  for (let count = -1; count !== bodyRows(el).length;) {
    count = bodyRows(el).length;
    await frame();
  }
  return el;
}

function recordEvents(el: HTMLElement, ...types: string[]): Event[] {
  const seen: Event[] = [];
  for (const name of types) el.addEventListener(name, (event) => seen.push(event));
  return seen;
}

describe('<team-table>', () => {
  let backend: Backend;
  // Starting the service worker is the slow part of a first test; do it once, before the clock of any test runs.
  before(async () => {
    await setViewport({ width: 1280, height: 1800 });
    await startBackend();
  });
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
      expect(mia.querySelector('[part~="cell-groups"]')?.textContent?.trim()).to.equal('Sales');
      expect(rowOf(el, 'प्रिया शर्मा').querySelector('[part~="cell-groups"]')?.textContent?.trim()).to.equal('Engineering, Sales');
      expect(mia.querySelector('[part~="badge"]')?.textContent?.trim()).to.equal('Active');
      const lastLogin = mia.querySelector('time');
      expect(lastLogin?.textContent?.trim()).to.equal('last week');
      expect(lastLogin?.getAttribute('title')).to.match(/\d{4}/);
      const tomas = rowOf(el, 'Tomás Ferreira');
      expect(tomas.querySelector('[part~="badge"]')?.textContent?.trim()).to.equal('Pending');
      expect(tomas.querySelector('[part~="cell-last-login"]')?.textContent?.trim()).to.equal('Never');
      await expect(el).to.be.accessible();
    });

    it('marks the owner as fixed and explains how to change it', async () => {
      const el = await table(backend, { as: 'admin' });
      const owner = rowOf(el, 'Olivia Owner');
      expect(roleSelect(owner)).to.equal(null);
      expect(owner.querySelector('[part~="cell-role"]')?.textContent).to.include('Transfer ownership to change the owner');
      const remove = owner.querySelector<HTMLButtonElement>(REMOVE);
      expect(remove?.getAttribute('aria-disabled')).to.equal('true');
      const note = screen(el).getElementById(remove?.getAttribute('aria-describedby') ?? '');
      expect(note?.textContent).to.equal('Transfer ownership to change the owner');
      expect(remove?.getAttribute('title')).to.equal('Transfer ownership to change the owner');
      expect(owner.querySelector<HTMLInputElement>('input[type="checkbox"]')?.disabled).to.equal(true);
      expect(rowOf(el, 'Adam Admin').textContent).to.include('You');
    });

    it('shows only the columns the host chose', async () => {
      const el = await table(backend, {}, html`<team-table style=${TALL} columns="name,email,status,actions"></team-table>`);
      expect(headers(el).map((cell) => cell.textContent?.replace(/[▲▼↕]/g, '').trim())).to.deep.equal(['', 'Name', 'Email', 'Status', 'Actions']);
      expect(rowOf(el, 'Mia Member').querySelectorAll('[role="gridcell"]').length).to.equal(5);
      const ownerRemove = rowOf(el, 'Olivia Owner').querySelector(REMOVE);
      expect(screen(el).getElementById(ownerRemove?.getAttribute('aria-describedby') ?? '')?.textContent, 'the reason survives without the role column')
        .to.equal('Transfer ownership to change the owner');
      await expect(el).to.be.accessible();
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

    it("filters by group, listing the workspace's groups by name, and shows everyone again with All groups", async () => {
      const el = await table(backend);
      const groupFilter = screen(el).querySelector<HTMLSelectElement>('[part~="filter-group"]')!;
      expect(groupFilter.getAttribute('aria-label')).to.equal('Filter by group');
      expect([...groupFilter.options].map((option) => option.textContent?.trim())).to.deep.equal(['All groups', 'Engineering', 'Sales']);
      choose(groupFilter, 'grp_sales');
      await waitUntil(() => total(el) === '6 members', `total is ${total(el)}`);
      await waitUntil(() => names(el).length === 6, 'the rows did not follow the filter');
      expect(names(el)).to.have.members(['Liam O\'Brien', 'Mateo Rossi', 'Mia Member', 'Søren Nielsen', 'Zoë Müller', 'प्रिया शर्मा']);
      expect(el.groupFilter).to.equal('grp_sales');
      choose(groupFilter, 'grp_engineering');
      await waitUntil(() => total(el) === '7 members', `total is ${total(el)}`);
      expect(names(el)).to.include('Adam Admin');
      expect(names(el)).not.to.include('Mia Member');
      choose(groupFilter, '');
      await waitUntil(() => total(el) === '25 members' && names(el).length === 25, 'All groups did not show everyone again');
      await expect(el).to.be.accessible();
    });

    it('starts filtered by the group-filter attribute, and has no group filter where the workspace has no groups', async () => {
      const filtered = await table(backend, {}, html`<team-table group-filter="grp_engineering" style=${TALL}></team-table>`);
      await waitUntil(() => total(filtered) === '7 members', `total is ${total(filtered)}`);
      expect(screen(filtered).querySelector<HTMLSelectElement>('[part~="filter-group"]')?.value).to.equal('grp_engineering');
      filtered.parentElement?.remove();
      for (const group of backend.store.groupsOf('ws_acme')) backend.store.groups.delete(group);
      const el = await table(backend);
      expect(total(el)).to.equal('25 members');
      expect(screen(el).querySelector('[part~="filter-group"]')).to.equal(null);
      expect(screen(el).querySelector('[part~="filter-role"]')).not.to.equal(null);
    });

    it("names groups from the host's list when the host gives one", async () => {
      const el = await table(backend, {}, html`<team-table .groups=${[{ id: 'grp_sales', name: 'Field sales' }]} style=${TALL}></team-table>`);
      expect(rowOf(el, 'Mia Member').querySelector('[part~="cell-groups"]')?.textContent?.trim()).to.equal('Field sales');
      expect(rowOf(el, 'Adam Admin').querySelector('[part~="cell-groups"]')?.textContent?.trim()).to.equal('grp_engineering');
      const options = [...screen(el).querySelector<HTMLSelectElement>('[part~="filter-group"]')!.options];
      expect(options.map((option) => option.textContent?.trim())).to.deep.equal(['All groups', 'Field sales']);
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

    it('says so when nothing matches, and clears the search and filters on request', async () => {
      const el = await table(backend);
      type(screen(el).querySelector<HTMLInputElement>('[part~="search"]')!, 'zzzz');
      await waitUntil(() => screen(el).querySelector('[part~="empty"]'), 'no empty state');
      expect(screen(el).querySelector('[part~="empty"]')?.textContent).to.include('No members match');
      await expect(el).to.be.accessible();
      buttonByText(screen(el), 'Clear search and filters').click();
      await waitUntil(() => total(el) === '25 members' && names(el).length === 25);
      expect(screen(el).querySelector<HTMLInputElement>('[part~="search"]')?.value).to.equal('');
    });

    it('loads the next page as the reader scrolls near the end, with a loading row', async () => {
      backend = await startBackend({ seed: { members: 300 }, latency: 150 });
      const el = await table(backend, {}, html`<team-table page-size="40"></team-table>`);
      expect(total(el)).to.equal('325 members');
      expect(bodyRows(el).every((row) => Number(row.dataset.row) < 40)).to.equal(true);
      const scroller = screen(el).querySelector<HTMLElement>('[part~="scroller"]')!;
      scroller.scrollTop = scroller.scrollHeight;
      await waitUntil(() => screen(el).querySelector('[part~="loading-row"]')?.textContent?.includes('Loading more members…'), 'no loading row');
      await waitUntil(() => bodyRows(el).some((row) => Number(row.dataset.row) >= 40), 'the next page did not arrive');
      await expect(el).to.be.accessible();
    });

    it('shows a failed next page in its row and loads it on retry', async () => {
      backend = await startBackend({ seed: { members: 100 } });
      const el = await table(backend, {}, html`<team-table page-size="30"></team-table>`);
      backend.faults.add({ method: 'GET', path: '/workspaces/ws_acme/members', status: 500 });
      const errors = recordEvents(el, 'tk-error');
      const scroller = screen(el).querySelector<HTMLElement>('[part~="scroller"]')!;
      scroller.scrollTop = scroller.scrollHeight;
      await waitUntil(() => screen(el).querySelector('[part~="loading-row"]')?.textContent?.includes('More members could not be loaded.'), 'no failure row');
      expect(screen(el).querySelector('[part~="loading-row"]')?.textContent).to.include('Something went wrong');
      expect(errors).to.have.length(1);
      buttonByText(screen(el).querySelector('[part~="loading-row"]')!, 'Try again').click();
      await waitUntil(() => bodyRows(el).some((row) => Number(row.dataset.row) >= 30), 'retry did not load the page');
    });
  });

  describe('failing to load', () => {
    const cases: [string, Fault, string, boolean][] = [
      ['403', { status: 403, code: 'forbidden' }, "You don't have permission to do this", false],
      ['404', { status: 404, code: 'not_found' }, 'Not found', false],
      ['409', { status: 409, code: 'conflict' }, "This can't be done right now", false],
      ['412', { status: 412, code: 'precondition_failed' }, 'Someone else changed this', false],
      ['422', { status: 422, code: 'validation_failed' }, 'Check the highlighted fields', false],
      ['429', { status: 429, code: 'rate_limited', retryAfter: 7 }, 'Wait 7 seconds, then try again.', true],
      ['500', { status: 500 }, 'Something went wrong', true],
      ['a dropped connection', { network: true }, "Can't reach the server", true],
    ];
    for (const [name, fault, message, retryable] of cases) {
      it(`explains a ${name} answer${retryable ? ' and loads on retry' : ''}`, async () => {
        backend.faults.add({ method: 'GET', path: '/workspaces/ws_acme/members', ...fault });
        const el = await table(backend);
        const panel = screen(el).querySelector('[part~="state"]');
        expect(panel?.textContent).to.include(message);
        expect(bodyRows(el)).to.have.length(0);
        await expect(el).to.be.accessible();
        if (retryable) {
          buttonByText(screen(el), 'Try again').click();
          await waitUntil(() => names(el).length === 25, 'retry did not load the members');
        } else {
          expect([...screen(el).querySelectorAll('button')].some((button) => button.textContent?.trim() === 'Try again')).to.equal(false);
        }
      });
    }
  });

  describe('changing a role', () => {
    it('changes a role at once and keeps it when the server agrees', async () => {
      const el = await table(backend);
      const events = recordEvents(el, 'tk-before-member-role-change', 'tk-member-role-changed');
      choose(roleSelect(rowOf(el, 'Mia Member'))!, 'admin');
      await waitUntil(() => events.length === 2, 'no role-changed event');
      expect(events.map((event) => event.type)).to.deep.equal(['tk-before-member-role-change', 'tk-member-role-changed']);
      const changed = events[1] as Event & { member: { role: string; name: string }; previousRole: string };
      expect(changed.member.role).to.equal('admin');
      expect(changed.previousRole).to.equal('member');
      expect(roleSelect(rowOf(el, 'Mia Member'))?.value).to.equal('admin');
      expect(backend.store.members.get('mem_acme_member')?.roleId).to.equal('admin');
    });

    it('says on screen whose role changed to what, until dismissed', async () => {
      const el = await table(backend);
      choose(roleSelect(rowOf(el, 'Mia Member'))!, 'admin');
      await waitUntil(() => noticeText(el), 'no notice');
      expect(noticeText(el)).to.equal('Role of Mia Member changed to Admin');
      expect(notice(el)?.getAttribute('role'), 'a success is announced politely, not as an alert').to.equal(null);
      await waitUntil(() => announced() === 'Role of Mia Member changed to Admin', 'not announced');
      await expect(el).to.be.accessible();
      buttonByText(notice(el)!, 'Dismiss').click();
      await el.updateComplete;
      expect(notice(el)).to.equal(null);
    });

    it('keeps the role when the host cancels tk-before-member-role-change', async () => {
      const el = await table(backend);
      el.addEventListener('tk-before-member-role-change', (event) => event.preventDefault());
      const select = roleSelect(rowOf(el, 'Mia Member'))!;
      choose(select, 'viewer');
      await el.updateComplete;
      expect(select.value).to.equal('member');
      expect(backend.store.members.get('mem_acme_member')?.roleId).to.equal('member');
    });

    const refusals: [string, Fault, string][] = [
      ['403', { status: 403, code: 'forbidden' }, "You don't have permission to do this"],
      ['404', { status: 404, code: 'not_found' }, 'Not found'],
      ['409', { status: 409, code: 'last_owner' }, 'A workspace always needs an owner. Transfer ownership first.'],
      ['412', { status: 412, code: 'precondition_failed' }, 'Someone else changed this'],
      ['422', { status: 422, code: 'validation_failed' }, 'Check the highlighted fields'],
      ['429', { status: 429, code: 'rate_limited', retryAfter: 7 }, 'Wait 7 seconds, then try again.'],
      ['500', { status: 500 }, 'Something went wrong'],
      ['a dropped connection', { network: true }, "Can't reach the server"],
    ];
    for (const [name, fault, reason] of refusals) {
      it(`rolls back visibly on a ${name} answer`, async () => {
        backend = await startBackend({ latency: 200 });
        const el = await table(backend);
        backend.faults.add({ method: 'PATCH', path: '/workspaces/ws_acme/members/mem_acme_member', ...fault });
        const errors = recordEvents(el, 'tk-error');
        choose(roleSelect(rowOf(el, 'Mia Member'))!, 'admin');
        await el.updateComplete;
        expect(roleSelect(rowOf(el, 'Mia Member'))?.value, 'optimistic').to.equal('admin');
        expect(rowOf(el, 'Mia Member').getAttribute('aria-busy'), 'pending').to.equal('true');
        await waitUntil(() => alertText(el), 'no rollback message');
        expect(alertText(el)).to.include('The role of Mia Member was not changed.').and.to.include(reason);
        expect(failure(el)?.getAttribute('role')).to.equal('alert');
        expect(roleSelect(rowOf(el, 'Mia Member'))?.value).to.equal('member');
        expect((errors[0] as Event & { action: string } | undefined)?.action).to.equal('member-role-change');
        await expect(el).to.be.accessible();
        buttonByText(screen(el), 'Dismiss').click();
        await el.updateComplete;
        expect(alertText(el)).to.equal('');
      });
    }
  });

  describe('removing a member', () => {
    it('removes after confirmation', async () => {
      const el = await table(backend);
      const events = recordEvents(el, 'tk-before-member-remove', 'tk-member-removed');
      rowOf(el, 'Mia Member').querySelector<HTMLButtonElement>(REMOVE)!.click();
      await waitUntil(() => dialog(el), 'no confirmation');
      expect(dialog(el)?.textContent).to.include('Remove Mia Member?');
      await expect(el).to.be.accessible();
      buttonByText(dialog(el)!, 'Remove').click();
      await waitUntil(() => events.length === 2, 'no removed event');
      expect(hasRow(el, 'Mia Member')).to.equal(false);
      expect(total(el)).to.equal('24 members');
      expect(events.map((event) => event.type)).to.deep.equal(['tk-before-member-remove', 'tk-member-removed']);
      expect(backend.store.members.get('mem_acme_member')).to.equal(undefined);
    });

    it('says on screen who was removed', async () => {
      const el = await table(backend);
      rowOf(el, 'Mia Member').querySelector<HTMLButtonElement>(REMOVE)!.click();
      await waitUntil(() => dialog(el));
      buttonByText(dialog(el)!, 'Remove').click();
      await waitUntil(() => noticeText(el), 'no notice');
      expect(noticeText(el)).to.equal('Removed Mia Member');
      expect(notice(el)?.classList.contains('success')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('keeps the member when the confirmation is cancelled', async () => {
      const el = await table(backend);
      rowOf(el, 'Mia Member').querySelector<HTMLButtonElement>(REMOVE)!.click();
      await waitUntil(() => dialog(el));
      buttonByText(dialog(el)!, 'Cancel').click();
      await el.updateComplete;
      expect(dialog(el)).to.equal(null);
      expect(hasRow(el, 'Mia Member')).to.equal(true);
      expect(backend.store.members.get('mem_acme_member')).to.not.equal(undefined);
    });

    it('takes the row out at once and puts it back where it was when the server refuses', async () => {
      backend = await startBackend({ latency: 200 });
      const el = await table(backend);
      const before = names(el);
      backend.faults.add({ method: 'DELETE', path: '/workspaces/ws_acme/members/mem_acme_member', status: 403, code: 'forbidden' });
      rowOf(el, 'Mia Member').querySelector<HTMLButtonElement>(REMOVE)!.click();
      await waitUntil(() => dialog(el));
      buttonByText(dialog(el)!, 'Remove').click();
      await waitUntil(() => !hasRow(el, 'Mia Member'), 'not removed at once');
      expect(total(el)).to.equal('24 members');
      await waitUntil(() => alertText(el), 'no rollback message');
      expect(alertText(el)).to.include("Mia Member was not removed. You don't have permission to do this.");
      await waitUntil(() => hasRow(el, 'Mia Member'));
      expect(names(el)).to.deep.equal(before);
      expect(total(el)).to.equal('25 members');
    });

    it('treats a member already gone (404) as removed', async () => {
      const el = await table(backend);
      backend.faults.add({ method: 'DELETE', path: '/workspaces/ws_acme/members/mem_acme_member', status: 404, code: 'not_found' });
      rowOf(el, 'Mia Member').querySelector<HTMLButtonElement>(REMOVE)!.click();
      await waitUntil(() => dialog(el));
      buttonByText(dialog(el)!, 'Remove').click();
      await waitUntil(() => !hasRow(el, 'Mia Member'));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(hasRow(el, 'Mia Member')).to.equal(false);
      expect(alertText(el)).to.equal('');
    });
  });

  describe('bulk actions', () => {
    const check = (el: HTMLElement, name: string) => rowOf(el, name).querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();

    it('selects every loaded member it may act on', async () => {
      const el = await table(backend);
      const all = screen(el).querySelector<HTMLInputElement>('[role="columnheader"] input')!;
      all.click();
      await el.updateComplete;
      expect(screen(el).querySelector('[part~="bulk-bar"]')?.textContent).to.include('24 selected');
      expect(rowOf(el, 'Olivia Owner').getAttribute('aria-selected')).to.equal('false');
      expect(rowOf(el, 'Mia Member').getAttribute('aria-selected')).to.equal('true');
      await expect(el).to.be.accessible();
      all.click();
      await el.updateComplete;
      expect(screen(el).querySelector('[part~="bulk-bar"]')).to.equal(null);
    });

    it('removes the selected members, goes on past a failure and reports each outcome', async () => {
      const el = await table(backend);
      backend.faults.add({ method: 'DELETE', path: '/workspaces/ws_acme/members/mem_acme_viewer', status: 500 });
      check(el, 'Mia Member');
      check(el, 'Victor Viewer');
      check(el, 'José Álvarez');
      await el.updateComplete;
      buttonByText(screen(el), 'Remove selected').click();
      await waitUntil(() => dialog(el));
      expect(dialog(el)?.textContent).to.include('Remove 3 members?');
      buttonByText(dialog(el)!, 'Remove').click();
      await waitUntil(() => noticeText(el), 'no report');
      const report = notice(el)!;
      expect(noticeText(el)).to.equal('2 of 3 removed');
      expect(report.querySelector('p')?.textContent).to.equal('1 failed: Victor Viewer (Something went wrong).');
      expect(report.getAttribute('part'), 'a partial failure is a warning').to.equal('notice warning');
      await waitUntil(() => announced() === '2 of 3 removed. 1 failed: Victor Viewer (Something went wrong).', `announced: ${announced()}`);
      expect(hasRow(el, 'Mia Member')).to.equal(false);
      expect(hasRow(el, 'José Álvarez')).to.equal(false);
      expect(hasRow(el, 'Victor Viewer')).to.equal(true);
      expect(rowOf(el, 'Victor Viewer').getAttribute('aria-selected'), 'the failed one stays selected').to.equal('true');
      expect(total(el)).to.equal('23 members');
      await expect(el).to.be.accessible();
    });

    it('changes the role of the selected members and skips those who already have it', async () => {
      const el = await table(backend);
      check(el, 'Mia Member');
      check(el, 'José Álvarez');
      check(el, 'Adam Admin');
      await el.updateComplete;
      choose(screen(el).querySelector<HTMLSelectElement>('[part~="bulk-bar"] select')!, 'admin');
      await el.updateComplete;
      buttonByText(screen(el), 'Change role').click();
      await waitUntil(() => noticeText(el), 'no report');
      const report = notice(el)!;
      expect(noticeText(el)).to.equal('2 of 3 changed to Admin');
      expect(report.querySelector('p')?.textContent).to.equal('1 skipped: Adam Admin (Already Admin).');
      expect(report.getAttribute('part')).to.equal('notice success');
      await waitUntil(() => announced() === '2 of 3 changed to Admin. 1 skipped: Adam Admin (Already Admin).', `announced: ${announced()}`);
      expect(roleSelect(rowOf(el, 'Mia Member'))?.value).to.equal('admin');
      expect(backend.store.members.get('mem_acme_member')?.roleId).to.equal('admin');
    });
  });

  describe('keyboard', () => {
    it('moves between cells with arrows, Home/End, Ctrl+Home/End and PageUp/PageDown from one tab stop', async () => {
      const el = await table(backend);
      await enterGrid(el);
      await at(el, '0', 'select');
      expect(screen(el).querySelectorAll('[role="grid"] [tabindex="0"]')).to.have.length(1);
      await press('ArrowRight');
      await at(el, '0', 'name');
      await press('ArrowRight');
      await at(el, '0', 'email');
      await press('ArrowDown');
      await at(el, '1', 'email');
      await press('End');
      await at(el, '1', 'actions');
      expect(focused(el)?.textContent?.trim()).to.equal('Remove');
      await press('Home');
      await at(el, '1', 'select');
      expect((focused(el) as HTMLInputElement).type).to.equal('checkbox');
      await press('Space');
      await waitUntil(() => screen(el).querySelector('[part~="bulk-bar"]'), 'Space did not select the row');
      await press('Control+Home');
      await at(el, '-1', 'select');
      await press('Control+End');
      await at(el, '24', 'actions');
      await press('PageUp');
      await waitUntil(() => Number(focusedCell(el).row) < 24 && focusedCell(el).col === 'actions');
      await press('ArrowUp');
      await press('ArrowLeft');
      await waitUntil(() => focusedCell(el).col === 'last-login');
      expect(screen(el).querySelectorAll('[role="grid"] [tabindex="0"]')).to.have.length(1);
      await press('Shift+Tab');
      await waitUntil(() => focused(el) && !focused(el)?.closest('[role="grid"]'), 'Shift+Tab did not leave the grid');
    });

    it('follows the reading direction in a right-to-left page', async () => {
      document.documentElement.dir = 'rtl';
      try {
        const el = await table(backend);
        await enterGrid(el);
        await at(el, '0', 'select');
        await press('ArrowLeft');
        await at(el, '0', 'name');
        await press('ArrowRight');
        await at(el, '0', 'select');
      } finally {
        document.documentElement.dir = '';
      }
    });

    it('sorts from a column header with Enter', async () => {
      const el = await table(backend);
      await enterGrid(el);
      await at(el, '0', 'select');
      await press('ArrowRight');
      await press('ArrowUp');
      await at(el, '-1', 'name');
      await press('Enter');
      await waitUntil(() => header(el, 'Name').getAttribute('aria-sort') === 'descending');
    });

    it('removes a member with the keyboard alone, and focus moves to the next row', async () => {
      const el = await table(backend);
      const index = names(el).indexOf('Mia Member');
      const next = names(el)[index + 1];
      await enterGrid(el);
      await at(el, '0', 'select');
      for (let i = 0; i < index; i++) await press('ArrowDown');
      await press('End');
      await at(el, String(index), 'actions');
      expect(focused(el)?.getAttribute('aria-label')).to.equal('Remove Mia Member');
      await press('Enter');
      await waitUntil(() => dialog(el), 'Enter did not open the confirmation');
      expect(focused(el)?.textContent?.trim()).to.equal('Cancel');
      await press('Tab');
      expect(focused(el)?.textContent?.trim()).to.equal('Remove');
      await press('Enter');
      await waitUntil(() => !hasRow(el, 'Mia Member'), 'not removed');
      await at(el, String(index), 'actions');
      expect(focused(el)?.getAttribute('aria-label')).to.equal(`Remove ${next}`);
      await waitUntil(() => !backend.store.members.get('mem_acme_member'), 'the server still has the member');
    });

    it('enters the role select with Enter and leaves it with Escape', async () => {
      const el = await table(backend);
      const index = names(el).indexOf('Mia Member');
      await enterGrid(el);
      await at(el, '0', 'select');
      for (let i = 0; i < index; i++) await press('ArrowDown');
      await press('ArrowRight');
      await press('ArrowRight');
      await press('ArrowRight');
      await at(el, String(index), 'role');
      expect(focused(el)?.getAttribute('role')).to.equal('gridcell');
      await press('Enter');
      await waitUntil(() => focused(el)?.localName === 'select', 'Enter did not enter the cell');
      await press('Escape');
      await waitUntil(() => focused(el)?.getAttribute('role') === 'gridcell', 'Escape did not leave the select');
      await press('ArrowDown');
      await at(el, String(index + 1), 'role');
    });

    it('keeps track of the focused cell while its row is scrolled out of the DOM and back', async () => {
      backend = await startBackend({ seed: { members: 300 } });
      const el = await table(backend, {}, html`<team-table page-size="100"></team-table>`);
      await enterGrid(el);
      await at(el, '0', 'select');
      await press('Control+End');
      await waitUntil(() => Number(focusedCell(el).row) >= 99, 'Ctrl+End did not reach the last loaded row');
      const scroller = screen(el).querySelector<HTMLElement>('[part~="scroller"]')!;
      expect(scroller.scrollTop).to.be.greaterThan(3000);
      await press('Control+Home');
      await at(el, '-1', 'select');
      await press('ArrowDown');
      await at(el, '0', 'select');
      scroller.scrollTop = 4000;
      await waitUntil(() => !screen(el).querySelector('[part~="body"] [data-row="0"]'), 'row 0 was not recycled');
      expect(screen(el).querySelector('[role="columnheader"] [tabindex="0"], [role="columnheader"][tabindex="0"]'), 'the grid keeps a tab stop').to.not.equal(null);
      scroller.scrollTop = 0;
      await at(el, '0', 'select');
    });
  });

  describe('the sticky header', () => {
    it('never hides the focused row under it (WCAG 2.4.11), whichever way focus moves', async () => {
      backend = await startBackend({ seed: { members: 300 } });
      const el = await table(backend, {}, html`<team-table page-size="100"></team-table>`);
      const rowHeight = rowAt(el, 0)!.getBoundingClientRect().height;
      await enterGrid(el);
      await at(el, '0', 'select');
      for (let i = 0; i < 12; i++) await press('ArrowDown');
      await at(el, '12', 'select');
      expect(focusInView(el), 'after ArrowDown').to.equal(true);
      // Row 11 half under the header, row 12 focused below it: moving up must bring row 11 out whole.
      scroller(el).scrollTop = 11 * rowHeight + rowHeight / 2;
      await nextFrame();
      await press('ArrowUp');
      await at(el, '11', 'select');
      expect(focusInView(el), 'after ArrowUp').to.equal(true);
      await press('PageDown');
      await press('PageDown');
      await press('PageUp');
      await waitUntil(() => focusedCell(el).col === 'select' && Number(focusedCell(el).row) > 11, 'PageDown and PageUp did not move');
      expect(focusInView(el), 'after PageUp').to.equal(true);
      // Focus on the header while the rows are scrolled far away: the first row comes back below the header.
      await press('Control+Home');
      await at(el, '-1', 'select');
      scroller(el).scrollTop = 4000;
      await waitUntil(() => !rowAt(el, 0), 'row 0 was not recycled');
      await press('ArrowDown');
      await at(el, '0', 'select');
      expect(focusInView(el), 'after moving to a row out of the DOM').to.equal(true);
    });

    it('keeps a focused card clear of it too', async () => {
      backend = await startBackend({ seed: { members: 300 } });
      const el = await table(backend, {}, html`<team-table page-size="100" style="width: 390px"></team-table>`);
      await waitUntil(() => rowAt(el, 0)!.getBoundingClientRect().height > 80, 'no cards at 390 px');
      const cardHeight = rowAt(el, 0)!.getBoundingClientRect().height;
      await enterGrid(el);
      await at(el, '0', 'select');
      for (let i = 0; i < 6; i++) await press('ArrowDown');
      await at(el, '6', 'select');
      scroller(el).scrollTop = 5 * cardHeight + cardHeight / 2;
      await nextFrame();
      await press('ArrowUp');
      await at(el, '5', 'select');
      expect(focusInView(el)).to.equal(true);
    });
  });

  describe('scrolling through many members', () => {
    it('gives the rows it shows their role select once scrolling stops', async () => {
      backend = await startBackend({ seed: { members: 300 } });
      const el = await table(backend, {}, html`<team-table page-size="100"></team-table>`);
      const rowHeight = rowAt(el, 0)!.getBoundingClientRect().height;
      for (let top = 0; top <= 3000; top += 250) {
        scroller(el).scrollTop = top;
        await nextFrame();
        const roles = bodyRows(el).map((row) => row.querySelector('[part~="cell-role"]')?.textContent?.trim());
        expect(roles.every(Boolean), 'every row shows its role while scrolling').to.equal(true);
      }
      const first = Math.ceil(3000 / rowHeight);
      await waitUntil(() => [first, first + 1, first + 2].every((index) => rowAt(el, index) && roleSelect(rowAt(el, index)!)), 'rows in view have no role select');
      const row = rowAt(el, first + 1)!;
      const member = [...backend.store.members.ofWorkspace('ws_acme')].find((candidate) => backend.store.users.get(candidate.userId)?.name === row.querySelector('[part~="cell-name"] .truncate')?.textContent);
      expect(roleSelect(row)?.value).to.equal(member?.roleId);
    });

    it('brings rows in with their controls when scrolled slowly, as by a mouse wheel', async () => {
      backend = await startBackend({ seed: { members: 300 } });
      const el = await table(backend, {}, html`<team-table page-size="100"></team-table>`);
      for (let top = 0; top <= 1200; top += 40) {
        scroller(el).scrollTop = top;
        await nextFrame();
      }
      const withoutSelect = bodyRows(el).filter((row) => !roleSelect(row) && !row.querySelector('[part~="cell-role"]')?.textContent?.includes('Owner'));
      expect(withoutSelect.map((row) => row.dataset.row), 'rows without their role select').to.deep.equal([]);
    });

    it('gives the row the keyboard moves to its controls at once, even while rows scroll by', async () => {
      backend = await startBackend({ seed: { members: 300 } });
      const el = await table(backend, {}, html`<team-table page-size="100"></team-table>`);
      await enterGrid(el);
      await at(el, '0', 'select');
      for (let i = 0; i < 3; i++) await press('ArrowRight');
      await at(el, '0', 'role');
      for (let i = 0; i < 15; i++) await press('ArrowDown');
      await at(el, '15', 'role');
      expect(roleSelect(rowAt(el, 15)!), 'the focused row has its select').to.not.equal(null);
      await press('Enter');
      await waitUntil(() => focused(el)?.localName === 'select', 'Enter did not enter the role select');
    });
  });

  describe('fitting its container', () => {
    /** Sets the element's width, as a page layout would, and waits for the headers it then shows. */
    const atWidth = async (el: HTMLElement, width: number, expected: string[]) => {
      el.style.width = `${width}px`;
      await waitUntil(() => shownHeaders(el).join() === expected.join(), `at ${width} px: ${shownHeaders(el).join(', ')}`);
      expect(scroller(el).scrollWidth, `at ${width} px nothing is cut off`).to.be.at.most(scroller(el).clientWidth);
    };

    it('drops and folds columns, the least needed first, as its container narrows', async () => {
      const el = await table(backend);
      await atWidth(el, 1200, ['', 'Name', 'Email', 'Role', 'Groups', 'Status', 'Added', 'Last login', 'Actions']);
      expect(shows(rowOf(el, 'Mia Member').querySelector('[part~="email-line"]')), 'the email has its own column').to.equal(false);
      await atWidth(el, 1100, ['', 'Name', 'Email', 'Role', 'Status', 'Added', 'Last login', 'Actions']);
      await atWidth(el, 1000, ['', 'Name', 'Email', 'Role', 'Status', 'Last login', 'Actions']);
      await atWidth(el, 850, ['', 'Name', 'Role', 'Status', 'Last login', 'Actions']);
      const email = rowOf(el, 'Mia Member').querySelector('[part~="email-line"]');
      expect(shows(email), 'the email folds under the name').to.equal(true);
      expect(email?.textContent).to.equal('member@acme.test');
      await atWidth(el, 700, ['', 'Name', 'Role', 'Status', 'Actions']);
      expect(shows(rowOf(el, 'Mia Member').querySelector('[part~="cell-last-login"]'))).to.equal(false);
      await expect(el).to.be.accessible();
      await atWidth(el, 1200, ['', 'Name', 'Email', 'Role', 'Groups', 'Status', 'Added', 'Last login', 'Actions']);
    });

    it('keeps every column the host chose while they fit', async () => {
      const el = await table(backend, {}, html`<team-table style=${TALL} columns="name,email,status,actions"></team-table>`);
      await atWidth(el, 700, ['', 'Name', 'Email', 'Status', 'Actions']);
      await atWidth(el, 620, ['', 'Name', 'Status', 'Actions']);
    });

    it('moves only through the columns it shows', async () => {
      const el = await table(backend);
      await atWidth(el, 850, ['', 'Name', 'Role', 'Status', 'Last login', 'Actions']);
      await enterGrid(el);
      await at(el, '0', 'select');
      await press('ArrowRight');
      await at(el, '0', 'name');
      await press('ArrowRight');
      await at(el, '0', 'role');
      await press('End');
      await at(el, '0', 'actions');
      await press('ArrowLeft');
      await at(el, '0', 'last-login');
    });

    it('shows cards below 600 px with the same actions, keyboard and accessibility', async () => {
      const el = await table(backend);
      await atWidth(el, 390, ['', 'Name', 'Role', 'Status', 'Actions']);
      const mia = rowOf(el, 'Mia Member');
      const name = mia.querySelector('[part~="cell-name"]')!.getBoundingClientRect();
      expect(shows(mia.querySelector('[part~="email-line"]')), 'the email under the name').to.equal(true);
      expect(roleSelect(mia)!.getBoundingClientRect().top, 'the role under the name').to.be.at.least(name.bottom - 1);
      for (const part of ['[part~="badge"]', REMOVE]) expect(shows(mia.querySelector(part)), part).to.equal(true);
      for (const column of ['email', 'groups', 'added', 'last-login']) expect(shows(mia.querySelector(`[data-col="${column}"]`)), column).to.equal(false);
      await expect(el).to.be.accessible();

      await enterGrid(el);
      await at(el, '0', 'select');
      await press('ArrowRight');
      await at(el, '0', 'name');
      await press('ArrowRight');
      await at(el, '0', 'role');
      await press('ArrowDown');
      await at(el, '1', 'role');
      await press('End');
      await at(el, '1', 'actions');
      await press('ArrowUp');
      await press('ArrowUp');
      await at(el, '-1', 'actions');

      choose(roleSelect(mia)!, 'admin');
      await waitUntil(() => noticeText(el) === 'Role of Mia Member changed to Admin', 'no role change in a card');
      mia.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
      await waitUntil(() => screen(el).querySelector('[part~="bulk-bar"]')?.textContent?.includes('1 selected'), 'no selection in a card');
      rowOf(el, 'José Álvarez').querySelector<HTMLButtonElement>(REMOVE)!.click();
      await waitUntil(() => dialog(el), 'no confirmation from a card');
      buttonByText(dialog(el)!, 'Remove').click();
      await waitUntil(() => noticeText(el) === 'Removed José Álvarez', 'no removal from a card');
      el.rowActions = () => [{ id: 'profile', label: 'Profile' }];
      await waitUntil(() => shows(rowOf(el, 'Mia Member').querySelector('[part~="action-profile"]')), 'no row action in a card');
      await expect(el).to.be.accessible();
    });

    it('shows a viewer read-only cards', async () => {
      const el = await table(backend, { as: 'viewer' });
      await atWidth(el, 390, ['Name', 'Role', 'Status', 'Actions']);
      expect(rowOf(el, 'Mia Member').querySelector('[part~="cell-role"]')?.textContent?.trim()).to.equal('Member');
      await expect(el).to.be.accessible();
    });
  });

  describe('as someone who may not manage members', () => {
    it('shows a read-only table and says why', async () => {
      const el = await table(backend, { as: 'viewer' });
      expect(screen(el).querySelector('[part~="notice"]')?.textContent).to.include("Your role (Viewer) doesn't allow this.");
      expect(screen(el).querySelectorAll('select[part~="role-select"]')).to.have.length(0);
      expect(screen(el).querySelectorAll(REMOVE)).to.have.length(0);
      expect(screen(el).querySelectorAll('[part~="body"] input[type="checkbox"]')).to.have.length(0);
      expect(rowOf(el, 'Mia Member').querySelector('[part~="cell-role"]')?.textContent?.trim()).to.equal('Member');
      expect(screen(el).querySelector('[role="grid"]')?.hasAttribute('aria-multiselectable')).to.equal(false);
      await expect(el).to.be.accessible();
    });
  });

  describe('untrusted text', () => {
    it('renders hostile names and emails as text', async () => {
      const { markup, unicode, long } = await hostileStrings();
      const hostile = [...markup, ...unicode, ...long];
      const people = [...backend.store.members.ofWorkspace('ws_acme')].filter((member) => member.roleId !== 'owner').slice(0, hostile.length);
      people.forEach((member, index) => {
        const user = backend.store.users.get(member.userId)!;
        backend.store.users.update(user, { name: hostile[index]!, email: index < markup.length ? `${markup[index]!}@x.test` : user.email });
      });
      const el = await table(backend, {}, html`<team-table style=${TALL}></team-table>`);
      await waitUntil(() => names(el).length === 25);
      expect(pwned()).to.equal(false);
      for (const text of hostile) {
        const row = rowOf(el, text);
        expect(row.querySelector('[part~="cell-name"] .truncate')?.getAttribute('title')).to.equal(text);
      }
      const emails = bodyRows(el).map((row) => row.querySelector('[part~="cell-email"]')?.textContent?.trim());
      for (const text of markup) expect(emails).to.include(`${text}@x.test`);
      expect(screen(el).querySelector('img:not([part~="avatar"] img)')).to.equal(null);
      expect(screen(el).querySelector('script, iframe, svg, style:not(:first-child)')).to.equal(null);
      const longName = rowOf(el, long[0]!).querySelector<HTMLElement>('[part~="cell-name"] .truncate')!;
      expect(longName.scrollWidth, 'long names are cut with an ellipsis').to.be.greaterThan(longName.clientWidth);
      expect(getComputedStyle(longName).textOverflow).to.equal('ellipsis');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(pwned()).to.equal(false);
    });
  });

  describe('while loading', () => {
    it('says it is loading, accessibly', async () => {
      backend = await startBackend({ latency: 800 });
      const provider = await fixture<HTMLElement>(html`<teamkit-provider .client=${clientFor(backend, 'owner')} workspace-id="ws_acme" locale="en">
        <team-table></team-table></teamkit-provider>`);
      const el = provider.querySelector('team-table')!;
      await waitUntil(() => screen(el).querySelector('[part~="loading"]'), 'no loading state');
      expect(screen(el).querySelector('[part~="loading"]')?.textContent?.trim()).to.equal('Loading…');
      await expect(el).to.be.accessible();
      await waitUntil(() => bodyRows(el).length > 0, 'never loaded');
    });
  });

  describe('in Spanish', () => {
    it('switches language when the provider does', async () => {
      const el = await table(backend);
      expect(total(el)).to.equal('25 members');
      (el.parentElement as HTMLElement & { locale: string }).locale = 'es';
      await waitUntil(() => total(el) === '25 miembros', `total is ${total(el)}`);
      await waitUntil(() => roleSelect(rowOf(el, 'Mia Member'))?.selectedOptions[0]?.textContent?.trim() === 'Miembro', 'rows still in English');
      expect(header(el, 'Correo electrónico').getAttribute('role')).to.equal('columnheader');
    });

    it('speaks Spanish and formats for Spain', async () => {
      const el = await table(backend, { locale: 'es' });
      await waitUntil(() => total(el) === '25 miembros', `total is ${total(el)}`);
      expect(header(el, 'Nombre').getAttribute('aria-sort')).to.equal('ascending');
      expect(header(el, 'Último acceso').textContent).to.include('Último acceso');
      const mia = rowOf(el, 'Mia Member');
      expect(roleSelect(mia)?.selectedOptions[0]?.textContent?.trim()).to.equal('Miembro');
      expect(mia.querySelector('[part~="badge"]')?.textContent?.trim()).to.equal('Activo');
      expect(mia.querySelector('time')?.textContent?.trim()).to.equal('la semana pasada');
      expect(screen(el).querySelector<HTMLInputElement>('[part~="search"]')?.getAttribute('aria-label')).to.equal('Buscar miembros');
      const groupFilter = screen(el).querySelector<HTMLSelectElement>('[part~="filter-group"]');
      expect(groupFilter?.getAttribute('aria-label')).to.equal('Filtrar por grupo');
      expect(groupFilter?.options[0]?.textContent?.trim()).to.equal('Todos los grupos');
      expect(rowOf(el, 'Olivia Owner').textContent).to.include('Transfiere la propiedad para cambiar al propietario');
      await expect(el).to.be.accessible();
    });
  });

  describe('host integration', () => {
    it('renders the host row actions and fires tk-row-action', async () => {
      const el = await table(backend);
      el.rowActions = (member) => (member.status === 'pending' ? [] : [{ id: 'profile', label: 'Profile' }]);
      await el.updateComplete;
      await waitUntil(() => rowOf(el, 'Mia Member').querySelector('[part~="action-profile"]'));
      expect(rowOf(el, 'Tomás Ferreira').querySelector('[part~="action-profile"]')).to.equal(null);
      const events = recordEvents(el, 'tk-row-action');
      buttonByText(rowOf(el, 'Mia Member'), 'Profile').click();
      const event = events[0] as Event & { action: string; member: { name: string } };
      expect(event.action).to.equal('profile');
      expect(event.member.name).to.equal('Mia Member');
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('shows the host toolbar controls in its toolbar', async () => {
      const el = await table(backend, {}, html`<team-table><button slot="toolbar">Invite</button></team-table>`);
      const slot = screen(el).querySelector<HTMLSlotElement>('[part~="toolbar"] slot[name="toolbar"]');
      expect(slot?.assignedElements().map((node) => node.textContent)).to.deep.equal(['Invite']);
    });

    it('shows members the host already holds without asking the server', async () => {
      const client = clientFor(backend, 'owner');
      const page = await client.members.list('ws_acme', { limit: 5 });
      backend.faults.add({ method: 'GET', path: '/workspaces/ws_acme/members', status: 500, times: Infinity });
      const el = await table(backend, { client }, html`<team-table .initialPage=${{ ...page, nextCursor: null, total: 5 }}></team-table>`);
      expect(names(el)).to.deep.equal(page.items.map((member) => member.name));
      expect(total(el)).to.equal('5 members');
    });
  });

  // Last: a Content-Security-Policy cannot be taken back, and it holds for the rest of the page.
  describe('under a strict Content-Security-Policy', () => {
    it("needs no style attribute ('unsafe-inline'): its layout and row count go through constructed stylesheets and the CSSOM", async () => {
      const refused: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => refused.push(`${event.violatedDirective} ${event.sourceFile}:${event.lineNumber}`));
      const policy = document.createElement('meta');
      policy.httpEquiv = 'Content-Security-Policy';
      policy.content = "style-src-attr 'none'";
      document.head.append(policy);
      backend = await startBackend({ seed: { members: 300 } });
      const el = await table(backend, {}, html`<team-table page-size="100"></team-table>`);
      expect(scroller(el).getBoundingClientRect().height, 'the scroller keeps its height').to.be.within(500, 600);
      scroller(el).scrollTop = 3000;
      await waitUntil(() => rowAt(el, 60), 'did not scroll');
      el.style.width = '390px';
      await waitUntil(() => shownHeaders(el).join() === ',Name,Role,Status,Actions', 'no cards');
      await waitUntil(() => bodyRows(el).some((row) => roleSelect(row)), 'no role select after scrolling');
      const select = bodyRows(el).map((row) => roleSelect(row)).find(Boolean)!;
      choose(select, select.value === 'viewer' ? 'member' : 'viewer');
      await waitUntil(() => noticeText(el), 'no notice');
      expect(refused).to.deep.equal([]);
    });
  });
});
