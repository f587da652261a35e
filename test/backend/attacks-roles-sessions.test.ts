/** Rights above one's own through roles and groups; sessions that outlive a password or never end. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Role, Session } from '../../src/sdk/schemas/index.js';
import { ACME, SEED, assertProblem, members, setup } from './helpers.js';

const roles = `/workspaces/${ACME}/roles`;
const DAY = 24 * 60 * 60 * 1000;

/** Gives the viewer of Acme a custom role with exactly `permissions`, and returns a caller signed in as them. */
async function viewerWith(permissions: string[]) {
  const context = setup();
  const owner = context.as('owner');
  const role = await owner.post<Role>(roles, { name: `Only ${permissions.join(' ')}`, permissions });
  assert.equal(role.status, 201);
  await owner.patch(`${members(ACME)}/${SEED.members.acme.viewer}`, { role: role.body.id });
  return { ...context, owner, victor: context.as('viewer'), ownRole: role.body };
}

describe('attack: writing roles above one\'s own rights', () => {
  test('a roles:manage holder cannot strip members:manage from a role others hold', async () => {
    const { owner, victor } = await viewerWith(['roles:manage']);
    const lead = await owner.post<Role>(roles, { name: 'Team lead', permissions: ['members:manage', 'members:invite'] });
    assertProblem(await victor.patch(`${roles}/${lead.body.id}`, { permissions: ['members:invite'] }), 403, 'forbidden');
    assertProblem(await victor.patch(`${roles}/${lead.body.id}`, { name: 'Renamed' }), 403, 'forbidden');
    assertProblem(await victor.delete(`${roles}/${lead.body.id}`), 403, 'forbidden');
    const after = await owner.get<Role>(`${roles}/${lead.body.id}`);
    assert.deepEqual(after.body.permissions, ['members:manage', 'members:invite']);
    assert.equal(after.body.name, 'Team lead');
  });

  test('nor widen a role, nor create one, beyond what they hold', async () => {
    const { owner, victor } = await viewerWith(['roles:manage', 'audit:view']);
    const auditor = await owner.post<Role>(roles, { name: 'Auditor', permissions: ['audit:view'] });
    assertProblem(await victor.patch(`${roles}/${auditor.body.id}`, { permissions: ['audit:view', 'billing:manage'] }), 403, 'forbidden');
    assertProblem(await victor.post(roles, { name: 'Treasurer', permissions: ['billing:manage'] }), 403, 'forbidden');
    // Within their rights, it works.
    assert.equal((await victor.patch(`${roles}/${auditor.body.id}`, { name: 'Auditors' })).status, 200);
    assert.equal((await victor.post(roles, { name: 'Readers', permissions: ['audit:view'] })).status, 201);
  });

  test('built-in roles stay read-only, for the owner too', async () => {
    const { owner } = await viewerWith(['roles:manage']);
    for (const builtIn of ['owner', 'admin', 'member', 'viewer']) {
      assertProblem(await owner.patch(`${roles}/${builtIn}`, { name: 'Mine now' }), 403, 'forbidden');
      assertProblem(await owner.delete(`${roles}/${builtIn}`), 403, 'forbidden');
    }
  });

  test('a members:manage holder cannot regroup the owner or someone with more rights', async () => {
    const { victor, backend } = await viewerWith(['members:manage', 'billing:view']);
    const groups = [SEED.groups.engineering];
    const before = [...(backend.store.members.get(SEED.members.acme.admin)?.groupIds ?? [])];
    assertProblem(await victor.patch(`${members(ACME)}/${SEED.members.acme.owner}`, { groupIds: groups }), 403, 'forbidden');
    assertProblem(await victor.patch(`${members(ACME)}/${SEED.members.acme.admin}`, { groupIds: groups }), 403, 'forbidden');
    assert.deepEqual(backend.store.members.get(SEED.members.acme.admin)?.groupIds, before);
    // Mia is a member (billing:view), which Victor's role covers.
    assert.equal((await victor.patch(`${members(ACME)}/${SEED.members.acme.member}`, { groupIds: groups })).status, 200);
  });
});

describe('attack: sessions that outlive a password or never end', () => {
  test('a password change signs every other device out and says how many', async () => {
    const { as, backend, withToken } = setup();
    const stolen = backend.signIn(SEED.users.owner.email);
    const olivia = as('owner');
    const changed = await olivia.post<{ revoked: number }>('/me/password', { currentPassword: SEED.password, newPassword: 'a brand new secret' });
    assert.equal(changed.body.revoked, 3, 'the stolen token and the two seeded devices');
    assertProblem(await withToken(stolen).get('/me'), 401, 'unauthorized');
    assert.equal((await olivia.get('/me')).status, 200, 'the session that changed it stays');
  });

  test('a session idle past sessionIdleMs ends', async () => {
    const { backend, withToken, clock } = setup();
    const caller = withToken(backend.signIn(SEED.users.member.email));
    clock.advance(backend.limits.sessionIdleMs - 1000);
    assert.equal((await caller.get('/me')).status, 200);
    clock.advance(backend.limits.sessionIdleMs - 1000);
    assert.equal((await caller.get('/me')).status, 200, 'used in time, so it stays');
    clock.advance(backend.limits.sessionIdleMs + 1);
    assertProblem(await caller.get('/me'), 401, 'unauthorized');
  });

  test('an active session still ends at sessionAbsoluteMs after sign-in', async () => {
    const { backend, withToken, clock } = setup();
    const caller = withToken(backend.signIn(SEED.users.member.email));
    for (let elapsed = 0; elapsed < backend.limits.sessionAbsoluteMs - DAY; elapsed += DAY) {
      clock.advance(DAY);
      assert.equal((await caller.get('/me')).status, 200);
    }
    clock.advance(DAY);
    assertProblem(await caller.get('/me'), 401, 'unauthorized');
  });

  test('the list says when each session expires, and leaves expired ones out', async () => {
    const { as, backend, clock } = setup();
    const olivia = as('owner');
    const listed = await olivia.get<{ items: Session[] }>('/me/sessions');
    for (const session of listed.body.items) {
      const idle = Date.parse(session.lastActiveAt) + backend.limits.sessionIdleMs;
      const absolute = Date.parse(session.createdAt) + backend.limits.sessionAbsoluteMs;
      assert.equal(session.expiresAt, new Date(Math.min(idle, absolute)).toISOString());
    }
    clock.advance(backend.limits.sessionIdleMs - 60_000);
    const later = await olivia.get<{ items: Session[] }>('/me/sessions');
    assert.deepEqual(later.body.items.map((session) => session.current), [true], 'the seeded devices went idle');
  });
});
