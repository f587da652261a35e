import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type {
  Invitation, InvitationAccepted, InvitationLookup, InviteResults, Member, Membership, Page, User, Workspace,
} from '../../src/sdk/schemas/index.js';
import { ACME, GLOBEX, HOUR, LABS, SEED, assertFieldError, assertProblem, invitations, mailedToken, members, setup } from './helpers.js';

const accept = { firstName: 'Nina', lastName: 'Newcomer', password: 'a long enough secret', marketingOptIn: false };
const statuses = (results: InviteResults) => results.results.map((result) => `${result.email}@${result.workspaceId}: ${result.status}`);

describe('inviting', () => {
  test('sends one mail per email with a token, and answers one result per email without it', async () => {
    const { as, backend } = setup();
    const sent = await as('admin').post<InviteResults>(invitations(ACME), {
      emails: ['nina@example.test', 'Omar@Example.test', SEED.users.viewer.email, SEED.invitations.pending.email],
      role: 'member',
      message: 'Join us!',
    });
    assert.deepEqual(statuses(sent.body), [
      `nina@example.test@${ACME}: sent`,
      `omar@example.test@${ACME}: sent`,
      `${SEED.users.viewer.email}@${ACME}: already_member`,
      `${SEED.invitations.pending.email}@${ACME}: already_invited`,
    ]);
    const mail = backend.outbox.latest('nina@example.test', 'invitation');
    assert.match(mail?.token ?? '', /^[0-9a-f]{48}$/);
    assert.ok(!JSON.stringify(sent.body).includes(mail?.token ?? '-'), 'the inviter never sees the token');
    assert.match(mail?.text ?? '', /Join us!/);
    assert.equal(sent.body.results[0]?.invitation?.invitedBy?.email, SEED.users.admin.email);
  });

  test('an invalid email fails the whole request with a field error naming it', async () => {
    const { as, backend } = setup();
    const refused = await as('admin').post(invitations(ACME), { emails: ['ok@example.test', 'nope', 'fine@example.test'], role: 'member' });
    assertFieldError(refused, 422, 'validation_failed', 'emails.1');
    assert.equal(backend.outbox.latest('ok@example.test'), undefined, 'nothing was sent');
  });

  test('needs members:invite; members and viewers cannot invite', async () => {
    const { as } = setup();
    assertProblem(await as('member').post(invitations(ACME), { emails: ['x@example.test'], role: 'viewer' }), 403, 'forbidden');
    assertProblem(await as('viewer').post(invitations(ACME), { emails: ['x@example.test'], role: 'viewer' }), 403, 'forbidden');
    assertProblem(await as('viewer').get(invitations(ACME)), 403, 'forbidden');
    assertProblem(await as('admin').post(invitations(GLOBEX), { emails: ['x@example.test'], role: 'viewer' }), 404, 'not_found');
  });

  test('nobody invites as owner, and an inviter grants only roles within their own permissions', async () => {
    const { as } = setup();
    assertProblem(await as('admin').post(invitations(ACME), { emails: ['x@example.test'], role: 'owner' }), 403, 'forbidden');
    assertProblem(await as('owner').post(invitations(ACME), { emails: ['x@example.test'], role: 'owner' }), 403, 'forbidden');
    assertFieldError(await as('admin').post(invitations(ACME), { emails: ['x@example.test'], role: 'wizard' }), 422, 'validation_failed', 'role');
    const owner = as('owner');
    const recruiter = await owner.post<{ id: string }>(`/workspaces/${ACME}/roles`, { name: 'Recruiter', permissions: ['members:invite'] });
    await owner.patch(`${members(ACME)}/${SEED.members.acme.viewer}`, { role: recruiter.body.id });
    const victor = as('viewer');
    assert.equal((await victor.post(invitations(ACME), { emails: ['x@example.test'], role: 'viewer' })).status, 200);
    assertProblem(await victor.post(invitations(ACME), { emails: ['y@example.test'], role: 'member' }), 403, 'forbidden');
  });

  test('invites to several workspaces at once, with one result per email and workspace', async () => {
    const { as } = setup();
    const sent = await as('owner').post<InviteResults>(invitations(ACME), { emails: ['a@example.test', 'b@example.test'], role: 'viewer', workspaceIds: [LABS] });
    assert.deepEqual(statuses(sent.body), [
      `a@example.test@${ACME}: sent`, `a@example.test@${LABS}: sent`, `b@example.test@${ACME}: sent`, `b@example.test@${LABS}: sent`,
    ]);
  });

  test('a multi-workspace invite needs members:invite in every workspace', async () => {
    const { as, backend } = setup();
    assertProblem(await as('owner').post(invitations(ACME), { emails: ['a@example.test'], role: 'viewer', workspaceIds: [GLOBEX] }), 403, 'forbidden');
    assertProblem(await as('admin').post(invitations(ACME), { emails: ['a@example.test'], role: 'viewer', workspaceIds: [GLOBEX] }), 404, 'not_found');
    assert.equal(backend.outbox.latest('a@example.test'), undefined, 'a refused request sends nothing');
  });

  test('a free workspace has 10 seats: members plus pending invitations', async () => {
    const { as } = setup();
    const emails = Array.from({ length: 9 }, (_, index) => `seat${index}@example.test`);
    const sent = await as('owner').post<InviteResults>(invitations(LABS), { emails, role: 'viewer' });
    const outcomes = sent.body.results.map((result) => result.status);
    assert.deepEqual(outcomes, [...Array<string>(8).fill('sent'), 'seat_limit_reached'], 'Labs has 2 members, so 8 seats are left');
    const labs = await as('owner').get<Workspace>(`/workspaces/${LABS}`);
    assert.equal(labs.body.seatLimit, 10);
  });

  test('the seat limit is configurable, and an expired invitation frees its seat', async () => {
    const { as, clock } = setup({ limits: { freeSeats: 3 } });
    const owner = as('owner');
    const first = await owner.post<InviteResults>(invitations(LABS), { emails: ['a@example.test', 'b@example.test'], role: 'viewer' });
    assert.deepEqual(first.body.results.map((result) => result.status), ['sent', 'seat_limit_reached']);
    clock.advance(48 * HOUR + 1);
    const second = await owner.post<InviteResults>(invitations(LABS), { emails: ['b@example.test'], role: 'viewer' });
    assert.equal(second.body.results[0]?.status, 'sent');
  });
});

