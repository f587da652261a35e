/**
 * The role hierarchy rule (`src/sdk/roles.ts`): first on its own, then against the reference backend, which
 * must refuse exactly what the functions refuse — for every actor, target and role of a workspace.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  canActOn, canChangeOrRemove, canEditRole, canGrant, grantableRoles, isApiError, isWithin,
  type Client, type Member, type Membership, type PermissionKey, type Role,
} from '../../src/sdk/index.js';
import { ACME, SEED, setup, useApiServer } from './helpers.js';

useApiServer();

const admin = { isOwner: false, permissions: ['members:manage', 'members:invite', 'billing:view', 'audit:view'] };
const lead = { isOwner: false, permissions: new Set(['members:manage', 'members:invite']) };
const owner = { isOwner: true, permissions: [] };

describe('the role rule, on its own', () => {
  test('isWithin reads held permissions from a list or a set', () => {
    assert.equal(isWithin(['members:invite'], ['members:invite', 'audit:view']), true);
    assert.equal(isWithin(['members:invite'], new Set(['members:invite'])), true);
    assert.equal(isWithin(['billing:view'], new Set(['members:invite'])), false);
    assert.equal(isWithin([], []), true);
  });

  test('only the owner acts on the owner; others only on roles within their own', () => {
    assert.equal(canActOn(owner, { role: 'owner', permissions: ['billing:manage'] }), true);
    assert.equal(canActOn(admin, { role: 'owner', permissions: [] }), false);
    assert.equal(canActOn(lead, { role: 'member', permissions: ['billing:view'] }), false);
    assert.equal(canActOn(lead, { role: 'viewer', permissions: [] }), true);
    assert.equal(canActOn(owner, { role: 'custom', permissions: ['developer:manage'] }), true);
  });

  test('a role the actor cannot see does not block: the server decides', () => {
    assert.equal(canActOn(lead, { role: 'role_unknown' }), true);
    assert.equal(canActOn(lead, { role: 'owner' }), false);
  });

  test("nobody changes the owner's role or removes them, not even the owner", () => {
    assert.equal(canChangeOrRemove(owner, { role: 'owner', permissions: [] }), false);
    assert.equal(canChangeOrRemove(owner, { role: 'admin', permissions: ['audit:view'] }), true);
    assert.equal(canChangeOrRemove(lead, { role: 'viewer', permissions: [] }), true);
  });

  test('grants: never owner, the owner any other role, others only within', () => {
    const roles = [
      { id: 'owner', permissions: [] }, { id: 'admin', permissions: ['members:manage', 'billing:manage'] },
      { id: 'member', permissions: ['billing:view'] }, { id: 'viewer', permissions: [] },
    ];
    assert.deepEqual(grantableRoles(owner, roles).map((role) => role.id), ['admin', 'member', 'viewer']);
    assert.deepEqual(grantableRoles(admin, roles).map((role) => role.id), ['member', 'viewer']);
    assert.deepEqual(grantableRoles(lead, roles).map((role) => role.id), ['viewer']);
    assert.equal(canGrant(owner, { id: 'owner', permissions: [] }), false);
  });

  test('editing a role needs all it grants, before and after', () => {
    assert.equal(canEditRole(lead, [], ['members:invite']), true);
    assert.equal(canEditRole(lead, [], ['audit:view']), false);
    assert.equal(canEditRole(lead, ['audit:view'], ['members:invite']), false);
    assert.equal(canEditRole(lead, ['members:invite'], []), true);
  });
});

describe('the backend enforces the same rule', () => {
  /** What the rule needs to know about a member: their role and what it grants. */
  const holderOf = (member: Member, roles: readonly Role[]) => ({ role: member.role, permissions: roles.find((role) => role.id === member.role)?.permissions });

  /** True when the call went through; false when the server refused it for the rule (403, or 409 `last_owner`). */
  async function allowed(call: Promise<unknown>): Promise<boolean> {
    try {
      await call;
      return true;
    } catch (error) {
      if (isApiError(error) && (error.status === 403 || error.code === 'last_owner')) return false;
      throw error;
    }
  }

  /** A workspace with an actor who manages members and roles but lacks billing and audit rights. */
  async function workspaceWithLead() {
    const api = setup('owner');
    const role = await api.client.roles.create(ACME, { name: 'People lead', permissions: ['members:manage', 'members:invite', 'roles:manage'] });
    await api.client.members.update(ACME, SEED.members.acme.member, { role: role.id });
    return api;
  }

  test('changing roles and groups, for every actor, target and role', async () => {
    const api = await workspaceWithLead();
    const actors: [string, Client][] = [['owner', api.client], ['admin', api.as('admin')], ['lead', api.as('member')]];
    for (const [name, client] of actors) {
      const me: Membership = await client.members.me(ACME);
      const roles = await client.roles.list(ACME);
      const members = (await client.members.list(ACME, { limit: 200 })).items.filter((member) => member.status === 'active');
      for (const target of members) {
        const holder = holderOf(target, roles);
        const regroup = await allowed(client.members.update(ACME, target.id, { groupIds: target.groupIds }));
        assert.equal(regroup, canActOn(me, holder), `${name} regroups ${target.name}`);
        for (const role of roles.filter((other) => other.id !== target.role)) {
          const changed = await allowed(client.members.update(ACME, target.id, { role: role.id }));
          assert.equal(changed, canChangeOrRemove(me, holder) && canGrant(me, role), `${name} makes ${target.name} ${role.id}`);
          // Put the role back with the owner's rights, so that every case starts from the seed.
          if (changed) await api.client.members.update(ACME, target.id, { role: target.role });
        }
      }
    }
  });

  test('creating, changing and deleting roles', async () => {
    const api = await workspaceWithLead();
    const lead = api.as('member');
    const me = await lead.members.me(ACME);
    const cases: [PermissionKey[], PermissionKey[]][] = [
      [[], ['members:invite']], [[], ['audit:view']], [['billing:view', 'billing:manage'], ['billing:view']],
      [['members:invite'], ['members:invite', 'audit:view']], [['members:invite'], []],
    ];
    for (const [index, [before, after]] of cases.entries()) {
      const role = before.length ? await api.client.roles.create(ACME, { name: `Existing ${index}`, permissions: before }) : undefined;
      const call = !role
        ? lead.roles.create(ACME, { name: `New ${index}`, permissions: after })
        : after.length ? lead.roles.update(ACME, role.id, { permissions: after }) : lead.roles.delete(ACME, role.id);
      assert.equal(await allowed(call), canEditRole(me, before, after), `${before.join(',')} → ${after.join(',')}`);
    }
  });
});
