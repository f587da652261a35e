/** `client.invitations` end to end: bulk invites, seats, expiry, resend, revoke and the public accept flow. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AuthError, ConflictError, NotFoundError, PermissionError, ValidationError } from '../../src/sdk/index.js';
import { ACME, HOUR, LABS, SEED, failure, latestMessage, setup, useApiServer, type TestApi } from './helpers.js';

useApiServer();

const NEW_PERSON = { firstName: 'Nia', lastName: 'Newcomer', password: 'a long enough passphrase', marketingOptIn: false };

/** Invites one email to Acme as the test's client and returns the token mailed to it. */
async function inviteToAcme({ client, backend }: TestApi, email = 'nia@example.org', role = 'member') {
  const { results } = await client.invitations.create(ACME, { emails: [email], role });
  assert.equal(results[0]?.status, 'sent');
  return { invitation: results[0]?.invitation, token: latestMessage(backend, email, 'invitation').token ?? '' };
}

describe('inviting', () => {
  test('each email gets its own result, a mail with a token, and a pending invitation', async () => {
    const { client, backend } = setup('admin');
    const { results } = await client.invitations.create(ACME, {
      emails: ['a@example.org', SEED.users.member.email, SEED.invitations.pending.email], role: 'viewer', message: 'Join us!',
    });
    assert.deepEqual(results.map((r) => [r.email, r.status]), [
      ['a@example.org', 'sent'], [SEED.users.member.email, 'already_member'], [SEED.invitations.pending.email, 'already_invited'],
    ]);
    const mail = latestMessage(backend, 'a@example.org', 'invitation');
    assert.ok(mail.token && !JSON.stringify(results).includes(mail.token), 'the token travels only in the mail');
    const pending = await client.invitations.list(ACME, { status: 'pending' });
    const created = pending.items.find((i) => i.email === 'a@example.org');
    assert.deepEqual([created?.role, created?.message, created?.invitedBy?.email], ['viewer', 'Join us!', SEED.users.admin.email]);
  });

  test('one request invites to several workspaces at once', async () => {
    const { client } = setup('owner');
    const { results } = await client.invitations.create(ACME, { emails: ['multi@example.org'], role: 'member', workspaceIds: [LABS] });
    assert.deepEqual(results.map((r) => [r.workspaceId, r.status]), [[ACME, 'sent'], [LABS, 'sent']]);
    assert.equal((await client.invitations.list(LABS)).items[0]?.email, 'multi@example.org');
  });

  test('a malformed email never leaves the client', async () => {
    const { client, requests, backend } = setup('admin');
    const error = await failure(client.invitations.create(ACME, { emails: ['good@example.org', 'not an email'], role: 'member' }));
    assert.ok(error instanceof ValidationError);
    assert.equal(error.source, 'client');
    assert.equal(error.fieldErrors[0]?.field, 'emails.1');
    assert.equal(requests.length, 0, 'no request reached the backend');
    assert.equal(backend.outbox.latest('good@example.org'), undefined);
  });

  test('a viewer may not invite', async () => {
    const { client } = setup('viewer');
    const error = await failure(client.invitations.create(ACME, { emails: ['x@example.org'], role: 'member' }));
    assert.ok(error instanceof PermissionError && error.code === 'forbidden');
  });

  test('past the seat limit an email is refused with seat_limit_reached', async () => {
    const { client } = setup('owner', { backend: { limits: { freeSeats: 3 } } });
    const { results } = await client.invitations.create(LABS, { emails: ['one@example.org', 'two@example.org'], role: 'member' });
    assert.deepEqual(results.map((r) => r.status), ['sent', 'seat_limit_reached']);
  });

  test('accepting when no seat is left (the limit was lowered) is a ConflictError seat_limit_reached', async () => {
    const api = setup('owner');
    const { token } = await inviteToAcme(api);
    api.backend.limits.proSeats = 25;
    const error = await failure(api.anonymous().invitations.accept(token, NEW_PERSON));
    assert.ok(error instanceof ConflictError);
    assert.equal(error.code, 'seat_limit_reached');
  });

  test('list filters by status and pages newest first', async () => {
    const { client } = setup('admin');
    const revoked = await client.invitations.list(ACME, { status: 'revoked' });
    assert.deepEqual(revoked.items.map((i) => i.id), [SEED.invitations.revoked.id]);
    const expired = await client.invitations.list(ACME, { status: 'expired' });
    assert.deepEqual(expired.items.map((i) => i.id), [SEED.invitations.expired.id]);
    const ids = [];
    for await (const invitation of client.invitations.iterate(ACME, { limit: 1 })) ids.push(invitation.id);
    assert.equal(ids.length, 4);
    assert.equal(ids[0], SEED.invitations.pending.id);
  });
});

