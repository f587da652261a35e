import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { SEED } from '../../src/backend/index.js';
import type { PasswordForm } from '../../src/components/password-form/password-form.component.js';
import type { PasswordChangedEvent } from '../../src/components/password-form/password-form.events.js';
import { describeConformance } from './conformance.js';
import {
  buttonByText, eventually, fieldByLabel, mount, normalizeText, screen, sentRequests, startBackend, type, type Backend, type MountOptions,
} from './helpers.js';

const NEW_PASSWORD = 'Tr0ub4dor & 3 more words';
const LABELS = ['Current password', 'New password', 'Repeat new password'] as const;

const show = (backend: Backend, options: MountOptions = {}) => mount<PasswordForm>(backend, html`<password-form></password-form>`, options);
const field = (el: PasswordForm, label: (typeof LABELS)[number]) => fieldByLabel(screen(el), label);

function fill(el: PasswordForm, current: string, next: string, repeat = next, labels: readonly string[] = LABELS): void {
  [current, next, repeat].forEach((value, index) => type(fieldByLabel(screen(el), labels[index] ?? ''), value));
}

const SPANISH_LABELS = ['Contraseña actual', 'Contraseña nueva', 'Repite la contraseña nueva'];

function submit(el: PasswordForm): void {
  buttonByText(screen(el), 'Change password').click();
}

/** What assistive technology reads as the field's error, if it has one. */
function errorOf(el: PasswordForm, label: (typeof LABELS)[number]): string | undefined {
  const input = field(el, label);
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  const error = ids.map((id) => screen(el).getElementById(id)).find((node) => node?.matches('[part~="field-error"]'));
  return error ? normalizeText(error.textContent) : undefined;
}

const text = (el: PasswordForm, selector: string) => normalizeText(screen(el).querySelector(selector)?.textContent);
const announced = () => document.getElementById('teamkit-announcer-polite')?.textContent ?? '';
const passwordChanges = () => sentRequests().filter((request) => request.method === 'POST' && request.path === '/me/password');
const ownerSessions = (backend: Backend) => backend.store.sessions.ofUser(SEED.users.owner.id).length;

