import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { createClock, SEED, type ManualClock } from '../../src/backend/index.js';
import type { SessionListElement } from '../../src/components/session-list/session-list.component.js';
import { describeConformance } from './conformance.js';
import {
  buttonByText, eventually, mount, normalizeText, screen, sentRequests, startBackend, type Backend, type MountOptions,
} from './helpers.js';

const OWNER = SEED.users.owner.id;
let clock: ManualClock;

const place = (backend: Backend, options: MountOptions = {}, template = html`<session-list .clock=${clock}></session-list>`) =>
  mount<SessionListElement>(backend, template, options);

/** Text as the reader sees it laid out (block boundaries are spaces), whitespace collapsed. */
const read = (node: Element | null | undefined) => normalizeText(node instanceof HTMLElement ? node.innerText : undefined);

/** The shown text of each device, in order. */
const devices = (el: SessionListElement) => [...screen(el).querySelectorAll('[part~="session"]')].map(read);

/** The shown text of each recent sign-in, in order. */
const signIns = (el: SessionListElement) => [...screen(el).querySelectorAll('tbody tr')].map(read);

const confirmDialog = (el: SessionListElement) => screen(el).querySelector<HTMLDialogElement>('dialog[data-confirm]');

/** Accepts the open confirmation, as the reader does, once it shows. */
async function accept(el: SessionListElement): Promise<string> {
  await eventually(() => confirmDialog(el)?.open, 'no confirmation opened');
  const dialog = confirmDialog(el);
  const text = read(dialog);
  dialog?.querySelector<HTMLButtonElement>('[part~="confirm-accept"]')?.click();
  return text;
}

const liveSessionIds = (backend: Backend) => backend.store.sessions.ofUser(OWNER).map((session) => session.id).sort();

describeConformance<SessionListElement>({
  tag: 'session-list',
  backend: () => ({ clock: createClock() }),
  mount: (backend, options) => mount(backend, html`<session-list></session-list>`, options),
  content: {},
  states: {
    loading: {},
    empty: {
      arrange: (backend) => {
        for (const id of ['ses_seed_laptop', 'ses_seed_phone']) {
          const session = backend.store.sessions.get(id);
          if (session) backend.store.sessions.delete(session);
        }
      },
    },
    error: { request: { method: 'GET', path: '/me/sessions' }, action: 'load' },
    denied: { notApplicable: 'Everyone manages their own devices and sign-ins: no permission is involved.' },
    hostile: {
      arrange: (backend, text) => {
        const session = backend.store.sessions.get('ses_seed_phone');
        if (session) backend.store.sessions.update(session, { location: text });
      },
    },
  },
  mutation: {
    request: { method: 'DELETE', path: '/me/sessions/ses_seed_phone' },
    action: 'session-revoke',
    submit: async (el) => {
      screen(el).querySelector<HTMLButtonElement>('[data-id="ses_seed_phone"] [part~="revoke"]')?.click();
      await accept(el);
    },
  },
  spanish: { same: ['ip'] },
  keyboard: {},
  narrow: {},
});

