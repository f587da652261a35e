import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { SEED } from '../../src/backend/index.js';
import type { AccountSettings } from '../../src/components/account-settings/account-settings.component.js';
import type { AccountSettingsSelectEvent } from '../../src/components/account-settings/account-settings.events.js';
import { describeConformance } from './conformance.js';
import { buttonByText, mount, normalizeText, screen, startBackend, type Backend } from './helpers.js';

const show = (backend: Backend) => mount<AccountSettings>(backend, html`<account-settings></account-settings>`);

describeConformance<AccountSettings>({
  tag: 'account-settings',
  mount: (backend, options) => mount(backend, html`<account-settings></account-settings>`, options),
  content: {},
  states: {
    loading: {},
    empty: {
      arrange: (backend) => {
        for (const group of backend.store.groupsOf('ws_acme')) backend.store.groups.delete(group);
      },
    },
    error: { request: { method: 'GET', path: '/workspaces/ws_acme/groups' }, action: 'load' },
    denied: { as: 'member' },
    hostile: {
      arrange: (backend, text) => {
        const group = backend.store.groups.get(SEED.groups.engineering);
        if (group) backend.store.groups.update(group, { name: text });
      },
    },
  },
  mutation: { notApplicable: 'It changes nothing yet: give it its fault matrix with its first mutation.' },
  spanish: {},
  keyboard: {},
  narrow: {},
});

describe('<account-settings>', () => {
  let backend: Backend;

  beforeEach(async () => {
    backend = await startBackend();
  });

  it('lists the groups with how many are in each, and says which one the reader chose', async () => {
    const el = await show(backend);
    const items = [...screen(el).querySelectorAll('[part~="item"]')].map((item) => normalizeText(item.textContent));
    expect(items).to.deep.equal(['Engineering 7 members', 'Sales 6 members']);

    const chosen = new Promise<AccountSettingsSelectEvent>((resolve) => el.addEventListener('tk-account-settings-select', resolve, { once: true }));
    buttonByText(screen(el), 'Sales').click();
    expect((await chosen).item.id).to.equal(SEED.groups.sales);
  });
});
