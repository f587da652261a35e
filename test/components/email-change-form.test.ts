import { expect, fixtureCleanup } from '@open-wc/testing';
import { html } from 'lit';
import { createClock, SEED, type ManualClock } from '../../src/backend/index.js';
import type { EmailChangeForm } from '../../src/components/email-change-form/email-change-form.component.js';
import type { EmailChangedEvent } from '../../src/components/email-change-form/email-change-form.events.js';
import { ProfileForm } from '../../src/components/profile-form/profile-form.component.js';
import { deepActiveElement } from '../../src/components/shared/controllers/focus.js';
import { defineElement } from '../../src/components/shared/registry.js';
import { describeConformance } from './conformance.js';
import {
  buttonByText, eventually, fieldByLabel, mount, normalizeText, screen, sentRequests, startBackend, type, type Backend, type MountOptions,
} from './helpers.js';

const NEW_EMAIL = 'olivia@new.example';
const MINUTE = 60_000;

const show = (backend: Backend, options: MountOptions = {}, clock?: ManualClock) =>
  mount<EmailChangeForm>(backend, html`<email-change-form .clock=${clock}></email-change-form>`, options);
const field = (el: EmailChangeForm, label: string) => fieldByLabel(screen(el), label);
const text = (el: EmailChangeForm, selector: string) => normalizeText(screen(el).querySelector(selector)?.textContent);
const announced = () => document.getElementById('teamkit-announcer-polite')?.textContent ?? '';

function fillStart(el: EmailChangeForm, email = NEW_EMAIL, password: string = SEED.password): void {
  type(field(el, 'New email address'), email);
  type(field(el, 'Current password'), password);
}

/** The first step, sent: resolves once the code step shows. */
async function start(el: EmailChangeForm, email = NEW_EMAIL, password: string = SEED.password): Promise<void> {
  fillStart(el, email, password);
  buttonByText(screen(el), 'Send code').click();
  await eventually(() => screen(el).querySelector('[part~="code-step"]'), `no code step; shown: ${normalizeText(screen(el).textContent)}`);
}

function enterCode(el: EmailChangeForm, code: string): void {
  type(field(el, 'Code from the email'), code);
  buttonByText(screen(el), 'Confirm').click();
}

function codeError(el: EmailChangeForm): string | undefined {
  const input = screen(el).querySelector('[part~="input"][part~="code"]');
  if (!input) return undefined;
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  const error = ids.map((id) => screen(el).getElementById(id)).find((node) => node?.matches('[part~="field-error"]'));
  return error ? normalizeText(error.textContent) : undefined;
}

const codeSentTo = (backend: Backend, address = NEW_EMAIL) => backend.outbox.latest(address, 'email_change')?.code ?? '';
const owner = (backend: Backend) => backend.store.users.get(SEED.users.owner.id);

/** A change waiting for its code, as if started in another tab: the address shows on the code step. */
function pendingTo(backend: Backend, target: string): void {
  const now = backend.clock.now().getTime();
  backend.store.verifications.set(`${SEED.users.owner.id}:email`, {
    userId: SEED.users.owner.id, kind: 'email', target, code: '123456',
    expiresAt: new Date(now + 15 * MINUTE).toISOString(), lapsesAt: new Date(now + 60 * MINUTE).toISOString(), attemptsLeft: 5,
  });
}

describeConformance<EmailChangeForm>({
  tag: 'email-change-form',
  mount: (backend, options) => show(backend, options),
  content: {},
  states: {
    loading: {},
    empty: { notApplicable: 'It is never empty: its first step asks for the new address, its second for the code.' },
    error: { request: { method: 'GET', path: '/me' }, action: 'load' },
    denied: { notApplicable: 'Everyone signed in may change their own email address; no role takes that away.' },
    hostile: { arrange: pendingTo },
  },
  mutation: {
    request: { method: 'POST', path: '/me/email-change' },
    action: 'email-change-start',
    fill: (el) => fillStart(el),
    values: (el) => [field(el, 'New email address').value, field(el, 'Current password').value],
    submit: (el) => buttonByText(screen(el), 'Send code').click(),
  },
  spanish: {},
  keyboard: {},
  narrow: {},
});

