import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { SEED } from '../../src/backend/index.js';
import type { InviteDialog } from '../../src/components/invite-dialog/invite-dialog.component.js';
import type { BeforeInviteEvent, InvitationsSentEvent } from '../../src/components/invite-dialog/invite-dialog.events.js';
import type { TeamkitErrorEvent } from '../../src/components/shared/events.js';
import {
  buttonByText, choose, clientFor, hostileStrings, mount, pwned, screen, sentRequests, startBackend, type, type Backend, type MountOptions,
} from './helpers.js';

let backend: Backend;

// Lit's development build warns when an element schedules an update while one is being committed; none may.
const litWarnings: string[] = [];
const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  const message = args.map(String).join(' ');
  if (message.includes('change-in-update')) litWarnings.push(message);
  warn(...args);
};

beforeEach(async () => {
  backend = await startBackend();
});

afterEach(() => {
  backend.faults.clear();
  expect(litWarnings.splice(0), 'an update was scheduled during an update').to.deep.equal([]);
});

/** Waits for what the user would see next; the backend and the Spanish chunk load through a busy dev server. */
function until(predicate: () => unknown, message = 'never happened', timeout = 5000): Promise<void> {
  return waitUntil(predicate, message, { timeout });
}

const INVITATIONS = /^\/?workspaces\/ws_acme\/invitations$/;

/** Mounts the dialog with its own trigger button in the `trigger` slot; nothing is open yet. */
async function mountDialog(options: MountOptions = {}): Promise<InviteDialog> {
  return mount<InviteDialog>(backend, html`<invite-dialog><button slot="trigger">Invite people</button></invite-dialog>`, options);
}

function trigger(el: InviteDialog): HTMLButtonElement {
  const button = el.querySelector('button');
  if (!button) throw new Error('no trigger');
  return button;
}

function dialog(el: InviteDialog): HTMLDialogElement {
  const found = screen(el).querySelector('dialog');
  if (!found) throw new Error('no dialog');
  return found;
}

function emailInput(el: InviteDialog): HTMLInputElement {
  const input = screen(el).querySelector<HTMLInputElement>('#field-emails');
  if (!input) throw new Error('no email input');
  return input;
}

/** Opens the dialog as the host page does (`show()` from its button) and waits until the form or the reason shows. */
async function open(options: MountOptions = {}): Promise<InviteDialog> {
  const el = await mountDialog(options);
  trigger(el).focus();
  await el.show();
  await until(() => screen(el).querySelector('form, [part~="denied"], [part~="error"]'), 'dialog content never showed');
  return el;
}

/** What a sighted reader sees: each piece of visible text, separated by spaces (visually hidden text left out). */
function text(root: Node | null | undefined): string {
  if (!root) return '';
  const pieces: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('.visually-hidden')) pieces.push(node.textContent ?? '');
  }
  return pieces.join(' ').replace(/\s+/g, ' ').trim();
}

/** The chips as a sighted reader sees them: the address, plus "invalid" when flagged. */
function chips(el: InviteDialog): string[] {
  return [...screen(el).querySelectorAll('[part~="chip"]')].map((chip) => text(chip));
}

function addresses(el: InviteDialog): string[] {
  return [...screen(el).querySelectorAll('[part~="chip"] .chip-email')].map((chip) => text(chip));
}

function paste(input: HTMLInputElement, value: string): void {
  input.focus();
  const data = new DataTransfer();
  data.setData('text/plain', value);
  input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
}

async function send(el: InviteDialog): Promise<void> {
  buttonByText(screen(el), 'Send invitations').click();
  await el.updateComplete;
}

async function resultsShown(el: InviteDialog): Promise<void> {
  await until(() => screen(el).querySelector('[part~="results"]'), 'no results');
}

/** "email → outcome text" per result row (single workspace). */
function results(el: InviteDialog): Record<string, string> {
  const rows = [...screen(el).querySelectorAll('[part~="result"]')];
  return Object.fromEntries(rows.map((row) => [text(row.querySelector('[part~="result-email"]')), text(row.querySelector('[part~="outcome"]'))]));
}

function errorBanner(el: InviteDialog): string {
  return text(screen(el).querySelector('[part~="form-error"]'));
}

/** "3 people 1 invalid": the addresses field's count. */
function peopleCount(el: InviteDialog): string {
  return text(screen(el).querySelector('[part~="field-emails"] [part~="counter"]'));
}

function messageBox(el: InviteDialog): HTMLTextAreaElement {
  const box = screen(el).querySelector<HTMLTextAreaElement>('#field-message');
  if (!box) throw new Error('no message box');
  return box;
}

