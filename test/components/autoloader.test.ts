/**
 * The autoloader, as a page uses it: elements register when their tags appear (with a prefix, in the document
 * or in a teamkit element's shadow root), only their code loads, and in Spanish only their own catalog and the
 * shared one load, before their first render. This file registers nothing else (no define.js), so what loads
 * is what the autoloader asked for.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { setTeamkitLocale } from '../../src/components/shared/localization.js';
import { startAutoloader } from '../../src/components/start-autoloader.js';

performance.setResourceTimingBufferSize(10_000);
// These elements have no client on purpose: what is tested is registration and text, not data.
const lit = globalThis as { litIssuedWarnings?: Set<string> };
(lit.litIssuedWarnings ??= new Set()).add('teamkit-no-client');

/** Whether the page has fetched a module whose path ends with `suffix`. */
const fetched = (suffix: string) =>
  performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname.endsWith(suffix));

const text = (element: Element) => element.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function add(tag: string, parent: ParentNode = document.body): HTMLElement {
  const element = document.createElement(tag);
  parent.append(element);
  return element;
}

describe('autoloader', () => {
  const autoloader = startAutoloader({ prefix: 'auto' });
  after(() => autoloader.stop());
  afterEach(() => {
    for (const element of document.body.querySelectorAll('[data-test]')) element.remove();
  });

  it('registers an element the first time its prefixed tag appears, and loads nothing else', async () => {
    const table = add('auto-team-table');
    table.dataset.test = '';
    await customElements.whenDefined('auto-team-table');
    await (table as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;

    expect(table.shadowRoot, 'rendered').to.not.equal(null);
    expect(customElements.get('team-table'), 'default tag').to.equal(undefined);
    expect(customElements.get('auto-invite-dialog')).to.equal(undefined);
    expect(fetched('/team-table/team-table.component.ts')).to.equal(true);
    expect(fetched('/invite-dialog/invite-dialog.component.ts')).to.equal(false);
    expect(fetched('/profile-form/profile-form.component.ts')).to.equal(false);
  });

  it("finds elements added inside a teamkit element's shadow root", async () => {
    const table = add('auto-team-table');
    table.dataset.test = '';
    await customElements.whenDefined('auto-team-table');
    const root = table.shadowRoot;
    if (!root) throw new Error('<auto-team-table> has no open shadow root');
    add('auto-invite-dialog', root);

    await customElements.whenDefined('auto-invite-dialog');
    expect(fetched('/invite-dialog/invite-dialog.component.ts')).to.equal(true);
  });

  it('in Spanish, loads only the new element’s catalog and the shared one, before its first render', async () => {
    await setTeamkitLocale('es');
    expect(fetched('/shared/translations/shared.es.ts'), 'shared catalog').to.equal(true);
    expect(fetched('/accept-invite/accept-invite.es.ts'), 'not yet on the page').to.equal(false);

    const invite = add('auto-accept-invite');
    invite.dataset.test = '';
    const firstRender = new Promise<string>((resolve) => {
      void customElements.whenDefined('auto-accept-invite').then(async () => {
        await (invite as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
        resolve(text(invite));
      });
    });
    const rendered = await firstRender;

    expect(fetched('/accept-invite/accept-invite.es.ts')).to.equal(true);
    expect(fetched('/profile-form/profile-form.es.ts'), 'profile-form is not on the page').to.equal(false);
    expect(fetched('/invitation-list/invitation-list.es.ts'), 'invitation-list is not on the page').to.equal(false);
    const { acceptInvite } = await import('../../src/components/accept-invite/accept-invite.es.js');
    expect(rendered).to.include(acceptInvite['tk.accept-invite.loading']);
    expect(rendered).not.to.include('Checking your invitation');
  });

  it('a page that switches language loads the catalogs of the elements it already has', async () => {
    await setTeamkitLocale('en');
    const list = add('auto-invitation-list');
    list.dataset.test = '';
    await customElements.whenDefined('auto-invitation-list');
    expect(fetched('/invitation-list/invitation-list.es.ts'), 'English needs no catalog').to.equal(false);

    await setTeamkitLocale('es');
    expect(fetched('/invitation-list/invitation-list.es.ts')).to.equal(true);
    await waitUntil(() => text(list).includes('Cargando'), 'the list re-rendered in Spanish');
  });

  it('honours data-prefix on the <script> that loads teamkit/autoloader.js', async () => {
    const script = document.createElement('script');
    script.type = 'module';
    script.dataset.prefix = 'scripted';
    script.src = new URL('../../src/components/autoloader.ts', import.meta.url).href;
    document.head.append(script);
    const list = add('scripted-invitation-list');
    list.dataset.test = '';

    await customElements.whenDefined('scripted-invitation-list');
    expect(customElements.get('invitation-list'), 'default tag').to.equal(undefined);
  });
});
