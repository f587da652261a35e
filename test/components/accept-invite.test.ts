import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { createClock, SEED, type ManualClock } from '../../src/backend/index.js';
import type { AcceptInvite } from '../../src/components/accept-invite/accept-invite.component.js';
import type { InvitationAcceptedEvent } from '../../src/components/accept-invite/accept-invite.events.js';
import { createClient } from '../../src/sdk/index.js';
import {
  API, buttonByText, clientFor, hostileStrings, mount, pwned, screen, startBackend, type, type Backend, eventually,
} from './helpers.js';

const DAY = 24 * 60 * 60 * 1000;
const { pending, expired, revoked, accepted } = SEED.invitations;
const PASSWORD = 'correct horse battery';

let backend: Backend;
let clock: ManualClock;

beforeEach(async () => {
  clock = createClock();
  backend = await startBackend({ clock });
});

afterEach(() => {
  backend.faults.clear();
});

/** The landing page as a visitor sees it: a client with nobody signed in. */
function open(token: string, options: { locale?: string } = {}): Promise<AcceptInvite> {
  const client = createClient({ baseUrl: API, retry: 0 });
  return mount<AcceptInvite>(backend, html`<accept-invite token=${token} .clock=${clock}></accept-invite>`, { client, ...options });
}

function text(el: HTMLElement): string {
  return (screen(el).textContent ?? '').replace(/\s+/g, ' ');
}

function field(el: HTMLElement, name: string): HTMLInputElement {
  const input = screen(el).querySelector<HTMLInputElement>(`#field-${name}`);
  if (!input) throw new Error(`no field ${name}`);
  return input;
}

function errorOf(el: HTMLElement, name: string): string | undefined {
  const input = field(el, name);
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  const error = ids.map((id) => screen(el).getElementById(id)).find((node) => node?.classList.contains('error'));
  return error?.textContent?.trim();
}

function details(el: HTMLElement): Record<string, string> {
  const terms = [...screen(el).querySelectorAll('dt')];
  return Object.fromEntries(terms.map((dt) => [dt.textContent?.trim() ?? '', (dt.nextElementSibling?.textContent ?? '').replace(/\s+/g, ' ').trim()]));
}

function heading(el: HTMLElement): string {
  return screen(el).querySelector('h2')?.textContent?.trim() ?? '';
}

function fill(el: HTMLElement, values: { first?: string; last?: string; password?: string }): void {
  if (values.first !== undefined) type(field(el, 'firstName'), values.first);
  if (values.last !== undefined) type(field(el, 'lastName'), values.last);
  if (values.password !== undefined) type(field(el, 'password'), values.password);
}

function submit(el: HTMLElement): void {
  buttonByText(screen(el), 'Accept invitation').click();
}