describeConformance<PasswordForm>({
  tag: 'password-form',
  mount: (backend, options) => show(backend, options),
  content: {},
  states: {
    loading: {},
    empty: { notApplicable: 'A password form always has its fields: there is nothing to be empty.' },
    error: { request: { method: 'GET', path: '/me' }, action: 'load' },
    denied: { notApplicable: 'Everyone signed in may change their own password; no role takes that away.' },
    hostile: { notApplicable: 'It shows no stored text: the account\'s email only fills the hidden username field password managers read, as a value.' },
  },
  mutation: {
    request: { method: 'POST', path: '/me/password' },
    action: 'password-change',
    fill: (el) => fill(el, SEED.password, NEW_PASSWORD),
    values: (el) => LABELS.map((label) => field(el, label).value),
    submit,
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

describe('<password-form>', () => {
  let backend: Backend;

  beforeEach(async () => {
    backend = await startBackend();
  });

  afterEach(() => {
    backend.faults.clear();
  });

  it('changes the password, clears the fields and says how many other devices were signed out', async () => {
    const el = await show(backend);
    const changed = new Promise<PasswordChangedEvent>((resolve) => el.addEventListener('tk-password-changed', resolve, { once: true }));
    expect(ownerSessions(backend)).to.equal(3, 'the seeded phone and laptop, and this page');
    fill(el, SEED.password, NEW_PASSWORD);
    submit(el);

    expect((await changed).revoked).to.equal(2);
    await eventually(() => text(el, '[part~="notice"][part~="success"]'), 'no outcome shown');
    expect([text(el, '[part~="notice"] strong'), text(el, '[part~="notice"] p')]).to.deep.equal(['Password changed', 'You were signed out on 2 other devices.']);
    await eventually(() => announced() === 'Password changed. You were signed out on 2 other devices.', `announced: ${announced()}`);
    expect(LABELS.map((label) => field(el, label).value)).to.deep.equal(['', '', '']);
    expect(LABELS.map((label) => errorOf(el, label))).to.deep.equal([undefined, undefined, undefined], 'cleared, not flagged as missing');
    expect(ownerSessions(backend)).to.equal(1, 'only this device stays signed in');
    await expect(el).to.be.accessible();

    // With the new password as the current one, the next change goes through: the server has it.
    backend.signIn(SEED.users.owner.email);
    fill(el, NEW_PASSWORD, `${NEW_PASSWORD}!`);
    submit(el);
    await eventually(() => text(el, '[part~="notice"]').includes('1 other device.'), `shown: ${text(el, '[part~="notice"]')}`);
    fill(el, `${NEW_PASSWORD}!`, NEW_PASSWORD);
    submit(el);
    await eventually(() => text(el, '[part~="notice"]').includes('No other device was signed in.'), `shown: ${text(el, '[part~="notice"]')}`);
  });

  it('says how many devices were signed out in Spanish, singular and plural', async () => {
    const el = await show(backend, { locale: 'es' });
    fill(el, SEED.password, NEW_PASSWORD, NEW_PASSWORD, SPANISH_LABELS);
    buttonByText(screen(el), 'Cambiar la contraseña').click();
    await eventually(() => text(el, '[part~="notice"]').includes('Se ha cerrado la sesión en 2 dispositivos más.'), `shown: ${text(el, '[part~="notice"]')}`);
    backend.signIn(SEED.users.owner.email);
    fill(el, NEW_PASSWORD, SEED.password, SEED.password, SPANISH_LABELS);
    buttonByText(screen(el), 'Cambiar la contraseña').click();
    await eventually(() => text(el, '[part~="notice"]').includes('Se ha cerrado la sesión en 1 dispositivo más.'), `shown: ${text(el, '[part~="notice"]')}`);
  });

  it('lets password managers tell the current password from the new one, for the right account', async () => {
    const el = await show(backend);
    expect(LABELS.map((label) => field(el, label).autocomplete)).to.deep.equal(['current-password', 'new-password', 'new-password']);
    const username = screen(el).querySelector<HTMLInputElement>('input[autocomplete="username"]');
    expect([username?.value, username?.hidden]).to.deep.equal([SEED.users.owner.email, true]);
  });

  it('states the policy and rates the new password as it is typed', async () => {
    const el = await show(backend);
    const hint = () => text(el, '[part~="field-newPassword"] [part~="hint"]');
    expect(hint()).to.equal('Use at least 12 characters. Letters, numbers and symbols together make it strongest.');
    type(field(el, 'New password'), 'abcdefghijk1');
    await el.updateComplete;
    expect(hint()).to.equal('Long enough: 12 characters or more. Strength: fair. Add a symbol to make it stronger.');
    expect(screen(el).querySelector('[part~="field-repeatPassword"] [part~="hint"]'), 'the repeat states no policy again').to.equal(null);
  });

  it('refuses a repeat that does not match, or a new password equal to the current one, without asking the server', async () => {
    const el = await show(backend);
    fill(el, SEED.password, NEW_PASSWORD, `${NEW_PASSWORD}?`);
    submit(el);
    await eventually(() => errorOf(el, 'Repeat new password'), 'no error on the repeat');
    expect(errorOf(el, 'Repeat new password')).to.equal("The passwords don't match.");
    expect(field(el, 'Repeat new password').getAttribute('aria-invalid')).to.equal('true');

    fill(el, SEED.password, SEED.password);
    submit(el);
    await eventually(() => errorOf(el, 'New password'), 'no error on the new password');
    expect(errorOf(el, 'New password')).to.equal('Choose a password different from your current one.');
    expect(passwordChanges()).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('puts a wrong current password on its field, keeping everything typed', async () => {
    const el = await show(backend);
    fill(el, 'not my password', NEW_PASSWORD);
    submit(el);
    await eventually(() => errorOf(el, 'Current password'), 'no error on the current password');
    expect(errorOf(el, 'Current password')).to.equal('The password is incorrect.');
    expect(screen(el).activeElement).to.equal(field(el, 'Current password'));
    expect(LABELS.map((label) => field(el, label).value)).to.deep.equal(['not my password', NEW_PASSWORD, NEW_PASSWORD]);
    await expect(el).to.be.accessible();
  });

  it('after too many wrong passwords shows how long to wait, and holds the button until then', async () => {
    backend = await startBackend({ limits: { passwordFailures: { limit: 2, windowMs: 15 * 60 * 1000 } } });
    const el = await show(backend);
    for (let attempt = 0; attempt < 2; attempt += 1) {
      fill(el, `wrong ${attempt}`, NEW_PASSWORD);
      submit(el);
      await eventually(() => passwordChanges().length === attempt + 1 && passwordChanges()[attempt]?.status === 422, 'not refused');
      await el.updateComplete;
    }
    fill(el, SEED.password, NEW_PASSWORD);
    submit(el);
    await eventually(() => text(el, '[part~="form-error"]'), 'no form error');
    expect(text(el, '[part~="form-error"] p')).to.match(/^Too many attempts\. You can try again in 1[45]:\d\d\.$/);
    expect(screen(el).querySelector('[part~="form-error"] [part~="retry"]'), 'no Try again while waiting').to.equal(null);
    expect(buttonByText(screen(el), 'Change password').getAttribute('aria-disabled')).to.equal('true');
    submit(el);
    await el.updateComplete;
    expect(passwordChanges().map((request) => request.status)).to.deep.equal([422, 422, 429], 'nothing sent while waiting');
    expect(field(el, 'Current password').value).to.equal(SEED.password);
    await expect(el).to.be.accessible();
  });

  it('lets the host stop the change; its event carries no password', async () => {
    const el = await show(backend);
    const before = new Promise<Event>((resolve) => el.addEventListener('tk-before-password-change', (event) => {
      event.preventDefault();
      resolve(event);
    }, { once: true }));
    fill(el, SEED.password, NEW_PASSWORD);
    submit(el);
    const event = await before;
    expect(Object.keys(event).filter((key) => key !== 'isTrusted'), 'no payload').to.deep.equal([]);
    await el.updateComplete;
    expect(passwordChanges()).to.deep.equal([]);
    expect(screen(el).querySelector('[part~="notice"]')).to.equal(null);
    expect(field(el, 'New password').value).to.equal(NEW_PASSWORD);
  });
});
