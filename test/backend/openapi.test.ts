/**
 * Every operation of `docs/openapi.json` driven once through the reference backend, success and typical
 * failures, each answer checked against the document by `openapi-check.ts` (via the `Caller`). A new operation
 * without a row here fails the first test, so the document and the backend cannot drift apart unnoticed.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import type { DataExport, InviteResults, Page, Role, SignIn, Workspace } from '../../src/sdk/schemas/index.js';
import type { ApiKeyCreated, WebhookDelivery, WebhookWithSecret } from '../../src/sdk/schemas/index.js';
import { ACME, GLOBEX, LABS, SEED, invitations, mailedToken, members, setup, type TestBackend } from './helpers.js';

const operationIds = [...readFileSync(new URL('../../docs/openapi.json', import.meta.url), 'utf8').matchAll(/"operationId": "(\w+)"/g)]
  .flatMap(([, id]) => (id ? [id] : []));

const groups = (workspaceId: string) => `/workspaces/${workspaceId}/groups`;
const domains = (workspaceId: string) => `/workspaces/${workspaceId}/domains`;

const png = () => {
  const bytes = new Uint8Array(64);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const form = new FormData();
  form.set('file', new Blob([bytes], { type: 'image/png' }), 'a.png');
  return form;
};

/** Webhook deliveries answered here, not over the network. */
const SCENARIO_BACKEND = { webhooks: { fetch: async () => new Response('ok') } };
const apiKeys = (workspaceId: string) => `/workspaces/${workspaceId}/api-keys`;
const webhooks = (workspaceId: string) => `/workspaces/${workspaceId}/webhooks`;
const hook = async ({ as }: TestBackend) =>
  (await as('owner').post<WebhookWithSecret>(webhooks(ACME), { url: 'https://hooks.example.com/teamkit', events: ['member.added'] })).body;

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
  getEmailChange: async ({ as }) => {
    const none = await as('member').get('/me/email-change');
    await as('member').post('/me/email-change', { newEmail: 'm@new.example', password: SEED.password });
    return [none, await as('member').get('/me/email-change')];
  },
  resendEmailChange: async ({ as, clock }) => {
    const none = await as('member').post('/me/email-change/resend');
    await as('member').post('/me/email-change', { newEmail: 'm@new.example', password: SEED.password });
    const early = await as('member').post('/me/email-change/resend');
    clock.advance(30_000);
    return [none, early, await as('member').post('/me/email-change/resend')];
  },
  cancelEmailChange: async ({ as }) => {
    await as('member').post('/me/email-change', { newEmail: 'm@new.example', password: SEED.password });
    return [await as('member').delete('/me/email-change'), await as('member').delete('/me/email-change')];
  },
  getPhoneChange: async ({ as }) => {
    const none = await as('member').get('/me/phone-change');
    await as('member').post('/me/phone-change', { newPhone: '+14155550113', password: SEED.password });
    return [none, await as('member').get('/me/phone-change')];
  },
  resendPhoneChange: async ({ as, clock }) => {
    await as('member').post('/me/phone-change', { newPhone: '+14155550114', password: SEED.password });
    const early = await as('member').post('/me/phone-change/resend');
    clock.advance(30_000);
    return [early, await as('member').post('/me/phone-change/resend')];
  },
  cancelPhoneChange: async ({ as }) => [await as('member').delete('/me/phone-change')],
  startPhoneChange: async ({ as }) => [await as('member').post('/me/phone-change', { newPhone: '+14155550111', password: SEED.password })],
  confirmPhoneChange: async ({ as, backend }) => {
    await as('member').post('/me/phone-change', { newPhone: '+14155550112', password: SEED.password });
    return [await as('member').post('/me/phone-change/confirm', { code: backend.outbox.latest('+14155550112')?.code ?? '' })];
  },
  getNotificationPreferences: async ({ as }) => [await as('owner').get('/me/notification-preferences')],
  updateNotificationPreferences: async ({ as }) => [await as('owner').patch('/me/notification-preferences', { lowBalance: null })],
  requestExport: async ({ as }) => [await as('owner').post('/me/exports'), await as('owner').post('/me/exports')],
  listExports: async ({ as }) => {
    await as('owner').post('/me/exports');
    return [await as('owner').get('/me/exports?limit=1'), await as('owner').get('/me/exports?cursor=nope')];
  },
  getDeletionImpact: async ({ as }) => [await as('owner').get('/me/deletion-impact'), await as('viewer').get('/me/deletion-impact')],
  listSignIns: async ({ as }) => [await as('owner').get('/me/sign-ins?limit=2'), await as('owner').get('/me/sign-ins?limit=0')],
  reportSignIn: async ({ as }) => {
    const owner = as('owner');
    const current = await owner.get<Page<SignIn>>('/me/sign-ins?limit=1');
    return [await owner.post(`/me/sign-ins/${SEED.signIns.failedLagos}/not-me`), await owner.post(`/me/sign-ins/${current.body.items[0]?.id ?? ''}/not-me`),
      await owner.post('/me/sign-ins/sgn_none/not-me')];
  },
  getNotificationRules: async ({ as }) => [await as('viewer').get(`/workspaces/${ACME}/notification-rules`), await as('viewer').get(`/workspaces/${GLOBEX}/notification-rules`)],
  updateNotificationRules: async ({ as }) => {
    const rules = [{ topic: 'usage_alerts', audience: { owner: true, admins: false, everyone: false, roleIds: [], groupIds: [SEED.groups.sales] }, channels: ['email'] }];
    return [await as('admin').send('PUT', `/workspaces/${ACME}/notification-rules`, { body: { rules }, headers: { 'if-match': '"1"' } }),
      await as('admin').send('PUT', `/workspaces/${ACME}/notification-rules`, { body: { rules }, headers: { 'if-match': '"1"' } }),
      await as('member').send('PUT', `/workspaces/${ACME}/notification-rules`, { body: { rules } }),
      await as('admin').send('PUT', `/workspaces/${ACME}/notification-rules`, { body: { rules: [{ ...rules[0], topic: 'nope' }] } })];
  },
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
  getWorkspaceQuota: async ({ as }) => [await as('owner').get('/me/workspace-quota'), await as('member').get('/me/workspace-quota')],
  listJoinableWorkspaces: async ({ as }) => {
    await as('viewer').post(`/workspaces/${ACME}/leave`);
    return [await as('viewer').get('/me/joinable-workspaces'), await as('owner').get('/me/joinable-workspaces')];
  },
  joinWorkspace: async ({ as, backend }) => {
    await as('viewer').post(`/workspaces/${ACME}/leave`);
    await as('owner').delete(`${members(ACME)}/${SEED.members.acme.billing}`);
    const removed = await as('billing').post(`/workspaces/${ACME}/join`);
    backend.limits.proSeats = 1;
    const full = await as('viewer').post(`/workspaces/${ACME}/join`);
    backend.limits.proSeats = 100;
    return [removed, full, await as('viewer').post(`/workspaces/${ACME}/join`), await as('viewer').post(`/workspaces/${ACME}/join`),
      await as('viewer').post(`/workspaces/${SEED.workspaces.globex}/join`)];
  },
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
  getRoleUsage: async ({ as }) => [await as('owner').get(`/workspaces/${ACME}/roles/${SEED.roles.billingManager}/usage`),
    await as('viewer').get(`/workspaces/${ACME}/roles/${SEED.roles.billingManager}/usage`), await as('owner').get(`/workspaces/${ACME}/roles/role_none/usage`)],
  deleteRole: async ({ as }) => {
    const roles = `/workspaces/${ACME}/roles`;
    const made = await as('owner').post<{ id: string }>(roles, { name: 'Temp', permissions: [] });
    return [await as('owner').delete(`${roles}/${SEED.roles.billingManager}`), await as('owner').delete(`${roles}/${SEED.roles.billingManager}?reassignTo=owner`),
      await as('owner').delete(`${roles}/${SEED.roles.billingManager}?reassignTo=${SEED.roles.billingManager}`),
      await as('owner').delete(`${roles}/${SEED.roles.billingManager}?reassignTo=member`, undefined, { headers: { 'if-match': '"0"' } }),
      await as('owner').delete(`${roles}/${SEED.roles.billingManager}?reassignTo=member`), await as('owner').delete(`${roles}/${made.body.id}`)];
  },
  listGroups: async ({ as }) => [await as('viewer').get(`${groups(ACME)}?limit=1&query=e`), await as('viewer').get(`${groups(ACME)}?limit=0`),
    await as('globexOwner').get(groups(ACME))],
  createGroup: async ({ as }) => [await as('admin').post(groups(ACME), { name: 'Support' }), await as('admin').post(groups(ACME), { name: 'sALES' }),
    await as('member').post(groups(ACME), { name: 'Mine' }), await as('admin').post(groups(ACME), { name: '' })],
  getGroup: async ({ as }) => [await as('viewer').get(`${groups(ACME)}/${SEED.groups.sales}`), await as('viewer').get(`${groups(ACME)}/grp_none`)],
  updateGroup: async ({ as }) => {
    const path = `${groups(ACME)}/${SEED.groups.sales}`;
    const read = await as('admin').get(path);
    return [await as('admin').patch(path, { name: 'Sales EMEA' }, { headers: { 'if-match': read.headers.get('etag') ?? '' } }),
      await as('admin').patch(path, { name: 'Sales' }, { headers: { 'if-match': read.headers.get('etag') ?? '' } }),
      await as('admin').patch(path, { name: 'engineering' }), await as('member').patch(path, { name: 'Mine' }), await as('admin').patch(path, { name: 'a\nb' })];
  },
  deleteGroup: async ({ as }) => [await as('member').delete(`${groups(ACME)}/${SEED.groups.sales}`),
    await as('admin').delete(`${groups(ACME)}/${SEED.groups.sales}`, undefined, { headers: { 'if-match': '"0"' } }),
    await as('admin').delete(`${groups(ACME)}/${SEED.groups.sales}`), await as('admin').delete(`${groups(ACME)}/${SEED.groups.sales}`)],
  listGroupMembers: async ({ as }) => [await as('viewer').get(`${groups(ACME)}/${SEED.groups.engineering}/members?query=a&sort=-name&limit=2`),
    await as('viewer').get(`${groups(ACME)}/grp_none/members`), await as('viewer').get(`${groups(ACME)}/${SEED.groups.sales}/members?sort=shoe`)],
  changeGroupMembers: async ({ as }) => {
    const path = `${groups(ACME)}/${SEED.groups.sales}/members`;
    const { acme, globex } = SEED.members;
    return [await as('admin').post(path, { add: [acme.viewer, acme.owner, globex.admin, acme.member], remove: [acme.billing] }),
      await as('member').post(path, { add: [acme.viewer] }), await as('admin').post(path, { add: [acme.viewer], remove: [acme.viewer] })];
  },
  listDomains: async ({ as }) => [await as('owner').get(domains(ACME)), await as('viewer').get(domains(ACME)), await as('globexOwner').get(domains(ACME))],
  addDomain: async ({ as }) => [await as('owner').post(domains(ACME), { hostname: 'Example.ORG.' }), await as('owner').post(domains(ACME), { hostname: 'acme.test' }),
    await as('globexOwner').post(domains(SEED.workspaces.globex), { hostname: 'acme.test' }), await as('owner').post(domains(ACME), { hostname: '*.example.org' }),
    await as('member').post(domains(ACME), { hostname: 'example.net' })],
  getDomain: async ({ as }) => [await as('viewer').get(`${domains(ACME)}/${SEED.domains.verified.id}`), await as('viewer').get(`${domains(ACME)}/dom_none`)],
  updateDomain: async ({ as }) => {
    const path = `${domains(ACME)}/${SEED.domains.verified.id}`;
    const read = await as('owner').get(path);
    return [await as('owner').patch(path, { purposes: ['sso', 'trusted_sender'] }, { headers: { 'if-match': read.headers.get('etag') ?? '' } }),
      await as('owner').patch(path, { purposes: ['sso'] }, { headers: { 'if-match': read.headers.get('etag') ?? '' } }),
      await as('owner').patch(`${domains(ACME)}/${SEED.domains.pending.id}`, { purposes: ['auto_join'], autoJoinRole: 'member' }),
      await as('member').patch(path, { purposes: [] }), await as('owner').patch(`${domains(ACME)}/dom_none`, { purposes: [] })];
  },
  verifyDomain: async ({ as, backend }) => {
    const { pending } = SEED.domains;
    const path = `${domains(ACME)}/${pending.id}/verify`;
    const theirs = await as('globexOwner').post<{ id: string }>(domains(SEED.workspaces.globex), { hostname: pending.hostname });
    const failed = await as('owner').post(path);
    backend.dns.set(`_teamkit-verify.${pending.hostname}`, [`teamkit-verify=${pending.token}`]);
    const verified = await as('owner').post(path);
    const taken = await as('globexOwner').post(`${domains(SEED.workspaces.globex)}/${theirs.body.id}/verify`);
    backend.limits.domainChecksPerWorkspace = { limit: 0, windowMs: 60_000 };
    const limited = await as('globexOwner').post(`${domains(SEED.workspaces.globex)}/${theirs.body.id}/verify`);
    return [failed, verified, taken, limited, await as('member').post(path), await as('owner').post(`${domains(ACME)}/dom_none/verify`)];
  },
  removeDomain: async ({ as }) => {
    const path = `${domains(ACME)}/${SEED.domains.pending.id}`;
    return [await as('member').delete(path), await as('owner').delete(path, undefined, { headers: { 'if-match': '"0"' } }), await as('owner').delete(path), await as('owner').delete(path)];
  },
  listAuditLog: async ({ as }) => [await as('owner').get(`/workspaces/${ACME}/audit-log?limit=3`), await as('member').get(`/workspaces/${ACME}/audit-log`)],
  getAuditFacets: async ({ as }) => {
    await as('owner').patch(`/workspaces/${ACME}`, { industry: 'Toys' });
    return [await as('owner').get(`/workspaces/${ACME}/audit-log/facets`), await as('member').get(`/workspaces/${ACME}/audit-log/facets`)];
  },
  exportAuditLog: async ({ as }) => [await as('owner').get(`/workspaces/${ACME}/audit-log/export.csv?action=member`), await as('member').get(`/workspaces/${ACME}/audit-log/export.csv`)],
  listApiKeys: async ({ as }) => [await as('owner').get(`${apiKeys(ACME)}?status=active`), await as('member').get(apiKeys(ACME))],
  createApiKey: async ({ as }) => {
    const key = { name: 'CI', scopes: ['audit:view'], expiresAt: null };
    const headers = { 'idempotency-key': 'create-key' };
    return [await as('owner').post(apiKeys(ACME), key, { headers }), await as('owner').post(apiKeys(ACME), key, { headers }),
      await as('owner').post(apiKeys(ACME), { ...key, expiresAt: '2000-01-01T00:00:00Z' }), await as('member').post(apiKeys(ACME), key)];
  },
  revokeApiKey: async ({ as }) => {
    const made = await as('owner').post<ApiKeyCreated>(apiKeys(ACME), { name: 'CI', scopes: ['audit:view'], expiresAt: null });
    return [await as('owner').post(`${apiKeys(ACME)}/${made.body.id}/revoke`), await as('owner').post(`${apiKeys(ACME)}/${made.body.id}/revoke`)];
  },
  listWebhookEvents: async ({ as }) => [await as('viewer').get('/webhook-events')],
  listWebhooks: async (t) => [await hook(t), await t.as('owner').get(`${webhooks(ACME)}?limit=5`), await t.as('viewer').get(webhooks(ACME))],
  createWebhook: async ({ as }) => [await as('owner').post(webhooks(ACME), { url: 'https://hooks.example.com/a', events: ['member.added'] }),
    await as('owner').post(webhooks(ACME), { url: 'https://169.254.169.254/latest', events: ['member.added'] })],
  getWebhook: async (t) => [await t.as('owner').get(`${webhooks(ACME)}/${(await hook(t)).id}`), await t.as('owner').get(`${webhooks(ACME)}/whk_none`)],
  updateWebhook: async (t) => {
    const { id } = await hook(t);
    return [await t.as('owner').patch(`${webhooks(ACME)}/${id}`, { enabled: false }), await t.as('owner').patch(`${webhooks(ACME)}/${id}`, { events: ['no.such_event'] })];
  },
  deleteWebhook: async (t) => [await t.as('owner').delete(`${webhooks(ACME)}/${(await hook(t)).id}`), await t.as('owner').delete(`${webhooks(ACME)}/whk_none`)],
  rotateWebhookSecret: async (t) => [await t.as('owner').post(`${webhooks(ACME)}/${(await hook(t)).id}/rotate-secret`)],
  sendWebhookTest: async (t) => {
    const { id } = await hook(t);
    return [await t.as('owner').post(`${webhooks(ACME)}/${id}/test`, { type: 'call.completed' }), await t.as('owner').post(`${webhooks(ACME)}/${id}/test`, { type: 'no.such_event' })];
  },
  listWebhookDeliveries: async (t) => {
    const { id } = await hook(t);
    await t.as('owner').post(`${webhooks(ACME)}/${id}/test`, { type: 'member.added' });
    await t.backend.webhooks.settled();
    return [await t.as('owner').get(`${webhooks(ACME)}/${id}/deliveries?status=succeeded`), await t.as('admin').get(`${webhooks(ACME)}/whk_none/deliveries`)];
  },
  getWebhookDelivery: async (t) => {
    const { id } = await hook(t);
    const sent = await t.as('owner').post<WebhookDelivery>(`${webhooks(ACME)}/${id}/test`, { type: 'member.added' });
    await t.backend.webhooks.settled();
    return [await t.as('owner').get(`${webhooks(ACME)}/${id}/deliveries/${sent.body.id}`), await t.as('owner').get(`${webhooks(ACME)}/${id}/deliveries/dlv_none`)];
  },
  redeliverWebhook: async (t) => {
    const { id } = await hook(t);
    const sent = await t.as('owner').post<WebhookDelivery>(`${webhooks(ACME)}/${id}/test`, { type: 'member.added' });
    return [await t.as('owner').post(`${webhooks(ACME)}/${id}/deliveries/${sent.body.id}/redeliver`), await t.as('owner').post(`${webhooks(ACME)}/${id}/deliveries/dlv_none/redeliver`)];
  },
  getBilling: async ({ as }) => [await as('owner').get(`/workspaces/${ACME}/billing`), await as('viewer').get(`/workspaces/${ACME}/billing`)],
  listInvoices: async ({ as }) => [await as('billing').get(`/workspaces/${ACME}/billing/invoices?limit=5&status=paid`), await as('viewer').get(`/workspaces/${ACME}/billing/invoices`)],
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
      await scenario(setup(SCENARIO_BACKEND));
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