function roleSelect(el: InviteDialog): HTMLSelectElement {
  const select = screen(el).querySelector<HTMLSelectElement>('#field-role');
  if (!select) throw new Error('no role select');
  return select;
}

function checkboxFor(el: InviteDialog, name: string): HTMLInputElement {
  const label = [...screen(el).querySelectorAll('fieldset label')].find((candidate) => text(candidate) === name);
  const input = label && screen(el).getElementById(label.getAttribute('for') ?? '');
  if (!(input instanceof HTMLInputElement)) throw new Error(`no checkbox for ${name}`);
  return input;
}

/** A control's accessible description: the text of what its `aria-describedby` points at, hidden or not. */
function descriptionOf(el: InviteDialog, control: Element): string {
  return (control.getAttribute('aria-describedby') ?? '').split(' ')
    .map((id) => screen(el).getElementById(id)?.textContent ?? '').join(' ').replace(/\s+/g, ' ').trim();
}

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('<invite-dialog>', () => {
  describe('opening and closing', () => {
    it('stays closed until asked, with only the trigger on screen, and is accessible so', async () => {
      const el = await mountDialog();
      expect(el.open).to.equal(false);
      expect(dialog(el).open).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('opens from the slotted trigger as a labelled modal and reflects `open`', async () => {
      const el = await mountDialog();
      trigger(el).click();
      await until(() => screen(el).querySelector('form'), 'form never showed');
      expect(dialog(el).open).to.equal(true);
      expect(el.hasAttribute('open')).to.equal(true);
      expect(dialog(el).matches(':modal')).to.equal(true);
      const title = screen(el).getElementById(dialog(el).getAttribute('aria-labelledby') ?? '');
      expect(text(title)).to.equal('Invite people');
      await until(() => deepActive() === emailInput(el), 'the email input never got focus');
    });

    it('closes on Escape, returns focus to the trigger and keeps the draft', async () => {
      const el = await open();
      type(emailInput(el), 'ada@example.com, bob@example.com');
      messageBox(el).focus();
      await sendKeys({ press: 'Escape' });
      await until(() => !el.open, 'Escape did not close');
      expect(dialog(el).open).to.equal(false);
      expect(document.activeElement).to.equal(trigger(el));
      await el.show();
      await until(() => screen(el).querySelector('form'));
      expect(addresses(el)).to.deep.equal(['ada@example.com', 'bob@example.com']);
    });

    it('hide() resolves closed with focus back where show() found it', async () => {
      const el = await open();
      await el.hide();
      expect(el.open).to.equal(false);
      expect(el.hasAttribute('open')).to.equal(false);
      expect(document.activeElement).to.equal(trigger(el));
    });

    it('shows the seats left before sending, counted as the server counts them', async () => {
      // Acme Inc. (pro, 100 seats): 25 members, active or pending, plus 1 pending invitation.
      const el = await open();
      expect(text(screen(el).querySelector('[part~="seats"]'))).to.contain('74 of 100 seats left');
      await expect(el).to.be.accessible();
    });
  });

  describe('entering addresses', () => {
    it('runs the whole flow with the keyboard only', async () => {
      const sent: InvitationsSentEvent[] = [];
      const el = await mountDialog();
      el.addEventListener('tk-invitations-sent', (event) => sent.push(event));
      trigger(el).focus();
      await sendKeys({ press: 'Enter' });
      await until(() => screen(el).querySelector('form') && deepActive() === emailInput(el), 'form never focused');

      await sendKeys({ type: 'ada@example.com' });
      await sendKeys({ press: 'Enter' }); // commits a chip, never submits
      await sendKeys({ type: 'bob@example.com,' });
      await sendKeys({ type: 'carol@example.com ' });
      expect(addresses(el)).to.deep.equal(['ada@example.com', 'bob@example.com', 'carol@example.com']);
      expect(screen(el).querySelector('[part~="results"]')).to.equal(null);

      await sendKeys({ press: 'Backspace' }); // empty input: removes the last chip
      expect(addresses(el)).to.deep.equal(['ada@example.com', 'bob@example.com']);

      await sendKeys({ press: 'ArrowLeft' }); // into the chips
      expect(deepActive()?.getAttribute('aria-label')).to.equal('Remove bob@example.com');
      await sendKeys({ press: 'ArrowLeft' });
      expect(deepActive()?.getAttribute('aria-label')).to.equal('Remove ada@example.com');
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      expect(deepActive()).to.equal(emailInput(el));

      await sendKeys({ press: 'Tab' });
      expect(deepActive()).to.equal(roleSelect(el));
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(roleSelect(el).value).to.equal('viewer');

      await sendKeys({ press: 'Tab' });
      expect(deepActive()).to.equal(checkboxFor(el, 'Acme Labs'));
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Tab' });
      expect(deepActive()).to.equal(messageBox(el));
      await sendKeys({ type: 'Welcome!' });
      await sendKeys({ press: 'Tab' }); // Cancel
      await sendKeys({ press: 'Tab' }); // Send invitations
      expect(text(deepActive())).to.equal('Send invitations');
      await sendKeys({ press: 'Enter' });

      await resultsShown(el);
      await until(() => deepActive()?.id === 'results-title', 'focus did not move to the results');
      expect(sent).to.have.length(1);
      expect(sent[0]?.results.map((result) => `${result.email} ${result.workspaceId} ${result.status}`)).to.have.members([
        'ada@example.com ws_acme sent', 'ada@example.com ws_labs sent', 'bob@example.com ws_acme sent', 'bob@example.com ws_labs sent',
      ]);
      const invitation = [...backend.store.invitations.ofWorkspace('ws_labs')].find((item) => item.email === 'ada@example.com');
      expect(invitation?.roleId).to.equal('viewer');
      expect(invitation?.message).to.equal('Welcome!');

      await sendKeys({ press: 'Tab' });
      expect(text(deepActive())).to.equal('Done');
      await sendKeys({ press: 'Enter' });
      await until(() => !el.open, 'Done did not close');
      expect(document.activeElement).to.equal(trigger(el));

      await el.show(); // Done cleared the draft
      await until(() => screen(el).querySelector('form'));
      expect(addresses(el)).to.deep.equal([]);
    });

    it('splits typed text on commas, semicolons and spaces', async () => {
      const el = await open();
      type(emailInput(el), 'ada@example.com;bob@example.com,carol@example.com  dan@example.com');
      await el.updateComplete;
      expect(addresses(el)).to.deep.equal(['ada@example.com', 'bob@example.com', 'carol@example.com', 'dan@example.com']);
      expect(emailInput(el).value).to.equal('');
      expect(peopleCount(el)).to.equal('4 people');
    });

    it('takes a pasted address list, merges duplicates case-insensitively and says so', async () => {
      const el = await open();
      paste(emailInput(el), '"Lovelace, Ada" <ada@example.com>; Bob Stone <bob@example.com>\nBOB@Example.com, ada@EXAMPLE.com');
      await el.updateComplete;
      expect(addresses(el)).to.deep.equal(['ada@example.com', 'bob@example.com']);
      const notice = screen(el).querySelector('[part~="notice"]');
      expect(notice?.getAttribute('role')).to.equal('status');
      expect(text(notice)).to.contain('2 duplicates merged');
      paste(emailInput(el), 'Bob@example.com carol@example.com');
      await el.updateComplete;
      expect(addresses(el)).to.deep.equal(['ada@example.com', 'bob@example.com', 'carol@example.com']);
      expect(text(notice)).to.contain('1 duplicate merged');
    });

    it('commits the typed address on blur', async () => {
      const el = await open();
      const input = emailInput(el);
      input.focus();
      await sendKeys({ type: 'ada@example.com' });
      messageBox(el).focus();
      await el.updateComplete;
      expect(addresses(el)).to.deep.equal(['ada@example.com']);
    });

    it('validates each chip, flags the invalid ones with text and icon, and counts them', async () => {
      const el = await open();
      type(emailInput(el), 'ada@example.com plainaddress two@@example.org');
      await el.updateComplete;
      expect(chips(el)).to.deep.equal(['ada@example.com', 'plainaddress invalid', 'two@@example.org invalid']);
      const invalidChip = screen(el).querySelectorAll('[part~="chip-invalid"]');
      expect(invalidChip).to.have.length(2);
      expect(invalidChip[0]?.querySelector('svg')).to.not.equal(null);
      expect(peopleCount(el)).to.equal('3 people 2 invalid');
      const remove = screen(el).querySelector('[aria-label="Remove plainaddress"]');
      expect(remove && descriptionOf(el, remove)).to.contain('Not a valid email address');
      await expect(el).to.be.accessible();
    });

    it('refuses to send while a chip is invalid, says why next to the field, and sends once it is removed', async () => {
      const el = await open();
      type(emailInput(el), 'ada@example.com plainaddress');
      await send(el);
      await until(() => emailInput(el).getAttribute('aria-invalid') === 'true');
      expect(descriptionOf(el, emailInput(el))).to.contain('Fix or remove the invalid address before sending.');
      expect(deepActive()).to.equal(emailInput(el));
      expect(backend.outbox.messages.filter((message) => message.kind === 'invitation')).to.have.length(0);

      (screen(el).querySelector('[aria-label="Remove plainaddress"]') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(addresses(el)).to.deep.equal(['ada@example.com']);
      await send(el);
      await resultsShown(el);
      expect(results(el)).to.deep.equal({ 'ada@example.com': 'Sent' });
    });

    it('asks for at least one address', async () => {
      const el = await open();
      await send(el);
      await until(() => emailInput(el).getAttribute('aria-invalid') === 'true');
      expect(descriptionOf(el, emailInput(el))).to.contain('Add at least one email address.');
    });

    it('keeps at most 100 chips and leaves the rest in the box, then offers to invite them next', async () => {
      backend.limits.proSeats = 1000;
      const el = await open();
      const many = Array.from({ length: 103 }, (_, i) => `person${i}@example.com`);
      paste(emailInput(el), many.join('\n'));
      await el.updateComplete;
      expect(addresses(el)).to.have.length(100);
      expect(emailInput(el).value).to.equal('person100@example.com, person101@example.com, person102@example.com');
      expect(descriptionOf(el, emailInput(el))).to.contain('At most 100 people per invitation. The other 3 addresses stay in the box');
      await send(el);
      await resultsShown(el);
      expect(Object.keys(results(el))).to.have.length(100);
      buttonByText(screen(el), 'Invite 3 more').click();
      await until(() => screen(el).querySelector('form'));
      expect(addresses(el)).to.deep.equal(['person100@example.com', 'person101@example.com', 'person102@example.com']);
    });

    it('counts in words that agree with the number', async () => {
      const el = await open();
      paste(emailInput(el), 'ada@example.com ADA@example.com');
      await el.updateComplete;
      expect(text(screen(el).querySelector('[part~="notice"]'))).to.equal('1 address added and 1 duplicate merged');
      expect(peopleCount(el)).to.equal('1 person');
      paste(emailInput(el), Array.from({ length: 100 }, (_, i) => `person${i}@example.com`).join(' '));
      await el.updateComplete;
      expect(descriptionOf(el, emailInput(el))).to.contain('At most 100 people per invitation. The other address stays in the box for the next round.');
    });

    it('removes a chip from its remove button and from the keyboard', async () => {
      const el = await open();
      type(emailInput(el), 'ada@example.com bob@example.com carol@example.com');
      await el.updateComplete;
      (screen(el).querySelector('[aria-label="Remove bob@example.com"]') as HTMLButtonElement).focus();
      await sendKeys({ press: 'Delete' });
      expect(addresses(el)).to.deep.equal(['ada@example.com', 'carol@example.com']);
      expect(deepActive()?.getAttribute('aria-label')).to.equal('Remove carol@example.com');
      expect(text(screen(el).querySelector('[part~="notice"]'))).to.equal('bob@example.com removed');
    });
  });

  describe('role and workspaces', () => {
    it('offers only roles the inviter may give, never owner', async () => {
      const el = await open({ as: 'admin' });
      const options = [...roleSelect(el).options].map((option) => option.value);
      expect(options).to.include.members(['admin', 'member', 'viewer', SEED.roles.billingManager]);
      expect(options).to.not.include('owner');
      expect(roleSelect(el).value).to.equal('member');
    });

    it('leaves out roles with permissions the inviter lacks', async () => {
      const owner = clientFor(backend, 'owner');
      const recruiter = await owner.roles.create('ws_acme', { name: 'Recruiter', permissions: ['members:invite'] });
      await owner.members.update('ws_acme', SEED.members.acme.member, { role: recruiter.id });
      const el = await open({ as: 'member' });
      const options = [...roleSelect(el).options].map((option) => option.value);
      expect(options).to.include.members(['viewer', recruiter.id]);
      expect(options).to.not.include.members(['owner', 'admin', 'member', SEED.roles.billingManager]);
    });

    it('lists the other workspaces where the inviter may invite, the current one fixed with a reason', async () => {
      const el = await open();
      const labels = [...screen(el).querySelectorAll('fieldset label')].map((label) => text(label));
      expect(labels).to.deep.equal(['Acme Inc.', 'Acme Labs']); // not Globex: Olivia is only a member there
      const current = checkboxFor(el, 'Acme Inc.');
      expect(current.checked && current.disabled).to.equal(true);
      expect(descriptionOf(el, current)).to.contain('Always included');
      expect(descriptionOf(el, checkboxFor(el, 'Acme Labs'))).to.contain('8 of 10 seats left');
      await expect(el).to.be.accessible();
    });

    it('explains why a custom role cannot go to another workspace', async () => {
      const el = await open();
      checkboxFor(el, 'Acme Labs').click();
      choose(roleSelect(el), SEED.roles.billingManager);
      await el.updateComplete;
      const labs = checkboxFor(el, 'Acme Labs');
      expect(labs.disabled).to.equal(true);
      expect(labs.checked).to.equal(false);
      expect(descriptionOf(el, labs)).to.contain('The role Billing manager exists only in Acme Inc.');
      choose(roleSelect(el), 'member');
      await el.updateComplete;
      expect(checkboxFor(el, 'Acme Labs').checked).to.equal(true); // the choice was kept
    });

    it('invites to several workspaces at once and shows each result per workspace', async () => {
      const el = await open();
      type(emailInput(el), 'ada@example.com member@acme.test');
      checkboxFor(el, 'Acme Labs').click();
      await send(el);
      await resultsShown(el);
      const rows = [...screen(el).querySelectorAll('[part~="result"]')].map((row) => text(row));
      expect(rows).to.deep.equal([
        'ada@example.com Acme Inc. Sent Acme Labs Sent',
        'member@acme.test Acme Inc. Already a member Acme Labs Sent',
      ]);
      expect(backend.outbox.messages.filter((message) => message.kind === 'invitation' && message.to === 'ada@example.com')).to.have.length(2);
    });
  });

  describe('sending', () => {
    it('sends, fires tk-before-invite then tk-invitations-sent, and shows each result with icon and text', async () => {
      const before: BeforeInviteEvent[] = [];
      const after: InvitationsSentEvent[] = [];
      const el = await open();
      el.addEventListener('tk-before-invite', (event) => before.push(event));
      el.addEventListener('tk-invitations-sent', (event) => after.push(event));
      type(emailInput(el), `ada@example.com member@acme.test ${SEED.invitations.pending.email}`);
      type(messageBox(el), 'See you Monday');
      await send(el);
      await resultsShown(el);
      expect(before[0]?.input).to.deep.equal({
        emails: ['ada@example.com', 'member@acme.test', SEED.invitations.pending.email], role: 'member', message: 'See you Monday',
      });
      expect(before[0]?.cancelable).to.equal(true);
      expect(after[0]?.results).to.have.length(3);
      expect(results(el)).to.deep.equal({
        'ada@example.com': 'Sent',
        'member@acme.test': 'Already a member',
        [SEED.invitations.pending.email]: 'Already invited',
      });
      expect(screen(el).querySelectorAll('[part~="outcome"] svg')).to.have.length(3);
      expect(text(screen(el).querySelector('[part~="summary"]'))).to.equal('1 sent 2 skipped: already in or invited');
      expect(text(screen(el).querySelector('#results-title'))).to.equal('Invitations sent');
      expect(backend.outbox.latest('ada@example.com', 'invitation')?.text).to.contain('See you Monday');
      await expect(el).to.be.accessible();
    });

    it('stays open on Escape while sending, and closes on Escape once the results show', async () => {
      backend = await startBackend({ latency: 400 });
      const el = await mountDialog();
      trigger(el).focus();
      await el.show();
      await until(() => screen(el).querySelector('dialog [part~="loading"]'), 'never loading');
      await expect(el).to.be.accessible();
      await until(() => screen(el).querySelector('form') && deepActive() === emailInput(el), 'focus never reached the addresses once the form loaded');
      type(emailInput(el), 'ada@example.com ');
      buttonByText(screen(el), 'Send invitations').focus();
      await sendKeys({ press: 'Enter' });
      await until(() => screen(el).querySelector('[part~="submit"]')?.getAttribute('aria-disabled') === 'true', 'never busy');
      expect(text(screen(el).querySelector('[part~="submit"]'))).to.equal('Sending…');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await sendKeys({ press: 'Escape' });
      expect(dialog(el).open).to.equal(true);
      await resultsShown(el);
      expect(el.open).to.equal(true);
      await sendKeys({ press: 'Escape' });
      await until(() => !el.open, 'Escape did not close after sending');
      expect(document.activeElement).to.equal(trigger(el));
    });

    it('says so when everyone was already in or invited, rather than that invitations were sent', async () => {
      const el = await open();
      type(emailInput(el), `member@acme.test ${SEED.invitations.pending.email}`);
      await send(el);
      await resultsShown(el);
      expect(text(screen(el).querySelector('#results-title'))).to.equal('Everyone is already in or invited');
      expect(text(screen(el).querySelector('[part~="summary"]'))).to.equal('2 skipped: already in or invited');
    });

    it('sends nothing when tk-before-invite is cancelled, and keeps the form', async () => {
      const el = await open();
      el.addEventListener('tk-before-invite', (event) => event.preventDefault());
      type(emailInput(el), 'ada@example.com');
      await send(el);
      await el.updateComplete;
      expect(screen(el).querySelector('[part~="results"]')).to.equal(null);
      expect(addresses(el)).to.deep.equal(['ada@example.com']);
      expect(backend.outbox.messages.filter((message) => message.kind === 'invitation')).to.have.length(0);
    });

    it('warns before sending when the valid chips exceed the seats left, then reports the seat limit per email', async () => {
      backend.limits.proSeats = 27; // 26 used: one seat left
      const el = await open();
      expect(text(screen(el).querySelector('[part~="seats"]'))).to.contain('1 of 27 seats left');
      type(emailInput(el), 'ada@example.com bob@example.com');
      await el.updateComplete;
      expect(text(screen(el).querySelector('[part~="seat-warning"]'))).to.contain('You are inviting 2 people but Acme Inc. has 1 seat left.');
      await send(el);
      await resultsShown(el);
      expect(results(el)).to.deep.equal({ 'ada@example.com': 'Sent', 'bob@example.com': 'No seat left' });
      expect(text(screen(el).querySelector('#results-title'))).to.equal('Some invitations were not sent');
      await expect(el).to.be.accessible();

      buttonByText(screen(el), 'Retry failed').click();
      await until(() => screen(el).querySelector('form'));
      expect(addresses(el)).to.deep.equal(['bob@example.com']);
      await until(() => deepActive() === emailInput(el), 'focus did not return to the addresses');
      await send(el);
      await resultsShown(el);
      expect(results(el)).to.deep.equal({ 'bob@example.com': 'No seat left' });

      // Closing from the results keeps the failed address for next time, like "Retry failed".
      await el.hide();
      backend.limits.proSeats = 100;
      await el.show();
      await until(() => screen(el).querySelector('form'));
      expect(addresses(el)).to.deep.equal(['bob@example.com']);
      await send(el);
      await resultsShown(el);
      expect(results(el)).to.deep.equal({ 'bob@example.com': 'Sent' });
    });

    for (const [name, fault, expected] of [
      ['403', { status: 403, code: 'forbidden' }, "You don't have permission to do this"],
      ['429', { status: 429, code: 'rate_limited', retryAfter: 7 }, 'Wait 7 seconds, then try again.'],
      ['500', { status: 500 }, 'Something went wrong'],
      ['network down', { network: true }, "Can't reach the server"],
    ] as const) {
      it(`shows a ${name} in the dialog and keeps chips, role and message`, async () => {
        const errors: TeamkitErrorEvent[] = [];
        const el = await open();
        el.addEventListener('tk-error', (event) => errors.push(event));
        type(emailInput(el), 'ada@example.com bob@example.com');
        choose(roleSelect(el), 'viewer');
        type(messageBox(el), 'Hello there');
        backend.faults.add({ method: 'POST', path: INVITATIONS, ...fault });
        await send(el);
        await until(() => screen(el).querySelector('[part~="form-error"]'), 'no error banner');
        expect(errorBanner(el)).to.contain(expected);
        expect(screen(el).querySelector('[part~="form-error"]')?.getAttribute('role')).to.equal('alert');
        expect(addresses(el)).to.deep.equal(['ada@example.com', 'bob@example.com']);
        expect(roleSelect(el).value).to.equal('viewer');
        expect(messageBox(el).value).to.equal('Hello there');
        expect(errors.map((event) => event.action)).to.deep.equal(['invitations-send']);
        await expect(el).to.be.accessible();
      });
    }

    it('retries a failed send from the error banner', async () => {
      const el = await open();
      type(emailInput(el), 'ada@example.com');
      backend.faults.add({ method: 'POST', path: INVITATIONS, network: true });
      await send(el);
      await until(() => screen(el).querySelector('[part~="form-error"]'));
      buttonByText(screen(el).querySelector('[part~="form-error"]') as HTMLElement, 'Try again').click();
      await resultsShown(el);
      expect(results(el)).to.deep.equal({ 'ada@example.com': 'Sent' });
    });

    it('maps a 422 field error next to its field and keeps everything typed', async () => {
      const owner = clientFor(backend, 'owner');
      const role = await owner.roles.create('ws_acme', { name: 'Temporary', permissions: [] });
      const el = await open();
      type(emailInput(el), 'ada@example.com');
      choose(roleSelect(el), role.id);
      type(messageBox(el), 'Hi');
      await owner.roles.delete('ws_acme', role.id); // gone before the inviter sends
      await send(el);
      await until(() => roleSelect(el).getAttribute('aria-invalid') === 'true', 'role error not shown');
      expect(descriptionOf(el, roleSelect(el))).to.contain(`There is no role ${role.id}`);
      expect(deepActive()).to.equal(roleSelect(el));
      expect(addresses(el)).to.deep.equal(['ada@example.com']);
      expect(messageBox(el).value).to.equal('Hi');
    });

    it('counts the message live as the server does (an emoji is one), and refuses more than 1000 without cutting it', async () => {
      const el = await open();
      type(emailInput(el), 'ada@example.com ');
      type(messageBox(el), 'Hello 👋🏽');
      await el.updateComplete;
      expect(text(screen(el).querySelector('[part~="field-message"] [part~="counter"] [aria-hidden]')).replace(/ /g, '')).to.equal('8/1000');
      expect(descriptionOf(el, messageBox(el))).to.contain('992 characters left');
      // Over the limit is said at once, by the count and politely to screen readers; the error follows on leaving the field.
      type(messageBox(el), 'x'.repeat(1001));
      await el.updateComplete;
      expect(messageBox(el).value).to.have.length(1001);
      expect(descriptionOf(el, messageBox(el))).to.contain('1 character over the limit');
      expect(screen(el).querySelector('[part~="field-message"] [role="status"]')?.textContent).to.equal('Over the character limit.');
      messageBox(el).blur();
      await el.updateComplete;
      expect(messageBox(el).getAttribute('aria-invalid')).to.equal('true');
      expect(descriptionOf(el, messageBox(el))).to.contain('Use at most 1000 characters.');
      await send(el);
      await until(() => deepActive() === messageBox(el), 'focus did not go to the message');
      expect(messageBox(el).value).to.have.length(1001);
      expect(backend.outbox.messages.filter((message) => message.kind === 'invitation')).to.have.length(0);
    });
  });

  describe('permissions', () => {
    it("marks a viewer's trigger unavailable and shows why beside it, instead of opening a dialog that refuses", async () => {
      const el = await mountDialog({ as: 'viewer' });
      await until(() => trigger(el).getAttribute('aria-disabled') === 'true', 'the trigger was never marked');
      // The trigger and its reason are the page's light DOM: the description is looked up there.
      const reason = (trigger(el).getAttribute('aria-describedby') ?? '').split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
      expect(reason).to.equal("Your role (Viewer) doesn't allow this. Ask a workspace owner or admin.");
      const shown = el.querySelector<HTMLElement>('[slot="trigger-reason"]');
      expect(shown?.textContent).to.equal(reason);
      expect(shown?.checkVisibility()).to.equal(true, 'the reason is on screen, not only spoken');
      trigger(el).click();
      await el.updateComplete;
      expect(el.open).to.equal(false);
      expect(dialog(el).open).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it("leaves an inviter's trigger as the page made it", async () => {
      const el = await mountDialog({ as: 'admin' });
      trigger(el).setAttribute('aria-describedby', 'elsewhere');
      trigger(el).click();
      await until(() => screen(el).querySelector('form'), 'the form never showed');
      await el.hide();
      expect(trigger(el).hasAttribute('aria-disabled')).to.equal(false);
      expect(trigger(el).getAttribute('aria-describedby')).to.equal('elsewhere');
      expect(el.querySelector('[slot="trigger-reason"]')).to.equal(null);
    });

    it('opens on the reason when show() is called for someone who may not invite, loading nothing that would fail', async () => {
      const errors: TeamkitErrorEvent[] = [];
      const el = await mountDialog({ as: 'viewer' });
      el.addEventListener('tk-error', (event) => errors.push(event));
      await el.show();
      await until(() => screen(el).querySelector('[part~="denied"]'), 'no reason shown');
      expect(dialog(el).open).to.equal(true);
      expect(screen(el).querySelector('form')).to.equal(null);
      expect(sentRequests().filter((request) => request.status === 'network' || (request.status ?? 0) >= 400), 'requests that failed').to.deep.equal([]);
      // The host hears of the refusal once, as a load PermissionError (issue 9: permission gating), not of a failed call.
      await el.updateComplete;
      expect(errors.map((event) => [event.action, event.error instanceof Error ? event.error.name : typeof event.error])).to.deep.equal([['load', 'PermissionError']]);
    });

    it('shows a viewer why they cannot invite instead of the form', async () => {
      const el = await open({ as: 'viewer' });
      expect(screen(el).querySelector('form')).to.equal(null);
      const denied = text(screen(el).querySelector('[part~="denied"]'));
      expect(denied).to.contain("You can't invite people to this workspace");
      expect(denied).to.contain("Your role (Viewer) doesn't allow this.");
      await expect(el).to.be.accessible();
      buttonByText(screen(el), 'Close').click();
      await until(() => !el.open);
      expect(document.activeElement).to.equal(trigger(el));
    });

    it('offers a retry when the permissions cannot be read', async () => {
      backend.faults.add({ method: 'GET', path: /members\/me$/, status: 500 });
      const el = await open();
      expect(text(screen(el).querySelector('[part~="error"]'))).to.contain('Something went wrong');
      buttonByText(screen(el), 'Try again').click();
      await until(() => screen(el).querySelector('form'), 'no form after retry');
    });

    it('offers a retry when the form data cannot load', async () => {
      const el = await mountDialog();
      backend.faults.add({ method: 'GET', path: /roles$/, status: 500 });
      await el.show();
      await until(() => screen(el).querySelector('[part~="error"]'), 'no error');
      buttonByText(screen(el), 'Try again').click();
      await until(() => screen(el).querySelector('form'), 'no form after retry');
    });
  });

  describe('untrusted text', () => {
    it('renders hostile addresses, workspace names and role names as text, and mails the message unchanged', async () => {
      const { markup, unicode } = await hostileStrings();
      const owner = clientFor(backend, 'owner');
      const hostile = markup[0] ?? '';
      const labs = backend.store.workspaces.get('ws_labs');
      if (labs) backend.store.workspaces.update(labs, { name: `${hostile} Labs` });
      await owner.roles.create('ws_acme', { name: markup[2] ?? '', permissions: [] });
      const el = await open();
      type(emailInput(el), `${markup[1]} ada@example.com`);
      await el.updateComplete;
      expect(chips(el)[0]).to.equal(`${markup[1]} invalid`);
      expect([...screen(el).querySelectorAll('fieldset label')].map((label) => label.textContent)).to.include(`${hostile} Labs`);
      expect([...roleSelect(el).options].map((option) => option.textContent)).to.include(markup[2]);
      expect(screen(el).querySelector('img, script, iframe, svg[onload]')).to.equal(null);

      for (const remove of screen(el).querySelectorAll<HTMLButtonElement>('[part~="chip-invalid"] [part~="chip-remove"]')) remove.click();
      await el.updateComplete;
      const message = [...markup, ...unicode.filter((value) => !value.includes('\u0000'))].join('\n');
      type(messageBox(el), message);
      await send(el);
      await resultsShown(el);
      // Stored as the contract says: NFC-normalised and trimmed, nothing else changed.
      const stored = message.normalize('NFC').trim();
      expect(backend.outbox.latest('ada@example.com', 'invitation')?.text).to.contain(stored);
      expect(backend.store.invitations.ofWorkspace('ws_acme').find((item) => item.email === 'ada@example.com')?.message).to.equal(stored);
      expect(pwned()).to.equal(false);
    });
  });

  describe('Spanish', () => {
    it('speaks Spanish and formats numbers for the locale', async () => {
      backend.limits.proSeats = 1200;
      const el = await open({ locale: 'es' });
      await until(() => text(screen(el).querySelector('[part~="title"]')) === 'Invitar a personas', 'never switched to Spanish', 10_000);
      expect(text(screen(el).querySelector('[part~="seats"]'))).to.contain('1174 de 1200 plazas libres');
      type(emailInput(el), 'ada@example.com ada@example.com nope');
      await el.updateComplete;
      expect(peopleCount(el)).to.equal('2 personas 1 con error');
      expect(screen(el).querySelector('[aria-label="Quitar ada@example.com"]')).to.not.equal(null);
      (screen(el).querySelector('[aria-label="Quitar nope"]') as HTMLButtonElement).click();
      await el.updateComplete;
      buttonByText(screen(el), 'Enviar invitaciones').click();
      await resultsShown(el);
      expect(results(el)).to.deep.equal({ 'ada@example.com': 'Enviada' });
      expect(buttonByText(screen(el), 'Listo').className).to.contain('primary');
      await expect(el).to.be.accessible();
    });
  });
});