// Lit's development build warns when an element schedules an update while one is being committed; none may.
const litWarnings: string[] = [];
const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  const message = args.map(String).join(' ');
  if (message.includes('change-in-update')) litWarnings.push(message);
  warn(...args);
};
afterEach(() => {
  expect(litWarnings.splice(0), 'an update was scheduled during an update').to.deep.equal([]);
});

describe('<email-change-form>', () => {
  let backend: Backend;
  let clock: ManualClock;

  beforeEach(async () => {
    clock = createClock();
    backend = await startBackend({ clock });
  });

  afterEach(() => {
    backend.faults.clear();
  });

  it('changes the address with the code sent to it, and tells the page', async () => {
    const el = await show(backend, {}, clock);
    expect(text(el, '[part~="current"]')).to.equal('Your email address: owner@acme.test Verified');
    const changed = new Promise<EmailChangedEvent>((resolve) => el.addEventListener('tk-email-changed', resolve, { once: true }));

    await start(el);
    expect(text(el, '[part~="sent-to"]')).to.equal(`We sent a 6-digit code to ${NEW_EMAIL}. It expires in 15 minutes.`);
    await eventually(() => announced() === `We sent a 6-digit code to ${NEW_EMAIL}.`, `announced: ${announced()}`);
    expect(screen(el).activeElement).to.equal(field(el, 'Code from the email'), 'focus moves to the code');
    await expect(el).to.be.accessible();

    enterCode(el, codeSentTo(backend));
    expect((await changed).user.email).to.equal(NEW_EMAIL);
    await eventually(() => text(el, '[part~="notice"][part~="success"] strong') === `Your email address is now ${NEW_EMAIL}`, 'no outcome shown');
    expect(text(el, '[part~="current"]')).to.equal(`Your email address: ${NEW_EMAIL} Verified`);
    expect(owner(backend)?.email).to.equal(NEW_EMAIL);
    expect([field(el, 'New email address').value, field(el, 'Current password').value]).to.deep.equal(['', '']);
    await expect(el).to.be.accessible();
  });

  it('takes the password out of the form once the code is on its way', async () => {
    const el = await show(backend, {}, clock);
    const started = new Promise<Event>((resolve) => el.addEventListener('tk-before-email-change-start', resolve, { once: true }));
    await start(el);
    expect(Object.keys(await started)).to.not.include('password');
    buttonByText(screen(el), 'Cancel change').click();
    await eventually(() => !screen(el).querySelector('[part~="code-step"]'), 'still on the code step');
    expect([field(el, 'New email address').value, field(el, 'Current password').value]).to.deep.equal([NEW_EMAIL, '']);
  });

  it('says how many attempts are left after a wrong code, keeping what was typed', async () => {
    const el = await show(backend, {}, clock);
    await start(el);
    const wrong = codeSentTo(backend) === '000000' ? '111111' : '000000';
    enterCode(el, wrong);
    await eventually(() => codeError(el), 'no error on the code');
    expect(codeError(el)).to.equal("This code isn't right. 4 attempts left.");
    expect(field(el, 'Code from the email').value).to.equal(wrong);
    expect(field(el, 'Code from the email').getAttribute('aria-invalid')).to.equal('true');
    for (const left of [3, 2]) {
      enterCode(el, wrong);
      await eventually(() => codeError(el) === `This code isn't right. ${left} attempts left.`, `shown: ${codeError(el)}`);
    }
    enterCode(el, wrong);
    await eventually(() => codeError(el) === "This code isn't right. 1 attempt left.", `shown: ${codeError(el)}`);
    await expect(el).to.be.accessible();
  });

  it('goes back to the first step after too many wrong codes, saying why and keeping the address', async () => {
    const el = await show(backend, {}, clock);
    await start(el);
    const wrong = codeSentTo(backend) === '000000' ? '111111' : '000000';
    for (let attempt = 0; attempt < 5; attempt += 1) {
      enterCode(el, wrong);
      await eventually(() => sentRequests().filter((request) => request.path === '/me/email-change/confirm' && request.status).length === attempt + 1, 'not answered');
      await el.updateComplete;
    }
    await eventually(() => !screen(el).querySelector('[part~="code-step"]'), 'still on the code step');
    expect([text(el, '[part~="notice"][part~="warning"] strong'), text(el, '[part~="notice"][part~="warning"] p')]).to.deep.equal([
      'Too many wrong codes', 'For your security the change was cancelled. Start again to get a new code.',
    ]);
    expect(field(el, 'New email address').value).to.equal(NEW_EMAIL);
    await eventually(() => screen(el).activeElement === field(el, 'New email address'), 'focus is not on the address');
    expect(owner(backend)?.email).to.equal(SEED.users.owner.email);
    await expect(el).to.be.accessible();
  });

  it('counts down to when a new code may be sent, then sends one', async () => {
    const el = await show(backend, {}, clock);
    await start(el);
    const resend = () => buttonByText(screen(el), 'Send a new code');
    expect(resend().getAttribute('aria-disabled')).to.equal('true');
    expect(text(el, '[part~="resend-status"]')).to.equal('You can ask for a new code in 0:30.');
    clock.advance(20_000);
    await eventually(() => text(el, '[part~="resend-status"]') === 'You can ask for a new code in 0:10.', `shown: ${text(el, '[part~="resend-status"]')}`);
    resend().click();
    expect(sentRequests().some((request) => request.path === '/me/email-change/resend'), 'sent during the cooldown').to.equal(false);

    clock.advance(10_000);
    await eventually(() => resend().getAttribute('aria-disabled') === 'false', 'the cooldown never ended');
    expect(text(el, '[part~="resend-status"]')).to.equal("Didn't get it? You can send a new code.");
    const first = codeSentTo(backend);
    resend().click();
    await eventually(() => text(el, '[part~="notice"][part~="success"] strong') === `We sent a new code to ${NEW_EMAIL}.`, 'no outcome shown');
    expect(backend.outbox.messages.filter((message) => message.to === NEW_EMAIL)).to.have.length(2);
    expect(text(el, '[part~="resend-status"]')).to.equal('You can ask for a new code in 0:30.');
    enterCode(el, codeSentTo(backend));
    await eventually(() => owner(backend)?.email === NEW_EMAIL, `the new code (after ${first}) was not taken`);
  });

  it('says when the code has expired, and takes the new one sent after it', async () => {
    const el = await show(backend, {}, clock);
    await start(el);
    clock.advance(16 * MINUTE);
    await eventually(() => text(el, '[part~="sent-to"]') === `We sent a 6-digit code to ${NEW_EMAIL}. This code has expired. Send a new one.`, `shown: ${text(el, '[part~="sent-to"]')}`);
    enterCode(el, codeSentTo(backend));
    await eventually(() => codeError(el) === 'This code has expired. Send a new one.', `shown: ${codeError(el)}`);
    buttonByText(screen(el), 'Send a new code').click();
    await eventually(() => text(el, '[part~="sent-to"]').endsWith('It expires in 15 minutes.'), `shown: ${text(el, '[part~="sent-to"]')}`);
    enterCode(el, codeSentTo(backend));
    await eventually(() => owner(backend)?.email === NEW_EMAIL, 'not changed');
  });

  it('resumes the code step after a reload, with the address and the time left', async () => {
    const el = await show(backend, {}, clock);
    await start(el);
    clock.advance(5 * MINUTE);
    fixtureCleanup();
    const reloaded = await show(backend, {}, clock);
    expect(text(reloaded, '[part~="sent-to"]')).to.equal(`We sent a 6-digit code to ${NEW_EMAIL}. It expires in 10 minutes.`);
    enterCode(reloaded, codeSentTo(backend));
    await eventually(() => owner(backend)?.email === NEW_EMAIL, 'not changed');
  });

  it('cancels the pending change', async () => {
    const el = await show(backend, {}, clock);
    await start(el);
    const cancelled = new Promise<Event>((resolve) => el.addEventListener('tk-email-change-cancelled', resolve, { once: true }));
    buttonByText(screen(el), 'Cancel change').click();
    await cancelled;
    await eventually(() => text(el, '[part~="notice"][part~="success"] strong') === 'Email change cancelled', 'no outcome shown');
    expect(backend.store.verifications.size).to.equal(0);
    await eventually(() => screen(el).activeElement === field(el, 'New email address'), 'focus is not on the address');
  });

  it('puts a wrong password on its field, and explains an address another account uses', async () => {
    const el = await show(backend, {}, clock);
    fillStart(el, NEW_EMAIL, 'not my password');
    buttonByText(screen(el), 'Send code').click();
    await eventually(() => field(el, 'Current password').getAttribute('aria-invalid') === 'true', 'the password is not flagged');
    expect(text(el, '[part~="field-password"] [part~="field-error"]')).to.equal('The password is incorrect.');

    fillStart(el, SEED.users.admin.email);
    buttonByText(screen(el), 'Send code').click();
    await eventually(() => text(el, '[part~="form-error"]'), 'no form error');
    expect(text(el, '[part~="form-error"] p')).to.equal('Another account already uses this address. Use a different one.');
    expect(field(el, 'New email address').value).to.equal(SEED.users.admin.email);

    fillStart(el, 'OWNER@acme.test');
    buttonByText(screen(el), 'Send code').click();
    await eventually(() => text(el, '[part~="field-newEmail"] [part~="field-error"]') === 'This is already your email address.', 'the same address is not refused');
    expect(backend.outbox.messages.filter((message) => message.kind === 'email_change')).to.deep.equal([]);
  });

  it('speaks Spanish on the code step', async () => {
    pendingTo(backend, NEW_EMAIL);
    const el = await show(backend, { locale: 'es' }, clock);
    expect(text(el, '[part~="sent-to"]')).to.equal(`Hemos enviado un código de 6 dígitos a ${NEW_EMAIL}. Caduca dentro de 15 minutos.`);
    expect(text(el, '[part~="resend-status"]')).to.equal('¿No te ha llegado? Puedes pedir un código nuevo.');
    type(field(el, 'Código del correo'), '000000');
    buttonByText(screen(el), 'Confirmar').click();
    await eventually(() => codeError(el) === 'El código no es correcto. Te quedan 4 intentos.', `shown: ${codeError(el)}`);
  });
});

