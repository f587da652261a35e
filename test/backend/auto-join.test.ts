/**
 * Auto-join: a verified address at a workspace's verified auto-join domain lets its owner join, as the role the
 * domain gives, while a seat is free. Tried as a user and as an attacker: unverified addresses, look-alike
 * domains, people an admin removed, a full workspace, parallel joins.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { JoinableWorkspace, Membership, Workspace } from '../../src/sdk/schemas/index.js';
import { ACME, SEED, assertProblem, members, setup, type TestBackend } from './helpers.js';

const join = `/workspaces/${ACME}/join`;
const joinable = '/me/joinable-workspaces';

/** Victor (viewer@acme.test) leaves Acme, so that acme.test's auto-join applies to him. */
async function victorLeft(t: TestBackend) {
  assert.equal((await t.as('viewer').post(`/workspaces/${ACME}/leave`)).status, 204);
  return t.as('viewer');
}

describe('auto-join', () => {
  test('someone with a verified address at the domain sees the workspace and joins it as the domain’s role', async () => {
    const t = setup();
    const victor = await victorLeft(t);
    const listed = await victor.get<{ items: JoinableWorkspace[] }>(joinable);
    assert.deepEqual(listed.body.items, [{
      workspace: { id: ACME, name: 'Acme Inc.', logoUrl: null }, domain: 'acme.test', role: 'member', roleName: 'Member',
    }]);
    const joined = await victor.post<Workspace>(join);
    assert.equal(joined.status, 201);
    assert.deepEqual([joined.body.id, joined.body.role], [ACME, 'member']);
    const me = await victor.get<Membership>(`${members(ACME)}/me`);
    assert.deepEqual([me.body.role, me.body.member.status], ['member', 'active']);
    const entry = t.backend.audit.latest('member.joined');
    assert.deepEqual([entry?.actor?.email, entry?.after], [SEED.users.viewer.email, { role: 'member', domain: 'acme.test' }]);
    assert.deepEqual((await victor.get<{ items: unknown[] }>(joinable)).body.items, [], 'a member has nothing left to join');
    assertProblem(await victor.post(join), 409, 'conflict');
  });

  test('an unverified address joins nothing, and is told why when it tries', async () => {
    const t = setup();
    const victor = await victorLeft(t);
    const user = t.backend.store.users.byEmail(SEED.users.viewer.email);
    assert.ok(user);
    t.backend.store.users.update(user, { emailVerified: false });
    assert.deepEqual((await victor.get<{ items: unknown[] }>(joinable)).body.items, []);
    const refused = assertProblem(await victor.post(join), 403, 'forbidden');
    assert.match(refused.detail ?? '', /verify your email/i);
    assert.equal(t.backend.store.members.find(ACME, user.id), undefined);
  });

  test('the role follows the domain: never more than it gives, and the change shows at once', async () => {
    const t = setup();
    const victor = await victorLeft(t);
    await t.as('owner').patch(`/workspaces/${ACME}/domains/${SEED.domains.verified.id}`, { autoJoinRole: 'viewer' });
    assert.equal((await victor.get<{ items: JoinableWorkspace[] }>(joinable)).body.items[0]?.role, 'viewer');
    assert.equal((await victor.post<Workspace>(join)).body.role, 'viewer');
  });

  test('auto-join off, or the domain only pending, lets nobody in; nor does a look-alike domain', async () => {
    const t = setup();
    const victor = await victorLeft(t);
    await t.as('owner').patch(`/workspaces/${ACME}/domains/${SEED.domains.verified.id}`, { purposes: ['sso'] });
    assert.deepEqual((await victor.get<{ items: unknown[] }>(joinable)).body.items, []);
    assertProblem(await victor.post(join), 404, 'not_found');

    // Gus's address is at globex.test; a pending claim of it by Acme, or Acme's acme.test, lets him into nothing.
    await t.as('owner').post(`/workspaces/${ACME}/domains`, { hostname: 'globex.test' });
    const gus = t.as('globexOwner');
    assert.deepEqual((await gus.get<{ items: unknown[] }>(joinable)).body.items, []);
    assertProblem(await gus.post(join), 404, 'not_found');
  });

  test('someone an admin removed cannot come back by auto-join; someone who left can', async () => {
    const t = setup();
    await t.as('owner').delete(`${members(ACME)}/${SEED.members.acme.billing}`);
    const ana = t.as('billing');
    assert.deepEqual((await ana.get<{ items: unknown[] }>(joinable)).body.items, []);
    const refused = assertProblem(await ana.post(join), 403, 'forbidden');
    assert.match(refused.detail ?? '', /invitation/);
    const victor = await victorLeft(t);
    assert.equal((await victor.post(join)).status, 201);
  });

  test('a full workspace takes nobody: pending invitations hold their seats', async () => {
    const t = setup();
    const victor = await victorLeft(t);
    const acme = await t.as('owner').get<Workspace>(`/workspaces/${ACME}`);
    const invited = await t.as('owner').get<{ total: number }>(`/workspaces/${ACME}/invitations?status=pending`);
    assert.ok(invited.body.total > 0);
    t.backend.limits.proSeats = acme.body.memberCount + invited.body.total;
    assertProblem(await victor.post(join), 409, 'seat_limit_reached');
    t.backend.limits.proSeats += 1;
    assert.equal((await victor.post(join)).status, 201);
  });
});

describe('attack: auto-join under parallel requests', () => {
  test('one person joining five times at once gets one membership', async () => {
    const t = setup();
    const victor = await victorLeft(t);
    const answers = await Promise.all(Array.from({ length: 5 }, () => victor.post(join)));
    assert.deepEqual(answers.map((answer) => answer.status).sort(), [201, 409, 409, 409, 409]);
    const user = t.backend.store.users.byEmail(SEED.users.viewer.email);
    assert.equal(t.backend.store.members.ofUser(user?.id ?? '').filter((member) => member.workspaceId === ACME).length, 1);
  });

  test('people joining at once never exceed the seats', async () => {
    const t = setup();
    const leavers = ['viewer', 'member', 'billing'] as const;
    for (const who of leavers) await t.as(who).post(`/workspaces/${ACME}/leave`);
    const acme = await t.as('owner').get<Workspace>(`/workspaces/${ACME}`);
    const invited = await t.as('owner').get<{ total: number }>(`/workspaces/${ACME}/invitations?status=pending`);
    t.backend.limits.proSeats = acme.body.memberCount + invited.body.total + 1;
    const answers = await Promise.all(leavers.map((who) => t.as(who).post(join)));
    assert.deepEqual(answers.map((answer) => answer.status).sort(), [201, 409, 409]);
    assert.equal(t.backend.store.members.countOf(ACME), acme.body.memberCount + 1);
  });

  test('a join racing the domain’s removal and an auto-join role change never lands above the domain’s role', async () => {
    const t = setup();
    const victor = await victorLeft(t);
    const owner = t.as('owner');
    const path = `/workspaces/${ACME}/domains/${SEED.domains.verified.id}`;
    const [joined] = await Promise.all([victor.post<Workspace>(join), owner.patch(path, { autoJoinRole: 'viewer' }), owner.delete(path)]);
    const member = t.backend.store.members.find(ACME, SEED.users.viewer.id);
    if (joined.status === 201) assert.ok(member && ['member', 'viewer'].includes(member.roleId));
    else assert.equal(member, undefined);
  });
});
