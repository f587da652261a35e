import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { createClock, SEED, type ManualClock } from '../../src/backend/index.js';
import type { InvitationList } from '../../src/components/invitation-list/invitation-list.component.js';
import type { InvitationResentEvent, InvitationRevokedEvent } from '../../src/components/invitation-list/invitation-list.events.js';
import type { TeamkitErrorEvent } from '../../src/components/shared/events.js';
import {
  buttonByText, choose, clientFor, hostileStrings, mount, pwned, screen, settle, startBackend, type Backend, type MountOptions, type SeedRole, eventually,
} from './helpers.js';
import type { Client } from '../../src/sdk/index.js';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const { pending, expired, revoked, accepted } = SEED.invitations;

let backend: Backend;
let clock: ManualClock;

beforeEach(async () => {
  clock = createClock();
  backend = await startBackend({ clock });
});

afterEach(() => {
  backend.faults.clear();
});

async function show(options: MountOptions & { attrs?: { status?: string; pageSize?: number } } = {}): Promise<InvitationList> {
  const { attrs = {}, ...mountOptions } = options;
  return mount<InvitationList>(backend, html`<invitation-list
    .clock=${clock}
    status=${attrs.status ?? 'all'}
    page-size=${attrs.pageSize ?? 25}
  ></invitation-list>`, mountOptions);
}

/** What a row says, cell by cell, as a sighted user reads it. */
function rowOf(el: HTMLElement, email: string): HTMLTableRowElement {
  const row = [...screen(el).querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th')?.textContent?.trim() === email);
  if (!(row instanceof HTMLTableRowElement)) throw new Error(`no row for ${email}`);
  return row;
}

function cells(row: HTMLTableRowElement): string[] {
  return [...row.querySelectorAll('td')].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim());
}

function emails(el: HTMLElement): string[] {
  return [...screen(el).querySelectorAll('tbody th')].map((th) => th.textContent?.trim() ?? '');
}

function text(el: HTMLElement): string {
  return (screen(el).textContent ?? '').replace(/\s+/g, ' ');
}

function statusOf(row: HTMLTableRowElement): string {
  return row.querySelector('[part~="badge"]')?.textContent?.trim() ?? '';
}

function dialog(el: HTMLElement): HTMLDialogElement | null {
  return screen(el).querySelector('dialog[open]');
}