describe('the life of an invitation', () => {
  test('expires 48 h after sending, by the clock', async () => {
    const setupResult = setup();
    const { as, anonymous, clock } = setupResult;
    const { backend } = setupResult;
    await as('owner').post<InviteResults>(invitations(ACME), { emails: ['late@example.test'], role: 'member' });
    const token = mailedToken(backend, 'late@example.test');
    clock.advance(48 * HOUR);
    assert.equal((await anonymous.get<InvitationLookup>(`/invitations/${token}`)).body.status, 'pending');
    clock.advance(1);
    assert.equal((await anonymous.get<InvitationLookup>(`/invitations/${token}`)).body.status, 'expired');
    assertProblem(await anonymous.post(`/invitations/${token}/accept`, accept), 410, 'invitation_expired');
    const listed = await as('owner').get<Page<Invitation>>(`${invitations(ACME)}?status=expired`);
    assert.ok(listed.body.items.some((invitation) => invitation.email === 'late@example.test'));
  });

  test('resend renews the token and the expiry and sends a new mail; the old link stops working', async () => {
    const { as, anonymous, backend, clock } = setup();
    const owner = as('owner');
    const sent = await owner.post<InviteResults>(invitations(ACME), { emails: ['again@example.test'], role: 'member' });
    const original = sent.body.results[0]?.invitation;
    assert.ok(original);
    const originalToken = mailedToken(backend, 'again@example.test');
    clock.advance(50 * HOUR);
    const resent = await owner.post<Invitation>(`${invitations(ACME)}/${original.id}/resend`);
    assert.equal(resent.body.status, 'pending');
    const renewedToken = mailedToken(backend, 'again@example.test');
    assert.notEqual(renewedToken, originalToken);
    assert.equal(Date.parse(resent.body.expiresAt), clock.now().getTime() + 48 * HOUR);
    assert.equal(backend.outbox.messages.filter((message) => message.to === 'again@example.test').length, 2);
    assertProblem(await anonymous.get(`/invitations/${originalToken}`), 404, 'not_found');
    assertProblem(await anonymous.post(`/invitations/${originalToken}/accept`, accept), 404, 'not_found');
    assert.equal((await anonymous.post(`/invitations/${renewedToken}/accept`, accept)).status, 201);
  });

  test('revoke stops the link; revoked and accepted invitations cannot be resent or revoked', async () => {
    const { as, anonymous } = setup();
    const owner = as('owner');
    const revoked = await owner.post<Invitation>(`${invitations(ACME)}/${SEED.invitations.pending.id}/revoke`);
    assert.equal(revoked.body.status, 'revoked');
    assertProblem(await anonymous.post(`/invitations/${SEED.invitations.pending.token}/accept`, accept), 410, 'invitation_revoked');
    assertProblem(await owner.post(`${invitations(ACME)}/${SEED.invitations.pending.id}/resend`), 409, 'conflict');
    assertProblem(await owner.post(`${invitations(ACME)}/${SEED.invitations.accepted.id}/revoke`), 409, 'conflict');
    assertProblem(await as('member').post(`${invitations(ACME)}/${SEED.invitations.expired.id}/revoke`), 403, 'forbidden');
    assertProblem(await owner.post(`${invitations(LABS)}/${SEED.invitations.expired.id}/revoke`), 404, 'not_found');
  });

  test('the seed has an invitation in every state, newest first', async () => {
    const { as } = setup();
    const listed = await as('admin').get<Page<Invitation>>(invitations(ACME));
    assert.deepEqual(listed.body.items.map((invitation) => invitation.status), ['pending', 'revoked', 'expired', 'accepted']);
    const pending = await as('admin').get<Page<Invitation>>(`${invitations(ACME)}?status=pending`);
    assert.deepEqual(pending.body.items.map((invitation) => invitation.id), [SEED.invitations.pending.id]);
    assert.equal(pending.body.total, 1);
  });
});