describe('<profile-form> "Change email"', () => {
  let backend: Backend;

  beforeEach(async () => {
    backend = await startBackend();
  });

  const dialogOf = (profile: HTMLElement) => screen(profile).querySelector<HTMLDialogElement>('dialog[part~="dialog"]');
  const formIn = (profile: HTMLElement) =>
    [...dialogOf(profile)?.children ?? []].find((child): child is EmailChangeForm => child.localName.endsWith('email-change-form')) ?? null;

  it('opens <email-change-form> in a dialog, which closes once the change applied; the profile shows the new address', async () => {
    const profile = await mount<ProfileForm>(backend, html`<profile-form></profile-form>`);
    const trigger = buttonByText(screen(profile), 'Change email');
    trigger.focus();
    trigger.click();
    await eventually(() => dialogOf(profile)?.open, 'no dialog opened');
    const dialog = dialogOf(profile);
    expect(normalizeText(dialog?.querySelector('[part~="dialog-title"]')?.textContent)).to.equal('Change email');
    const form = formIn(profile);
    if (!form) throw new Error('no <email-change-form> in the dialog');
    expect(form.localName).to.equal('email-change-form');
    await eventually(() => form.shadowRoot?.querySelector('[part~="field-newEmail"] input'), 'the form never loaded');
    await eventually(() => deepActiveElement() === field(form, 'New email address'), 'focus did not reach the new address');
    await expect(profile).to.be.accessible();

    await start(form);
    enterCode(form, codeSentTo(backend));
    await eventually(() => !dialogOf(profile)?.open, 'the dialog stayed open');
    await eventually(() => fieldByLabel(screen(profile), 'Email').value === NEW_EMAIL, 'the profile still shows the old address');
    await eventually(() => deepActiveElement() === buttonByText(screen(profile), 'Change email'), 'focus did not return to Change email');
  });

  it('opens nothing when the page runs its own flow', async () => {
    const profile = await mount<ProfileForm>(backend, html`<profile-form @tk-email-change-request=${(event: Event) => event.preventDefault()}></profile-form>`);
    buttonByText(screen(profile), 'Change email').click();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(dialogOf(profile)?.open ?? false).to.equal(false);
  });

  it('opens the email form under its own prefix', async () => {
    defineElement('profile-form', ProfileForm, { prefix: 'tkp' });
    const profile = await mount<ProfileForm>(backend, html`${document.createElement('tkp-profile-form')}`);
    buttonByText(screen(profile), 'Change email').click();
    await eventually(() => dialogOf(profile)?.open, 'no dialog opened');
    expect(formIn(profile)?.localName).to.equal('tkp-email-change-form');
    await eventually(() => formIn(profile)?.shadowRoot?.querySelector('[part~="current"]'), 'the prefixed form never loaded');
  });
});
