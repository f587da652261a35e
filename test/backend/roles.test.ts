import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PERMISSION_KEYS, type Permission, type Role } from '../../src/sdk/schemas/index.js';
import { ACME, LABS, SEED, assertFieldError, assertProblem, invitations, members, setup } from './helpers.js';

const roles = (workspaceId: string) => `/workspaces/${workspaceId}/roles`;

describe('roles and permissions', () => {
  test('the catalog lists every permission key', async () => {
    const { as } = setup();
    const catalog = await as('viewer').get<{ items: Permission[] }>('/permissions');
    assert.deepEqual(catalog.body.items.map((permission) => permission.key), [...PERMISSION_KEYS]);
  });

  test('lists built-in roles first, then custom ones, with member counts', async () => {
    const { as } = setup();
    const listed = await as('viewer').get<{ items: Role[] }>(roles(ACME));
    assert.deepEqual(listed.body.items.map((role) => role.id), ['owner', 'admin', 'member', 'viewer', SEED.roles.billingManager]);
    const count = (id: string) => listed.body.items.find((role) => role.id === id)?.memberCount;
    assert.equal(count('owner'), 1);
    assert.equal(count(SEED.roles.billingManager), 1);
    assert.equal(listed.body.items.reduce((sum, role) => sum + role.memberCount, 0), 25);
  });

  test('creates, renames and deletes a custom role, with ETags on the way', async () => {
    const { as } = setup();
    const admin = as('admin');
    const created = await admin.post<Role>(roles(ACME), { name: 'Support', description: 'Helps customers.', permissions: ['audit:view', 'billing:view'] });
    assert.equal(created.status, 201);
    assert.equal(created.body.builtIn, false);
    const path = `${roles(ACME)}/${created.body.id}`;
    const read = await admin.get<Role>(path);
    const etag = read.headers.get('etag') ?? '';
    const renamed = await admin.patch<Role>(path, { name: 'Customer support' }, { headers: { 'if-match': etag } });
    assert.equal(renamed.body.name, 'Customer support');
    assertProblem(await admin.patch(path, { permissions: [] }, { headers: { 'if-match': etag } }), 412, 'precondition_failed');
    const deleted = await admin.delete(path);
    assert.equal(deleted.status, 200);
    assert.deepEqual(deleted.body, { reassignedTo: null, members: 0, invitations: 0, domains: 0 }, 'nobody held it, so nothing moved');
    assertProblem(await admin.get(path), 404, 'not_found');
  });

  test('built-in roles can be read but never changed or deleted', async () => {
    const { as } = setup();
    const owner = as('owner');
    const admin = await owner.get<Role>(`${roles(ACME)}/admin`);
    assert.equal(admin.body.builtIn, true);
    assert.ok(admin.headers.get('etag'));
    assertProblem(await owner.patch(`${roles(ACME)}/admin`, { name: 'Boss' }), 403, 'forbidden');
    assertProblem(await owner.delete(`${roles(ACME)}/viewer`), 403, 'forbidden');
  });

  test('names are unique in a workspace, built-in names included', async () => {
    const { as } = setup();
    const owner = as('owner');
    assertProblem(await owner.post(roles(ACME), { name: 'billing MANAGER', permissions: [] }), 409, 'conflict');
    assertProblem(await owner.post(roles(ACME), { name: 'Admin', permissions: [] }), 409, 'conflict');
    const other = await owner.post<Role>(roles(ACME), { name: 'Auditor', permissions: ['audit:view'] });
    assertProblem(await owner.patch(`${roles(ACME)}/${other.body.id}`, { name: 'Billing manager' }), 409, 'conflict');
    assertFieldError(await owner.post(roles(ACME), { name: 'X', permissions: [] }), 422, 'validation_failed', 'name');
    assertFieldError(await owner.post(roles(ACME), { name: 'Wizard', permissions: ['magic:cast'] }), 422, 'validation_failed', 'permissions.0');
  });

  test('a role somebody holds, or a pending invitation grants, cannot be deleted', async () => {
    const { as } = setup();
    const owner = as('owner');
    assertProblem(await owner.delete(`${roles(ACME)}/${SEED.roles.billingManager}`), 409, 'conflict');
    await owner.patch(`${members(ACME)}/${SEED.members.acme.billing}`, { role: 'member' });
    await owner.post(invitations(ACME), { emails: ['accountant@example.test'], role: SEED.roles.billingManager });
    assertProblem(await owner.delete(`${roles(ACME)}/${SEED.roles.billingManager}`), 409, 'conflict');
  });

  test('managing roles needs roles:manage; custom roles need a paid plan', async () => {
    const { as } = setup();
    assertProblem(await as('member').post(roles(ACME), { name: 'Sneaky', permissions: [] }), 403, 'forbidden');
    assertProblem(await as('viewer').delete(`${roles(ACME)}/${SEED.roles.billingManager}`), 403, 'forbidden');
    assertProblem(await as('owner').post(roles(LABS), { name: 'Lab tech', permissions: [] }), 402, 'plan_required');
  });

  test('a role can grant only permissions its author holds', async () => {
    const { as } = setup();
    const owner = as('owner');
    const manager = await owner.post<Role>(roles(ACME), { name: 'Role manager', permissions: ['roles:manage', 'billing:view'] });
    await owner.patch(`${members(ACME)}/${SEED.members.acme.member}`, { role: manager.body.id });
    const mia = as('member');
    assert.equal((await mia.post(roles(ACME), { name: 'Reader', permissions: ['billing:view'] })).status, 201);
    assertProblem(await mia.post(roles(ACME), { name: 'Climber', permissions: ['members:manage'] }), 403, 'forbidden');
    assertProblem(await mia.patch(`${roles(ACME)}/${manager.body.id}`, { permissions: ['roles:manage', 'workspace:manage'] }), 403, 'forbidden');
  });
});
