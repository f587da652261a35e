import { expect } from '@open-wc/testing';
import { html } from 'lit';
import type { SectionChangeEvent } from '../../src/components/workspace-settings/workspace-settings.events.js';
import type { WorkspaceSettings } from '../../src/components/workspace-settings/workspace-settings.component.js';
import { atWidth } from './conformance/layout.js';
import { describeConformance } from './conformance.js';
import { eventually, fieldByLabel, normalizeText, screen, startBackend, type Backend } from './helpers.js';
import {
  clearHash, fetched, hash, mountSettings, openPanel, sectionControl, sectionNames, settleSection, shownElements,
} from './sections-helpers.js';

const show = (backend: Backend, template = html`<workspace-settings></workspace-settings>`, as?: 'member') =>
  mountSettings<WorkspaceSettings>(backend, template, { as });

const tags = (el: HTMLElement) => shownElements(el).map((node) => node.localName);

const currentLink = (el: HTMLElement) => normalizeText(screen(el).querySelector('[part~="nav-link"][aria-current="page"]')?.textContent);

const BUILT_IN = ['General', 'Members', 'Invitations', 'Roles', 'Groups', 'Domains', 'Danger zone', 'Developer', 'Audit log', 'Billing'];

describeConformance<WorkspaceSettings>({
  tag: 'workspace-settings',
  mount: (backend, options) => mountSettings(backend, html`<workspace-settings></workspace-settings>`, options),
  content: {},
  states: {
    loading: {},
    empty: { notApplicable: 'It always shows its nav, and General always has the workspace to show.' },
    // The first section's request failing: the page shows the failure where the reader looks, with Try again.
    error: { request: { method: 'GET', path: '/workspaces/ws_acme' }, action: 'load' },
    // Every section stays in the nav; the element inside says why its reader may not change it (General, read-only).
    denied: { as: 'viewer' },
    hostile: { notApplicable: "It shows no data of its own: the names in it are its elements', whose own suites put hostile strings through them." },
  },
  mutation: { notApplicable: 'It changes nothing itself: each element in it runs its own fault matrix in its own suite.' },
  spanish: { same: ['PNG', 'JPEG', 'GIF', 'WebP', 'Marketing', 'Software'] },
  keyboard: {},
  narrow: {},
});

