import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import type { AccountSettings } from '../../src/components/account-settings/account-settings.component.js';
import type { SectionChangeEvent } from '../../src/components/account-settings/account-settings.events.js';
import type { TeamkitErrorEvent } from '../../src/components/shared/events.js';
import { deepActiveElement } from './conformance/screen.js';
import { describeConformance } from './conformance.js';
import { buttonByText, eventually, fieldByLabel, normalizeText, screen, startBackend, type, type Backend } from './helpers.js';
import {
  clearHash, fetched, hash, mountSettings, openPanel, sectionControl, sectionNames, settleSection, shownElements,
} from './sections-helpers.js';

const show = (backend: Backend, template = html`<account-settings></account-settings>`) => mountSettings<AccountSettings>(backend, template);

const tags = (el: HTMLElement) => shownElements(el).map((node) => node.localName);

const selectedTab = (el: HTMLElement) => normalizeText(screen(el).querySelector('[role="tab"][aria-selected="true"]')?.textContent);

describeConformance<AccountSettings>({
  tag: 'account-settings',
  mount: (backend, options) => mountSettings(backend, html`<account-settings></account-settings>`, options),
  content: {},
  states: {
    loading: {},
    empty: { notApplicable: 'It always shows its tabs, and the Profile tab always has the account to show.' },
    // The first tab's request failing: the page shows the failure where the reader looks, with Try again.
    error: { request: { method: 'GET', path: '/me' }, action: 'load' },
    denied: { notApplicable: 'Every signed-in person may manage their own account: nothing in it needs a permission.' },
    hostile: { notApplicable: "It shows no data of its own: the names in it are its elements', whose own suites put hostile strings through them." },
  },
  mutation: { notApplicable: 'It changes nothing itself: each element in it runs its own fault matrix in its own suite.' },
  spanish: { same: ['PNG', 'JPEG', 'GIF', 'WebP'] },
  keyboard: {},
  narrow: {},
});

