/**
 * ActionController, driven by a small list of the workspace's pending invitations over the reference backend:
 * resend and revoke one at a time, revoke several at once, and what the reader and the host page learn.
 */
import { expect } from '@open-wc/testing';
import { html, nothing, type TemplateResult } from 'lit';
import { SEED } from '../../../src/backend/index.js';
import type { Invitation } from '../../../src/sdk/index.js';
import {
  BeforeInvitationResendEvent, BeforeInvitationRevokeEvent, InvitationResentEvent, InvitationRevokedEvent,
} from '../../../src/components/invitation-list/invitation-list.events.js';
import { ActionController, bulkNotice, type BulkOutcome } from '../../../src/components/shared/controllers/action-controller.js';
import { renderNotice } from '../../../src/components/shared/feedback/notice.js';
import { TeamkitElement } from '../../../src/components/shared/teamkit-element.js';
import { buttonByText, clientFor, eventually, mount, screen, startBackend, type Backend } from '../helpers.js';

const ACME = SEED.workspaces.acme;
const revocable = (invitation: Invitation) => invitation.status === 'pending' || invitation.status === 'expired';

/** A test-only element: pending invitations with Resend and Revoke, and "Revoke all" through `runBulk`. */
class InvitationActions extends TeamkitElement {
  readonly actions = new ActionController(this);
  invitations: Invitation[] = [];
  /** Set by a test to see what `runBulk` reports. */
  report: BulkOutcome<Invitation, Invitation>[] | undefined;
  inFlight = 0;
  mostInFlight = 0;

  async load(): Promise<void> {
    const client = this.api;
    if (!client) return;
    const { items } = await client.invitations.list(ACME, { limit: 50 });
    this.invitations = items.filter((invitation) => revocable(invitation));
    this.requestUpdate();
  }

