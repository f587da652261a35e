import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { createClock, SEED, type ManualClock } from '../../src/backend/index.js';
import type { PhoneChangeForm } from '../../src/components/phone-change-form/phone-change-form.component.js';
import type { PhoneChangedEvent } from '../../src/components/phone-change-form/phone-change-form.events.js';
import type { ProfileForm } from '../../src/components/profile-form/profile-form.component.js';
import { describeConformance } from './conformance.js';
import {
  buttonByText, choose, eventually, fieldByLabel, mount, normalizeText, screen, startBackend, type, type Backend, type MountOptions,
} from './helpers.js';

const NEW_PHONE = '+34600123456';
const MINUTE = 60_000;

const show = (backend: Backend, options: MountOptions = {}, clock?: ManualClock) =>
  mount<PhoneChangeForm>(backend, html`<phone-change-form .clock=${clock}></phone-change-form>`, options);
const field = <T extends HTMLElement = HTMLInputElement>(el: HTMLElement, label: string) => fieldByLabel<T>(screen(el), label);
const text = (el: HTMLElement, selector: string) => normalizeText(screen(el).querySelector(selector)?.textContent);
const owner = (backend: Backend) => backend.store.users.get(SEED.users.owner.id);

function fillStart(el: PhoneChangeForm, region: string, number: string, password: string = SEED.password): void {
  choose(field<HTMLSelectElement>(el, 'Country calling code'), region);
  type(field(el, 'Phone number'), number);
  type(field(el, 'Current password'), password);
}

function send(el: PhoneChangeForm): void {
  buttonByText(screen(el), 'Send code').click();
}

function codeError(el: PhoneChangeForm): string | undefined {
  const input = screen(el).querySelector('[part~="input"][part~="code"]');
  const ids = input?.getAttribute('aria-describedby')?.split(' ') ?? [];
  const error = ids.map((id) => screen(el).getElementById(id)).find((node) => node?.matches('[part~="field-error"]'));
  return error ? normalizeText(error.textContent) : undefined;
}

const codeSentTo = (backend: Backend, number = NEW_PHONE) => backend.outbox.latest(number, 'phone_change')?.code ?? '';
const codeStep = (el: PhoneChangeForm) => screen(el).querySelector('[part~="code-step"]');

/** A number change waiting for its code, as if started in another tab: the number shows on the code step. */
function pendingTo(backend: Backend, target: string): void {
  const now = backend.clock.now().getTime();
  backend.store.verifications.set(`${SEED.users.owner.id}:phone`, {
    userId: SEED.users.owner.id, kind: 'phone', target, code: '123456',
    expiresAt: new Date(now + 15 * MINUTE).toISOString(), lapsesAt: new Date(now + 60 * MINUTE).toISOString(), attemptsLeft: 5,
  });
}

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

describeConformance<PhoneChangeForm>({
  tag: 'phone-change-form',
  mount: (backend, options) => show(backend, options),
  content: {},
  states: {
    loading: {},
    empty: { notApplicable: 'It is never empty: its first step asks for the new number, its second for the code.' },
    error: { request: { method: 'GET', path: '/me' }, action: 'load' },
    denied: { notApplicable: 'Everyone signed in may change their own phone number; no role takes that away.' },
    hostile: { arrange: pendingTo },
  },
  mutation: {
    request: { method: 'POST', path: '/me/phone-change' },
    action: 'phone-change-start',
    fill: (el) => fillStart(el, 'ES', '600 123 456'),
    values: (el) => [field<HTMLSelectElement>(el, 'Country calling code').value, field(el, 'Phone number').value, field(el, 'Current password').value],
    submit: send,
  },
  spanish: {},
  keyboard: {},
  narrow: {},
});

