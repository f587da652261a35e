/** `client.roles`, `client.permissions` and `client.audit` end to end. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  ApiError, ConflictError, NotFoundError, PermissionError, PreconditionFailedError, ValidationError,
} from '../../src/sdk/index.js';
import { ACME, LABS, SEED, failure, setup, useApiServer } from './helpers.js';

useApiServer();

const SUPPORT = { name: 'Support lead', description: 'Handles people.', permissions: ['members:invite' as const, 'audit:view' as const] };

describe('permissions', () => {
  test('list is the catalog roles are made of', async () => {
    const { client } = setup('viewer');
    const catalog = await client.permissions.list();
    const keys = catalog.map((p) => p.key);
    for (const key of ['members:invite', 'members:manage', 'workspace:manage', 'billing:view', 'audit:view']) assert.ok(keys.includes(key), key);
    assert.ok(catalog.every((p) => p.label && p.group));
  });
});

describe('roles', () => {
  test('list has the built-in roles first, then custom ones with member counts', async () => {
    const { client } = setup('viewer');
    const roles = await client.roles.list(ACME);
    assert.deepEqual(roles.slice(0, 4).map((r) => [r.id, r.builtIn]), [['owner', true], ['admin', true], ['member', true], ['viewer', true]]);
    const billing = roles.find((r) => r.id === SEED.roles.billingManager);
    assert.deepEqual([billing?.name, billing?.builtIn, billing?.memberCount], ['Billing manager', false, 1]);
    assert.equal(roles.find((r) => r.id === 'owner')?.memberCount, 1);
  });

  test('create, get with its ETag, update with it, delete', async () => {
    const { client } = setup('admin');
    const created = await client.roles.create(ACME, SUPPORT);
    assert.deepEqual([created.name, created.builtIn, created.memberCount], ['Support lead', false, 0]);
    assert.deepEqual([...created.permissions].sort(), ['audit:view', 'members:invite']);
    const read = await client.roles.get(ACME, created.id);
    assert.ok(read.etag);
    const updated = await client.roles.update(ACME, created.id, { name: 'Support manager', permissions: ['members:invite'] }, { ifMatch: read.etag });
    assert.notEqual(updated.etag, read.etag);
    const reread = await client.roles.get(ACME, created.id);
    assert.deepEqual([reread.name, reread.permissions], ['Support manager', ['members:invite']]);
    await client.roles.delete(ACME, created.id);
    await assert.rejects(client.roles.get(ACME, created.id), NotFoundError);
    assert.ok(!(await client.roles.list(ACME)).some((r) => r.id === created.id));
  });

  test('a stale ETag is a 412', async () => {
    const { client, as } = setup('owner');
    const { etag } = await client.roles.get(ACME, SEED.roles.billingManager);
    await as('admin').roles.update(ACME, SEED.roles.billingManager, { description: 'Changed by Adam.' });
    const error = await failure(client.roles.update(ACME, SEED.roles.billingManager, { description: 'Changed by Olivia.' }, { ifMatch: etag }));
    assert.ok(error instanceof PreconditionFailedError && error.code === 'precondition_failed');
    assert.equal((await client.roles.get(ACME, SEED.roles.billingManager)).description, 'Changed by Adam.');
  });

  test('a custom role given to a member shows up on the member and in the count', async () => {
    const { client } = setup('owner');
    const role = await client.roles.create(ACME, SUPPORT);
    await client.members.update(ACME, SEED.members.acme.member, { role: role.id });
    assert.equal((await client.members.get(ACME, SEED.members.acme.member)).role, role.id);
    assert.equal((await client.roles.get(ACME, role.id)).memberCount, 1);
    const error = await failure(client.roles.delete(ACME, role.id));
    assert.ok(error instanceof ConflictError, 'a role somebody holds cannot be deleted');
  });

  test('usage says what deleting a role moves; deleting it with reassignTo moves exactly that', async () => {
    const { client, as } = setup('owner');
    const role = await client.roles.create(ACME, SUPPORT);
    await client.members.update(ACME, SEED.members.acme.member, { role: role.id });
    await client.invitations.create(ACME, { emails: ['support@example.org'], role: role.id });
    const usage = await client.roles.usage(ACME, role.id);
    assert.deepEqual(usage, { members: 1, invitations: 1, domains: 0 });
    await assert.rejects(as('viewer').roles.usage(ACME, role.id), PermissionError);
    assert.deepEqual(await client.roles.delete(ACME, role.id, { reassignTo: 'viewer' }), { reassignedTo: 'viewer', ...usage });
  });

  test('a custom role holding members:manage lets its holder manage members, within its own permissions', async () => {
    const { client, as } = setup('owner');
    const manager = await client.roles.create(ACME, { name: 'People manager', permissions: ['members:manage'] });
    await client.members.update(ACME, SEED.members.acme.member, { role: manager.id });
    const mia = as('member');
    assert.deepEqual((await mia.members.me(ACME)).permissions, ['members:manage']);
    assert.equal((await mia.members.update(ACME, SEED.members.acme.viewer, { groupIds: [SEED.groups.sales] })).groupIds[0], SEED.groups.sales);
    await assert.rejects(mia.members.update(ACME, SEED.members.acme.viewer, { role: 'admin' }), PermissionError, 'not more than she holds');
    await assert.rejects(mia.invitations.create(ACME, { emails: ['x@example.org'], role: 'viewer' }), PermissionError);
  });

  test('custom roles need a paid plan: plan_required', async () => {
    const { client } = setup('owner');
    const error = await failure(client.roles.create(LABS, SUPPORT));
    assert.ok(error instanceof ApiError);
    assert.deepEqual([error.status, error.code], [402, 'plan_required']);
  });

  test('a name taken by another role is a conflict', async () => {
    const { client } = setup('owner');
    await assert.rejects(client.roles.create(ACME, { ...SUPPORT, name: 'billing MANAGER' }), ConflictError);
    await assert.rejects(client.roles.create(ACME, { ...SUPPORT, name: 'Admin' }), ConflictError);
  });

  test('members and viewers may not manage roles; built-in roles never change', async () => {
    const { client, as } = setup('member');
    const denied = await failure(client.roles.create(ACME, SUPPORT));
    assert.ok(denied instanceof PermissionError && denied.code === 'forbidden');
    await assert.rejects(as('viewer').roles.update(ACME, SEED.roles.billingManager, { name: 'Mine now' }), PermissionError);
    await assert.rejects(as('owner').roles.update(ACME, 'admin', { permissions: [] }), PermissionError);
  });

  test('an unknown permission never leaves the client', async () => {
    const { client, requests } = setup('owner');
    // @ts-expect-error: not a permission of the catalog
    await assert.rejects(client.roles.create(ACME, { name: 'Odd', permissions: ['root:everything'] }), ValidationError);
    assert.equal(requests.length, 0);
  });
});

describe('audit log', () => {
  test('a mutation appends an entry with actor, target, before and after', async () => {
    const { client } = setup('admin');
    await client.members.update(ACME, SEED.members.acme.member, { role: 'viewer' });
    const page = await client.audit.list(ACME, { action: 'member.role_changed' });
    const entry = page.items[0];
    assert.ok(entry);
    assert.equal(entry.actor?.email, SEED.users.admin.email);
    assert.deepEqual(entry.target, { type: 'member', id: SEED.members.acme.member, label: SEED.users.member.email });
    assert.deepEqual([entry.before, entry.after], [{ role: 'member' }, { role: 'viewer' }]);
  });

  test('filters by actor and pages newest first', async () => {
    const { client, as } = setup('owner');
    await client.workspaces.update(ACME, { industry: 'Robotics' });
    await as('admin').workspaces.update(ACME, { industry: 'Toys' });
    const mine = await client.audit.list(ACME, { actor: SEED.users.owner.email });
    assert.deepEqual(mine.items.map((e) => e.after), [{ industry: 'Robotics' }]);
    const all = await client.audit.list(ACME, { action: 'workspace', limit: 1 });
    assert.equal(all.total, 2);
    assert.deepEqual(all.items[0]?.after, { industry: 'Toys' });
    const next = await client.audit.list(ACME, { action: 'workspace', limit: 1, cursor: all.nextCursor ?? undefined });
    assert.deepEqual(next.items[0]?.after, { industry: 'Robotics' });
    const walked = [];
    for await (const entry of client.audit.iterate(ACME, { action: 'workspace', limit: 1 })) walked.push(entry.after);
    assert.deepEqual(walked, [{ industry: 'Toys' }, { industry: 'Robotics' }]);
  });

  test('a viewer may not read it', async () => {
    const { client } = setup('viewer');
    await assert.rejects(client.audit.list(ACME), PermissionError);
  });
});