function formError(el: HTMLElement): string {
  return (screen(el).querySelector('[part~="form-error"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function nextAccepted(el: HTMLElement): Promise<InvitationAcceptedEvent> {
  return new Promise((resolve) => el.addEventListener('tk-invitation-accepted', resolve, { once: true }));
}

describe('<accept-invite>', () => {
  describe('a pending invitation for a new address', () => {
    it('shows the workspace, inviter, email, role and expiry, and the form with a password', async () => {
      const el = await open(pending.token);
      expect(heading(el)).to.equal('Join Acme Inc.');
      expect(screen(el).querySelector('[part~="avatar"]')?.textContent?.trim()).to.equal('AI');
      expect(details(el)).to.deep.equal({
        'Invited by': 'Olivia Owner (owner@acme.test)',
        Email: pending.email,
        Role: 'Member',
        Expires: 'tomorrow',
      });
      expect(screen(el).querySelector('time')?.getAttribute('title')?.replace(/\s/g, ' ')).to.equal('Jan 16, 2026, 9:00 AM');
      for (const name of ['firstName', 'lastName', 'password', 'marketingOptIn']) expect(field(el, name).name).to.equal(name);
      expect(screen(el).querySelector('label[for="field-password"]')?.textContent?.trim()).to.equal('Password');
      await expect(el).to.be.accessible();
    });

    it('shows field errors next to the fields and sends nothing while the form is invalid', async () => {
      const el = await open(pending.token);
      const before: string[] = [];
      el.addEventListener('tk-before-invitation-accept', () => before.push('before'));
      submit(el);
      await eventually(() => errorOf(el, 'firstName'), 'errors shown');
      expect(errorOf(el, 'firstName')).to.equal('This field is required.');
      expect(errorOf(el, 'lastName')).to.equal('This field is required.');
      expect(errorOf(el, 'password')).to.equal('Enter at least 12 characters.');
      expect(field(el, 'firstName').getAttribute('aria-invalid')).to.equal('true');
      expect(screen(el).activeElement).to.equal(field(el, 'firstName'));
      expect(before).to.deep.equal([]);
      expect(backend.store.invitations.get(pending.id)?.status).to.equal('pending');
      await expect(el).to.be.accessible();

      fill(el, { first: 'Nina', last: 'Newhire', password: 'too short' });
      await el.updateComplete;
      expect(errorOf(el, 'firstName')).to.equal(undefined);
      expect(errorOf(el, 'password')).to.equal('Enter at least 12 characters.');
      expect(field(el, 'password').value).to.equal('too short');
    });

    it('has a live password hint and a show/hide toggle', async () => {
      const el = await open(pending.token);
      const hint = () => screen(el).querySelector('#field-password-hint')?.textContent?.trim();
      expect(hint()).to.equal('Use at least 12 characters.');
      expect(field(el, 'password').getAttribute('aria-describedby')).to.include('field-password-hint');
      type(field(el, 'password'), 'abcde');
      await el.updateComplete;
      expect(hint()).to.equal('Use at least 12 characters: 7 more to go.');
      type(field(el, 'password'), 'abcdefghijkl');
      await el.updateComplete;
      expect(hint()).to.equal('Long enough: 12 characters or more. Strength: weak. Add a number and a symbol to make it stronger.');
      const statuses = [...screen(el).querySelectorAll('[role="status"]')].map((node) => node.textContent?.trim());
      expect(statuses).to.include('The password is long enough.');
      type(field(el, 'password'), 'abcdefghijk1');
      await el.updateComplete;
      expect(hint()).to.equal('Long enough: 12 characters or more. Strength: fair. Add a symbol to make it stronger.');
      type(field(el, 'password'), PASSWORD);
      await el.updateComplete;
      expect(hint()).to.equal('Long enough: 12 characters or more. Strength: strong.');
      type(field(el, 'password'), 'abcdefghijkl');
      await el.updateComplete;

      const toggle = buttonByText(screen(el), 'Show password');
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      expect(field(el, 'password').type).to.equal('password');
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      expect(field(el, 'password').type).to.equal('text');
      expect(field(el, 'password').value).to.equal('abcdefghijkl');
      await expect(el).to.be.accessible();
      toggle.click();
      await el.updateComplete;
      expect(field(el, 'password').type).to.equal('password');
    });

    it('accepts: fires the events, signs the person in and shows a confirmation', async () => {
      const el = await open(pending.token);
      const order: string[] = [];
      el.addEventListener('tk-before-invitation-accept', (event) => {
        order.push(event.type);
        expect(event.invitationToken).to.equal(pending.token);
        expect(event.input).to.deep.equal({ firstName: 'Nina', lastName: 'Newhire', marketingOptIn: true });
      });
      const acceptedEvent = nextAccepted(el);
      fill(el, { first: '  Nina ', last: 'Newhire', password: PASSWORD });
      field(el, 'marketingOptIn').click();
      submit(el);
      const event = await acceptedEvent;
      order.push(event.type);
      expect(order).to.deep.equal(['tk-before-invitation-accept', 'tk-invitation-accepted']);
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.workspaceId).to.equal('ws_acme');
      expect(event.userId).to.equal(backend.store.users.byEmail(pending.email)?.id);
      expect(event.memberId).to.match(/^mem_/);

      await el.updateComplete;
      expect(heading(el)).to.equal('Welcome to Acme Inc.');
      expect(text(el)).to.include(`You joined as Member and you're signed in as ${pending.email}.`);
      expect(screen(el).querySelector('form')).to.equal(null);
      // Focus moves once the welcome has rendered, just after the event (the action controller's order).
      await eventually(() => screen(el).activeElement?.textContent?.trim() === 'Welcome to Acme Inc.', 'focus on the welcome heading');
      await eventually(() => document.getElementById('teamkit-announcer-polite')?.textContent === 'You joined Acme Inc.', 'announced, without a second full stop after "Inc."');
      await expect(el).to.be.accessible();

      // The session token signs the new member in.
      const asNewMember = createClient({ baseUrl: API, retry: 0, getToken: () => event.token });
      const me = await asNewMember.members.me('ws_acme');
      expect(me.member.id).to.equal(event.memberId);
      expect(me.role).to.equal('member');
      const user = backend.store.users.byEmail(pending.email);
      expect(user?.name).to.equal('Nina Newhire');
      expect(user?.marketingOptIn).to.equal(true);
    });

    it('accepts with the keyboard only', async () => {
      const el = await open(pending.token);
      const acceptedEvent = nextAccepted(el);
      field(el, 'firstName').focus();
      await sendKeys({ type: 'Kim' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Keyboard' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: PASSWORD });
      await sendKeys({ press: 'Tab' });
      expect(screen(el).activeElement?.textContent?.trim()).to.equal('Show password');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(field(el, 'password').type).to.equal('text');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      expect(field(el, 'marketingOptIn').checked).to.equal(true);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      const event = await acceptedEvent;
      expect(event.workspaceId).to.equal('ws_acme');
    });

    it('a cancelled tk-before-invitation-accept sends nothing and keeps the form', async () => {
      const el = await open(pending.token);
      el.addEventListener('tk-before-invitation-accept', (event) => event.preventDefault());
      fill(el, { first: 'Nina', last: 'Newhire', password: PASSWORD });
      submit(el);
      await new Promise((resolve) => setTimeout(resolve, 100));
      await el.updateComplete;
      expect(backend.store.invitations.get(pending.id)?.status).to.equal('pending');
      expect(field(el, 'firstName').value).to.equal('Nina');
      expect(heading(el)).to.equal('Join Acme Inc.');
    });

    it('works once: the same link afterwards says it was already accepted, with no form', async () => {
      const first = await open(pending.token);
      const done = nextAccepted(first);
      fill(first, { first: 'Nina', last: 'Newhire', password: PASSWORD });
      submit(first);
      await done;
      first.parentElement!.remove();

      const again = await open(pending.token);
      expect(heading(again)).to.equal('This invitation has already been accepted');
      expect(text(again)).to.include(`Each invitation link works once. Sign in as ${pending.email} to open Acme Inc.`);
      expect(screen(again).querySelector('form')).to.equal(null);
      await expect(again).to.be.accessible();
    });

    it('follows an invitation link from the outbox end to end', async () => {
      await clientFor(backend, 'admin').invitations.create('ws_acme', { emails: ['friend@example.test'], role: 'viewer' });
      const mail = backend.outbox.latest('friend@example.test', 'invitation');
      const link = mail?.text.match(/\S*accept-invite\?token=\S+/)?.[0];
      expect(link, 'a link in the mail').to.be.a('string');
      const token = new URL(link!, location.origin).searchParams.get('token')!;

      const el = await open(token);
      expect(details(el)).to.include({ 'Invited by': 'Adam Admin (admin@acme.test)', Email: 'friend@example.test', Role: 'Viewer', Expires: 'in 2 days' });
      const done = nextAccepted(el);
      fill(el, { first: 'Fred', last: 'Friend', password: PASSWORD });
      submit(el);
      const event = await done;
      const members = await clientFor(backend, 'owner').members.list('ws_acme', { query: 'friend@example.test' });
      expect(members.items.map((member) => [member.email, member.role])).to.deep.include(['friend@example.test', 'viewer']);
      expect(event.workspaceId).to.equal('ws_acme');
    });
  });

  describe('a pending invitation for an address that has an account', () => {
    async function inviteGus(): Promise<string> {
      await clientFor(backend, 'owner').invitations.create('ws_acme', { emails: ['gus@globex.test'], role: 'member' });
      return backend.outbox.latest('gus@globex.test', 'invitation')!.token!;
    }

    it('signed out: asks to sign in as that address, with the host\'s sign-in link, and shows no form', async () => {
      const token = await inviteGus();
      const client = createClient({ baseUrl: API, retry: 0 });
      const el = await mount<AcceptInvite>(backend,
        html`<accept-invite token=${token} sign-in-url="/sign-in?hint={email}" .clock=${clock}></accept-invite>`, { client });
      expect(text(el)).to.include('gus@globex.test already has an account. Sign in as gus@globex.test to accept this invitation.');
      expect(screen(el).querySelector('form')).to.equal(null);
      const link = screen(el).querySelector<HTMLAnchorElement>('[part~="sign-in-link"]');
      expect(link?.textContent?.trim()).to.equal('Sign in as gus@globex.test');
      expect(new URL(link!.href).search).to.equal('?hint=gus%40globex.test');
      await expect(el).to.be.accessible();
    });

    it('signed in as the invitee: accepts in one step, keeping the session', async () => {
      const token = await inviteGus();
      const el = await mount<AcceptInvite>(backend, html`<accept-invite token=${token} .clock=${clock}></accept-invite>`, { as: 'gus@globex.test' });
      expect(text(el)).to.include("You're signed in as gus@globex.test. Accepting adds Acme Inc. to your account.");
      expect(screen(el).querySelector('#field-password')).to.equal(null);
      expect(screen(el).querySelector('#field-firstName')).to.equal(null);
      await expect(el).to.be.accessible();
      const done = nextAccepted(el);
      submit(el);
      const event = await done;
      expect(event.userId).to.equal(SEED.users.globexOwner.id);
      expect(event.token).to.equal(null);
      await eventually(() => heading(el) === 'Welcome to Acme Inc.', 'confirmation');
    });

    it('signed in as someone else: says so and offers nothing to accept', async () => {
      const token = await inviteGus();
      const el = await mount<AcceptInvite>(backend, html`<accept-invite token=${token} .clock=${clock}></accept-invite>`, { as: 'viewer' });
      const notice = screen(el).querySelector('[part~="notice"]');
      expect(notice?.querySelector('strong')?.textContent).to.equal("You're signed in with another account");
      expect(notice?.querySelector('p')?.textContent).to.equal(
        'This invitation is for gus@globex.test: sign out, then sign in as gus@globex.test to accept it.');
      expect(screen(el).querySelector('form')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('a new address opened while signed in as someone else: says to sign out to create the account', async () => {
      const el = await mount<AcceptInvite>(backend, html`<accept-invite token=${pending.token} .clock=${clock}></accept-invite>`, { as: 'viewer' });
      const notice = screen(el).querySelector('[part~="notice"]');
      expect(notice?.textContent).to.include(`This invitation is for ${pending.email}, which has no account yet: sign out to create it.`);
      expect(screen(el).querySelector('form')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('signed out meanwhile: the refusal turns the page into the sign-in request', async () => {
      const token = await inviteGus();
      const el = await mount<AcceptInvite>(backend, html`<accept-invite token=${token} .clock=${clock}></accept-invite>`, { as: 'gus@globex.test' });
      for (const session of backend.store.sessions.ofUser(SEED.users.globexOwner.id)) backend.store.sessions.delete(session);
      submit(el);
      await eventually(() => text(el).includes('Sign in as gus@globex.test to accept this invitation.'), 'sign-in request');
      expect(backend.store.members.find('ws_acme', SEED.users.globexOwner.id)).to.equal(undefined);
    });
  });

  describe('links that cannot be used', () => {
    it('expired: says when and whom to ask, no form', async () => {
      const el = await open(expired.token);
      expect(heading(el)).to.equal('This invitation has expired');
      expect(text(el)).to.include('It expired 3 days ago. Ask Olivia Owner to send you a new one.');
      expect(text(el)).to.include('Acme Inc.');
      expect(screen(el).querySelector('form')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('revoked: says it was withdrawn, no form', async () => {
      const el = await open(revoked.token);
      expect(heading(el)).to.equal('This invitation was withdrawn');
      expect(text(el)).to.include('ask Olivia Owner for a new invitation');
      expect(screen(el).querySelector('form')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('already accepted: says so, no form', async () => {
      const el = await open(accepted.token);
      expect(heading(el)).to.equal('This invitation has already been accepted');
      expect(screen(el).querySelector('form')).to.equal(null);
    });

    for (const token of ['not-a-real-token', '   ']) {
      it(`unknown or missing token (${JSON.stringify(token)}): says the link isn't valid`, async () => {
        const el = await open(token);
        expect(heading(el)).to.equal("This invitation link isn't valid");
        expect(text(el)).to.include('a newer invitation replaced it');
        expect(screen(el).querySelector('form')).to.equal(null);
        await expect(el).to.be.accessible();
      });
    }

    it('a pending invitation shows as expired once the backend clock passes its expiry', async () => {
      clock.advance(2 * DAY);
      const el = await open(pending.token);
      expect(heading(el)).to.equal('This invitation has expired');
      expect(text(el)).to.include('It expired yesterday.');
    });
  });

  describe('errors while accepting keep what was typed', () => {
    async function filled(): Promise<AcceptInvite> {
      const el = await open(pending.token);
      fill(el, { first: 'Nina', last: 'Newhire', password: PASSWORD });
      field(el, 'marketingOptIn').click();
      return el;
    }

    function expectKept(el: HTMLElement): void {
      expect(field(el, 'firstName').value).to.equal('Nina');
      expect(field(el, 'lastName').value).to.equal('Newhire');
      expect(field(el, 'password').value).to.equal(PASSWORD);
      expect(field(el, 'marketingOptIn').checked).to.equal(true);
    }

    const accept = /^\/invitations\/[^/]+\/accept$/;
    const cases: { name: string; fault: Parameters<Backend['faults']['add']>[0]; message: string }[] = [
      { name: '500', fault: { status: 500 }, message: 'Something went wrong' },
      { name: 'network down', fault: { network: true }, message: "Can't reach the server" },
      { name: '429', fault: { code: 'rate_limited', retryAfter: 30 }, message: 'Wait 30 seconds, then try again.' },
      { name: '410 expired', fault: { code: 'invitation_expired' }, message: 'This invitation has expired. Ask for a new one.' },
      { name: '410 revoked', fault: { code: 'invitation_revoked' }, message: 'This invitation was withdrawn.' },
      { name: '409 used', fault: { code: 'invitation_used' }, message: 'This invitation has already been accepted.' },
    ];
    for (const { name, fault, message } of cases) {
      it(`${name}: says why, keeps the input, and a retry can succeed`, async () => {
        const el = await filled();
        backend.faults.add({ method: 'POST', path: accept, ...fault });
        const errors: string[] = [];
        el.addEventListener('tk-error', (event) => errors.push(event.action));
        submit(el);
        await eventually(() => formError(el).includes(message), `"${message}" shown; got "${formError(el)}"`);
        expect(screen(el).querySelector('[part~="form-error"]')?.getAttribute('role')).to.equal('alert');
        expect(errors).to.deep.equal(['invitation-accept']);
        expectKept(el);
        await expect(el).to.be.accessible();
        const done = nextAccepted(el);
        submit(el);
        await done;
      });
    }

    it('a failure a retry may fix offers Try again, which sends the same input', async () => {
      const el = await filled();
      backend.faults.add({ method: 'POST', path: accept, status: 503 });
      submit(el);
      await eventually(() => formError(el).includes('Try again'), 'Try again offered');
      const done = nextAccepted(el);
      buttonByText(screen(el), 'Try again').click();
      await done;
      expect(backend.store.users.byEmail(pending.email)?.marketingOptIn).to.equal(true);
      await eventually(() => heading(el) === 'Welcome to Acme Inc.', 'confirmation');
    });

    it('409 when the workspace has no free seat', async () => {
      const el = await filled();
      backend.limits.proSeats = 1;
      submit(el);
      await eventually(() => formError(el).includes('Acme Inc. has no free seat left.'), 'seat message');
      expectKept(el);
    });

    it('the link revoked meanwhile (real 410)', async () => {
      const el = await filled();
      await clientFor(backend, 'owner').invitations.revoke('ws_acme', pending.id);
      submit(el);
      await eventually(() => formError(el).includes('This invitation was withdrawn.'), 'revoked message');
      expectKept(el);
    });

    it('the link replaced by a resend meanwhile (real 404)', async () => {
      const el = await filled();
      await clientFor(backend, 'owner').invitations.resend('ws_acme', pending.id);
      submit(el);
      await eventually(() => formError(el).includes('a newer invitation may have replaced it'), 'replaced message');
      expectKept(el);
    });

    it('the invitation expired while the form was open (real 410)', async () => {
      const el = await filled();
      clock.advance(2 * DAY);
      submit(el);
      await eventually(() => formError(el).includes('This invitation has expired.'), 'expired message');
      expectKept(el);
    });
  });

  describe('loading errors', () => {
    const lookup = /^\/invitations\/[^/]+$/;

    for (const [fault, message] of [
      [{ status: 500 }, 'Something went wrong'],
      [{ network: true }, "Can't reach the server"],
      [{ code: 'rate_limited', retryAfter: 5 }, 'Wait 5 seconds'],
    ] as const) {
      it(`${message}: an error with a retry that works`, async () => {
        backend.faults.add({ method: 'GET', path: lookup, ...fault });
        const el = await open(pending.token);
        expect(text(el)).to.include(message);
        await expect(el).to.be.accessible();
        buttonByText(screen(el), 'Try again').click();
        await eventually(() => heading(el) === 'Join Acme Inc.', 'loaded after retry');
      });
    }
  });

  describe('untrusted strings', () => {
    it('renders the workspace, inviter and role names as text, and stores typed names unchanged', async () => {
      const hostile = await hostileStrings();
      const [workspaceName, inviterName, roleName] = [hostile.markup[1]!, hostile.markup[0]!, hostile.markup[3]!];
      const role = await clientFor(backend, 'owner').roles.create('ws_acme', { name: roleName, permissions: ['billing:view'] });
      await clientFor(backend, 'owner').invitations.create('ws_acme', { emails: ["o'brien@example.org"], role: role.id });
      backend.store.workspaces.update(backend.store.workspaces.get('ws_acme')!, { name: workspaceName });
      backend.store.users.update(backend.store.users.byEmail('owner@acme.test')!, { name: inviterName });
      const token = backend.outbox.latest("o'brien@example.org", 'invitation')!.token!;

      const el = await open(token);
      expect(heading(el)).to.equal(`Join ${workspaceName}`);
      expect(details(el)).to.include({ 'Invited by': `${inviterName} (owner@acme.test)`, Email: "o'brien@example.org", Role: roleName });
      expect(screen(el).querySelector('img, svg, script, iframe, a')).to.equal(null);
      await expect(el).to.be.accessible();

      const done = nextAccepted(el);
      fill(el, { first: hostile.markup[2]!, last: hostile.unicode[1]!, password: PASSWORD });
      submit(el);
      await done;
      expect(backend.store.users.byEmail("o'brien@example.org")?.name).to.equal(`${hostile.markup[2]!.trim()} ${hostile.unicode[1]}`);
      expect(pwned()).to.equal(false);
    });

    it('shows the logo when there is one, the initials when it fails to load', async () => {
      const pixel = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
      backend.store.workspaces.update(backend.store.workspaces.get('ws_acme')!, { logoUrl: pixel });
      const el = await open(pending.token);
      const img = screen(el).querySelector<HTMLImageElement>('[part~="avatar"] img');
      expect(img?.getAttribute('src')).to.equal(pixel);
      expect(img?.getAttribute('alt')).to.equal('');
      await expect(el).to.be.accessible();
      el.parentElement!.remove();

      backend.store.workspaces.update(backend.store.workspaces.get('ws_acme')!, { logoUrl: 'https://logo.invalid/missing.png' });
      const broken = await open(pending.token);
      await eventually(() => screen(broken).querySelector('[part~="avatar"]')?.textContent?.trim() === 'AI', 'initials instead');
    });
  });

  describe('in Spanish', () => {
    it('reads and formats in Spanish, field errors included', async () => {
      const el = await open(pending.token, { locale: 'es' });
      await eventually(() => heading(el) === 'Únete a Acme Inc.', 'Spanish heading');
      expect(details(el)).to.deep.equal({
        'Invitación de': 'Olivia Owner (owner@acme.test)',
        'Correo electrónico': pending.email,
        Rol: 'Miembro',
        Caduca: 'mañana',
      });
      expect(screen(el).querySelector('label[for="field-firstName"]')?.textContent?.trim()).to.equal('Nombre');
      expect(screen(el).querySelector('label[for="field-lastName"]')?.textContent?.trim()).to.equal('Apellidos');
      buttonByText(screen(el), 'Aceptar invitación').click();
      await eventually(() => errorOf(el, 'firstName'), 'errors');
      expect(errorOf(el, 'firstName')).to.equal('Este campo es obligatorio.');
      expect(errorOf(el, 'password')).to.equal('Escribe al menos 12 caracteres.');
      expect(screen(el).querySelector('#field-password-hint')?.textContent?.trim()).to.equal('Usa al menos 12 caracteres.');
      await expect(el).to.be.accessible();
    });

    it('explains an expired link in Spanish', async () => {
      const el = await open(expired.token, { locale: 'es' });
      await eventually(() => heading(el) === 'Esta invitación ha caducado', 'Spanish heading');
      expect(text(el)).to.include('Caducó hace 3 días. Pide a Olivia Owner que te envíe una nueva.');
    });
  });
});
