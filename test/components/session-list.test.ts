import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { SEED } from '../../src/backend/index.js';
import type { SessionList } from '../../src/components/session-list/session-list.component.js';
import type { SessionListSelectEvent } from '../../src/components/session-list/session-list.events.js';
import { describeConformance } from './conformance.js';
import { buttonByText, mount, normalizeText, screen, startBackend, type Backend } from './helpers.js';

const show = (backend: Backend) => mount<SessionList>(backend, html`<session-list></session-list>`);

describeConformance<SessionList>({
  tag: 'session-list',
  mount: (backend, options) => mount(backend, html`<session-list></session-list>`, options),
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

describe('<session-list>', () => {
  let backend: Backend;

  beforeEach(async () => {
    backend = await startBackend();
  });

  it('lists the groups with how many are in each, and says which one the reader chose', async () => {
    const el = await show(backend);
    const items = [...screen(el).querySelectorAll('[part~="item"]')].map((item) => normalizeText(item.textContent));
    expect(items).to.deep.equal(['Engineering 7 members', 'Sales 6 members']);

    const chosen = new Promise<SessionListSelectEvent>((resolve) => el.addEventListener('tk-session-list-select', resolve, { once: true }));
    buttonByText(screen(el), 'Sales').click();
    expect((await chosen).item.id).to.equal(SEED.groups.sales);
  });
});
