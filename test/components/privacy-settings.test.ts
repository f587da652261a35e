import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { createClock, SEED, type ManualClock } from '../../src/backend/index.js';
import type { PrivacySettings } from '../../src/components/privacy-settings/privacy-settings.component.js';
import { describeConformance } from './conformance.js';
import {
  buttonByText, clientFor, eventually, fieldByLabel, mount, normalizeText, screen, sentRequests, startBackend, type,
  type Backend, type MountOptions,
} from './helpers.js';

const DAY = 24 * 60 * 60 * 1000;
const VIEWER_CONFIRM = `To confirm, type your email address: ${SEED.users.viewer.email}`;

/** On the backend's clock, so that "requested 1 second ago" and an export's expiry follow `clock.advance()`. */
const show = (backend: Backend, options: MountOptions = {}, attributes: { dangerZoneHref?: string } = {}) => mount<PrivacySettings>(
  backend,
  html`<privacy-settings .clock=${backend.clock} danger-zone-href=${ifDefined(attributes.dangerZoneHref)}></privacy-settings>`,
  options,
);

const shown = (el: HTMLElement) => normalizeText(screen(el).textContent);
const part = <T extends HTMLElement = HTMLElement>(el: HTMLElement, name: string) => screen(el).querySelector<T>(`[part~="${name}"]`);
const until = (el: HTMLElement, words: string) => eventually(() => shown(el).includes(words), `never showed "${words}"; showing: ${shown(el).slice(0, 500)}`);

/** The dialog's controls, once "Delete account…" opened it. */
const dialogOf = (el: HTMLElement) => part<HTMLDialogElement>(el, 'dialog');

async function openDeletion(el: PrivacySettings): Promise<HTMLDialogElement> {
  const open = buttonByText(screen(el), 'Delete account…');
  open.focus();
  open.click();
  await eventually(() => dialogOf(el)?.open && fieldByLabel(screen(el), 'Your password'), 'the confirmation never opened');
  const dialog = dialogOf(el);
  if (!dialog) throw new Error('no dialog');
  return dialog;
}

function fillDeletion(el: PrivacySettings, password: string, confirmation: string): void {
  type(fieldByLabel(screen(el), 'Your password'), password);
  type(fieldByLabel(screen(el), VIEWER_CONFIRM), confirmation);
}

const confirmDeletion = (el: PrivacySettings) => buttonByText(dialogOf(el) ?? screen(el), 'Delete account').click();

/** What assistive technology reads as a field's error. */
function errorOf(el: HTMLElement, input: HTMLElement): string {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  return normalizeText(ids.map((id) => screen(el).getElementById(id)).find((node) => node?.matches('[part~="field-error"]'))?.textContent);
}

describeConformance<PrivacySettings>({
  tag: 'privacy-settings',
  backend: () => ({ clock: createClock() }),
  mount: (backend, options) => show(backend, options),
  content: {},
  states: {
    loading: {},
    empty: { notApplicable: 'There is always something to do: request an export and delete the account. No export yet is the export section\'s first state, not an empty element.' },
    error: { request: { method: 'GET', path: '/me/exports' }, action: 'load' },
    denied: { notApplicable: 'Everyone signed in may export and delete their own account; no workspace role takes that away.' },
    hostile: {
      // The owner's workspaces stand in the way of deleting the account: each is named.
      arrange: (backend, text) => {
        const workspace = backend.store.workspaces.get(SEED.workspaces.acme);
        if (workspace) backend.store.workspaces.update(workspace, { name: text });
      },
    },
  },
  mutation: {
    request: { method: 'DELETE', path: '/me' },
    action: 'account-delete',
    as: 'viewer',
    fill: async (el) => {
      await openDeletion(el);
      fillDeletion(el, SEED.password, SEED.users.viewer.email);
    },
    values: (el) => [fieldByLabel(screen(el), 'Your password').value, fieldByLabel(screen(el), VIEWER_CONFIRM).value],
    submit: confirmDeletion,
  },
  spanish: {},
  keyboard: {},
  narrow: {},
});

