/**
 * Every workspace-administration endpoint as a member and a viewer (403 `forbidden`, naming the permission they
 * lack) and as someone from another workspace (404: the workspace does not exist for them). Nothing they try
 * changes anything.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Caller } from './helpers.js';
import { ACME, SEED, assertProblem, setup } from './helpers.js';

const groups = `/workspaces/${ACME}/groups`;
const sales = `${groups}/${SEED.groups.sales}`;
const domains = `/workspaces/${ACME}/domains`;
const pending = `${domains}/${SEED.domains.pending.id}`;

interface AdminCall {
  what: string;
  permission: string;
  send(caller: Caller): ReturnType<Caller['send']>;
}

const adminCalls: AdminCall[] = [
  { what: 'create a group', permission: 'groups:manage', send: (c) => c.post(groups, { name: 'Sneaky' }) },
  { what: 'rename a group', permission: 'groups:manage', send: (c) => c.patch(sales, { name: 'Sneaky' }) },
  { what: 'delete a group', permission: 'groups:manage', send: (c) => c.delete(sales) },
  { what: 'change who is in a group', permission: 'groups:manage', send: (c) => c.post(`${sales}/members`, { add: [SEED.members.acme.viewer] }) },
  { what: 'add a domain', permission: 'domains:manage', send: (c) => c.post(domains, { hostname: 'sneaky.example' }) },
  { what: 'verify a domain', permission: 'domains:manage', send: (c) => c.post(`${pending}/verify`) },
  { what: "change a domain's purposes", permission: 'domains:manage', send: (c) => c.patch(pending, { purposes: ['sso'] }) },
  { what: 'remove a domain', permission: 'domains:manage', send: (c) => c.delete(pending) },
  { what: 'delete a role', permission: 'roles:manage', send: (c) => c.delete(`/workspaces/${ACME}/roles/${SEED.roles.billingManager}?reassignTo=viewer`) },
];

const reads = [groups, sales, `${sales}/members`, domains, pending];

describe('permission gating of workspace administration', () => {
  for (const who of ['member', 'viewer'] as const) {
    test(`a ${who} is refused every admin operation, told which permission it needs`, async () => {
      const { as, backend } = setup();
      const caller = as(who);
      const before = backend.audit.entries.length;
      for (const call of adminCalls) {
        const problem = assertProblem(await call.send(caller), 403, 'forbidden');
        assert.ok(problem.detail?.includes(call.permission), `${call.what}: ${problem.detail}`);
      }
      assert.equal(backend.audit.entries.length, before, 'nothing was done');
      const membership = await caller.get<{ permissions: string[] }>(`/workspaces/${ACME}/members/me`);
      for (const call of adminCalls) assert.ok(!membership.body.permissions.includes(call.permission), 'members/me says so too');
    });
  }

  test('someone from another workspace finds nothing there, not even to read', async () => {
    const { as, backend } = setup();
    const gus = as('globexOwner');
    const before = backend.audit.entries.length;
    for (const call of adminCalls) assertProblem(await call.send(gus), 404, 'not_found');
    for (const path of reads) assertProblem(await gus.get(path), 404, 'not_found');
    assert.equal(backend.audit.entries.length, before);
  });

  test('members and viewers read groups and domains; the admin does everything', async () => {
    const { as } = setup();
    for (const path of reads) assert.equal((await as('viewer').get(path)).status, 200, path);
    for (const call of adminCalls) assert.ok((await call.send(setup().as('admin'))).status < 300, call.what);
  });
});