function noticeText(el: HTMLElement): string {
  return (screen(el).querySelector('[part~="notice"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A client that notes the path of every request it makes. */
function recordingClient(who: SeedRole): { client: Client; paths: string[] } {
  const paths: string[] = [];
  const client = clientFor(backend, who, {
    fetch: (input, init) => {
      paths.push(new URL(input instanceof Request ? input.url : String(input)).pathname);
      return fetch(input, init);
    },
  });
  return { client, paths };
}

/** What screen readers were last told politely. */
function politeAnnouncer(): string {
  return document.getElementById('teamkit-announcer-polite')?.textContent ?? '';
}

async function waitForText(el: HTMLElement, wanted: string): Promise<void> {
  await eventually(() => text(el).includes(wanted), `"${wanted}" never appeared; screen: ${text(el)}`);
}

describe('<invitation-list>', () => {
  describe('as an owner', () => {
    it('lists every invitation, newest first, with role, inviter, dates, expiry and status in words', async () => {
      const el = await show();
      expect(emails(el)).to.deep.equal([pending.email, revoked.email, expired.email, accepted.email]);
      expect(text(el)).to.include('4 invitations');

      const [role, inviter, sent, expiry, status] = cells(rowOf(el, pending.email));
      expect([role, inviter, expiry, status]).to.deep.equal(['Member', 'Olivia Owner', 'Expires tomorrow', 'Pending']);
      expect(sent).to.equal('Jan 14, 2026');
      const expiryTime = rowOf(el, pending.email).querySelector('[part~="cell-expiry"] time');
      expect(expiryTime?.getAttribute('title')?.replace(/\s/g, ' ')).to.equal('Jan 16, 2026, 9:00 AM');

      expect(cells(rowOf(el, expired.email)).slice(0, 5)).to.deep.equal(['Viewer', 'Olivia Owner', 'Jan 10, 2026', 'Expired 3 days ago', 'Expired']);
      expect(cells(rowOf(el, revoked.email))[4]).to.equal('Revoked 2 days ago');
      expect(cells(rowOf(el, accepted.email))[4]).to.equal('Accepted 10 months ago');
      await expect(el).to.be.accessible();
    });

    it('is a table with visible column headers when wide, and cards when narrow; accessible either way', async () => {
      const el = await show();
      const table = screen(el).querySelector('table')!;
      el.style.width = '1200px';
      await new Promise(requestAnimationFrame);
      expect(getComputedStyle(table).display).to.equal('table');
      expect(screen(el).querySelector<HTMLElement>('thead th')!.getBoundingClientRect().height).to.be.greaterThan(10);
      await expect(el).to.be.accessible();
      el.style.width = '400px';
      await new Promise(requestAnimationFrame);
      expect(getComputedStyle(table).display).to.equal('block');
      expect(rowOf(el, pending.email).getBoundingClientRect().width).to.be.at.most(400);
      expect(table.getAttribute('role')).to.equal('table');
      await expect(el).to.be.accessible();
    });

    it('offers resend and revoke only where they make sense', async () => {
      const el = await show();
      const actions = (email: string) => [...rowOf(el, email).querySelectorAll('button')].map((b) => b.textContent?.trim());
      expect(actions(pending.email)).to.deep.equal(['Resend', 'Revoke']);
      expect(actions(expired.email)).to.deep.equal(['Resend', 'Revoke']);
      expect(actions(revoked.email)).to.deep.equal([]);
      expect(actions(accepted.email)).to.deep.equal([]);
      const resend = rowOf(el, pending.email).querySelector('button[part~="resend"]');
      expect(resend?.getAttribute('aria-label')).to.equal(`Resend to ${pending.email}`);
    });

    it('filters by status, with an empty state per filter', async () => {
      const el = await show();
      const filter = screen(el).querySelector<HTMLSelectElement>('select')!;
      expect(screen(el).querySelector('label[for="filter"]')?.textContent?.trim()).to.equal('Status');

      choose(filter, 'expired');
      await eventually(() => emails(el).length === 1, 'expired filter');
      expect(emails(el)).to.deep.equal([expired.email]);
      expect(text(el)).to.include('1 invitation');

      choose(filter, 'accepted');
      await eventually(() => emails(el)[0] === accepted.email, 'accepted filter');

      // Revoke the only pending invitation elsewhere; the pending filter is then empty.
      await clientFor(backend, 'admin').invitations.revoke('ws_acme', pending.id);
      choose(filter, 'pending');
      await waitForText(el, 'No pending invitations');
      expect(screen(el).querySelector('table')).to.equal(null);
      expect(filter.value).to.equal('pending');
      await expect(el).to.be.accessible();
    });

    it('says so when a workspace has no invitations at all', async () => {
      const el = await show({ workspaceId: SEED.workspaces.labs });
      expect(text(el)).to.include('No invitations yet');
      expect(text(el)).to.include('Invitations you send appear here');
      await expect(el).to.be.accessible();
    });

    it('loads further pages with "Load more" and moves focus to the first new row', async () => {
      const el = await show({ attrs: { pageSize: 2 } });
      expect(emails(el)).to.deep.equal([pending.email, revoked.email]);
      expect(text(el)).to.include('Showing 2 of 4');
      await expect(el).to.be.accessible();

      buttonByText(screen(el), 'Load more').click();
      await eventually(() => emails(el).length === 4, 'second page');
      expect(emails(el)).to.deep.equal([pending.email, revoked.email, expired.email, accepted.email]);
      expect(() => buttonByText(screen(el), 'Load more')).to.throw();
      await eventually(() => screen(el).activeElement?.textContent?.trim() === expired.email, 'focus on the first new row');
      await waitUntil(() => politeAnnouncer() === '2 more invitations loaded. Showing 4 of 4', `announced: "${politeAnnouncer()}"`);
    });

    it('says how many more came, in the singular for one', async () => {
      const el = await show({ attrs: { pageSize: 3 } });
      expect(text(el)).to.include('Showing 3 of 4');
      buttonByText(screen(el), 'Load more').click();
      await eventually(() => emails(el).length === 4, 'second page');
      await waitUntil(() => politeAnnouncer() === '1 more invitation loaded. Showing 4 of 4', `announced: "${politeAnnouncer()}"`);
    });

    it('resends: the row gets the new expiry, a new link goes out and the event carries it', async () => {
      const el = await show();
      clock.advance(12 * HOUR);
      el.requestUpdate();
      await el.updateComplete;
      expect(cells(rowOf(el, pending.email))[3]).to.equal('Expires in 12 hours');

      const events: string[] = [];
      let resent: InvitationResentEvent | undefined;
      el.addEventListener('tk-before-invitation-resend', (event) => events.push(`${event.type}:${event.invitation.email}`));
      el.addEventListener('tk-invitation-resent', (event) => { resent = event; events.push(event.type); });
      const mailsBefore = backend.outbox.messages.length;

      buttonByText(rowOf(el, pending.email), 'Resend').click();
      await eventually(() => resent, 'resent event');
      await el.updateComplete;
      expect(events).to.deep.equal([`tk-before-invitation-resend:${pending.email}`, 'tk-invitation-resent']);
      expect(resent!.invitation.id).to.equal(pending.id);
      expect(resent!.bubbles && resent!.composed).to.equal(true);
      expect(backend.outbox.messages.length).to.equal(mailsBefore + 1);
      expect(backend.outbox.latest(pending.email, 'invitation')?.token).to.not.equal(pending.token);
      expect(cells(rowOf(el, pending.email))[3]).to.equal('Expires in 2 days');
      expect(noticeText(el)).to.include(`Invitation to ${pending.email} sent again`);
      expect(noticeText(el)).to.include('The previous link no longer works.');
      await expect(el).to.be.accessible();
    });

    it('resending an expired invitation makes it pending again', async () => {
      const el = await show();
      buttonByText(rowOf(el, expired.email), 'Resend').click();
      await eventually(() => statusOf(rowOf(el, expired.email)) === 'Pending', 'expired row renewed');
      expect(cells(rowOf(el, expired.email))[3]).to.equal('Expires in 2 days');
      expect([...rowOf(el, expired.email).querySelectorAll('button')].map((b) => b.textContent?.trim())).to.deep.equal(['Resend', 'Revoke']);
    });

    it('a cancelled tk-before-invitation-resend sends nothing', async () => {
      const el = await show();
      el.addEventListener('tk-before-invitation-resend', (event) => event.preventDefault());
      const mailsBefore = backend.outbox.messages.length;
      buttonByText(rowOf(el, pending.email), 'Resend').click();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(backend.outbox.messages.length).to.equal(mailsBefore);
      expect(cells(rowOf(el, pending.email))[3]).to.equal('Expires tomorrow');
    });

    it('revokes after confirmation; cancelling keeps the invitation', async () => {
      const el = await show();
      const revokedEvents: InvitationRevokedEvent[] = [];
      el.addEventListener('tk-invitation-revoked', (event) => revokedEvents.push(event));

      const trigger = buttonByText(rowOf(el, pending.email), 'Revoke');
      trigger.focus();
      trigger.click();
      await eventually(() => dialog(el), 'confirm dialog');
      expect(dialog(el)!.textContent).to.include('Revoke this invitation?');
      expect(dialog(el)!.textContent).to.include(`The link sent to ${pending.email} will stop working.`);
      await expect(el).to.be.accessible();
      buttonByText(dialog(el)!, 'Cancel').click();
      await eventually(() => !dialog(el), 'dialog closed');
      expect(screen(el).activeElement).to.equal(trigger);
      expect(statusOf(rowOf(el, pending.email))).to.equal('Pending');
      expect(backend.store.invitations.get(pending.id)?.status).to.equal('pending');

      buttonByText(rowOf(el, pending.email), 'Revoke').click();
      await eventually(() => dialog(el), 'confirm dialog again');
      buttonByText(dialog(el)!, 'Revoke invitation').click();
      await eventually(() => statusOf(rowOf(el, pending.email)) === 'Revoked', 'row revoked');
      expect(cells(rowOf(el, pending.email))[4]).to.equal('Revoked just now');
      expect(cells(rowOf(el, pending.email))[3]).to.include('Not applicable');
      expect(rowOf(el, pending.email).querySelectorAll('button').length).to.equal(0);
      expect(revokedEvents.map((event) => event.invitation.status)).to.deep.equal(['revoked']);
      expect(noticeText(el)).to.include(`Invitation to ${pending.email} revoked`);
      // The revoke button went away with the action: focus stays in the row instead of falling to <body>.
      await eventually(() => screen(el).activeElement?.textContent?.trim() === pending.email, 'focus on the row');
      await expect(el).to.be.accessible();
    });

    it('revokes with the keyboard only; Escape cancels and focus returns to the button', async () => {
      const el = await show();
      const trigger = rowOf(el, pending.email).querySelector<HTMLButtonElement>('button[part~="revoke"]')!;
      trigger.focus();
      await sendKeys({ press: 'Enter' });
      await eventually(() => dialog(el), 'dialog open');
      await sendKeys({ press: 'Escape' });
      await eventually(() => !dialog(el), 'dialog closed by Escape');
      expect(screen(el).activeElement).to.equal(trigger);

      await sendKeys({ press: 'Enter' });
      await eventually(() => dialog(el), 'dialog open again');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await eventually(() => statusOf(rowOf(el, pending.email)) === 'Revoked', 'revoked by keyboard');
    });

    it('never offers the link: the token is the invitee\'s credential and no answer carries it', async () => {
      const el = await show();
      for (const row of screen(el).querySelectorAll('tbody tr')) {
        expect([...row.querySelectorAll('button')].map((b) => b.textContent?.trim())).to.not.include('Copy link');
      }
      expect(screen(el).innerHTML).to.not.include(pending.token);
    });

    it('refresh() reloads after invitations were sent elsewhere', async () => {
      const el = await show();
      await clientFor(backend, 'owner').invitations.create('ws_acme', { emails: ['fresh@example.test'], role: 'admin' });
      expect(emails(el)).to.not.include('fresh@example.test');
      await el.refresh();
      await el.updateComplete;
      expect(emails(el)[0]).to.equal('fresh@example.test');
      expect(cells(rowOf(el, 'fresh@example.test'))[0]).to.equal('Admin');
      expect(text(el)).to.include('5 invitations');
    });

    it('shows an invitation as expired once the backend clock passes its expiry', async () => {
      const el = await show();
      clock.advance(DAY + HOUR);
      // Still open on screen: the next tick already tells the truth …
      el.requestUpdate();
      await el.updateComplete;
      expect(statusOf(rowOf(el, pending.email))).to.equal('Expired');
      expect(cells(rowOf(el, pending.email))[3]).to.equal('Expired 1 hour ago');
      // … and the server agrees after a reload.
      await el.refresh();
      await el.updateComplete;
      expect(statusOf(rowOf(el, pending.email))).to.equal('Expired');
      expect(cells(rowOf(el, pending.email))[3]).to.equal('Expired 1 hour ago');
      expect([...rowOf(el, pending.email).querySelectorAll('button')].map((b) => b.textContent?.trim())).to.deep.equal(['Resend', 'Revoke']);
    });
  });

  describe('server errors', () => {
    const list = /^\/workspaces\/ws_acme\/invitations$/;

    it('500 while loading: an error with a retry that works', async () => {
      backend.faults.add({ method: 'GET', path: list, status: 500 });
      const errors: TeamkitErrorEvent[] = [];
      document.addEventListener('tk-error', (event) => errors.push(event), { once: true });
      const el = await show();
      expect(text(el)).to.include('Something went wrong');
      expect(errors.map((event) => event.action)).to.deep.equal(['load']);
      await expect(el).to.be.accessible();
      buttonByText(screen(el), 'Try again').click();
      await eventually(() => emails(el).length === 4, 'loaded after retry');
    });

    it('network down while loading', async () => {
      backend.faults.add({ method: 'GET', path: list, network: true });
      const el = await show();
      expect(text(el)).to.include("Can't reach the server");
      expect(text(el)).to.include('Check your connection and try again.');
      await expect(el).to.be.accessible();
    });

    it('429 while loading says how long to wait', async () => {
      backend.faults.add({ method: 'GET', path: list, code: 'rate_limited', retryAfter: 7 });
      const el = await show();
      expect(text(el)).to.include('Too many requests');
      expect(text(el)).to.include('Wait 7 seconds, then try again.');
    });

    it('404 while loading: not found, without a pointless retry', async () => {
      backend.faults.add({ method: 'GET', path: list, code: 'not_found' });
      const el = await show();
      expect(text(el)).to.include('Not found');
      expect(screen(el).querySelector('[part~="retry"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('when checking the reader\'s permissions fails, says so and retries', async () => {
      backend.faults.add({ method: 'GET', path: '/workspaces/ws_acme/members/me', status: 500 });
      const el = await show();
      await waitForText(el, 'Something went wrong');
      expect(screen(el).querySelector('table')).to.equal(null);
      buttonByText(screen(el), 'Try again').click();
      await eventually(() => emails(el).length === 4, 'list after retry');
      expect(rowOf(el, pending.email).querySelectorAll('button').length).to.equal(2);
    });

    it('a failed resend (409) keeps the row and says why', async () => {
      const el = await show();
      backend.faults.add({ method: 'POST', path: /\/resend$/, code: 'conflict' });
      const errors: string[] = [];
      el.addEventListener('tk-error', (event) => errors.push(event.action));
      buttonByText(rowOf(el, pending.email), 'Resend').click();
      await eventually(() => noticeText(el).includes("Couldn't resend"), 'failure notice');
      expect(noticeText(el)).to.include(`Couldn't resend the invitation to ${pending.email}`);
      expect(screen(el).querySelector('[part~="notice"]')?.getAttribute('role')).to.equal('alert');
      expect(errors).to.deep.equal(['invitation-resend']);
      expect(cells(rowOf(el, pending.email))[3]).to.equal('Expires tomorrow');
      await expect(el).to.be.accessible();
    });

    it('revoking what someone else already revoked shows the server\'s reason', async () => {
      const el = await show();
      await clientFor(backend, 'admin').invitations.revoke('ws_acme', pending.id);
      buttonByText(rowOf(el, pending.email), 'Revoke').click();
      await eventually(() => dialog(el), 'confirm');
      buttonByText(dialog(el)!, 'Revoke invitation').click();
      await eventually(() => noticeText(el).includes("Couldn't revoke"), 'failure notice');
      expect(noticeText(el)).to.include('This invitation was already revoked.');
    });

    it('403 on an action (permission taken away meanwhile)', async () => {
      const el = await show();
      backend.faults.add({ method: 'POST', path: /\/revoke$/, code: 'forbidden' });
      buttonByText(rowOf(el, expired.email), 'Revoke').click();
      await eventually(() => dialog(el), 'confirm');
      buttonByText(dialog(el)!, 'Revoke invitation').click();
      await eventually(() => noticeText(el).includes("Couldn't revoke"), 'failure notice');
      expect(noticeText(el)).to.include("You don't have permission to do this");
      expect(statusOf(rowOf(el, expired.email))).to.equal('Expired');
    });

    it('404, 429, 500 and network down on resend each explain themselves', async () => {
      const el = await show();
      const cases: [Parameters<Backend['faults']['add']>[0], string][] = [
        [{ code: 'not_found' }, 'Not found'],
        [{ code: 'rate_limited', retryAfter: 12 }, 'Wait 12 seconds'],
        [{ status: 500 }, 'Something went wrong'],
        [{ network: true }, "Can't reach the server"],
      ];
      for (const [fault, message] of cases) {
        backend.faults.add({ method: 'POST', path: /\/resend$/, ...fault });
        buttonByText(rowOf(el, pending.email), 'Resend').click();
        await eventually(() => noticeText(el).includes(message), `notice for ${message}`);
        expect(cells(rowOf(el, pending.email))[3]).to.equal('Expires tomorrow');
        buttonByText(screen(el), 'Dismiss').click();
        // The shared notice's rule: focus moves on to the next control after it (the table), not to the page.
        await eventually(() => screen(el).activeElement?.matches('[part~="table-wrap"]'), 'focus moves to the table, not the page');
        expect(noticeText(el)).to.equal('');
      }
    });

    it('"Load more" failing (422 bad cursor) keeps the loaded rows and offers to try again', async () => {
      const el = await show({ attrs: { pageSize: 2 } });
      backend.faults.add({ method: 'GET', path: list, code: 'validation_failed' });
      buttonByText(screen(el), 'Load more').click();
      await eventually(() => screen(el).querySelector('[part~="footer"] [role="alert"]'), 'inline error');
      expect(text(el)).to.include("Couldn't load more.");
      expect(emails(el)).to.deep.equal([pending.email, revoked.email]);
      await expect(el).to.be.accessible();
      buttonByText(screen(el), 'Try again').click();
      await eventually(() => emails(el).length === 4, 'loaded after retry');
    });
  });

  describe('without permission to invite', () => {
    for (const who of ['viewer', 'member'] as const) {
      it(`as a ${who}: the denied state with the reason, no list, and the list is never asked for`, async () => {
        const { client, paths } = recordingClient(who);
        const el = await show({ as: who, client });
        const role = who === 'viewer' ? 'Viewer' : 'Member';
        expect(text(el)).to.include("You can't see this workspace's invitations");
        await waitForText(el, `Your role (${role}) doesn't allow this. Ask a workspace owner or admin.`);
        expect(screen(el).querySelector('select')).to.equal(null);
        expect(screen(el).querySelector('table')).to.equal(null);
        expect(screen(el).querySelector('[part~="retry"]')).to.equal(null);
        await expect(el).to.be.accessible();
        // Rights are checked first: a request the server would refuse (a 403 in the console) is never made.
        expect(paths).to.include('/api/workspaces/ws_acme/members/me');
        expect(paths.filter((path) => path.endsWith('/invitations'))).to.deep.equal([]);
      });
    }

    it('moving to a workspace where the reader is a member asks for nothing there', async () => {
      const { client, paths } = recordingClient('owner');
      const el = await show({ client });
      expect(emails(el)).to.have.length(4);
      el.workspaceId = SEED.workspaces.globex;
      await waitForText(el, "You can't see this workspace's invitations");
      expect(text(el)).to.include('Your role (Member) doesn\'t allow this.');
      expect(paths).to.include(`/api/workspaces/${SEED.workspaces.globex}/members/me`);
      expect(paths.filter((path) => path.startsWith(`/api/workspaces/${SEED.workspaces.globex}/invitations`))).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  });

  describe('untrusted strings', () => {
    it('renders names, emails and role names as text', async () => {
      const hostile = await hostileStrings();
      const owner = backend.store.users.byEmail('owner@acme.test')!;
      const inviterName = hostile.markup[0]!;
      backend.store.users.update(owner, { name: inviterName });
      const roleName = hostile.markup[2]!;
      const role = await clientFor(backend, 'owner').roles.create('ws_acme', { name: roleName, permissions: ['billing:view'] });
      await clientFor(backend, 'owner').invitations.create('ws_acme', { emails: ["o'brien@example.org"], role: role.id });

      const el = await show({ attrs: { status: 'pending' } });
      await eventually(() => cells(rowOf(el, "o'brien@example.org"))[0] === roleName, 'custom role by name');
      const row = cells(rowOf(el, "o'brien@example.org"));
      expect(row[1]).to.equal(inviterName);
      expect(screen(el).querySelector('tbody img, tbody svg, tbody script, tbody iframe')).to.equal(null);
      expect(pwned()).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('keeps every unicode and overlong name intact', async () => {
      const hostile = await hostileStrings();
      const owner = backend.store.users.byEmail('owner@acme.test')!;
      for (const name of [...hostile.unicode, ...hostile.long]) {
        backend.store.users.update(owner, { name });
        const el = await show({ attrs: { status: 'expired' } });
        expect(rowOf(el, expired.email).querySelector('[part~="cell-inviter"]')?.textContent).to.equal(name);
        el.parentElement!.remove();
      }
      expect(pwned()).to.equal(false);
    });
  });

  describe('in Spanish', () => {
    it('reads, formats and filters in Spanish', async () => {
      const el = await show({ locale: 'es' });
      await settle(el);
      await waitForText(el, 'Invitaciones');
      expect(screen(el).querySelector('label[for="filter"]')?.textContent?.trim()).to.equal('Estado');
      expect([...screen(el).querySelectorAll('thead th')].map((th) => th.textContent?.trim()))
        .to.deep.equal(['Correo electrónico', 'Rol', 'Invitado por', 'Enviada', 'Caducidad', 'Estado', 'Acciones']);
      expect(cells(rowOf(el, pending.email)).slice(0, 5)).to.deep.equal(['Miembro', 'Olivia Owner', '14 ene 2026', 'Caduca mañana', 'Pendiente']);
      expect(cells(rowOf(el, expired.email))[3]).to.equal('Caducó hace 3 días');
      expect([...rowOf(el, pending.email).querySelectorAll('button')].map((b) => b.textContent?.trim())).to.deep.equal(['Reenviar', 'Revocar']);
      expect(text(el)).to.include('4 invitaciones');
      await expect(el).to.be.accessible();

      choose(screen(el).querySelector('select')!, 'revoked');
      await eventually(() => emails(el).length === 1, 'revoked filter');
      expect(cells(rowOf(el, revoked.email))[4]).to.equal('Revocada anteayer');
      expect(text(el)).to.include('1 invitación');
    });

    it('says in Spanish how many more came', async () => {
      const el = await show({ locale: 'es', attrs: { pageSize: 3 } });
      await waitForText(el, 'Mostrando 3 de 4');
      buttonByText(screen(el), 'Cargar más').click();
      await eventually(() => emails(el).length === 4, 'second page');
      await waitUntil(() => politeAnnouncer() === 'Se ha cargado 1 invitación más. Mostrando 4 de 4', `announced: "${politeAnnouncer()}"`);
    });

    it('explains a denial in Spanish', async () => {
      const el = await show({ as: 'viewer', locale: 'es' });
      await waitForText(el, 'No puedes ver las invitaciones de este espacio de trabajo');
      expect(text(el)).to.include('Tu rol (Lector) no lo permite.');
    });
  });
});