const CHECKED_ABOVE = 'Checked by the conformance spec above; this one runs the fault matrix of the second mutation.';
describeConformance<PrivacySettings>({
  tag: 'privacy-settings',
  backend: () => ({ clock: createClock() }),
  mount: (backend, options) => show(backend, options),
  content: { notApplicable: CHECKED_ABOVE },
  states: {
    loading: { notApplicable: CHECKED_ABOVE },
    empty: { notApplicable: CHECKED_ABOVE },
    error: { notApplicable: CHECKED_ABOVE },
    denied: { notApplicable: CHECKED_ABOVE },
    hostile: { notApplicable: CHECKED_ABOVE },
  },
  mutation: {
    request: { method: 'POST', path: '/me/exports' },
    action: 'export-request',
    submit: (el) => buttonByText(screen(el), 'Request export').click(),
  },
  spanish: { notApplicable: CHECKED_ABOVE },
  keyboard: { notApplicable: CHECKED_ABOVE },
  narrow: { notApplicable: CHECKED_ABOVE },
});

describe('<privacy-settings>', () => {
  let backend: Backend;
  let clock: ManualClock;

  beforeEach(async () => {
    clock = createClock();
    backend = await startBackend({ clock });
  });

  describe('data export', () => {
    it('requests an export, shows it being prepared, then the download link and until when it works, in the reader’s time zone', async () => {
      const el = await show(backend, { timeZone: 'America/New_York' });
      const requested = new Promise<GlobalEventHandlersEventMap['tk-export-requested']>((resolve) => el.addEventListener('tk-export-requested', resolve, { once: true }));
      const ready = new Promise<GlobalEventHandlersEventMap['tk-export-ready']>((resolve) => el.addEventListener('tk-export-ready', resolve, { once: true }));
      buttonByText(screen(el), 'Request export').click();
      await until(el, 'Preparing your export…');
      expect(shown(el)).to.include('Requested now.');
      expect((await requested).dataExport.status).to.equal('pending');
      expect(() => buttonByText(screen(el), 'Request a new export'), 'no second request while one is prepared').to.throw();
      await expect(el).to.be.accessible();

      clock.advance(2_000);
      await until(el, 'Your export is ready');
      const { dataExport } = await ready;
      const link = part<HTMLAnchorElement>(el, 'download');
      expect(normalizeText(link?.textContent)).to.equal('Download export');
      expect(link?.getAttribute('href')).to.equal(dataExport.downloadUrl);
      expect(link?.getAttribute('href')).to.match(/^data:application\/json/);
      expect(link?.download).to.equal('account-export-2026-01-15.json');
      const until7 = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'America/New_York' }).format(new Date(dataExport.expiresAt ?? ''));
      expect(shown(el)).to.include(`The link works until ${until7} (next week).`);
      expect(until7, 'said in New York time').to.include('4:00 AM');
      await expect(el).to.be.accessible();
    });

    it('finds an export still being prepared after a reload, and watches it until it is ready', async () => {
      await clientFor(backend, 'owner').account.requestExport();
      clock.advance(1_000);
      const el = await show(backend);
      expect(shown(el)).to.include('Preparing your export…');
      expect(shown(el)).to.include('Requested 1 second ago.');
      clock.advance(1_000);
      await until(el, 'Your export is ready');
      expect(part(el, 'download')).to.be.instanceOf(HTMLAnchorElement);
    });

    it('says when an export has expired, and requests a new one', async () => {
      await clientFor(backend, 'owner').account.requestExport();
      clock.advance(8 * DAY);
      const el = await show(backend);
      expect(shown(el)).to.include('Your last export has expired');
      expect(part(el, 'download'), 'no link to an expired export').to.equal(null);
      buttonByText(screen(el), 'Request a new export').click();
      await until(el, 'Preparing your export…');
    });

    it('shows the wait after asking again too soon, and holds the button until it is over', async () => {
      await clientFor(backend, 'owner').account.requestExport();
      clock.advance(20_000);
      const el = await show(backend);
      expect(shown(el)).to.include('Your export is ready');
      buttonByText(screen(el), 'Request a new export').click();
      await until(el, "Couldn't request your export");
      expect(shown(el)).to.match(/You asked for one a moment ago\. You can ask again in 0:[34]\d\./);
      const button = part(el, 'request-export');
      expect(button?.getAttribute('aria-disabled')).to.equal('true');
      const reason = screen(el).getElementById(button?.getAttribute('aria-describedby') ?? '');
      expect(normalizeText(reason?.textContent)).to.match(/^You can request another export in 0:[34]\d\.$/);
      const sent = sentRequests().filter((request) => request.method === 'POST').length;
      button?.click();
      await el.updateComplete;
      expect(sentRequests().filter((request) => request.method === 'POST').length, 'a held button sends nothing').to.equal(sent);
      await expect(el).to.be.accessible();
    });

    it('lets the host stop a request', async () => {
      const el = await show(backend);
      el.addEventListener('tk-before-export-request', (event) => event.preventDefault());
      buttonByText(screen(el), 'Request export').click();
      await el.updateComplete;
      expect(sentRequests().some((request) => request.method === 'POST')).to.equal(false);
      expect(shown(el)).to.not.include('Preparing');
    });
  });

  describe('deleting the account', () => {
    it('tells an owner which workspaces to transfer or delete first, and leads to each one’s danger zone', async () => {
      const el = await show(backend, {}, { dangerZoneHref: '/workspaces/{workspaceId}/settings#danger-zone' });
      const blockers = [...screen(el).querySelectorAll('[part~="blocker"]')].map((item) => normalizeText(item.textContent));
      expect(blockers).to.deep.equal(['Acme Inc. 25 members Transfer or delete', 'Acme Labs 2 members Transfer or delete']);
      const links = [...screen(el).querySelectorAll<HTMLAnchorElement>('[part~="transfer"]')];
      expect(links.map((link) => link.getAttribute('href'))).to.deep.equal([
        `/workspaces/${SEED.workspaces.acme}/settings#danger-zone`, `/workspaces/${SEED.workspaces.labs}/settings#danger-zone`,
      ]);
      // Each link is named with its workspace, so a list of links reads unambiguously.
      expect(links[1]?.getAttribute('aria-labelledby')?.split(' ').map((id) => normalizeText(screen(el).getElementById(id)?.textContent)))
        .to.deep.equal(['Transfer or delete', 'Acme Labs']);

      const requested = new Promise<GlobalEventHandlersEventMap['tk-danger-zone-request']>((resolve) => el.addEventListener('tk-danger-zone-request', (event) => {
        event.preventDefault();
        resolve(event);
      }, { once: true }));
      links[0]?.click();
      expect((await requested).workspace.id).to.equal(SEED.workspaces.acme);
      expect(location.pathname, 'a cancelled request does not follow the link').to.not.include('/workspaces/');

      const remove = buttonByText(screen(el), 'Delete account…');
      expect(remove.getAttribute('aria-disabled')).to.equal('true');
      expect(normalizeText(screen(el).getElementById(remove.getAttribute('aria-describedby') ?? '')?.textContent))
        .to.equal('Transfer or delete the workspaces above first.');
      remove.click();
      await el.updateComplete;
      expect(dialogOf(el)?.open ?? false, 'no confirmation while workspaces stand in the way').to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('says what a viewer loses, refuses a wrong password and a wrong address, then deletes the account', async () => {
      const el = await show(backend, { as: 'viewer' });
      const losses = [...(part(el, 'losses')?.querySelectorAll('li') ?? [])].map((item) => normalizeText(item.textContent));
      expect(losses).to.deep.equal([
        'Your profile, settings and sign-in history are erased.',
        'You leave 1 workspace you are a member of.',
        'You are signed out on this device.',
      ]);
      expect(part(el, 'blockers')).to.equal(null);

      const dialog = await openDeletion(el);
      expect(dialog.matches(':modal')).to.equal(true);
      await expect(el).to.be.accessible();

      fillDeletion(el, 'not my password', SEED.users.viewer.email);
      confirmDeletion(el);
      const password = fieldByLabel(screen(el), 'Your password');
      await eventually(() => errorOf(el, password) === 'The password is incorrect.', `no password error; showing ${shown(el)}`);
      expect(backend.store.users.get(SEED.users.viewer.id), 'still there').to.not.equal(undefined);

      const deletes = () => sentRequests().filter((request) => request.method === 'DELETE' && request.path === '/me').length;
      const tried = deletes();
      fillDeletion(el, SEED.password, 'someone@else.test');
      confirmDeletion(el);
      const confirmation = fieldByLabel(screen(el), VIEWER_CONFIRM);
      await eventually(() => errorOf(el, confirmation).includes("That isn't your email address"), 'no confirmation error');
      expect(deletes(), 'a wrong address is caught before sending').to.equal(tried);

      const deleted = new Promise((resolve) => el.addEventListener('tk-account-deleted', resolve, { once: true }));
      type(confirmation, ` ${SEED.users.viewer.email.toUpperCase()} `);
      confirmDeletion(el);
      await deleted;
      await until(el, 'Your account was deleted');
      expect(backend.store.users.get(SEED.users.viewer.id)).to.equal(undefined);
      expect(dialogOf(el)?.open ?? false).to.equal(false);
      await eventually(() => el.shadowRoot?.activeElement === part(el, 'deleted'), 'focus did not move to the outcome');
      await expect(el).to.be.accessible();
    });

    it('names a workspace the reader is alone in as going with the account', async () => {
      await clientFor(backend, 'viewer').workspaces.create({ name: 'Victor Ventures' });
      const el = await show(backend, { as: 'viewer' });
      expect(normalizeText(part(el, 'losses')?.textContent)).to.include('Victor Ventures: deleted with your account, as you are its only member.');
      await openDeletion(el);
      fillDeletion(el, SEED.password, SEED.users.viewer.email);
      confirmDeletion(el);
      await until(el, 'Your account was deleted');
      expect([...backend.store.workspaces.where((workspace) => workspace.name === 'Victor Ventures')]).to.deep.equal([]);
    });

    it('shows the wait after too many wrong passwords, with the button held', async () => {
      backend.faults.add({ method: 'DELETE', path: '/me', status: 429, code: 'rate_limited', retryAfter: 90 });
      const el = await show(backend, { as: 'viewer' });
      await openDeletion(el);
      fillDeletion(el, SEED.password, SEED.users.viewer.email);
      confirmDeletion(el);
      await until(el, 'Too many attempts. You can try again in 1:30.');
      expect(buttonByText(dialogOf(el) ?? screen(el), 'Delete account').getAttribute('aria-disabled')).to.equal('true');
      expect(fieldByLabel(screen(el), 'Your password').value, 'what was typed stays').to.equal(SEED.password);
    });

    it('lets the host stop the deletion', async () => {
      const el = await show(backend, { as: 'viewer' });
      el.addEventListener('tk-before-account-delete', (event) => event.preventDefault());
      await openDeletion(el);
      fillDeletion(el, SEED.password, SEED.users.viewer.email);
      confirmDeletion(el);
      await el.updateComplete;
      expect(sentRequests().some((request) => request.method === 'DELETE')).to.equal(false);
      expect(backend.store.users.get(SEED.users.viewer.id)).to.not.equal(undefined);
    });
  });
});