describe('<session-list>', () => {
  let backend: Backend;

  beforeEach(async () => {
    clock = createClock();
    backend = await startBackend({ clock });
  });

  it('lists this device first and marked, then each other device with where, when and until when', async () => {
    const el = await place(backend);
    const [current, laptop, phone] = devices(el);
    expect(current).to.match(/^Unknown browser on unknown system This device Unknown device · Unknown location · 127\.0\.0\.1 Active now · Signs out in 2 weeks$/);
    expect(laptop).to.equal('Chrome on macOS Computer · New York, US · 203.0.113.24 Last active 5 hours ago · Signs out in 2 weeks Sign out');
    expect(phone).to.equal('Safari on iOS Phone · Brooklyn, US · 198.51.100.7 Last active 3 days ago · Signs out in 2 weeks Sign out');
    expect(screen(el).querySelector('[part~="session-current"] [part~="revoke"]'), 'this device offers to sign itself out').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows the exact times in the reader\'s time zone, and Spanish words for the vocabulary', async () => {
    const el = await place(backend, { timeZone: 'Asia/Tokyo', locale: 'es' });
    const laptop = screen(el).querySelector('[data-id="ses_seed_laptop"]');
    const lastActive = laptop?.querySelector('time');
    const expected = new Intl.DateTimeFormat('es', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Tokyo' })
      .format(new Date(lastActive?.getAttribute('datetime') ?? ''));
    expect(lastActive?.getAttribute('title')).to.equal(expected);
    expect(read(laptop)).to.include('Chrome en macOS Ordenador · New York, US').and.include('Última actividad hace 5 horas');
  });

  it('signs one device out after a confirmation, and takes it off the list', async () => {
    const el = await place(backend);
    const revoked = new Promise<Event>((resolve) => el.addEventListener('tk-session-revoked', resolve, { once: true }));
    screen(el).querySelector<HTMLButtonElement>('[data-id="ses_seed_phone"] [part~="revoke"]')?.click();
    const question = await accept(el);
    expect(question).to.include('Sign out Safari on iOS?').and.include('Safari on iOS (Brooklyn, US) will be signed out.');
    await revoked;
    await eventually(() => devices(el).length === 2, 'the device is still listed');
    expect(devices(el).join('\n')).not.to.include('Safari on iOS');
    expect(liveSessionIds(backend)).not.to.include('ses_seed_phone');
    expect(read(screen(el).querySelector('[part~="notice"][part~="success"]'))).to.equal('Signed out Safari on iOS Dismiss');
  });

  it('sends nothing when the reader cancels the confirmation, or a listener cancels the sign-out', async () => {
    const el = await place(backend);
    el.addEventListener('tk-before-session-revoke', (event) => event.preventDefault(), { once: true });
    buttonByText(screen(el), 'Sign out').click();
    await eventually(() => confirmDialog(el)?.open, 'no confirmation opened');
    buttonByText(confirmDialog(el) ?? screen(el), 'Cancel').click();
    await eventually(() => !confirmDialog(el), 'the confirmation stayed open');
    buttonByText(screen(el), 'Sign out').click();
    await accept(el);
    await el.updateComplete;
    expect(sentRequests().filter((request) => request.method === 'DELETE')).to.deep.equal([]);
    expect(devices(el)).to.have.length(3);
  });

  it('signs every other device out, saying how many, and then says this is the only one', async () => {
    const el = await place(backend);
    const revoked = new Promise<{ revoked: number }>((resolve) => el.addEventListener('tk-other-sessions-revoked', resolve, { once: true }));
    buttonByText(screen(el), 'Sign out all other devices').click();
    expect(await accept(el)).to.include('Sign out 2 other devices?');
    expect((await revoked).revoked).to.equal(2);
    await eventually(() => devices(el).length === 1, 'other devices are still listed');
    expect(read(screen(el).querySelector('[part~="empty"]'))).to.equal("No other devices You're signed in on this device only.");
    expect(read(screen(el).querySelector('[part~="notice"]'))).to.equal('Signed out 2 other devices Dismiss');
    expect(screen(el).querySelector('[part~="revoke-others"]'), 'nothing left to sign out').to.equal(null);
    expect(liveSessionIds(backend)).to.have.length(1);
  });

  it('lists the sign-ins of the last 30 days, newest first, failures marked, this device\'s without "This wasn\'t me"', async () => {
    const el = await place(backend);
    const rows = signIns(el);
    expect(rows).to.have.length(6);
    expect(rows[0]).to.include('Signed in This device').and.not.include("This wasn't me");
    expect(rows[1]).to.include('Failed attempt').and.include('Firefox on Windows Computer').and.include('Lagos, NG 192.0.2.77').and.include("This wasn't me");
    expect(rows.at(-1)).to.include('Safari on iOS').and.include('2 weeks ago');
    expect(rows.join('\n'), 'the 40-day-old sign-in').not.to.include('40 days ago');
    await expect(el).to.be.accessible();
  });

  it('loads further sign-ins a page at a time', async () => {
    const el = await place(backend, {}, html`<session-list page-size="4" .clock=${clock}></session-list>`);
    expect(signIns(el)).to.have.length(4);
    expect(normalizeText(screen(el).querySelector('[part~="total"]')?.textContent)).to.equal('Showing 4 of 6');
    buttonByText(screen(el), 'Load more').click();
    await eventually(() => signIns(el).length === 6, 'the next page never came');
  });

  it('"This wasn\'t me" signs every other device out and leads on to changing the password', async () => {
    const el = await place(backend, {}, html`<session-list password-url="#password" .clock=${clock}></session-list>`);
    const reported = new Promise<{ revoked: number; signIn: { id: string } }>((resolve) => el.addEventListener('tk-sign-in-reported', resolve, { once: true }));
    screen(el).querySelector<HTMLButtonElement>(`[data-id="${SEED.signIns.failedLagos}"] [part~="report"]`)?.click();
    const question = await accept(el);
    expect(question).to.include('Secure your account?').and.include("You're reporting the failed attempt to sign in on").and.include('Lagos, NG (Firefox on Windows)');
    const event = await reported;
    expect(event.revoked).to.equal(2);
    expect(event.signIn.id).to.equal(SEED.signIns.failedLagos);

    const next = screen(el).querySelector('[part~="next-step"]');
    await eventually(() => screen(el).activeElement?.matches('[part~="change-password"]'), 'focus did not move to Change password');
    expect(read(next)).to.equal('Now change your password Signed out 2 other devices. '
      + 'Whoever it was may know your password: change it now, then check your email address and phone number. Change password Dismiss');
    expect(next?.querySelector('a')?.getAttribute('href')).to.equal('#password');
    expect(devices(el)).to.have.length(1);
    expect(read(screen(el).querySelector(`[data-id="${SEED.signIns.failedLagos}"] [part~="cell-outcome"]`))).to.equal('Failed attempt Reported');
    expect(liveSessionIds(backend)).to.have.length(1);
    expect(backend.outbox.messages.some((message) => message.kind === 'security_alert')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('puts the host\'s own control in the next step, and focuses it', async () => {
    const el = await place(backend, {}, html`<session-list .clock=${clock}><button slot="change-password">Open the password form</button></session-list>`);
    screen(el).querySelector<HTMLButtonElement>(`[data-id="${SEED.signIns.failedTokyo}"] [part~="report"]`)?.click();
    await accept(el);
    await eventually(() => document.activeElement?.textContent === 'Open the password form', 'focus did not reach the host\'s control');
    expect(screen(el).querySelector('[part~="change-password"]'), 'the default link shows beside the host\'s').to.equal(null);
  });

  it('says why a report failed and signs nothing out', async () => {
    const el = await place(backend);
    backend.faults.add({ method: 'POST', path: `/me/sign-ins/${SEED.signIns.failedLagos}/not-me`, status: 500 });
    screen(el).querySelector<HTMLButtonElement>(`[data-id="${SEED.signIns.failedLagos}"] [part~="report"]`)?.click();
    await accept(el);
    await eventually(() => screen(el).querySelector('[part~="notice"][part~="danger"]'), 'no failure shown');
    expect(read(screen(el).querySelector('[part~="notice"][part~="danger"]'))).to.match(/^Couldn't report the sign-in Something went wrong/);
    expect(screen(el).querySelector('[part~="next-step"]')).to.equal(null);
    expect(devices(el)).to.have.length(3);
  });
});