  #replace(updated: Invitation): void {
    this.invitations = this.invitations.map((invitation) => (invitation.id === updated.id ? updated : invitation));
  }

  resend(invitation: Invitation): Promise<Invitation | undefined> {
    return this.actions.run({
      key: invitation.id,
      before: () => new BeforeInvitationResendEvent(invitation),
      call: (signal) => this.#client().invitations.resend(ACME, invitation.id, { signal }),
      after: (updated) => { this.#replace(updated); return new InvitationResentEvent(updated); },
      action: 'invitation-resend',
      success: (updated) => ({ announce: `Invitation to ${updated.email} sent again`, notice: { detail: 'The previous link no longer works.' } }),
      failure: `Couldn't resend the invitation to ${invitation.email}`,
    });
  }

  revoke(invitation: Invitation): Promise<Invitation | undefined> {
    return this.actions.run({
      key: invitation.id,
      before: () => new BeforeInvitationRevokeEvent(invitation),
      call: (signal) => this.#client().invitations.revoke(ACME, invitation.id, { signal }),
      after: (revoked) => { this.#replace(revoked); return new InvitationRevokedEvent(revoked); },
      action: 'invitation-revoke',
      success: { announce: `Invitation to ${invitation.email} revoked` },
      failure: `Couldn't revoke the invitation to ${invitation.email}`,
      focus: () => this.renderRoot.querySelector<HTMLElement>('h2'),
    });
  }

  async revokeAll(skip?: (invitation: Invitation) => string | undefined): Promise<void> {
    this.report = await this.actions.runBulk(this.invitations.filter((invitation) => revocable(invitation)), {
      key: 'bulk',
      keyOf: (invitation) => invitation.id,
      skip,
      before: (invitation) => new BeforeInvitationRevokeEvent(invitation),
      call: async (invitation, signal) => {
        this.mostInFlight = Math.max(this.mostInFlight, ++this.inFlight);
        try {
          return await this.#client().invitations.revoke(ACME, invitation.id, { signal });
        } finally {
          this.inFlight -= 1;
        }
      },
      after: (_invitation, revoked) => { this.#replace(revoked); return new InvitationRevokedEvent(revoked); },
      action: 'invitation-revoke',
      concurrency: 2,
      label: (invitation) => invitation.email,
      summary: (done, total) => `${done} of ${total} revoked`,
    });
  }

  #client() {
    const client = this.api;
    if (!client) throw new Error('no client');
    return client;
  }

  override render(): TemplateResult {
    const { actions } = this;
    return html`<h2 tabindex="-1">Invitations</h2>
      ${renderNotice(actions.notice, { onDismiss: () => actions.dismiss() })}
      <ul>${this.invitations.map((invitation) => html`<li data-id=${invitation.id}>${invitation.email}
        <button type="button" aria-disabled=${actions.busy(invitation.id) ? 'true' : 'false'} @click=${() => void this.resend(invitation)}>${
          actions.busyWith(invitation.id) === 'invitation-resend' ? 'Resending…' : 'Resend'}</button>
        ${revocable(invitation) ? html`<button type="button" @click=${() => void this.revoke(invitation)}>Revoke</button>` : nothing}
      </li>`)}</ul>`;
  }
}
customElements.define('tk-test-invitation-actions', InvitationActions);

const rowOf = (el: InvitationActions, email: string) => {
  const row = [...screen(el).querySelectorAll('li')].find((item) => item.textContent?.includes(email));
  if (!row) throw new Error(`no row for ${email}`);
  return row;
};
const notice = (el: InvitationActions) => screen(el).querySelector<HTMLElement>('[part~="notice"]');
const politeAnnouncer = () => document.getElementById('teamkit-announcer-polite')?.textContent ?? '';

describe('ActionController', () => {
  let backend: Backend;
  let el: InvitationActions;
  const { pending, expired } = SEED.invitations;

  beforeEach(async () => {
    backend = await startBackend();
    el = await mount<InvitationActions>(backend, html`<tk-test-invitation-actions></tk-test-invitation-actions>`);
    await el.load();
    await el.updateComplete;
  });

  it('runs before-event, busy state, call, after-event, announcement and notice, in that order', async () => {
    const seen: string[] = [];
    el.addEventListener('tk-before-invitation-resend', () => seen.push('before'));
    el.addEventListener('tk-invitation-resent', (event) => seen.push(`after ${event.invitation.email}`));
    const button = buttonByText(rowOf(el, pending.email), 'Resend');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(button.textContent).to.equal('Resending…');
    await eventually(() => notice(el), 'no notice');
    expect(seen).to.deep.equal(['before', `after ${pending.email}`]);
    expect(notice(el)?.textContent).to.include(`Invitation to ${pending.email} sent again`);
    expect(notice(el)?.textContent).to.include('The previous link no longer works.');
    expect(notice(el)?.getAttribute('part')).to.equal('notice success');
    expect(button.getAttribute('aria-disabled')).to.equal('false');
    await eventually(() => politeAnnouncer() === `Invitation to ${pending.email} sent again`, 'nothing announced');
    await expect(el).to.be.accessible();
  });

  it('does nothing when a listener cancels the before-event', async () => {
    el.addEventListener('tk-before-invitation-resend', (event) => event.preventDefault());
    const sentBefore = backend.outbox.messages.length;
    expect(await el.resend(el.invitations[0] as Invitation)).to.equal(undefined);
    await el.updateComplete;
    expect(notice(el)).to.equal(null);
    expect(backend.outbox.messages.length).to.equal(sentBefore);
  });

  it('shows a failure in words, reports it as tk-error with its action, and resolves undefined', async () => {
    const errors: { action: string; error: unknown }[] = [];
    el.addEventListener('tk-error', (event) => errors.push({ action: event.action, error: event.error }));
    backend.faults.add({ path: /\/resend$/u, status: 500 });
    expect(await el.resend(el.invitations[0] as Invitation)).to.equal(undefined);
    await el.updateComplete;
    expect(notice(el)?.getAttribute('role')).to.equal('alert');
    expect(notice(el)?.textContent).to.include(`Couldn't resend the invitation to ${el.invitations[0]?.email}`);
    expect(notice(el)?.textContent).to.include('Something went wrong. Try again.');
    expect(errors.map((error) => error.action)).to.deep.equal(['invitation-resend']);
    expect(errors[0]?.error).to.be.instanceOf(Error);
    await expect(el).to.be.accessible();
    buttonByText(notice(el) ?? el, 'Dismiss').click();
    await el.updateComplete;
    expect(notice(el)).to.equal(null);
  });

  it('leaves a failure to the caller when it names none, for a form to show: rejects after tk-error, no notice', async () => {
    const errors: string[] = [];
    el.addEventListener('tk-error', (event) => errors.push(event.action));
    backend.faults.add({ path: /\/resend$/u, status: 500 });
    const invitation = el.invitations[0] as Invitation;
    const failed = await el.actions.run({
      call: (signal) => clientFor(backend, 'owner').invitations.resend(ACME, invitation.id, { signal }),
      action: 'invitation-resend',
      success: { announce: 'sent' },
    }).then(() => undefined, (error: unknown) => error);
    expect(failed).to.be.instanceOf(Error);
    expect(errors).to.deep.equal(['invitation-resend']);
    expect(notice(el)).to.equal(null);
    expect(el.actions.busy()).to.equal(false);
  });

  it('runs one action per key at a time', async () => {
    const invitation = el.invitations[0] as Invitation;
    const [first, second] = await Promise.all([el.resend(invitation), el.resend(invitation)]);
    expect(first?.id).to.equal(invitation.id);
    expect(second).to.equal(undefined);
    expect(backend.outbox.messages.filter((message) => message.to === invitation.email)).to.have.length(1);
  });

  it('moves focus to the fallback the host names when the control that started it is gone', async () => {
    const revoke = buttonByText(rowOf(el, pending.email), 'Revoke');
    revoke.focus();
    revoke.click();
    await eventually(() => notice(el), 'no notice');
    await eventually(() => screen(el).activeElement?.localName === 'h2', 'focus did not go to the heading');
    // A control that is still there keeps focus.
    const resend = buttonByText(rowOf(el, expired.email), 'Resend');
    resend.focus();
    resend.click();
    await eventually(() => notice(el)?.textContent?.includes(expired.email), 'no notice for the resend');
    expect(screen(el).activeElement).to.equal(resend);
  });

  it('says nothing when the element leaves the page during the call', async () => {
    const errors: string[] = [];
    el.addEventListener('tk-error', (event) => errors.push(event.action));
    const running = el.actions.run({
      call: (signal) => new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason))),
      action: 'invitation-resend',
      success: { announce: 'done' },
      failure: 'failed',
    });
    el.remove();
    expect(await running).to.equal(undefined);
    expect(errors).to.deep.equal([]);
    expect(el.actions.notice).to.equal(undefined);
  });

  describe('runBulk', () => {
    beforeEach(async () => {
      await clientFor(backend, 'owner').invitations.create(ACME, { emails: ['a@example.test', 'b@example.test', 'c@example.test'], role: 'viewer' });
      await el.load();
    });

    it('acts on every item a few at a time and sums the outcome up', async () => {
      const events: string[] = [];
      el.addEventListener('tk-invitation-revoked', (event) => events.push(event.invitation.email));
      const failing = el.invitations.find((invitation) => invitation.email === 'b@example.test');
      backend.faults.add({ path: `/workspaces/${ACME}/invitations/${failing?.id}/revoke`, status: 500 });
      const errors: string[] = [];
      el.addEventListener('tk-error', (event) => errors.push(event.action));
      await el.revokeAll((invitation) => (invitation.email === pending.email ? 'kept for the demo' : undefined));
      await el.updateComplete;

      const outcome = (email: string) => el.report?.find((entry) => entry.item.email === email);
      expect(el.report).to.have.length(el.invitations.length);
      expect(outcome('a@example.test')?.ok).to.equal(true);
      expect(outcome('b@example.test')?.ok).to.equal(false);
      expect(outcome('b@example.test')?.error).to.be.instanceOf(Error);
      expect(outcome(pending.email)?.skipped).to.equal('kept for the demo');
      expect(el.mostInFlight).to.equal(2);
      expect(errors).to.deep.equal(['invitation-revoke']);
      expect(events.sort()).to.deep.equal(['a@example.test', 'c@example.test', expired.email].sort());

      const total = el.report?.length ?? 0;
      expect(notice(el)?.getAttribute('part')).to.equal('notice warning');
      expect(notice(el)?.textContent).to.include(`3 of ${total} revoked`);
      expect(notice(el)?.textContent).to.include('1 failed: b@example.test (Something went wrong).');
      expect(notice(el)?.textContent).to.include(`1 skipped: ${pending.email} (kept for the demo).`);
      await eventually(() => politeAnnouncer().startsWith(`3 of ${total} revoked`), 'the summary was not announced');
      await expect(el).to.be.accessible();
    });

    it('skips the items a listener cancels', async () => {
      el.addEventListener('tk-before-invitation-revoke', (event) => {
        if (event.invitation.email === 'c@example.test') event.preventDefault();
      });
      await el.revokeAll();
      expect(el.report?.find((entry) => entry.item.email === 'c@example.test')?.skipped).to.equal('Cancelled');
      expect(el.report?.filter((entry) => entry.ok)).to.have.length((el.report?.length ?? 0) - 1);
      expect(notice(el)?.getAttribute('part')).to.equal('notice success');
    });
  });

  describe('bulkNotice', () => {
    const wording = { label: (name: string) => name, summary: (done: string, total: string) => `${done} of ${total} added` };

    it("sums up one call's per-item answers as runBulk does, each failure with its own reason", () => {
      const notice = bulkNotice([
        { item: 'Ana', ok: true },
        { item: 'Bo', ok: false, error: new Error('refused'), reason: 'their rights exceed yours' },
        { item: 'Cy', ok: false, skipped: 'already in the group' },
      ], wording, el.format);
      expect(notice).to.deep.equal({
        tone: 'warning',
        title: '1 of 3 added',
        detail: '1 failed: Bo (their rights exceed yours). 1 skipped: Cy (already in the group).',
      });
    });

    it('is a success when nothing failed, and a failure when nothing was done', () => {
      expect(bulkNotice([{ item: 'Ana', ok: true }], wording, el.format)).to.deep.equal({ tone: 'success', title: '1 of 1 added' });
      expect(bulkNotice([{ item: 'Ana', ok: false, error: new Error('down') }], wording, el.format).tone).to.equal('danger');
    });
  });
});
