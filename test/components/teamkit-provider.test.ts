import { expect } from '@open-wc/testing';
import { html } from 'lit';
import type { TeamkitProvider } from '../../src/components/teamkit-provider/teamkit-provider.component.js';
import { eventually, mount, screen, startBackend, type Backend } from './helpers.js';

describe('<teamkit-provider>', () => {
  let backend: Backend;
  beforeEach(async () => {
    backend = await startBackend();
  });

  const providerOf = (element: HTMLElement) => element.closest('teamkit-provider') as TeamkitProvider;
  const heading = (element: HTMLElement) => screen(element).querySelector('h2, h3, legend, label');

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
});
