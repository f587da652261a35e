import { html } from 'lit';
import type { InviteDialog } from '../../src/components/invite-dialog/invite-dialog.component.js';
import { describeConformance } from './conformance.js';
import { fieldByLabel, mount, normalizeText, screen, settle, type } from './helpers.js';

const emails = (el: InviteDialog) => fieldByLabel(screen(el), 'Email addresses');
const message = (el: InviteDialog) => fieldByLabel<HTMLTextAreaElement>(screen(el), 'Personal message (optional)');

function submit(el: InviteDialog): void {
  const button = screen(el).querySelector<HTMLButtonElement>('form button[type="submit"]');
  if (!button) throw new Error('no submit button');
  button.click();
}

describeConformance<InviteDialog>({
  tag: 'invite-dialog',
  // Opened as a host page opens it: show() from its own button.
  mount: async (backend, options) => {
    const el = await mount<InviteDialog>(backend, html`<invite-dialog><button slot="trigger">Invite people</button></invite-dialog>`, options);
    await el.show();
    await settle(el);
    return el;
  },
  content: {},
  states: {
    loading: {},
    empty: { notApplicable: 'A form to fill in: there is nothing to be empty.' },
    error: { request: { method: 'GET', path: '/workspaces/ws_acme/roles' }, action: 'load' },
    denied: { as: 'viewer' },
    hostile: {
      // The inviter's other workspace is offered by name, as a checkbox label.
      arrange: (backend, text) => {
        const labs = backend.store.workspaces.get('ws_labs');
        if (labs) backend.store.workspaces.update(labs, { name: text });
      },
    },
  },
  mutation: {
    request: { method: 'POST', path: '/workspaces/ws_acme/invitations' },
    action: 'invitations-send',
    fill: (el) => {
      type(emails(el), 'ada@example.com, grace@example.com, ');
      type(message(el), 'Welcome aboard!');
    },
    values: (el) => [[...screen(el).querySelectorAll('[part~="chip"]')].map((chip) => normalizeText(chip.textContent)), message(el).value],
    submit,
  },
  spanish: {},
  keyboard: {},
  narrow: {},
});
