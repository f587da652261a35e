import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Member, Page, Role, Workspace } from '../../src/sdk/schemas/index.js';
import { createBackend, createClock } from '../../src/backend/index.js';
import { ACME, GLOBEX, LABS, SEED, assertProblem, members, setup } from './helpers.js';

describe('default seed', () => {
  test('three workspaces: Acme Inc. (pro), Acme Labs (free), Globex Corporation (free, not ours)', async () => {
    const { as } = setup();
    const listed = await as('owner').get<Page<Workspace>>('/workspaces');
    const summary = listed.body.items.map((workspace) => [workspace.id, workspace.name, workspace.plan, workspace.role]);
    assert.deepEqual(summary, [
      [ACME, 'Acme Inc.', 'pro', 'owner'],
      [LABS, 'Acme Labs', 'free', 'owner'],
      [GLOBEX, 'Globex Corporation', 'free', 'member'],
    ]);
    const adam = await as('admin').get<Page<Workspace>>('/workspaces');
    assert.deepEqual(adam.body.items.map((workspace) => [workspace.id, workspace.role]), [[ACME, 'admin'], [LABS, 'admin']]);
  });

  test('Acme has the four people named by role, twenty more in several scripts, pending ones and groups', async () => {
    const { as } = setup();
    const everyone = (await as('owner').get<Page<Member>>(`${members(ACME)}?limit=200`)).body.items;
    const roleOf = (email: string) => everyone.find((member) => member.email === email)?.role;
    assert.equal(roleOf(SEED.users.owner.email), 'owner');
    assert.equal(roleOf(SEED.users.admin.email), 'admin');
    assert.equal(roleOf(SEED.users.member.email), 'member');
    assert.equal(roleOf(SEED.users.viewer.email), 'viewer');
    assert.ok(everyone.length >= 24);
    assert.ok(everyone.filter((member) => member.status === 'pending').length >= 2);
    assert.ok(everyone.some((member) => member.groupIds.length > 0));
    assert.ok(everyone.some((member) => /\p{Script=Cyrillic}/u.test(member.name)));
    assert.ok(everyone.some((member) => /\p{Script=Han}/u.test(member.name)));
    assert.ok(everyone.some((member) => /\p{Script=Arabic}/u.test(member.name)));
    const roles = (await as('owner').get<{ items: Role[] }>(`/workspaces/${ACME}/roles`)).body.items;
    const billing = roles.find((role) => role.id === SEED.roles.billingManager);
    assert.deepEqual(billing && [billing.name, billing.permissions], ['Billing manager', ['billing:view', 'billing:manage']]);
  });

  test('every seeded person signs in with the documented password', async () => {
    const { as } = setup();
    for (const person of Object.values(SEED.users)) {
      const answer = await as(person.email).post('/me/password', { currentPassword: SEED.password, newPassword: 'correct horse battery staple 2' });
      assert.equal(answer.status, 200, person.email);
    }
  });

  test('is deterministic: two backends hold the same data', () => {
    const clock = createClock();
    const a = createBackend({ clock, seed: { members: 50 } });
    const b = createBackend({ clock, seed: { members: 50 } });
    const dump = (backend: typeof a) => JSON.stringify([...backend.store.members.all()].map((member) => [member, backend.store.users.get(member.userId)]));
    assert.equal(dump(a), dump(b));
    const other = createBackend({ clock, seed: { members: 50, random: 2 } });
    assert.notEqual(dump(other), dump(a), 'another PRNG seed, other people');
  });

  test('seed: false starts empty', async () => {
    const backend = createBackend({ seed: false });
    assert.equal(backend.store.users.size, 0);
    assert.throws(() => backend.signIn(SEED.users.owner.email));
  });

  test('Globex is invisible to Acme people who are not in it', async () => {
    const { as } = setup();
    assertProblem(await as('admin').get(`/workspaces/${GLOBEX}`), 404, 'not_found');
  });
});
