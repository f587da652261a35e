import { html } from 'lit';
import { createClock, SEED } from '../../src/backend/index.js';
import type { InvitationList } from '../../src/components/invitation-list/invitation-list.component.js';
import { describeConformance } from './conformance.js';
import { buttonByText, mount, screen } from './helpers.js';

const { pending } = SEED.invitations;
const LIST = { method: 'GET', path: '/workspaces/ws_acme/invitations' };

/** The row of the pending invitation, whose actions the fault matrix uses. */
function pendingRow(el: InvitationList): HTMLElement {
  const row = screen(el).querySelector<HTMLElement>(`[data-id="${pending.id}"]`);
  if (!row) throw new Error('no row for the pending invitation');
  return row;
}

describeConformance<InvitationList>({
  tag: 'invitation-list',
  backend: () => ({ clock: createClock() }),
  mount: (backend, options) => mount(backend, html`<invitation-list .clock=${backend.clock}></invitation-list>`, options),
  content: {},
  states: {
    loading: {},
    empty: {
      arrange: (backend) => {
        for (const invitation of backend.store.invitations.ofWorkspace('ws_acme')) backend.store.invitations.delete(invitation);
      },
    },
    error: { request: LIST, action: 'load' },
    denied: { as: 'member' },
    hostile: {
      // Every seed invitation was sent by the owner: the inviter column shows the name.
      arrange: (backend, text) => {
        const owner = backend.store.users.byEmail('owner@acme.test');
        if (owner) backend.store.users.update(owner, { name: text });
      },
    },
  },
  mutation: {
    request: { method: 'POST', path: `/workspaces/ws_acme/invitations/${pending.id}/resend` },
    action: 'invitation-resend',
    submit: (el) => buttonByText(pendingRow(el), 'Resend').click(),
  },
  spanish: {},
  keyboard: {},
  narrow: {},
});