describe('<phone-change-form>', () => {
  let backend: Backend;
  let clock: ManualClock;

  beforeEach(async () => {
    clock = createClock();
    backend = await startBackend({ clock });
  });

  afterEach(() => {
    backend.faults.clear();
  });

  it('makes a new number the verified phone with the code sent to it by SMS, and tells the page', async () => {
    const el = await show(backend, {}, clock);
    expect(text(el, '[part~="current"]')).to.equal('Your phone number: +14155550101 Verified');
    expect(normalizeText(screen(el).querySelector('legend')?.textContent)).to.equal('New phone number');
    const changed = new Promise<PhoneChangedEvent>((resolve) => el.addEventListener('tk-phone-changed', resolve, { once: true }));

    fillStart(el, 'ES', '600 123 456');
    send(el);
    await eventually(() => codeStep(el), 'no code step');
    expect(text(el, '[part~="sent-to"]')).to.equal(`We sent a 6-digit code by SMS to ${NEW_PHONE}. It expires in 15 minutes.`);
    expect(backend.outbox.latest(NEW_PHONE)?.channel).to.equal('sms');
    await expect(el).to.be.accessible();

    type(field(el, 'Code from the SMS'), codeSentTo(backend));
    buttonByText(screen(el), 'Confirm').click();
    expect((await changed).user.phone).to.equal(NEW_PHONE);
    await eventually(() => text(el, '[part~="notice"][part~="success"] strong') === `Your phone number is now ${NEW_PHONE}, verified`, 'no outcome shown');
    expect(text(el, '[part~="current"]')).to.equal(`Your phone number: ${NEW_PHONE} Verified`);
    expect([owner(backend)?.phone, owner(backend)?.phoneVerified]).to.deep.equal([NEW_PHONE, true]);
    await expect(el).to.be.accessible();
  });

  it('refuses the number it already has verified, without sending a code', async () => {
    const el = await show(backend, {}, clock);
    fillStart(el, 'US', '(415) 555-0101');
    send(el);
    await eventually(() => text(el, '[part~="field-newPhone"] [part~="field-error"]'), 'the same number is not refused');
    expect(text(el, '[part~="field-newPhone"] [part~="field-error"]')).to.equal('This is already your phone number.');
    expect(field(el, 'Phone number').getAttribute('aria-invalid')).to.equal('true');
    expect(backend.outbox.messages.filter((message) => message.kind === 'phone_change')).to.deep.equal([]);
  });

  it('offers an unverified number for verifying, marked as such', async () => {
    const user = owner(backend);
    if (user) backend.store.users.update(user, { phone: NEW_PHONE, phoneVerified: false, version: user.version + 1 });
    const el = await show(backend, {}, clock);
    expect(text(el, '[part~="current"]')).to.equal(`Your phone number: ${NEW_PHONE} Unverified`);
    expect([field<HTMLSelectElement>(el, 'Country calling code').value, field(el, 'Phone number').value]).to.deep.equal(['ES', '600123456']);
    type(field(el, 'Current password'), SEED.password);
    send(el);
    await eventually(() => codeStep(el), 'no code step');
    type(field(el, 'Code from the SMS'), codeSentTo(backend));
    buttonByText(screen(el), 'Confirm').click();
    await eventually(() => text(el, '[part~="current"]') === `Your phone number: ${NEW_PHONE} Verified`, `shown: ${text(el, '[part~="current"]')}`);
  });

  it('says there is no number yet, and adds one', async () => {
    const user = owner(backend);
    if (user) backend.store.users.update(user, { phone: null, phoneVerified: false, version: user.version + 1 });
    const el = await show(backend, {}, clock);
    expect(text(el, '[part~="current"]')).to.equal("You haven't added a phone number yet.");
    expect(normalizeText(screen(el).querySelector('legend')?.textContent)).to.equal('Phone number');
    expect(field<HTMLSelectElement>(el, 'Country calling code').value).to.equal('US', 'the calling code of the account\'s country');
    fillStart(el, 'ES', '600123456');
    send(el);
    await eventually(() => codeStep(el), 'no code step');
  });

  it('says how many attempts are left after a wrong code, and goes back with the number kept when cancelled', async () => {
    const el = await show(backend, {}, clock);
    fillStart(el, 'ES', '600 123 456');
    send(el);
    await eventually(() => codeStep(el), 'no code step');
    const wrong = codeSentTo(backend) === '000000' ? '111111' : '000000';
    type(field(el, 'Code from the SMS'), wrong);
    buttonByText(screen(el), 'Confirm').click();
    await eventually(() => codeError(el) === "This code isn't right. 4 attempts left.", `shown: ${codeError(el)}`);
    expect(text(el, '[part~="resend-status"]')).to.equal('You can ask for a new code in 0:30.');

    buttonByText(screen(el), 'Cancel change').click();
    await eventually(() => !codeStep(el), 'still on the code step');
    expect(text(el, '[part~="notice"][part~="success"] strong')).to.equal('Phone number change cancelled');
    expect([field<HTMLSelectElement>(el, 'Country calling code').value, field(el, 'Phone number').value], 'the number as the reader typed it').to.deep.equal(['ES', '600 123 456']);
    expect(field(el, 'Current password').value).to.equal('', 'the password is asked again');
    expect(owner(backend)?.phone).to.equal('+14155550101');
  });

  it('resumes the code step after a reload and speaks Spanish there', async () => {
    pendingTo(backend, NEW_PHONE);
    const el = await show(backend, { locale: 'es' }, clock);
    expect(text(el, '[part~="sent-to"]')).to.equal(`Hemos enviado un código de 6 dígitos por SMS al ${NEW_PHONE}. Caduca dentro de 15 minutos.`);
    type(field(el, 'Código del SMS'), '123456');
    buttonByText(screen(el), 'Confirmar').click();
    await eventually(() => text(el, '[part~="notice"][part~="success"] strong') === `Tu número de teléfono ahora es ${NEW_PHONE} y está verificado`, 'no outcome shown');
  });

  it('brings a <profile-form> on the same page up to date, keeping its unsaved edits', async () => {
    const page = await mount<HTMLElement>(backend, html`<div><profile-form></profile-form><phone-change-form .clock=${clock}></phone-change-form></div>`);
    const profile = page.querySelector<ProfileForm>('profile-form');
    const el = page.querySelector<PhoneChangeForm>('phone-change-form');
    if (!profile || !el) throw new Error('not mounted');
    await eventually(() => screen(profile).querySelector('form') && screen(el).querySelector('form'), 'not loaded');
    type(field(profile, 'Full name'), 'Olivia Ortega');
    fillStart(el, 'ES', '600 123 456');
    send(el);
    await eventually(() => codeStep(el), 'no code step');
    type(field(el, 'Code from the SMS'), codeSentTo(backend));
    buttonByText(screen(el), 'Confirm').click();
    await eventually(() => field(profile, 'Phone number').value === '600123456', 'the profile still shows the old number');
    expect(text(profile, '[part~="field-phone"] legend')).to.equal('Phone Verified');
    expect(field(profile, 'Full name').value).to.equal('Olivia Ortega');
  });
});