describe('<account-settings>', () => {
  let backend: Backend;

  beforeEach(async () => {
    clearHash();
    backend = await startBackend();
  });

  afterEach(clearHash);

  // First: no other test of this file opens Privacy. The test helpers register every element up front (define.js),
  // so what shows the lazy load is the page fetching Privacy's define file, which only this element imports.
  it("loads a tab's code only when the tab first opens", async () => {
    performance.clearResourceTimings(); // the buffer holds 250 entries, and the page fetched hundreds of modules already
    const el = await show(backend);
    expect(fetched('privacy-settings'), 'Privacy fetched before it opened').to.equal(false);
    sectionControl(el, 'Privacy').click();
    await settleSection(el);
    expect(fetched('privacy-settings'), 'Privacy never fetched').to.equal(true);
    expect(tags(el)).to.deep.equal(['privacy-settings']);
  });

  it('shows Profile first, with the other tabs beside it, the panel named by its tab', async () => {
    const el = await show(backend);
    expect(sectionNames(el)).to.deep.equal(['Profile', 'Security', 'Notifications', 'Privacy']);
    expect(selectedTab(el)).to.equal('Profile');
    expect(tags(el)).to.deep.equal(['profile-form']);
    const panel = openPanel(el);
    expect(panel.getAttribute('role')).to.equal('tabpanel');
    expect(normalizeText(screen(el).getElementById(panel.getAttribute('aria-labelledby') ?? '')?.textContent)).to.equal('Profile');
    await expect(el).to.be.accessible();
  });

  it('opens the tab its section attribute names, and the first for an unknown one', async () => {
    const el = await show(backend, html`<account-settings section="security"></account-settings>`);
    expect(selectedTab(el)).to.equal('Security');
    expect(tags(el)).to.deep.equal(['password-form', 'email-change-form', 'phone-change-form', 'session-list']);
    expect(hash(), 'the attribute alone writes no hash').to.equal('');

    el.section = 'nonsense';
    await el.updateComplete;
    expect(selectedTab(el)).to.equal('Profile');
  });

  it('opens the tab the URL hash names, writes the tab the reader opens into it, and follows Back and Forward', async () => {
    history.replaceState(null, '', '#notifications');
    const el = await show(backend);
    expect(selectedTab(el)).to.equal('Notifications');

    const changes: string[] = [];
    el.addEventListener('tk-section-change', (event: SectionChangeEvent) => changes.push(event.section));
    sectionControl(el, 'Security').click();
    await settleSection(el);
    expect(hash()).to.equal('security');

    history.back();
    await eventually(() => selectedTab(el) === 'Notifications', 'Back did not return to Notifications');
    expect(hash()).to.equal('notifications');
    history.forward();
    await eventually(() => selectedTab(el) === 'Security', 'Forward did not return to Security');
    expect(changes).to.deep.equal(['security', 'notifications', 'security']);
  });

  it('keeps what was typed in a tab while another one is open', async () => {
    const el = await show(backend);
    const profile = shownElements(el)[0];
    if (!profile) throw new Error('no profile form');
    const name = fieldByLabel(screen(profile), 'Full name');
    type(name, 'Olivia Typed');
    sectionControl(el, 'Security').click();
    await settleSection(el);
    sectionControl(el, 'Profile').click();
    await el.updateComplete;
    expect(shownElements(el)[0] === profile, 'the profile form was made anew').to.equal(true);
    expect(name.value).to.equal('Olivia Typed');
  });

  it('follows the tabs pattern: one tab stop, arrows, Home and End move focus, Enter opens', async () => {
    const el = await show(backend);
    const tabs = [...screen(el).querySelectorAll<HTMLElement>('[role="tab"]')];
    expect(tabs.map((tab) => tab.tabIndex)).to.deep.equal([0, -1, -1, -1]);
    const focused = () => normalizeText(deepActiveElement()?.textContent);

    tabs[0]?.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(focused()).to.equal('Security');
    expect(selectedTab(el), 'moving focus opens nothing').to.equal('Profile');
    await sendKeys({ press: 'End' });
    expect(focused()).to.equal('Privacy');
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(), 'wraps to the first').to.equal('Profile');
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused(), 'wraps to the last').to.equal('Privacy');
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    await eventually(() => selectedTab(el) === 'Security', 'Enter did not open Security');
    expect([...screen(el).querySelectorAll<HTMLElement>('[role="tab"]')].map((tab) => tab.tabIndex)).to.deep.equal([-1, 0, -1, -1]);

    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement() === openPanel(el), 'Tab leaves the tabs for the panel').to.equal(true);
  });

  it("shows the host's own tabs, declared or added, after the built-in ones, deep-linkable alike", async () => {
    history.replaceState(null, '', '#api-tokens');
    const el = await show(backend, html`<account-settings>
      <form data-section="api-tokens" data-label="API tokens"><label>Token name <input name="token"></label></form>
    </account-settings>`);
    expect(selectedTab(el)).to.equal('API tokens');
    const slot = openPanel(el).querySelector('slot');
    expect(slot?.assignedElements().map((node) => node.getAttribute('data-label'))).to.deep.equal(['API tokens']);

    const content = Object.assign(document.createElement('p'), { textContent: 'Your linked accounts' });
    el.addSection({ id: 'linked', label: 'Linked accounts', content });
    await el.updateComplete;
    expect(sectionNames(el)).to.deep.equal(['Profile', 'Security', 'Notifications', 'Privacy', 'API tokens', 'Linked accounts']);
    history.pushState(null, '', '#linked');
    dispatchEvent(new HashChangeEvent('hashchange'));
    await eventually(() => selectedTab(el) === 'Linked accounts', 'the hash did not open the added tab');
    expect(openPanel(el).querySelector('slot')?.assignedElements().map((node) => node.textContent)).to.deep.equal(['Your linked accounts']);
    await expect(el).to.be.accessible();
  });

  it("says when a tab's code cannot be loaded, and Try again loads it", async () => {
    const el = await show(backend);
    const errors: TeamkitErrorEvent[] = [];
    el.addEventListener('tk-error', (event) => errors.push(event));
    let attempts = 0;
    el.addSection({
      id: 'extra',
      label: 'Extra',
      content: Object.assign(document.createElement('p'), { textContent: 'Extra settings' }),
      load: async () => {
        attempts += 1;
        if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
      },
    });
    await el.updateComplete;
    sectionControl(el, 'Extra').click();
    await eventually(() => openPanel(el).querySelector('[part~="state"][part~="error"]'), 'no error shown');
    expect(errors.map((event) => event.action)).to.deep.equal(['load']);
    await expect(el).to.be.accessible();

    buttonByText(openPanel(el), 'Try again').click();
    await eventually(() => openPanel(el).querySelector('slot')?.assignedElements().length === 1, 'Try again did not show the tab');
    expect(attempts).to.equal(2);
  });
});
