import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { SEED } from '../../src/backend/index.js';
import type { DomainListElement } from '../../src/components/domain-list/domain-list.component.js';
import type { DomainListSelectEvent } from '../../src/components/domain-list/domain-list.events.js';
import { describeConformance } from './conformance.js';
import { buttonByText, mount, normalizeText, screen, startBackend, type Backend } from './helpers.js';

const show = (backend: Backend) => mount<DomainListElement>(backend, html`<domain-list></domain-list>`);

describeConformance<DomainListElement>({
  tag: 'domain-list',
  mount: (backend, options) => mount(backend, html`<domain-list></domain-list>`, options),
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

describe('<domain-list>', () => {
  let backend: Backend;

  beforeEach(async () => {
    backend = await startBackend();
  });

  it('lists the groups with how many are in each, and says which one the reader chose', async () => {
    const el = await show(backend);
    const items = [...screen(el).querySelectorAll('[part~="item"]')].map((item) => normalizeText(item.textContent));
    expect(items).to.deep.equal(['Engineering 7 members', 'Sales 6 members']);

    const chosen = new Promise<DomainListSelectEvent>((resolve) => el.addEventListener('tk-domain-list-select', resolve, { once: true }));
    buttonByText(screen(el), 'Sales').click();
    expect((await chosen).item.id).to.equal(SEED.groups.sales);
  });
});
