import { html } from 'lit';
import type { TeamTable } from '../../src/components/team-table/team-table.component.js';
import { describeConformance } from './conformance.js';
import { choose, eventually, mount, screen, type } from './helpers.js';

/** The row a reader finds by the member's email. */
/** Types into the search box, as a reader looking for someone does. */
function search(el: TeamTable, text: string): void {
  const box = screen(el).querySelector<HTMLInputElement>('input[type="search"]');
  if (!box) throw new Error('no search field');
  type(box, text);
}

function rowOf(el: TeamTable, email: string): HTMLElement {
  const row = [...screen(el).querySelectorAll<HTMLElement>('[role="row"]')].find((candidate) => candidate.textContent?.includes(email));
  if (!row) throw new Error(`no row for ${email}`);
  return row;
}

describeConformance<TeamTable>({
  tag: 'team-table',
  mount: async (backend, options) => {
    const el = await mount<TeamTable>(backend, html`<team-table></team-table>`, options);
    await eventually(() => screen(el).querySelector('[role="row"] [role="gridcell"], [part~="state"]'), 'no rows rendered');
    return el;
  },
  content: {},
  states: {
    loading: {},
    empty: {
      // The reader is a member, so the list itself is never empty: a search that matches nobody is.
      reach: (el) => search(el, 'zzzz'),
    },
    error: { request: { method: 'GET', path: '/workspaces/ws_acme/members' }, action: 'load' },
    denied: { as: 'viewer' },
    hostile: {
      arrange: (backend, text) => {
        const mia = backend.store.users.byEmail('member@acme.test');
        if (mia) backend.store.users.update(mia, { name: text });
      },
      // Only the rows in view are rendered, and the name decides where Mia's row sorts: find her by email.
      reach: (el) => search(el, 'member@acme.test'),
    },
  },
  mutation: {
    request: { method: 'PATCH', path: '/workspaces/ws_acme/members/mem_acme_member' },
    action: 'member-role-change',
    submit: (el) => {
      const select = rowOf(el, 'member@acme.test').querySelector('select');
      if (!select) throw new Error('no role select in the row');
      choose(select, 'admin');
    },
  },
  spanish: {},
  keyboard: {},
  narrow: {},
});
