import { expect, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { SEED } from '../../src/backend/index.js';
import type { ProfileForm } from '../../src/components/profile-form/profile-form.component.js';
import { buttonByText, choose, mount, screen, sentRequests, startBackend, type Backend, type MountOptions } from './helpers.js';

const SUGGESTED = 'Suggested from your browser.';

/** The control a visible label names, as a user finds it. */
function control<T extends HTMLElement = HTMLInputElement>(el: HTMLElement, label: string): T {
  const found = [...screen(el).querySelectorAll('label')].find((node) => node.textContent?.trim() === label);
  const target = found?.htmlFor ? screen(el).getElementById(found.htmlFor) : null;
  if (!target) throw new Error(`no control labelled "${label}"`);
  return target as T;
}

/** What the element shows, whitespace collapsed. */
const text = (el: HTMLElement) => (screen(el).textContent ?? '').replace(/\s+/g, ' ');

/** What a screen reader reads after a control: the text of the elements its aria-describedby names. */
const description = (el: HTMLElement, input: HTMLElement) => (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean)
  .map((id) => screen(el).getElementById(id)?.textContent?.trim() ?? '').join(' ');

/** The footer's line saying what Save would save. */
const dirtyStatus = (el: HTMLElement) => screen(el).querySelector('[part~="dirty-status"]')?.textContent?.trim();

const selectedText = (select: HTMLSelectElement) => select.selectedOptions[0]?.textContent?.trim() ?? '';

function account(backend: Backend, who: keyof typeof SEED.users) {
  const user = backend.store.users.get(SEED.users[who].id);
  if (!user) throw new Error(`no seed user ${who}`);
  return user;
}

const patches = () => sentRequests().filter((request) => request.method === 'PATCH' && request.path === '/me');

/** This browser's languages, as a person who set them in their browser's settings. */
function browserLanguages(languages: readonly string[]): void {
  Object.defineProperty(navigator, 'languages', { configurable: true, get: () => languages });
}

async function open(backend: Backend, options: MountOptions): Promise<ProfileForm> {
  const el = await mount<ProfileForm>(backend, html`<profile-form></profile-form>`, options);
  const save = options.locale === 'es' ? 'Guardar cambios' : 'Save changes';
  await waitUntil(() => text(el).includes(save), `never showed "${save}"`);
  return el;
}

describe('<profile-form> language and region from the browser', () => {
  let backend: Backend;
  const deviceZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  beforeEach(async () => {
    backend = await startBackend();
    browserLanguages(['es-MX', 'es', 'en']);
  });

  afterEach(() => {
    Reflect.deleteProperty(navigator, 'languages');
  });

  it('proposes the browser’s language, country and time zone for an account without them, marked and unsaved', async () => {
    const el = await open(backend, { as: 'viewer' });
    const language = control<HTMLSelectElement>(el, 'Language');
    const country = control<HTMLSelectElement>(el, 'Country or region');
    const zone = control(el, 'Time zone');
    expect(selectedText(language)).to.equal('Spanish — español');
    expect(selectedText(country)).to.equal('Mexico');
    expect(zone.value).to.equal(deviceZone);
    for (const field of [language, country, zone]) expect(description(el, field)).to.include(SUGGESTED);
    expect(dirtyStatus(el)).to.equal('Unsaved changes: Language, Country or region, and Time zone');
    expect(patches(), 'nothing is sent before Save').to.have.length(0);
    expect(account(backend, 'viewer').locale).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('stores the proposals when the user saves, and then marks nothing', async () => {
    const el = await open(backend, { as: 'viewer' });
    buttonByText(screen(el), 'Save changes').click();
    await waitUntil(() => text(el).includes('Profile saved'), 'never saved');
    const saved = account(backend, 'viewer');
    expect([saved.locale, saved.country, saved.timezone]).to.deep.equal(['es', 'MX', deviceZone]);
    expect(patches()).to.have.length(1);
    expect(text(el)).not.to.include(SUGGESTED);
    expect(dirtyStatus(el)).to.equal('No changes to save');
  });

  it('drops the proposals on Cancel and sends nothing', async () => {
    const el = await open(backend, { as: 'viewer' });
    buttonByText(screen(el), 'Cancel').click();
    await el.updateComplete;
    expect(selectedText(control<HTMLSelectElement>(el, 'Language'))).to.equal('Not set');
    expect(selectedText(control<HTMLSelectElement>(el, 'Country or region'))).to.equal('Not set');
    expect(control(el, 'Time zone').value).to.equal('');
    expect(text(el)).not.to.include(SUGGESTED);
    expect(dirtyStatus(el)).to.equal('No changes to save');
    expect(patches()).to.have.length(0);
  });

  it('stops marking a field once the user chose something else in it, and saves the choice', async () => {
    const el = await open(backend, { as: 'viewer' });
    const language = control<HTMLSelectElement>(el, 'Language');
    choose(language, 'pt');
    await el.updateComplete;
    expect(description(el, language)).not.to.include(SUGGESTED);
    expect(description(el, control<HTMLSelectElement>(el, 'Country or region'))).to.include(SUGGESTED);
    buttonByText(screen(el), 'Save changes').click();
    await waitUntil(() => text(el).includes('Profile saved'), 'never saved');
    expect(account(backend, 'viewer').locale).to.equal('pt');
  });

  it('proposes only what the browser gives: a language the form does not offer is left unset', async () => {
    browserLanguages(['ja-JP']);
    const el = await open(backend, { as: 'viewer' });
    expect(selectedText(control<HTMLSelectElement>(el, 'Language'))).to.equal('Not set');
    expect(selectedText(control<HTMLSelectElement>(el, 'Country or region'))).to.equal('Japan');
    expect(dirtyStatus(el)).to.equal('Unsaved changes: Country or region and Time zone');
  });

  it('proposes nothing for an account that has its language, country and time zone', async () => {
    const el = await open(backend, { as: 'owner' });
    expect(selectedText(control<HTMLSelectElement>(el, 'Language'))).to.equal('English');
    expect(text(el)).not.to.include(SUGGESTED);
    expect(dirtyStatus(el)).to.equal('No changes to save');
  });

  it('says so in Spanish', async () => {
    const el = await open(backend, { as: 'viewer', locale: 'es' });
    expect(text(el)).to.include('Sugerido por tu navegador.');
    expect(text(el)).not.to.include(SUGGESTED);
  });
});