describe('<workspace-settings>', () => {
  let backend: Backend;

  beforeEach(async () => {
    clearHash();
    backend = await startBackend();
  });

  afterEach(clearHash);

  // First: no other test of this file opens Billing. The test helpers register every element up front (define.js),
  // so what shows the lazy load is the page fetching Billing's define file, which only this element imports.
  it("loads a section's code only when it first opens", async () => {
    performance.clearResourceTimings(); // the buffer holds 250 entries, and the page fetched hundreds of modules already
    const el = await show(backend);
    expect(fetched('billing-summary'), 'Billing fetched before it opened').to.equal(false);
    sectionControl(el, 'Billing').click();
    await settleSection(el);
    expect(fetched('billing-summary'), 'Billing never fetched').to.equal(true);
    expect(tags(el)).to.deep.equal(['billing-summary']);
  });

  it('lists every section in a nav, General open and marked current', async () => {
    const el = await show(backend);
    expect(screen(el).querySelector('nav')?.getAttribute('aria-label')).to.equal('Workspace settings');
    expect(sectionNames(el)).to.deep.equal(BUILT_IN);
    expect(currentLink(el)).to.equal('General');
    expect(tags(el)).to.deep.equal(['workspace-form']);
    expect(sectionControl(el, 'Members').getAttribute('href')).to.equal('#members');
  });

  it('opens the section its attribute or the URL hash names, and follows Back and Forward', async () => {
    const el = await show(backend, html`<workspace-settings section="invitations"></workspace-settings>`);
    expect(currentLink(el)).to.equal('Invitations');
    expect(tags(el)).to.deep.equal(['invitation-list']);

    const changes: string[] = [];
    el.addEventListener('tk-section-change', (event: SectionChangeEvent) => changes.push(event.section));
    sectionControl(el, 'Members').click();
    await settleSection(el);
    expect(hash()).to.equal('members');
    expect(tags(el)).to.deep.equal(['team-table', 'invite-dialog']);
    history.back();
    await eventually(() => currentLink(el) === 'Invitations', 'Back did not return to Invitations');
    history.forward();
    await eventually(() => currentLink(el) === 'Members', 'Forward did not return to Members');
    expect(changes).to.deep.equal(['members', 'invitations', 'members']);

    history.pushState(null, '', '#roles');
    dispatchEvent(new HashChangeEvent('hashchange'));
    await eventually(() => currentLink(el) === 'Roles', 'a new hash did not open Roles');
    history.pushState(null, '', '#not-a-section');
    dispatchEvent(new HashChangeEvent('hashchange'));
    await el.updateComplete;
    expect(currentLink(el), "the page's own anchor leaves the section open").to.equal('Roles');
  });

  it('keeps sections the reader may not use in the nav, where the element inside says why', async () => {
    const el = await show(backend, html`<workspace-settings section="audit-log"></workspace-settings>`, 'member');
    expect(sectionNames(el)).to.deep.equal(BUILT_IN);
    await eventually(() => /Your role \(Member\) doesn't allow/.test(normalizeText(shownElements(el)[0]?.shadowRoot?.textContent)), 'no reason shown');
  });

  it("shows a host's sections, declared or registered, in the nav and deep-linkable", async () => {
    history.replaceState(null, '', '#concurrency');
    const el = await show(backend, html`<workspace-settings>
      <form data-section="concurrency" data-label="Concurrency"><label>Concurrent calls <input name="calls" type="number"></label></form>
    </workspace-settings>`);
    expect(currentLink(el)).to.equal('Concurrency');
    expect(openPanel(el).querySelector('slot')?.assignedElements().map((node) => node.getAttribute('data-section'))).to.deep.equal(['concurrency']);

    let loaded = false;
    const content = Object.assign(document.createElement('p'), { textContent: 'Your phone numbers' });
    const remove = el.addSection({ id: 'phone-numbers', label: 'Phone numbers', content, load: async () => { loaded = true; } });
    await el.updateComplete;
    expect(sectionNames(el)).to.deep.equal([...BUILT_IN, 'Concurrency', 'Phone numbers']);
    expect(loaded, 'loaded before it opened').to.equal(false);
    sectionControl(el, 'Phone numbers').click();
    await settleSection(el);
    expect(hash()).to.equal('phone-numbers');
    expect(loaded).to.equal(true);
    expect(openPanel(el).querySelector('slot')?.assignedElements().map((node) => node.textContent)).to.deep.equal(['Your phone numbers']);
    await expect(el).to.be.accessible();

    remove();
    await eventually(() => currentLink(el) === 'General', 'a removed section stays open');
    expect(sectionNames(el)).to.deep.equal([...BUILT_IN, 'Concurrency']);
  });

  it('shows the workspace its own workspace-id names in every section, over the provider\'s', async () => {
    const el = await show(backend, html`<workspace-settings workspace-id="ws_labs"></workspace-settings>`);
    const form = shownElements(el)[0];
    if (!form) throw new Error('no workspace form');
    expect(fieldByLabel(screen(form), 'Workspace name').value).to.equal(backend.store.workspaces.get('ws_labs')?.name);
  });

  it('puts the nav beside the section on a wide screen and above it on a narrow one', async () => {
    const el = await show(backend);
    const nav = screen(el).querySelector('nav');
    const layout = () => {
      const navBox = nav?.getBoundingClientRect();
      const panelBox = openPanel(el).getBoundingClientRect();
      return navBox && navBox.bottom <= panelBox.top ? 'above' : navBox && navBox.right <= panelBox.left ? 'beside' : 'overlapping';
    };
    expect(await atWidth(1280, async () => layout())).to.equal('beside');
    expect(await atWidth(390, async () => layout())).to.equal('above');
  });
});
