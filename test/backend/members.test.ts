import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Member, Membership, Page, Role } from '../../src/sdk/schemas/index.js';
import { ACME, GLOBEX, LABS, SEED, assertFieldError, assertProblem, invitations, members, setup } from './helpers.js';

const acme = SEED.members.acme;
const member = (id: string) => `${members(ACME)}/${id}`;

describe('membership', () => {
  test('members/me gives the role and the effective permissions of each built-in role', async () => {
    const { as } = setup();
    const permissionsOf = async (who: 'owner' | 'admin' | 'member' | 'viewer' | 'billing') =>
      (await as(who).get<Membership>(`${members(ACME)}/me`)).body;
    const owner = await permissionsOf('owner');
    assert.equal(owner.isOwner, true);
    assert.ok(owner.permissions.includes('members:manage') && owner.permissions.includes('audit:view'));
    assert.deepEqual((await permissionsOf('admin')).permissions, owner.permissions);
    assert.deepEqual((await permissionsOf('member')).permissions, ['billing:view']);
    assert.deepEqual((await permissionsOf('viewer')).permissions, []);
    const billing = await permissionsOf('billing');
    assert.equal(billing.role, SEED.roles.billingManager);
    assert.deepEqual(billing.permissions, ['billing:view', 'billing:manage']);
  });

  test('reads one member; a member of another workspace is not found here', async () => {
    const { as } = setup();
    const viewer = as('viewer');
    const read = await viewer.get<Member>(member(acme.admin));
    assert.equal(read.body.email, SEED.users.admin.email);
    assertProblem(await viewer.get(member(SEED.members.globex.owner)), 404, 'not_found');
  });

  test("workspaceIds shows only the workspaces the caller shares with the member", async () => {
    const { as } = setup();
    const olivia = await as('admin').get<Member>(member(acme.owner));
    assert.deepEqual(olivia.body.workspaceIds.sort(), [ACME, LABS].sort(), 'Adam is not in Globex');
    const asSelf = await as('owner').get<Member>(member(acme.owner));
    assert.deepEqual(asSelf.body.workspaceIds.sort(), [ACME, GLOBEX, LABS].sort());
  });
});

describe('changing roles', () => {
  test('an admin changes a role; the change shows at once', async () => {
    const { as } = setup();
    const changed = await as('admin').patch<Member>(member(acme.viewer), { role: 'member' });
    assert.equal(changed.body.role, 'member');
    assert.deepEqual((await as('viewer').get<Membership>(`${members(ACME)}/me`)).body.permissions, ['billing:view']);
  });

  test('members and viewers may not change roles', async () => {
    const { as } = setup();
    assertProblem(await as('member').patch(member(acme.viewer), { role: 'admin' }), 403, 'forbidden');
    assertProblem(await as('viewer').patch(member(acme.viewer), { role: 'admin' }), 403, 'forbidden');
  });

  test('the owner cannot be demoted, and owner cannot be given by PATCH', async () => {
    const { as } = setup();
    assertProblem(await as('admin').patch(member(acme.owner), { role: 'admin' }), 409, 'last_owner');
    assertProblem(await as('owner').patch(member(acme.owner), { role: 'admin' }), 409, 'last_owner');
    assertProblem(await as('admin').patch(member(acme.member), { role: 'owner' }), 403, 'forbidden');
    assertProblem(await as('owner').patch(member(acme.member), { role: 'owner' }), 403, 'forbidden');
    const owners = await as('owner').get<Page<Member>>(`${members(ACME)}?role=owner`);
    assert.equal(owners.body.total, 1);
  });

  test('an unknown role or group is a field error', async () => {
    const { as } = setup();
    const admin = as('admin');
    assertFieldError(await admin.patch(member(acme.member), { role: 'superhero' }), 422, 'validation_failed', 'role');
    assertFieldError(await admin.patch(member(acme.member), { groupIds: [SEED.groups.sales, 'grp_nope'] }), 422, 'validation_failed', 'groupIds.1');
    const grouped = await admin.patch<Member>(member(acme.member), { groupIds: [SEED.groups.engineering, SEED.groups.sales] });
    assert.deepEqual(grouped.body.groupIds, [SEED.groups.engineering, SEED.groups.sales]);
  });

  test('a custom role with members:manage acts only on roles within its own permissions', async () => {
    const { as } = setup();
    const owner = as('owner');
    const lead = await owner.post<Role>(`/workspaces/${ACME}/roles`, { name: 'Team lead', permissions: ['members:manage', 'billing:view'] });
    await owner.patch(member(acme.member), { role: lead.body.id });
    const mia = as('member');
    assert.equal((await mia.patch<Member>(member(acme.viewer), { role: 'member' })).status, 200, 'member ⊆ lead');
    assertProblem(await mia.patch(member(acme.viewer), { role: 'admin' }), 403, 'forbidden');
    assertProblem(await mia.patch(member(acme.admin), { role: 'viewer' }), 403, 'forbidden');
    assertProblem(await mia.delete(member(acme.admin)), 403, 'forbidden');
  });
});

describe('removing members', () => {
  test("removal ends the member's access at once, though their session lives on", async () => {
    const { as } = setup();
    const mia = as('member');
    assert.equal((await mia.get(members(ACME))).status, 200);
    assert.equal((await as('admin').delete(member(acme.member))).status, 204);
    assertProblem(await mia.get(members(ACME)), 404, 'not_found');
    assertProblem(await mia.get(`/workspaces/${ACME}`), 404, 'not_found');
    assertProblem(await mia.post(invitations(ACME), { emails: ['x@example.test'], role: 'viewer' }), 404, 'not_found');
    assert.equal((await mia.get('/me')).status, 200, 'still signed in, just not in Acme');
    assertProblem(await as('admin').get(member(acme.member)), 404, 'not_found');
  });

  test('the owner cannot be removed; members and viewers remove nobody', async () => {
    const { as } = setup();
    assertProblem(await as('admin').delete(member(acme.owner)), 409, 'last_owner');
    assertProblem(await as('member').delete(member(acme.viewer)), 403, 'forbidden');
    assertProblem(await as('viewer').delete(member(acme.member)), 403, 'forbidden');
    assertProblem(await as('admin').delete(member('mem_missing')), 404, 'not_found');
  });
});