describe('expiry, resend and revoke', () => {
  test('an invitation expires 48 hours after it was sent', async () => {
    const api = setup('admin');
    const { token } = await inviteToAcme(api);
    api.clock.advance(47 * HOUR);
    assert.equal((await api.anonymous().invitations.lookup(token)).status, 'pending');
    api.clock.advance(HOUR + 1);
    assert.equal((await api.anonymous().invitations.lookup(token)).status, 'expired');
    const error = await failure(api.anonymous().invitations.accept(token, NEW_PERSON));
    assert.ok(error instanceof ConflictError);
    assert.equal(error.status, 410);
    assert.equal(error.code, 'invitation_expired');
  });

  test('resend renews token and expiry; the old link stops working', async () => {
    const api = setup('admin');
    const { invitation, token: oldToken } = await inviteToAcme(api);
    assert.ok(invitation);
    api.clock.advance(50 * HOUR);
    const resent = await api.client.invitations.resend(ACME, invitation.id);
    assert.equal(resent.status, 'pending');
    const newToken = latestMessage(api.backend, 'nia@example.org', 'invitation').token ?? '';
    assert.notEqual(newToken, oldToken);
    assert.ok(Date.parse(resent.expiresAt) > Date.parse(invitation.expiresAt));
    assert.equal(Date.parse(resent.expiresAt) - api.clock.now().getTime(), 48 * HOUR);
    await assert.rejects(api.anonymous().invitations.lookup(oldToken), NotFoundError);
    await assert.rejects(api.anonymous().invitations.accept(oldToken, NEW_PERSON), NotFoundError);
    assert.equal((await api.anonymous().invitations.accept(newToken, NEW_PERSON)).workspaceId, ACME);
  });

  test('a revoked invitation cannot be accepted or resent', async () => {
    const api = setup('admin');
    const { invitation, token } = await inviteToAcme(api);
    assert.ok(invitation);
    const revoked = await api.client.invitations.revoke(ACME, invitation.id);
    assert.equal(revoked.status, 'revoked');
    assert.ok(revoked.revokedAt);
    const accept = await failure(api.anonymous().invitations.accept(token, NEW_PERSON));
    assert.ok(accept instanceof ConflictError && accept.code === 'invitation_revoked');
    await assert.rejects(api.client.invitations.resend(ACME, invitation.id), ConflictError);
  });

  test('a member may not resend or revoke', async () => {
    const { client } = setup('member');
    await assert.rejects(client.invitations.revoke(ACME, SEED.invitations.pending.id), PermissionError);
    await assert.rejects(client.invitations.resend(ACME, SEED.invitations.pending.id), PermissionError);
  });
});

describe('the public accept flow', () => {
  test('lookup shows what the link is for, without signing in', async () => {
    const { anonymous } = setup('owner');
    const lookup = await anonymous().invitations.lookup(SEED.invitations.pending.token);
    assert.equal(lookup.email, SEED.invitations.pending.email);
    assert.equal(lookup.workspace.name, 'Acme Inc.');
    assert.equal(lookup.inviter?.email, SEED.users.owner.email);
    assert.equal(lookup.hasAccount, false);
    assert.equal(lookup.status, 'pending');
  });

  test('a new person accepts with a password, gets an account, a session and the membership', async () => {
    const api = setup('admin');
    const { token } = await inviteToAcme(api, 'nia@example.org', 'viewer');
    const accepted = await api.anonymous().invitations.accept(token, NEW_PERSON);
    assert.ok(accepted.token, 'a new account gets its first session');
    const nia = api.withToken(accepted.token);
    const me = await nia.account.get();
    assert.deepEqual([me.name, me.email], ['Nia Newcomer', 'nia@example.org']);
    const membership = await nia.members.me(ACME);
    assert.deepEqual([membership.member.id, membership.role], [accepted.memberId, 'viewer']);
    assert.equal((await api.client.invitations.list(ACME, { status: 'accepted' })).items.some((i) => i.email === 'nia@example.org'), true);
  });

  test('a new person without a password is asked for one', async () => {
    const api = setup('admin');
    const { token } = await inviteToAcme(api);
    const { password: _password, ...withoutPassword } = NEW_PERSON;
    const error = await failure(api.anonymous().invitations.accept(token, withoutPassword));
    assert.ok(error instanceof ValidationError && error.fieldErrors[0]?.field === 'password');
  });

  test('someone who already has an account joins signed in as it, without a password', async () => {
    const api = setup('owner');
    const { token } = await inviteToAcme(api, SEED.users.globexOwner.email);
    assert.equal((await api.anonymous().invitations.lookup(token)).hasAccount, true);
    const signedOut = await failure(api.anonymous().invitations.accept(token, { marketingOptIn: false }));
    assert.ok(signedOut instanceof AuthError && signedOut.code === 'sign_in_required');
    const gus = api.as('globexOwner');
    assert.equal((await gus.invitations.lookup(token)).viewer, 'invitee');
    const accepted = await gus.invitations.accept(token, { marketingOptIn: false });
    assert.equal(accepted.userId, SEED.users.globexOwner.id);
    assert.equal(accepted.token, null);
    assert.equal((await gus.workspaces.get(ACME)).role, 'member');
    assert.equal((await gus.account.get()).name, SEED.users.globexOwner.name, 'an existing account keeps its name');
  });

  test('a token works once', async () => {
    const api = setup('admin');
    const { token } = await inviteToAcme(api);
    await api.anonymous().invitations.accept(token, NEW_PERSON);
    const error = await failure(api.anonymous().invitations.accept(token, NEW_PERSON));
    assert.ok(error instanceof ConflictError);
    assert.equal(error.code, 'invitation_used');
  });

  test('an unknown token is NotFound', async () => {
    const { anonymous } = setup('owner');
    await assert.rejects(anonymous().invitations.lookup('no-such-token'), NotFoundError);
  });
});
