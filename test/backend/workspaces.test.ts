import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Member, Membership, Page, Workspace } from '../../src/sdk/schemas/index.js';
import { ACME, GLOBEX, LABS, SEED, assertFieldError, assertProblem, members, setup } from './helpers.js';

describe('workspaces', () => {
  test("lists the caller's workspaces with their role in each", async () => {
    const { as } = setup();
    const listed = await as('owner').get<Page<Workspace>>('/workspaces');
    const roles = Object.fromEntries(listed.body.items.map((workspace) => [workspace.id, workspace.role]));
    assert.deepEqual(roles, { [ACME]: 'owner', [LABS]: 'owner', [GLOBEX]: 'member' });
    assert.equal(listed.body.total, 3);
    const viewer = await as('viewer').get<Page<Workspace>>('/workspaces');
    assert.deepEqual(viewer.body.items.map((workspace) => workspace.id), [ACME]);
  });

  test('pages through the list with a cursor', async () => {
    const { as } = setup();
    const owner = as('owner');
    const first = await owner.get<Page<Workspace>>('/workspaces?limit=2');
    assert.equal(first.body.items.length, 2);
    assert.ok(first.body.nextCursor);
    const second = await owner.get<Page<Workspace>>(`/workspaces?limit=2&cursor=${first.body.nextCursor}`);
    assert.equal(second.body.items.length, 1);
    assert.equal(second.body.nextCursor, null);
    const all = [...first.body.items, ...second.body.items].map((workspace) => workspace.name);
    assert.deepEqual(all, ['Acme Inc.', 'Acme Labs', 'Globex Corporation']);
  });

  test('a non-member gets 404 for a workspace that exists, exactly as for one that does not', async () => {
    const { as } = setup();
    const viewer = as('viewer');
    const hidden = await viewer.get(`/workspaces/${GLOBEX}`);
    const missing = await viewer.get('/workspaces/ws_nowhere');
    assertProblem(hidden, 404, 'not_found');
    assert.deepEqual(hidden.body, missing.body);
    assertProblem(await viewer.get(members(GLOBEX)), 404, 'not_found');
    assertProblem(await viewer.patch(`/workspaces/${GLOBEX}`, { name: 'Mine now' }), 404, 'not_found');
  });

  test('creating one makes the caller its owner; the name needs 3 characters', async () => {
    const { as } = setup();
    const owner = as('owner');
    assertFieldError(await owner.post('/workspaces', { name: 'AB' }), 422, 'validation_failed', 'name');
    const created = await owner.post<Workspace>('/workspaces', { name: 'Acme Ventures', website: 'https://ventures.acme.test' });
    assert.equal(created.status, 201);
    assert.equal(created.body.role, 'owner');
    assert.equal(created.body.memberCount, 1);
    const me = await owner.get<Membership>(`${members(created.body.id)}/me`);
    assert.equal(me.body.isOwner, true);
  });

  test('an account owns at most 10 workspaces', async () => {
    const { as } = setup();
    const owner = as('owner');
    for (let index = 3; index <= 10; index++) {
      assert.equal((await owner.post('/workspaces', { name: `Workspace ${index}` })).status, 201);
    }
    assertProblem(await owner.post('/workspaces', { name: 'Workspace 11' }), 409, 'workspace_limit_reached');
  });

  test('a free account owns one workspace; a second needs a plan', async () => {
    const { as } = setup();
    const mia = as('member');
    assert.equal((await mia.post('/workspaces', { name: 'Mia One' })).status, 201);
    assertProblem(await mia.post('/workspaces', { name: 'Mia Two' }), 402, 'plan_required');
    assertProblem(await as('globexOwner').post('/workspaces', { name: 'Globex Two' }), 402, 'plan_required');
  });

  test('the limits are configurable', async () => {
    const { as } = setup({ limits: { workspacesOnFreePlan: 3, workspacesPerAccount: 3 } });
    const mia = as('member');
    for (const name of ['One', 'Two', 'Three']) assert.equal((await mia.post('/workspaces', { name: `Mia ${name}` })).status, 201);
    assertProblem(await mia.post('/workspaces', { name: 'Mia Four' }), 409, 'workspace_limit_reached');
  });

  test('updating needs workspace:manage and honours If-Match', async () => {
    const { as } = setup();
    const admin = as('admin');
    const read = await admin.get<Workspace>(`/workspaces/${ACME}`);
    const etag = read.headers.get('etag') ?? '';
    assertProblem(await as('member').patch(`/workspaces/${ACME}`, { name: 'Members rule' }), 403, 'forbidden');
    assertProblem(await as('viewer').patch(`/workspaces/${ACME}`, { name: 'Viewers rule' }), 403, 'forbidden');
    const updated = await admin.patch<Workspace>(`/workspaces/${ACME}`, { industry: 'Robotics' }, { headers: { 'if-match': etag } });
    assert.equal(updated.body.industry, 'Robotics');
    assert.notEqual(updated.headers.get('etag'), etag);
    assertProblem(await as('owner').patch(`/workspaces/${ACME}`, { name: 'Stale edit' }, { headers: { 'if-match': etag } }), 412, 'precondition_failed');
    assertFieldError(await admin.patch(`/workspaces/${ACME}`, { website: 'javascript:alert(1)' }), 422, 'validation_failed', 'website');
  });

  test('deleting needs the owner and the name typed again', async () => {
    const { as } = setup();
    assertProblem(await as('admin').delete(`/workspaces/${LABS}`, { confirmation: 'Acme Labs' }), 403, 'forbidden');
    const owner = as('owner');
    assertFieldError(await owner.delete(`/workspaces/${LABS}`, { confirmation: 'acme labs' }), 422, 'validation_failed', 'confirmation');
    assert.equal((await owner.delete(`/workspaces/${LABS}`, { confirmation: 'Acme Labs' })).status, 204);
    assertProblem(await owner.get(`/workspaces/${LABS}`), 404, 'not_found');
    assertProblem(await as('admin').get(`/workspaces/${LABS}`), 404, 'not_found');
  });

  test('a stale If-Match stops a delete too', async () => {
    const { as } = setup();
    const owner = as('owner');
    const etag = (await owner.get(`/workspaces/${LABS}`)).headers.get('etag') ?? '';
    await owner.patch(`/workspaces/${LABS}`, { industry: 'Research' });
    assertProblem(await owner.delete(`/workspaces/${LABS}`, { confirmation: 'Acme Labs' }, { headers: { 'if-match': etag } }), 412, 'precondition_failed');
  });
});

