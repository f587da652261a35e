import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { SEED } from '../../src/backend/index.js';
import type { TeamkitProvider } from '../../src/components/teamkit-provider/teamkit-provider.component.js';
import { API, buttonByText, choose, clientFor, eventually, mount, screen, sentRequests, startBackend, type Backend } from './helpers.js';

describe('<teamkit-provider>', () => {
  let backend: Backend;
  beforeEach(async () => {
    backend = await startBackend();
  });

  const providerOf = (element: HTMLElement) => element.closest('teamkit-provider') as TeamkitProvider;
  const heading = (element: HTMLElement) => screen(element).querySelector('h2, h3, legend, label');

  /** The profile form's name field, once the form has loaded through the provider's client. */
  const shownName = (element: HTMLElement) => screen(element).querySelector<HTMLInputElement>('input[name="name"]')?.value;

  describe('the client', () => {
    it('builds its own from base-url and getToken: the elements inside load through it', async () => {
      const token = backend.signIn(SEED.users.admin.email);
      const provider = await fixture<TeamkitProvider>(html`<teamkit-provider base-url=${API} .getToken=${() => token} locale="en">
        <profile-form></profile-form></teamkit-provider>`);
      const form = provider.querySelector('profile-form') as HTMLElement;
      await eventually(() => shownName(form) === 'Adam Admin', 'the form never loaded through the built client');
      expect(provider.providedClient?.baseUrl).to.equal(API);
    });

    it('provides a client it was given as it is, whatever base-url says', async () => {
      const client = clientFor(backend, 'viewer');
      const provider = await fixture<TeamkitProvider>(html`<teamkit-provider .client=${client} base-url="/not-the-api" locale="en">
        <profile-form></profile-form></teamkit-provider>`);
      expect(provider.providedClient).to.equal(client);
      const form = provider.querySelector('profile-form') as HTMLElement;
      await eventually(() => shownName(form) === 'Victor Viewer', 'the form never loaded through the given client');
    });

    it('follows a new getToken: the elements reload as the new user, and the last one set wins', async () => {
      const [owner, admin, member] = (['owner', 'admin', 'member'] as const).map((who) => backend.signIn(SEED.users[who].email));
      const provider = await fixture<TeamkitProvider>(html`<teamkit-provider base-url=${API} .getToken=${() => owner} locale="en">
        <profile-form></profile-form></teamkit-provider>`);
      const form = provider.querySelector('profile-form') as HTMLElement;
      await eventually(() => shownName(form) === 'Olivia Owner', 'never loaded as the owner');
      provider.getToken = () => admin;
      await provider.updateComplete;
      provider.getToken = () => member;
      await eventually(() => shownName(form) === 'Mia Member', 'never reloaded as the last user set');
    });

    it('switches from a built client to a given one and back', async () => {
      const provider = await fixture<TeamkitProvider>(html`<teamkit-provider base-url=${API}
        .getToken=${() => backend.signIn(SEED.users.owner.email)} locale="en"><profile-form></profile-form></teamkit-provider>`);
      const form = provider.querySelector('profile-form') as HTMLElement;
      await eventually(() => shownName(form) === 'Olivia Owner', 'never loaded through the built client');
      provider.client = clientFor(backend, 'viewer');
      await eventually(() => shownName(form) === 'Victor Viewer', 'the given client did not take over');
      provider.client = undefined;
      await eventually(() => shownName(form) === 'Olivia Owner', 'the built client did not come back');
      expect(provider.providedClient?.baseUrl).to.equal(API);
    });
  });

  describe('language', () => {
    it('marks its elements with the language their text is in, so screen readers read them in that voice', async () => {
      const form = await mount<HTMLElement>(backend, html`<profile-form></profile-form>`, { locale: 'es' });
      const provider = providerOf(form);
      await eventually(() => provider.lang === 'es', 'the provider never said its elements speak Spanish');
      expect(screen(form).textContent).to.contain('Nombre completo');
      expect(heading(form)?.matches(':lang(es)'), 'text inside the element is Spanish').to.equal(true);

      provider.locale = 'en';
      await eventually(() => provider.lang === 'en', 'the provider kept saying Spanish after switching to English');
      await eventually(() => screen(form).textContent?.includes('Full name'), 'the element never switched to English');
      expect(heading(form)?.matches(':lang(en)')).to.equal(true);
    });

    it('keeps a regional tag it has text for, and marks a language it has no text for as the English it shows', async () => {
      const form = await mount<HTMLElement>(backend, html`<profile-form></profile-form>`, { locale: 'es-MX' });
      const provider = providerOf(form);
      await eventually(() => provider.lang === 'es-MX', 'es-MX was not kept');

      provider.locale = 'fr';
      await eventually(() => provider.lang === 'en', 'French, which teamkit has no text for, was not marked as English');
      await eventually(() => screen(form).textContent?.includes('Full name'), 'the element never fell back to English');
    });
  });

  describe('without a locale attribute: the account’s saved language', () => {
    const speakingSpanish = (backend: Backend, who: keyof typeof SEED.users) => {
      const user = backend.store.users.get(SEED.users[who].id);
      if (!user) throw new Error(`no seed user ${who}`);
      backend.store.users.update(user, { locale: 'es', version: user.version + 1 });
    };

    it('speaks the account’s language once the account has loaded', async () => {
      speakingSpanish(backend, 'owner');
      const provider = await fixture<TeamkitProvider>(html`<teamkit-provider .client=${clientFor(backend, 'owner')}>
        <profile-form></profile-form></teamkit-provider>`);
      const form = provider.querySelector('profile-form') as HTMLElement;
      await eventually(() => provider.lang === 'es', 'the provider never followed the account’s Spanish');
      await eventually(() => screen(form).textContent?.includes('Nombre completo'), 'the form never switched to Spanish');
      expect(provider.providedFormat?.locale).to.equal('es');
    });

    it('follows the language the profile form saves', async () => {
      const provider = await fixture<TeamkitProvider>(html`<teamkit-provider .client=${clientFor(backend, 'owner')}>
        <profile-form></profile-form></teamkit-provider>`);
      const form = provider.querySelector('profile-form') as HTMLElement;
      await eventually(() => screen(form).textContent?.includes('Full name'), 'the form never loaded in English');
      const select = screen(form).querySelector<HTMLSelectElement>('select[name="locale"]');
      if (!select) throw new Error('no language select');
      choose(select, 'es');
      buttonByText(screen(form), 'Save changes').click();
      await eventually(() => provider.lang === 'es', 'the provider never followed the saved Spanish');
      await eventually(() => screen(form).textContent?.includes('Perfil guardado'), 'the form never said it saved, in Spanish');
    });

    it('keeps an explicit locale attribute over the account’s language', async () => {
      speakingSpanish(backend, 'owner');
      const provider = await fixture<TeamkitProvider>(html`<teamkit-provider .client=${clientFor(backend, 'owner')} locale="en">
        <profile-form></profile-form></teamkit-provider>`);
      const form = provider.querySelector('profile-form') as HTMLElement;
      await eventually(() => shownName(form) === 'Olivia Owner', 'the form never loaded');
      const language = () => screen(form).querySelector<HTMLSelectElement>('select[name="locale"]')?.value;
      await eventually(() => language() === 'es', 'the form never showed the account’s Spanish');
      expect(provider.lang).to.equal('en');
      expect(screen(form).textContent).to.contain('Full name');
      const reads = sentRequests().filter((request) => request.method === 'GET' && request.path === '/me');
      expect(reads, 'only the form reads the account').to.have.length(1);
    });
  });
});
