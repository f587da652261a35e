/**
 * Every operation of `docs/openapi.json` driven once through the reference backend, success and typical
 * failures, each answer checked against the document by `openapi-check.ts` (via the `Caller`). A new operation
 * without a row here fails the first test, so the document and the backend cannot drift apart unnoticed.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import type { DataExport, InviteResults, Role, Workspace } from '../../src/sdk/schemas/index.js';
import { ACME, LABS, SEED, invitations, mailedToken, members, setup, type TestBackend } from './helpers.js';

const operationIds = [...readFileSync(new URL('../../docs/openapi.json', import.meta.url), 'utf8').matchAll(/"operationId": "(\w+)"/g)]
  .flatMap(([, id]) => (id ? [id] : []));

const png = () => {
  const bytes = new Uint8Array(64);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const form = new FormData();
  form.set('file', new Blob([bytes], { type: 'image/png' }), 'a.png');
  return form;
};

/** One scenario per operation: its success and the failures its document entry promises. */
const scenarios: Record<string, (t: TestBackend) => Promise<unknown>> = {
  getAccount: async ({ as, anonymous }) => [await as('owner').get('/me'), await anonymous.get('/me')],
  updateAccount: async ({ as }) => {
    const me = await as('owner').get('/me');
    return [await as('owner').patch('/me', { name: 'O' }, { headers: { 'if-match': me.headers.get('etag') ?? '' } }),
      await as('owner').patch('/me', { name: 'O2' }, { headers: { 'if-match': '"0"' } }),
      await as('owner').send('PATCH', '/me', { raw: '{nope', headers: { 'content-type': 'application/json' } })];
  },
  deleteAccount: async ({ as }) => [await as('viewer').delete('/me', { password: SEED.password, confirmation: 'wrong' }),
    await as('viewer').delete('/me', { password: SEED.password, confirmation: SEED.users.viewer.email })],
  uploadAvatar: async ({ as }) => [await as('owner').send('POST', '/me/avatar', { raw: png() }),
    await as('owner').send('POST', '/me/avatar', { raw: 'x', headers: { 'content-type': 'text/plain' } })],
  removeAvatar: async ({ as }) => [await as('owner').delete('/me/avatar'), await as('owner').delete('/me/avatar', undefined, { headers: { 'if-match': '"0"' } })],
  changePassword: async ({ as }) => [await as('member').post('/me/password', { currentPassword: 'nope nope nope', newPassword: 'a brand new secret' }),
    await as('member').post('/me/password', { currentPassword: SEED.password, newPassword: 'a brand new secret' })],
  startEmailChange: async ({ as }) => [await as('member').post('/me/email-change', { newEmail: 'm@new.example', password: SEED.password }),
    await as('member').post('/me/email-change', { newEmail: SEED.users.owner.email, password: SEED.password })],
  confirmEmailChange: async ({ as, backend, clock }) => {
    const mia = as('member');
    const none = await mia.post('/me/email-change/confirm', { code: '000000' });
    await mia.post('/me/email-change', { newEmail: 'm@new.example', password: SEED.password });
    clock.advance(1000);
    const code = backend.outbox.latest('m@new.example')?.code ?? '';
    return [none, await mia.post('/me/email-change/confirm', { code: code === '000000' ? '000001' : '000000' }), await mia.post('/me/email-change/confirm', { code })];
  },
  startPhoneChange: async ({ as }) => [await as('member').post('/me/phone-change', { newPhone: '+14155550111', password: SEED.password })],
  confirmPhoneChange: async ({ as, backend }) => {
    await as('member').post('/me/phone-change', { newPhone: '+14155550112', password: SEED.password });
    return [await as('member').post('/me/phone-change/confirm', { code: backend.outbox.latest('+14155550112')?.code ?? '' })];
  },
  getNotificationPreferences: async ({ as }) => [await as('owner').get('/me/notification-preferences')],
  updateNotificationPreferences: async ({ as }) => [await as('owner').patch('/me/notification-preferences', { lowBalance: null })],
  requestExport: async ({ as }) => [await as('owner').post('/me/exports'), await as('owner').post('/me/exports')],
  getExport: async ({ as }) => {
    const started = await as('owner').post<DataExport>('/me/exports');
    return [await as('owner').get(`/me/exports/${started.body.id}`), await as('owner').get('/me/exports/exp_none')];
  },
  listSessions: async ({ as }) => [await as('owner').get('/me/sessions')],
  revokeSession: async ({ as }) => [await as('owner').delete('/me/sessions/ses_seed_phone'), await as('owner').delete('/me/sessions/ses_none')],
  revokeOtherSessions: async ({ as }) => [await as('owner').post('/me/sessions/revoke-others')],
  listWorkspaces: async ({ as }) => [await as('owner').get('/workspaces?limit=1'), await as('owner').get('/workspaces?limit=1.5')],
  createWorkspace: async ({ as }) => [await as('member').post('/workspaces', { name: 'Mine' }), await as('member').post('/workspaces', { name: 'Another' }),
    await as('member').post('/workspaces', { name: 'x' })],
  getWorkspace: async ({ as }) => [await as('owner').get(`/workspaces/${ACME}`), await as('viewer').get('/workspaces/ws_none')],
  updateWorkspace: async ({ as }) => [await as('owner').patch(`/workspaces/${ACME}`, { industry: 'Rockets' }), await as('viewer').patch(`/workspaces/${ACME}`, { industry: 'No' })],
  deleteWorkspace: async ({ as }) => [await as('owner').delete(`/workspaces/${LABS}`, { confirmation: 'nope' }, { headers: { 'if-match': '"0"' } }),
    await as('owner').delete(`/workspaces/${LABS}`, { confirmation: 'Acme Labs' })],
  uploadWorkspaceLogo: async ({ as }) => [await as('owner').send('POST', `/workspaces/${ACME}/logo`, { raw: png() }),
    await as('owner').send('POST', '/workspaces/ws_none/logo', { raw: png() })],
  removeWorkspaceLogo: async ({ as }) => [await as('owner').delete(`/workspaces/${ACME}/logo`), await as('viewer').delete(`/workspaces/${ACME}/logo`)],
  leaveWorkspace: async ({ as }) => [await as('owner').post(`/workspaces/${ACME}/leave`), await as('viewer').post(`/workspaces/${ACME}/leave`)],
  transferOwnership: async ({ as }) => [await as('admin').post(`/workspaces/${ACME}/transfer-ownership`, { memberId: SEED.members.acme.member }),
    await as('owner').post(`/workspaces/${ACME}/transfer-ownership`, { memberId: SEED.members.acme.admin })],
  listMembers: async ({ as }) => [await as('owner').get(`${members(ACME)}?query=a&sort=email&limit=5`), await as('owner').get(`${members(ACME)}?sort=shoe`)],
  getMyMembership: async ({ as }) => [await as('viewer').get(`${members(ACME)}/me`)],
  getMember: async ({ as }) => [await as('viewer').get(`${members(ACME)}/${SEED.members.acme.admin}`), await as('viewer').get(`${members(ACME)}/mem_none`)],
  updateMember: async ({ as }) => [await as('owner').patch(`${members(ACME)}/${SEED.members.acme.member}`, { role: 'viewer' }),
    await as('owner').patch(`${members(ACME)}/${SEED.members.acme.owner}`, { role: 'viewer' })],
  removeMember: async ({ as }) => [await as('admin').delete(`${members(ACME)}/${SEED.members.acme.viewer}`), await as('viewer').delete(`${members(ACME)}/${SEED.members.acme.admin}`)],
  listInvitations: async ({ as }) => [await as('owner').get(`${invitations(ACME)}?status=pending`), await as('viewer').get(invitations(ACME))],
  createInvitations: async ({ as }) => [await as('owner').post(invitations(ACME), { emails: ['x@example.test'], role: 'viewer' }),
    await as('owner').post(invitations(ACME), { emails: ['x@example.test'], role: 'owner' })],
  resendInvitation: async ({ as }) => [await as('owner').post(`${invitations(ACME)}/${SEED.invitations.pending.id}/resend`),
    await as('owner').post(`${invitations(ACME)}/${SEED.invitations.accepted.id}/resend`)],
  revokeInvitation: async ({ as }) => [await as('owner').post(`${invitations(ACME)}/${SEED.invitations.pending.id}/revoke`)],
  lookupInvitation: async ({ anonymous }) => [await anonymous.get(`/invitations/${SEED.invitations.pending.token}`), await anonymous.get('/invitations/nope')],
  acceptInvitation: async ({ as, anonymous, backend }) => {
    await as('owner').post<InviteResults>(invitations(ACME), { emails: [SEED.users.globexOwner.email], role: 'viewer' });
    const token = mailedToken(backend, SEED.users.globexOwner.email);
    return [await anonymous.post(`/invitations/${token}/accept`, { marketingOptIn: false }),
      await as('viewer').post(`/invitations/${token}/accept`, { marketingOptIn: false }),
      await as('globexOwner').post(`/invitations/${token}/accept`, { marketingOptIn: false }),
      await anonymous.post(`/invitations/${SEED.invitations.expired.token}/accept`, { marketingOptIn: false })];
  },
  listPermissions: async ({ as }) => [await as('viewer').get('/permissions')],
  listRoles: async ({ as }) => [await as('viewer').get(`/workspaces/${ACME}/roles`)],
  createRole: async ({ as }) => [await as('owner').post(`/workspaces/${ACME}/roles`, { name: 'Readers', permissions: ['audit:view'] }),
    await as('owner').post(`/workspaces/${LABS}/roles`, { name: 'Readers', permissions: [] })],
  getRole: async ({ as }) => [await as('viewer').get(`/workspaces/${ACME}/roles/admin`), await as('viewer').get(`/workspaces/${ACME}/roles/${SEED.roles.billingManager}`)],
  updateRole: async ({ as }) => {
    const role = await as('owner').get<Role>(`/workspaces/${ACME}/roles/${SEED.roles.billingManager}`);
    return [await as('owner').patch(`/workspaces/${ACME}/roles/${SEED.roles.billingManager}`, { description: 'Money' }, { headers: { 'if-match': role.headers.get('etag') ?? '' } }),
      await as('owner').patch(`/workspaces/${ACME}/roles/admin`, { description: 'No' })];
  },
  deleteRole: async ({ as }) => {
    const made = await as('owner').post<Role>(`/workspaces/${ACME}/roles`, { name: 'Temp', permissions: [] });
    return [await as('owner').delete(`/workspaces/${ACME}/roles/${SEED.roles.billingManager}`), await as('owner').delete(`/workspaces/${ACME}/roles/${made.body.id}`)];
  },
  listAuditLog: async ({ as }) => [await as('owner').get(`/workspaces/${ACME}/audit-log?limit=3`), await as('member').get(`/workspaces/${ACME}/audit-log`)],
};

describe('the OpenAPI document says what the backend does', () => {
  test('every operation of the document has a scenario here, and nothing else does', () => {
    assert.deepEqual(Object.keys(scenarios).sort(), [...operationIds].sort());
  });

  for (const operationId of operationIds) {
    test(operationId, async () => {
      const scenario = scenarios[operationId];
      assert.ok(scenario);
      // Each answer is checked against the document as it arrives (see helpers.ts); a drift throws.
      await scenario(setup());
    });
  }

  test('keyed repeats, bodies over the limit and malformed JSON are declared everywhere they can happen', async () => {
    const t = setup();
    const owner = t.as('owner');
    const headers = { 'idempotency-key': 'k1' };
    await owner.post<Workspace>('/workspaces', { name: 'Keyed' }, { headers });
    await owner.post<Workspace>('/workspaces', { name: 'Keyed' }, { headers });
    await owner.post<Workspace>('/workspaces', { name: 'Other' }, { headers });
    await owner.send('POST', invitations(ACME), { raw: 'x'.repeat(2 * 1024 * 1024), headers: { 'content-type': 'application/json' } });
    await owner.send('POST', `/workspaces/${ACME}/roles`, { raw: '{', headers: { 'content-type': 'application/json' } });
  });
});