describe('leaving and transferring ownership', () => {
  test('a member leaves; the owner cannot', async () => {
    const { as } = setup();
    const mia = as('member');
    assert.equal((await mia.post(`/workspaces/${ACME}/leave`)).status, 204);
    assertProblem(await mia.get(`/workspaces/${ACME}`), 404, 'not_found');
    assertProblem(await mia.post(`/workspaces/${ACME}/leave`), 404, 'not_found');
    assertProblem(await as('owner').post(`/workspaces/${ACME}/leave`), 409, 'last_owner');
  });

  test('the owner hands the workspace to an active member and becomes admin', async () => {
    const { as } = setup();
    assertProblem(await as('admin').post(`/workspaces/${ACME}/transfer-ownership`, { memberId: SEED.members.acme.admin }), 403, 'forbidden');
    const owner = as('owner');
    const transferred = await owner.post<Workspace>(`/workspaces/${ACME}/transfer-ownership`, { memberId: SEED.members.acme.member });
    assert.equal(transferred.status, 200);
    assert.equal(transferred.body.role, 'admin');
    const mia = await as('member').get<Membership>(`${members(ACME)}/me`);
    assert.equal(mia.body.isOwner, true);
    const owners = await owner.get<Page<Member>>(`${members(ACME)}?role=owner`);
    assert.deepEqual(owners.body.items.map((member) => member.email), [SEED.users.member.email], 'exactly one owner');
    assert.equal((await owner.post(`/workspaces/${ACME}/leave`)).status, 204, 'the former owner may leave now');
  });

  test('refuses a pending member, a stranger and oneself', async () => {
    const { as } = setup();
    const owner = as('owner');
    const pending = await owner.get<Page<Member>>(`${members(ACME)}?status=pending&limit=1`);
    assertFieldError(await owner.post(`/workspaces/${ACME}/transfer-ownership`, { memberId: pending.body.items[0]?.id }), 422, 'validation_failed', 'memberId');
    assertProblem(await owner.post(`/workspaces/${ACME}/transfer-ownership`, { memberId: SEED.members.globex.owner }), 404, 'not_found');
    assertFieldError(await owner.post(`/workspaces/${ACME}/transfer-ownership`, { memberId: SEED.members.acme.owner }), 422, 'validation_failed', 'memberId');
  });
});
