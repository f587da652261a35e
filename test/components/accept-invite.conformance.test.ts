import { html } from 'lit';
import { createClock, SEED } from '../../src/backend/index.js';
import type { AcceptInvite } from '../../src/components/accept-invite/accept-invite.component.js';
import { createClient } from '../../src/sdk/index.js';
import { describeConformance } from './conformance.js';
import { API, fieldByLabel, mount, screen, type, type Backend } from './helpers.js';

const { pending } = SEED.invitations;

const field = (el: AcceptInvite, label: string) => fieldByLabel(screen(el), label);

function submit(el: AcceptInvite): void {
  const button = screen(el).querySelector<HTMLButtonElement>('form button[type="submit"]');
  if (!button) throw new Error('no submit button');
  button.click();
}

/** Whether accepting left a trace: the invitee's account, and the invitation's state. */
const accepted = (backend: Backend) => [backend.store.users.byEmail(pending.email)?.name ?? null, backend.store.invitations.byToken(pending.token)?.acceptedAt ?? null];

describeConformance<AcceptInvite>({
  tag: 'accept-invite',
  backend: () => ({ clock: createClock() }),
  // The page an invitation link opens: a visitor, nobody signed in.
  mount: (backend, options) => mount(backend, html`<accept-invite token=${pending.token} .clock=${backend.clock}></accept-invite>`,
    { client: createClient({ baseUrl: API, retry: 0 }), ...options }),
  content: {},
  states: {
    loading: {},
    empty: { notApplicable: 'An invitation link always names one invitation: found, or explained when it is not.' },
    error: { request: { method: 'GET', path: `/invitations/${pending.token}` }, action: 'load' },
    denied: { notApplicable: 'The page is public: the token is the visitor\'s only credential, and a wrong one is a "not found".' },
    hostile: {
      arrange: (backend, text) => {
        const workspace = backend.store.workspaces.get('ws_acme');
        if (workspace) backend.store.workspaces.update(workspace, { name: text });
      },
      input: { field: (el) => field(el, 'First name'), submit, stored: accepted },
    },
  },
  mutation: {
    request: { method: 'POST', path: `/invitations/${pending.token}/accept` },
    action: 'invitation-accept',
    fill: (el) => {
      type(field(el, 'First name'), 'Ada');
      type(field(el, 'Last name'), 'Lovelace');
      type(field(el, 'Password'), 'correct horse battery');
    },
    values: (el) => ['First name', 'Last name', 'Password'].map((label) => field(el, label).value),
    submit,
  },
  spanish: {},
  keyboard: {},
  narrow: {},
});