describe('accepting', () => {
  test('the public lookup says what the link is for', async () => {
    const { anonymous } = setup();
    const lookup = await anonymous.get<InvitationLookup>(`/invitations/${SEED.invitations.pending.token}`);
    assert.equal(lookup.body.workspace.name, 'Acme Inc.');
    assert.equal(lookup.body.inviter?.email, SEED.users.owner.email);
    assert.equal(lookup.body.hasAccount, false);
    assert.equal(lookup.body.viewer, 'anonymous');
    assertProblem(await anonymous.get('/invitations/no-such-token'), 404, 'not_found');
  });

  test('a new person gets an account, an active membership and a session', async () => {
    const { anonymous, as, withToken } = setup();
    const accepted = await anonymous.post<InvitationAccepted>(`/invitations/${SEED.invitations.pending.token}/accept`, accept);
    assert.equal(accepted.status, 201);
    assert.equal(accepted.body.workspaceId, ACME);
    assert.ok(accepted.body.token, 'a new account gets its first session');
    const nina = withToken(accepted.body.token);
    const me = await nina.get<User>('/me');
    assert.equal(me.body.name, 'Nina Newcomer');
    assert.equal(me.body.email, SEED.invitations.pending.email);
    // Nobody chose a language or time zone for Nina: her own browser's apply until she does.
    assert.deepEqual([me.body.locale, me.body.timezone], [null, null]);
    const membership = await nina.get<Membership>(`${members(ACME)}/me`);
    assert.equal(membership.body.member.id, accepted.body.memberId);
    assert.equal(membership.body.member.status, 'active');
    assert.equal(membership.body.role, 'member');
    const listed = await as('owner').get<Page<Invitation>>(`${invitations(ACME)}?status=accepted`);
    assert.ok(listed.body.items.some((invitation) => invitation.id === SEED.invitations.pending.id && invitation.acceptedAt));
  });

  test('a new person must choose a password', async () => {
    const { anonymous } = setup();
    const path = `/invitations/${SEED.invitations.pending.token}/accept`;
    assertFieldError(await anonymous.post(path, { ...accept, password: undefined }), 422, 'validation_failed', 'password');
    assertFieldError(await anonymous.post(path, { ...accept, password: 'too short' }), 422, 'validation_failed', 'password');
    assertFieldError(await anonymous.post(path, { ...accept, firstName: '  ' }), 422, 'validation_failed', 'firstName');
    assertFieldError(await anonymous.post(path, { ...accept, lastName: undefined }), 422, 'validation_failed', 'lastName');
  });

  test('someone with an account joins with it once signed in as it, in one step and with no password', async () => {
    const { as, anonymous, backend } = setup();
    await as('owner').post<InviteResults>(invitations(LABS), { emails: [SEED.users.member.email], role: 'admin' });
    const token = mailedToken(backend, SEED.users.member.email);
    const mia = as('member');
    const lookup = await mia.get<InvitationLookup>(`/invitations/${token}`);
    assert.equal(lookup.body.hasAccount, true);
    assert.equal(lookup.body.viewer, 'invitee');
    assert.equal((await anonymous.get<InvitationLookup>(`/invitations/${token}`)).body.viewer, 'anonymous');
    const accepted = await mia.post<InvitationAccepted>(`/invitations/${token}/accept`, { marketingOptIn: true });
    assert.equal(accepted.status, 201);
    assert.equal(accepted.body.userId, SEED.users.member.id);
    assert.equal(accepted.body.token, null, 'the signed-in session goes on; no new one is made');
    assert.equal((await mia.get<User>('/me')).body.name, SEED.users.member.name, 'the existing account keeps its name');
    assert.equal((await mia.get<Membership>(`${members(LABS)}/me`)).body.role, 'admin');
  });

  test('a token works once', async () => {
    const { anonymous } = setup();
    const path = `/invitations/${SEED.invitations.pending.token}/accept`;
    assert.equal((await anonymous.post(path, accept)).status, 201);
    assertProblem(await anonymous.post(path, accept), 409, 'invitation_used');
    assertProblem(await anonymous.post(`/invitations/${SEED.invitations.accepted.token}/accept`, accept), 409, 'invitation_used');
    assertProblem(await anonymous.post(`/invitations/${SEED.invitations.expired.token}/accept`, accept), 410, 'invitation_expired');
    assertProblem(await anonymous.post(`/invitations/${SEED.invitations.revoked.token}/accept`, accept), 410, 'invitation_revoked');
  });

  test('accepting into a workspace with no free seat answers 409 seat_limit_reached', async () => {
    const { as, anonymous, backend } = setup();
    await as('owner').post<InviteResults>(invitations(LABS), { emails: ['one@example.test'], role: 'viewer' });
    backend.limits.freeSeats = 2;
    const token = mailedToken(backend, 'one@example.test');
    assertProblem(await anonymous.post(`/invitations/${token}/accept`, accept), 409, 'seat_limit_reached');
    backend.limits.freeSeats = 3;
    assert.equal((await anonymous.post(`/invitations/${token}/accept`, accept)).status, 201);
    const labs = await as('owner').get<Page<Member>>(members(LABS));
    assert.equal(labs.body.total, 3);
  });
});
