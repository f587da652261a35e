/**
 * Attacks on the invitation flow: an invitation is a credential of the invited address alone. Each test is
 * the attack it prevents.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Invitation, InvitationAccepted, InviteResults, Page, User, Workspace } from '../../src/sdk/schemas/index.js';
import { ACME, SEED, assertProblem, invitations, mailedToken, members, setup } from './helpers.js';

const newAccount = { firstName: 'Eve', lastName: 'Attacker', password: 'a long enough secret', marketingOptIn: false };

describe('attack: taking over an account through an invitation', () => {
  test('a viewer invites the owner to their own workspace and accepts: no session, no access', async () => {
    const { as, anonymous, backend } = setup();
    // The viewer of Acme makes a workspace of their own, where they may invite anyone.
    const eve = as('viewer');
    const own = await eve.post<Workspace>('/workspaces', { name: 'Eve Corp' });
    assert.equal(own.status, 201);
    const sent = await eve.post<InviteResults>(invitations(own.body.id), { emails: [SEED.users.owner.email], role: 'admin' });
    assert.equal(sent.body.results[0]?.status, 'sent');
    // The token is nowhere in what the inviter can read: the create answer, the list, a resend.
    const listed = await eve.get<Page<Invitation>>(invitations(own.body.id));
    const token = mailedToken(backend, SEED.users.owner.email);
    for (const answer of [sent.body, listed.body]) assert.ok(!JSON.stringify(answer).includes(token));
    // Even holding the token (say the mail leaked), accepting for an existing account needs that account.
    assertProblem(await anonymous.post(`/invitations/${token}/accept`, newAccount), 401, 'sign_in_required');
    assertProblem(await eve.post(`/invitations/${token}/accept`, newAccount), 403, 'wrong_account');
    assert.equal(backend.store.sessions.ofUser(SEED.users.owner.id).length, 2, 'no session was opened for the owner');
    assert.equal(backend.store.members.find(own.body.id, SEED.users.owner.id), undefined);
  });

  test('the owner, signed in, accepts in one step; the invitation then stops working', async () => {
    const { as, backend } = setup();
    await as('viewer').post<Workspace>('/workspaces', { name: 'Eve Corp' });
    const workspaceId = backend.store.members.ofUser(SEED.users.viewer.id).find((member) => member.roleId === 'owner')?.workspaceId ?? '';
    await as('viewer').post(invitations(workspaceId), { emails: [SEED.users.owner.email], role: 'admin' });
    const token = mailedToken(backend, SEED.users.owner.email);
    const olivia = as('owner');
    const accepted = await olivia.post<InvitationAccepted>(`/invitations/${token}/accept`, { marketingOptIn: false });
    assert.equal(accepted.status, 201);
    assert.equal(accepted.body.token, null);
    assertProblem(await olivia.post(`/invitations/${token}/accept`, { marketingOptIn: false }), 409, 'invitation_used');
  });

  test('an inviter cannot create a verified account for an address they do not own', async () => {
    const { as, backend } = setup();
    const adam = as('admin');
    const sent = await adam.post<InviteResults>(invitations(ACME), { emails: ['victim@example.test'], role: 'member' });
    const invitation = sent.body.results[0]?.invitation;
    assert.ok(invitation);
    // The inviter would need the token; they see the invitation, never its token.
    assert.equal('token' in invitation, false);
    const resent = await (async () => {
      backend.clock.advance(backend.limits.invitationResendIntervalMs);
      return adam.post<Invitation>(`${invitations(ACME)}/${invitation.id}/resend`);
    })();
    assert.equal('token' in resent.body, false);
  });

  test('a new account made from a mailed token is verified; signed in as someone else it is refused', async () => {
    const { as, anonymous, backend, withToken } = setup();
    await as('admin').post(invitations(ACME), { emails: ['fresh@example.test'], role: 'member' });
    const token = mailedToken(backend, 'fresh@example.test');
    assertProblem(await as('viewer').post(`/invitations/${token}/accept`, newAccount), 403, 'wrong_account');
    assert.equal(backend.store.users.byEmail('fresh@example.test'), undefined, 'nothing was created while refusing');
    const accepted = await anonymous.post<InvitationAccepted>(`/invitations/${token}/accept`, newAccount);
    assert.ok(accepted.body.token);
    const me = await withToken(accepted.body.token).get<User>('/me');
    assert.equal(me.body.emailVerified, true, 'the token only ever travelled to that mailbox');
  });

  test('a refused accept (no seat) creates no account', async () => {
    const { as, anonymous, backend } = setup();
    await as('admin').post(invitations(ACME), { emails: ['late@example.test'], role: 'member' });
    const token = mailedToken(backend, 'late@example.test');
    backend.limits.freeSeats = 0;
    backend.limits.proSeats = 0;
    assertProblem(await anonymous.post(`/invitations/${token}/accept`, newAccount), 409, 'seat_limit_reached');
    assert.equal(backend.store.users.byEmail('late@example.test'), undefined);
    const listed = await as('owner').get<Page<{ email: string }>>(`${members(ACME)}?query=late`);
    assert.equal(listed.body.total, 0);
  });
});
