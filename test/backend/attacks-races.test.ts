/**
 * Check-then-act races: parallel requests and bodies that are still streaming while the world changes.
 * The rule they test is in `src/backend/serial.ts`.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Invitation, Membership, Page, Workspace } from '../../src/sdk/schemas/index.js';
import { ACME, SEED, assertProblem, invitations, mailedToken, members, setup, streamedRequest } from './helpers.js';

const accept = { firstName: 'Nina', lastName: 'Newcomer', password: 'a long enough secret', marketingOptIn: false };

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('attack: check-then-act races', () => {
  test('five parallel ownership transfers leave exactly one owner', async () => {
    const { as, backend } = setup();
    const olivia = as('owner');
    const heirs = [SEED.members.acme.admin, SEED.members.acme.member, SEED.members.acme.viewer, SEED.members.acme.billing, SEED.members.acme.admin];
    const answers = await Promise.all(heirs.map((memberId) => olivia.post(`/workspaces/${ACME}/transfer-ownership`, { memberId })));
    assert.equal(answers.filter((answer) => answer.status === 200).length, 1, 'only the first transfer succeeds');
    for (const answer of answers.filter((each) => each.status !== 200)) assertProblem(answer, 403, 'forbidden');
    const owners = [...backend.store.members.ofWorkspace(ACME)].filter((member) => member.roleId === 'owner');
    assert.equal(owners.length, 1);
  });

  test('a body still streaming when its sender is removed and signed out changes nothing', async () => {
    const { as, backend } = setup();
    const token = backend.signIn(SEED.users.admin.email);
    const rename = streamedRequest('PATCH', `/workspaces/${ACME}`, { authorization: `Bearer ${token}` }, { name: 'Hijacked Inc.' });
    const pending = backend.fetch(rename.request);
    await tick();
    // Meanwhile the owner removes Adam, and Adam's sessions are ended.
    assert.equal((await as('owner').delete(`${members(ACME)}/${SEED.members.acme.admin}`)).status, 204);
    for (const session of backend.store.sessions.ofUser(SEED.users.admin.id)) backend.store.sessions.delete(session);
    rename.finish();
    const answer = await pending;
    assert.equal(answer.status, 401);
    const acme = await as('owner').get<Workspace>(`/workspaces/${ACME}`);
    assert.equal(acme.body.name, 'Acme Inc.');
  });

  test('a removed member whose body arrives late cannot write, even with a live session', async () => {
    const { as, backend } = setup();
    const token = backend.signIn(SEED.users.admin.email);
    const invite = streamedRequest('POST', invitations(ACME), { authorization: `Bearer ${token}` }, { emails: ['late@example.test'], role: 'admin' });
    const pending = backend.fetch(invite.request);
    await tick();
    await as('owner').delete(`${members(ACME)}/${SEED.members.acme.admin}`);
    invite.finish();
    assert.equal((await pending).status, 404);
    assert.equal(backend.outbox.latest('late@example.test'), undefined, 'nothing was sent');
  });

  test('one token accepted five times in parallel: one account, one membership, four refusals', async () => {
    const { anonymous, backend } = setup();
    const path = `/invitations/${SEED.invitations.pending.token}/accept`;
    const answers = await Promise.all(Array.from({ length: 5 }, () => anonymous.post(path, accept)));
    assert.deepEqual(answers.map((answer) => answer.status).sort(), [201, 409, 409, 409, 409]);
    for (const answer of answers.filter((each) => each.status === 409)) assertProblem(answer, 409, 'invitation_used');
    const user = backend.store.users.byEmail(SEED.invitations.pending.email);
    assert.ok(user);
    assert.equal(backend.store.members.ofUser(user.id).length, 1);
    assert.equal(backend.store.sessions.ofUser(user.id).length, 1);
  });

  test('revoke and accept in parallel: a revoked invitation is never accepted', async () => {
    for (const order of ['revoke first', 'accept first'] as const) {
      const { as, anonymous, backend } = setup();
      const owner = as('owner');
      await owner.post(invitations(ACME), { emails: ['race@example.test'], role: 'member' });
      const token = mailedToken(backend, 'race@example.test');
      const invitation = backend.store.invitations.byToken(token);
      assert.ok(invitation);
      const revoke = () => owner.post<Invitation>(`${invitations(ACME)}/${invitation.id}/revoke`);
      const acceptIt = () => anonymous.post(`/invitations/${token}/accept`, accept);
      const [first, second] = order === 'revoke first' ? await Promise.all([revoke(), acceptIt()]) : await Promise.all([acceptIt(), revoke()]);
      const stored = backend.store.invitations.get(invitation.id);
      const joined = backend.store.users.byEmail('race@example.test');
      if (stored?.status === 'revoked') {
        assert.equal(joined, undefined, `${order}: revoked, so nobody joined`);
      } else {
        assert.equal(stored?.status, 'accepted', order);
        assert.ok(joined, order);
      }
      assert.equal([first.status, second.status].filter((status) => status < 300).length, 1, `${order}: exactly one of the two succeeded`);
    }
  });

  test('parallel role changes and a removal: the removed member ends with no membership', async () => {
    const { as, backend } = setup();
    const adam = as('admin');
    const olivia = as('owner');
    const path = `${members(ACME)}/${SEED.members.acme.member}`;
    await Promise.all([adam.patch(path, { role: 'viewer' }), olivia.delete(path), adam.patch(path, { role: 'admin' })]);
    assert.equal(backend.store.members.get(SEED.members.acme.member), undefined);
    const mia = as('member');
    assertProblem(await mia.get<Membership>(`${members(ACME)}/me`), 404, 'not_found');
  });

  test('parallel workspace creation cannot pass the per-account limit', async () => {
    const { as } = setup({ limits: { workspacesPerAccount: 3 } });
    const owner = as('owner');
    const before = (await owner.get<Page<Workspace>>('/workspaces')).body.items.filter((workspace) => workspace.role === 'owner').length;
    const answers = await Promise.all(Array.from({ length: 8 }, (_, index) => owner.post('/workspaces', { name: `Parallel ${index}` })));
    const after = (await owner.get<Page<Workspace>>('/workspaces')).body.items.filter((workspace) => workspace.role === 'owner').length;
    assert.equal(after, 3);
    assert.equal(answers.filter((answer) => answer.status === 201).length, 3 - before);
  });
});

describe('a request refused in part changes nothing', () => {
  test('a role change with an unknown group is refused whole: the role stays', async () => {
    const { as, backend } = setup();
    const answer = await as('owner').patch(`${members(ACME)}/${SEED.members.acme.member}`, { role: 'admin', groupIds: ['grp_nope'] });
    assert.equal(answer.status, 422);
    assert.equal(backend.store.members.get(SEED.members.acme.member)?.roleId, 'member');
    assert.equal(backend.audit.entries.filter((entry) => entry.action === 'member.role_changed').length, 0);
  });
});
