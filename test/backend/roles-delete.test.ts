/**
 * Deleting a role still in use: its holders, pending invitations and auto-join domains move to another role in
 * the same step, one the deleter may give; whatever runs at the same time, nothing is left pointing at it.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Domain, Invitation, Member, Page, Role, RoleDeletion, RoleUsage } from '../../src/sdk/schemas/index.js';
import { ACME, SEED, assertFieldError, assertProblem, invitations, members, setup, type TestBackend } from './helpers.js';

const roles = `/workspaces/${ACME}/roles`;
const billingManager = `${roles}/${SEED.roles.billingManager}`;

/** Makes the billing manager role also the role of a pending invitation and of acme.test's auto-join. */
async function useEverywhere({ as }: TestBackend): Promise<void> {
  const owner = as('owner');
  await owner.post(invitations(ACME), { emails: ['bookkeeper@example.test'], role: SEED.roles.billingManager });
  await owner.patch(`/workspaces/${ACME}/domains/${SEED.domains.verified.id}`, { autoJoinRole: SEED.roles.billingManager });
}

describe('deleting a role in use', () => {
  test('is refused without reassignTo, saying what uses it; nothing changes', async () => {
    const t = setup();
    await useEverywhere(t);
    const problem = assertProblem(await t.as('owner').delete(billingManager), 409, 'conflict');
    assert.match(problem.detail ?? '', /1 member\(s\), 1 pending invitation\(s\), 1 auto-join domain\(s\)/);
    assert.equal((await t.as('owner').get<Role>(billingManager)).body.memberCount, 1);
  });

  test('moves holders, pending invitations and auto-join domains in one step, and says how many', async () => {
    const t = setup();
    await useEverywhere(t);
    const owner = t.as('owner');
    const read = await owner.get(billingManager);
    const answer = await owner.delete<RoleDeletion>(`${billingManager}?reassignTo=member`, undefined, { headers: { 'if-match': read.headers.get('etag') ?? '' } });
    assert.equal(answer.status, 200);
    assert.deepEqual(answer.body, { reassignedTo: 'member', members: 1, invitations: 1, domains: 1 });
    assertProblem(await owner.get(billingManager), 404, 'not_found');
    assert.equal((await owner.get<Member>(`${members(ACME)}/${SEED.members.acme.billing}`)).body.role, 'member');
    const pending = await owner.get<Page<Invitation>>(`${invitations(ACME)}?status=pending`);
    assert.equal(pending.body.items.find((invitation) => invitation.email === 'bookkeeper@example.test')?.role, 'member');
    assert.equal((await owner.get<Domain>(`/workspaces/${ACME}/domains/${SEED.domains.verified.id}`)).body.autoJoinRole, 'member');
    const entry = t.backend.audit.latest('role.deleted');
    assert.deepEqual(entry?.after, { reassignedTo: 'member', members: 1, invitations: 1, domains: 1 });
  });

  test('its usage says beforehand what deleting it moves, as deleting it then does; only to those who manage roles', async () => {
    const t = setup();
    await useEverywhere(t);
    const owner = t.as('owner');
    const usage = await owner.get<RoleUsage>(`${billingManager}/usage`);
    assert.deepEqual(usage.body, { members: 1, invitations: 1, domains: 1 });
    assertProblem(await t.as('member').get(`${billingManager}/usage`), 403, 'forbidden');
    assertProblem(await t.as('viewer').get(`${billingManager}/usage`), 403, 'forbidden');
    assertProblem(await owner.get(`${roles}/admin/usage`), 403, 'forbidden');
    assertProblem(await owner.get(`${roles}/role_none/usage`), 404, 'not_found');
    const moved = await owner.delete<RoleDeletion>(`${billingManager}?reassignTo=member`);
    assert.deepEqual(moved.body, { reassignedTo: 'member', ...usage.body });
  });

  test('reassignTo must be a role the deleter may give, other than the one deleted', async () => {
    const t = setup();
    const owner = t.as('owner');
    const lead = await owner.post<Role>(roles, { name: 'Money lead', permissions: ['roles:manage', 'billing:view', 'billing:manage'] });
    await owner.patch(`${members(ACME)}/${SEED.members.acme.member}`, { role: lead.body.id });
    const mia = t.as('member');
    assertProblem(await mia.delete(`${billingManager}?reassignTo=admin`), 403, 'forbidden');
    assertProblem(await mia.delete(`${billingManager}?reassignTo=owner`), 403, 'forbidden');
    assertFieldError(await mia.delete(`${billingManager}?reassignTo=${SEED.roles.billingManager}`), 422, 'validation_failed', 'reassignTo');
    assertFieldError(await mia.delete(`${billingManager}?reassignTo=wizard`), 422, 'validation_failed', 'reassignTo');
    assertProblem(await owner.delete(`${billingManager}?reassignTo=member`, undefined, { headers: { 'if-match': '"0"' } }), 412, 'precondition_failed');
    assert.equal((await owner.get<Member>(`${members(ACME)}/${SEED.members.acme.billing}`)).body.role, SEED.roles.billingManager, 'nothing moved');
    const moved = await mia.delete<RoleDeletion>(`${billingManager}?reassignTo=viewer`);
    assert.deepEqual(moved.body, { reassignedTo: 'viewer', members: 1, invitations: 0, domains: 0 });
  });

  test("another workspace's custom role is not a role of this one", async () => {
    const t = setup();
    const globex = t.backend.store.workspaces.get(SEED.workspaces.globex) ?? assert.fail('no Globex');
    t.backend.store.workspaces.update(globex, { plan: 'pro' });
    const theirs = await t.as('globexOwner').post<Role>(`/workspaces/${globex.id}/roles`, { name: 'Theirs', permissions: [] });
    assert.equal(theirs.status, 201);
    assertFieldError(await t.as('owner').delete(`${billingManager}?reassignTo=${theirs.body.id}`), 422, 'validation_failed', 'reassignTo');
    assert.equal((await t.as('owner').get<Member>(`${members(ACME)}/${SEED.members.acme.billing}`)).body.role, SEED.roles.billingManager);
  });
});

describe('attack: deleting a role while others hand it out', () => {
  test('nothing ends up holding a deleted role, whatever the order', async () => {
    for (let round = 0; round < 4; round++) {
      const t = setup();
      const owner = t.as('owner');
      const admin = t.as('admin');
      const requests = [
        () => owner.delete(`${billingManager}?reassignTo=viewer`),
        () => admin.patch(`${members(ACME)}/${SEED.members.acme.member}`, { role: SEED.roles.billingManager }),
        () => admin.post(invitations(ACME), { emails: ['late@example.test'], role: SEED.roles.billingManager }),
        () => owner.patch(`/workspaces/${ACME}/domains/${SEED.domains.verified.id}`, { autoJoinRole: SEED.roles.billingManager }),
      ];
      await Promise.all(requests.map((_, index) => requests[(index + round) % requests.length]?.()));
      const { store } = t.backend;
      assert.equal(store.roles.get(SEED.roles.billingManager), undefined, `round ${round}: deleted`);
      assert.deepEqual([...store.members.ofWorkspace(ACME)].filter((member) => member.roleId === SEED.roles.billingManager), []);
      assert.deepEqual(store.invitations.ofWorkspace(ACME).filter((invitation) => invitation.roleId === SEED.roles.billingManager), []);
      assert.deepEqual(store.domains.ofWorkspace(ACME).filter((domain) => domain.autoJoinRoleId === SEED.roles.billingManager), []);
    }
  });
});
