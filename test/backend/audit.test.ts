import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { AuditEntry, AuditFacets, InviteResults, Page } from '../../src/sdk/schemas/index.js';
import { ACME, LABS, SEED, assertProblem, invitations, members, setup } from './helpers.js';

const log = (query = '') => `/workspaces/${ACME}/audit-log${query}`;

describe('audit log', () => {
  test('a role change records actor, action, target, before, after, ip and time', async () => {
    const { as, clock } = setup();
    const admin = as('admin');
    await admin.patch(`${members(ACME)}/${SEED.members.acme.viewer}`, { role: 'member' }, { headers: { 'x-forwarded-for': '203.0.113.9, 10.0.0.1' } });
    const entries = await as('owner').get<Page<AuditEntry>>(log());
    const entry = entries.body.items[0];
    assert.deepEqual(entry && { ...entry, id: 'x' }, {
      id: 'x',
      workspaceId: ACME,
      actor: { id: SEED.users.admin.id, name: SEED.users.admin.name, email: SEED.users.admin.email },
      action: 'member.role_changed',
      target: { type: 'member', id: SEED.members.acme.viewer, label: SEED.users.viewer.email },
      before: { role: 'viewer' },
      after: { role: 'member' },
      ip: '203.0.113.9',
      createdAt: clock.now().toISOString(),
    });
  });

  test('every kind of mutation leaves an entry', async () => {
    const { as, anonymous, backend, clock } = setup();
    const owner = as('owner');
    await owner.patch(`/workspaces/${ACME}`, { industry: 'Aerospace' });
    const sent = await owner.post<InviteResults>(invitations(ACME), { emails: ['new@example.test'], role: 'viewer' });
    const invitation = sent.body.results[0]?.invitation;
    clock.advance(backend.limits.invitationResendIntervalMs);
    await owner.post(`${invitations(ACME)}/${invitation?.id}/resend`);
    await anonymous.post(`/invitations/${backend.outbox.latest('new@example.test')?.token}/accept`, { firstName: 'N', lastName: 'E', password: 'a long enough secret', marketingOptIn: false });
    await owner.post(`/workspaces/${ACME}/roles`, { name: 'Auditor', permissions: ['audit:view'] });
    await owner.delete(`${members(ACME)}/${SEED.members.acme.member}`);
    await as('viewer').post(`/workspaces/${ACME}/leave`);
    await owner.patch('/me', { name: 'Olivia' });
    const actions = backend.audit.entries.map((entry) => entry.action);
    for (const action of [
      'workspace.updated', 'invitation.sent', 'invitation.resent', 'invitation.accepted', 'member.added',
      'role.created', 'member.removed', 'member.left', 'user.updated',
    ]) assert.ok(actions.includes(action), `no ${action} in ${actions.join(', ')}`);
    const accepted = backend.audit.latest('member.added');
    assert.equal(accepted?.actor?.email, 'new@example.test', 'accepting is done by the new member');
    assert.equal(backend.audit.latest('user.updated')?.workspaceId, null, 'account changes belong to no workspace');
  });

  test('filters by actor, action, target and date; pages newest first', async () => {
    const { as, clock } = setup();
    const owner = as('owner');
    const start = clock.now().toISOString();
    await owner.patch(`${members(ACME)}/${SEED.members.acme.viewer}`, { role: 'member' });
    clock.advance(60_000);
    const middle = clock.now().toISOString();
    await as('admin').patch(`${members(ACME)}/${SEED.members.acme.viewer}`, { role: 'viewer' });
    await as('admin').patch(`/workspaces/${ACME}`, { industry: 'Toys' });

    const byAdmin = await owner.get<Page<AuditEntry>>(log(`?actor=${encodeURIComponent(SEED.users.admin.email)}`));
    assert.deepEqual(byAdmin.body.items.map((entry) => entry.action), ['workspace.updated', 'member.role_changed']);
    const memberActions = await owner.get<Page<AuditEntry>>(log('?action=member'));
    assert.equal(memberActions.body.total, 2);
    const onViewer = await owner.get<Page<AuditEntry>>(log(`?target=${SEED.members.acme.viewer}`));
    assert.equal(onViewer.body.total, 2);
    const early = await owner.get<Page<AuditEntry>>(log(`?from=${start}&to=${start}`));
    assert.deepEqual(early.body.items.map((entry) => entry.actor?.email), [SEED.users.owner.email]);
    const late = await owner.get<Page<AuditEntry>>(log(`?from=${middle}`));
    assert.equal(late.body.total, 2);

    const first = await owner.get<Page<AuditEntry>>(log('?limit=2'));
    const second = await owner.get<Page<AuditEntry>>(log(`?limit=2&cursor=${first.body.nextCursor}`));
    assert.deepEqual([...first.body.items, ...second.body.items].map((entry) => entry.action), ['workspace.updated', 'member.role_changed', 'member.role_changed']);
    assert.equal(second.body.nextCursor, null);
  });

  test('filters by target type and by a list of actions; a cursor from elsewhere is refused', async () => {
    const { as } = setup();
    const owner = as('owner');
    await owner.patch(`${members(ACME)}/${SEED.members.acme.viewer}`, { role: 'member' });
    await owner.post(invitations(ACME), { emails: ['listed@example.test'], role: 'viewer' });
    await owner.patch(`/workspaces/${ACME}`, { industry: 'Toys' });
    const actions = async (query: string) => (await owner.get<Page<AuditEntry>>(log(query))).body.items.map((entry) => entry.action);
    assert.deepEqual(await actions('?targetType=workspace'), ['workspace.updated']);
    assert.deepEqual(await actions('?targetType=invitation'), ['invitation.sent']);
    assert.deepEqual(await actions('?action=workspace.updated,invitation'), ['workspace.updated', 'invitation.sent']);
    assert.deepEqual(await actions('?action=member, workspace'), ['workspace.updated', 'member.role_changed']);
    assert.deepEqual(await actions('?action=mem'), [], 'a prefix ends at a dot');
    assert.deepEqual(await actions('?targetType=member&action=invitation'), []);
    assert.deepEqual(await actions('?targetType=nothing'), []);
    assertProblem(await owner.get(log('?cursor=bm9wZQ')), 422, 'validation_failed');
    assertProblem(await owner.get(log(`?cursor=${Buffer.from(JSON.stringify({ after: 'aud_999999999' })).toString('base64url')}`)), 422, 'validation_failed');
  });

  test('facets name every action and target type the log holds, once each, sorted', async () => {
    const { as } = setup();
    const owner = as('owner');
    assert.deepEqual((await owner.get<AuditFacets>(log('/facets'))).body, { actions: [], targetTypes: [] }, 'the seed starts with an empty log');
    await owner.patch(`${members(ACME)}/${SEED.members.acme.viewer}`, { role: 'member' });
    await owner.post(invitations(ACME), { emails: ['facet@example.test'], role: 'viewer' });
    await owner.patch(`${members(ACME)}/${SEED.members.acme.viewer}`, { role: 'viewer' });
    await owner.patch(`/workspaces/${LABS}`, { industry: 'Toys' });
    assert.deepEqual((await owner.get<AuditFacets>(log('/facets'))).body, {
      actions: ['invitation.sent', 'member.role_changed'],
      targetTypes: ['invitation', 'member'],
    }, "another workspace's entries are not counted");
  });

  test('needs audit:view', async () => {
    const { as } = setup();
    assertProblem(await as('member').get(log()), 403, 'forbidden');
    assertProblem(await as('member').get(log('/facets')), 403, 'forbidden');
    assertProblem(await as('viewer').get(log()), 403, 'forbidden');
  });

  test('failed requests write nothing', async () => {
    const { as, backend } = setup();
    await as('viewer').patch(`${members(ACME)}/${SEED.members.acme.member}`, { role: 'admin' });
    await as('admin').patch(`${members(ACME)}/${SEED.members.acme.owner}`, { role: 'admin' });
    assert.equal(backend.audit.entries.length, 0);
  });
});
