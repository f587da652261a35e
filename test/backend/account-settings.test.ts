/** Notification channels, deletion impact, the export list and the billing currency, as account settings use them. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type {
  DataExport, DeletionImpact, NotificationPreferences, Page, Problem, Workspace,
} from '../../src/sdk/schemas/index.js';
import { ACME, GLOBEX, LABS, SEED, assertFieldError, assertProblem, members, setup } from './helpers.js';

const PREFERENCES = '/me/notification-preferences';
const DAY = 24 * 60 * 60 * 1000;

describe('notification channels', () => {
  test('say per channel whether the user can receive it, and why not', async () => {
    const { as } = setup();
    const owner = await as('owner').get<NotificationPreferences>(PREFERENCES);
    assert.deepEqual(owner.body.channels, [
      { channel: 'email', available: true }, { channel: 'sms', available: true }, { channel: 'in_app', available: true },
    ]);
    const mia = await as('member').get<NotificationPreferences>(PREFERENCES);
    assert.deepEqual(mia.body.channels.find((entry) => entry.channel === 'sms'), { channel: 'sms', available: false, reason: 'phone_missing' });
  });

  test('turning on SMS without a verified phone is a field error; turning it off is fine', async () => {
    const { as } = setup();
    const mia = as('member');
    const refused = assertFieldError(await mia.patch(PREFERENCES, {
      settings: [{ topic: 'usage_alerts', channel: 'email', enabled: false }, { topic: 'usage_alerts', channel: 'sms', enabled: true }],
    }), 422, 'validation_failed', 'settings.1.channel');
    assert.equal(refused.errors?.[0]?.code, 'channel_unavailable');
    const cell = (prefs: NotificationPreferences) => prefs.settings.find((setting) => setting.topic === 'usage_alerts' && setting.channel === 'email')?.enabled;
    assert.equal(cell((await mia.get<NotificationPreferences>(PREFERENCES)).body), true, 'a refused update changes no cell');
    assert.equal((await mia.patch(PREFERENCES, { settings: [{ topic: 'usage_alerts', channel: 'sms', enabled: false }] })).status, 200);
    const alert = assertFieldError(await mia.patch(PREFERENCES, { lowBalance: { enabled: true, channel: 'sms' } }), 422, 'validation_failed', 'lowBalance.channel');
    assert.equal(alert.errors?.[0]?.code, 'channel_unavailable');
  });

  test('an unverified phone says so; once verified, SMS can be turned on', async () => {
    const { as, backend } = setup();
    const mia = as('member');
    await mia.patch('/me', { phone: '+34600123456' });
    const unverified = await mia.get<NotificationPreferences>(PREFERENCES);
    assert.equal(unverified.body.channels.find((entry) => entry.channel === 'sms')?.reason, 'phone_unverified');
    await mia.post('/me/phone-change', { newPhone: '+34600123456', password: SEED.password });
    await mia.post('/me/phone-change/confirm', { code: backend.outbox.latest('+34600123456')?.code });
    assert.equal((await mia.patch(PREFERENCES, { settings: [{ topic: 'usage_alerts', channel: 'sms', enabled: true }], lowBalance: { enabled: true, channel: 'sms' } })).status, 200);
  });

  test('the low-balance threshold can still change when its channel became unavailable', async () => {
    const { as } = setup();
    const owner = as('owner');
    await owner.patch(PREFERENCES, { lowBalance: { enabled: true, channel: 'sms', threshold: 5, currency: 'EUR' } });
    await owner.patch('/me', { phone: null });
    const changed = await owner.patch<NotificationPreferences>(PREFERENCES, { lowBalance: { threshold: 20 } });
    assert.equal(changed.status, 200);
    assert.deepEqual(changed.body.lowBalance, { enabled: true, channel: 'sms', threshold: 20, currency: 'EUR' });
  });
});

describe('billing currency', () => {
  test('each workspace says its billing currency: USD by default, Acme Labs in EUR', async () => {
    const { as } = setup();
    const owner = as('owner');
    assert.equal((await owner.get<Workspace>(`/workspaces/${ACME}`)).body.currency, 'USD');
    assert.equal((await owner.get<Workspace>(`/workspaces/${LABS}`)).body.currency, 'EUR');
    assert.equal((await as('member').post<Workspace>('/workspaces', { name: 'Fresh' })).body.currency, 'USD');
  });
});

describe('deletion impact', () => {
  test('lists owned workspaces, which block deletion, and what else is lost', async () => {
    const { as, clock } = setup();
    const owner = as('owner');
    await owner.post('/me/exports');
    clock.advance(1000);
    const impact = await owner.get<DeletionImpact>('/me/deletion-impact');
    assert.equal(impact.status, 200);
    assert.deepEqual(impact.body, {
      canDelete: false,
      ownedWorkspaces: [
        { id: ACME, name: 'Acme Inc.', memberCount: 25, blocksDeletion: true },
        { id: LABS, name: 'Acme Labs', memberCount: 2, blocksDeletion: true },
      ],
      memberships: 1,
      sessions: 3,
      pendingExports: 1,
    });
  });

  test('a workspace owned alone is deleted with the account and does not block', async () => {
    const { as } = setup();
    const mia = as('member');
    const mine = await mia.post<Workspace>('/workspaces', { name: 'Solo' });
    const impact = (await mia.get<DeletionImpact>('/me/deletion-impact')).body;
    assert.deepEqual(impact.ownedWorkspaces, [{ id: mine.body.id, name: 'Solo', memberCount: 1, blocksDeletion: false }]);
    assert.equal(impact.canDelete, true);
    assert.equal((await mia.delete('/me', { password: SEED.password, confirmation: SEED.users.member.email })).status, 204);
  });

  test('deleting the account is refused with last_owner naming every blocking workspace, and deletes nothing', async () => {
    const { as, backend } = setup();
    const owner = as('owner');
    const refused = assertProblem(await owner.delete('/me', { password: SEED.password, confirmation: SEED.users.owner.email }), 409, 'last_owner');
    assert.deepEqual((refused as Problem).workspaces, [{ id: ACME, name: 'Acme Inc.' }, { id: LABS, name: 'Acme Labs' }]);
    assert.match(refused.detail ?? '', /Acme Inc\., Acme Labs/);
    assert.ok(backend.store.workspaces.get(LABS));

    await owner.delete(`${members(LABS)}/${SEED.members.labs.admin}`);
    await owner.post(`/workspaces/${ACME}/transfer-ownership`, { memberId: SEED.members.acme.admin });
    const impact = (await owner.get<DeletionImpact>('/me/deletion-impact')).body;
    assert.deepEqual(impact.ownedWorkspaces, [{ id: LABS, name: 'Acme Labs', memberCount: 1, blocksDeletion: false }]);
    assert.equal(impact.memberships, 2, 'Acme Inc. and Globex, now as a member');
    assert.equal((await owner.delete('/me', { password: SEED.password, confirmation: SEED.users.owner.email })).status, 204);
    assert.equal(backend.store.workspaces.get(LABS), undefined);
    assert.ok(backend.store.workspaces.get(GLOBEX));
  });
});

describe('the export list', () => {
  test('finds the running export after a reload, newest first, and says when one expired', async () => {
    const { as, clock } = setup();
    const mia = as('member');
    assert.deepEqual((await mia.get<Page<DataExport>>('/me/exports')).body, { items: [], nextCursor: null, total: 0 });
    const first = (await mia.post<DataExport>('/me/exports')).body;
    const listed = (await mia.get<Page<DataExport>>('/me/exports')).body.items;
    assert.deepEqual(listed.map((item) => [item.id, item.status]), [[first.id, 'pending']]);
    clock.advance(2000);
    const [ready] = (await mia.get<Page<DataExport>>('/me/exports')).body.items;
    assert.equal(ready?.status, 'ready');
    assert.ok(ready?.downloadUrl);
    clock.advance(7 * DAY);
    const [expired] = (await mia.get<Page<DataExport>>('/me/exports')).body.items;
    assert.deepEqual({ status: expired?.status, downloadUrl: expired?.downloadUrl }, { status: 'expired', downloadUrl: null });
    assert.equal((await mia.get<DataExport>(`/me/exports/${first.id}`)).body.status, 'expired');

    const second = (await mia.post<DataExport>('/me/exports')).body;
    const after = (await mia.get<Page<DataExport>>('/me/exports')).body;
    assert.deepEqual(after.items.map((item) => item.id), [second.id], 'the expired export was forgotten as the next was made');
    assertProblem(await mia.get(`/me/exports/${first.id}`), 404, 'not_found');
  });

  test("nobody lists or reads someone else's exports", async () => {
    const { as } = setup();
    const exported = (await as('owner').post<DataExport>('/me/exports')).body;
    assert.equal((await as('member').get<Page<DataExport>>('/me/exports')).body.total, 0);
    assertProblem(await as('member').get(`/me/exports/${exported.id}`), 404, 'not_found');
  });

  test('the export holds the recent sign-ins too', async () => {
    const { as, clock } = setup();
    const owner = as('owner');
    const requested = (await owner.post<DataExport>('/me/exports')).body;
    clock.advance(2000);
    const url = (await owner.get<DataExport>(`/me/exports/${requested.id}`)).body.downloadUrl ?? '';
    const data = JSON.parse(decodeURIComponent(url.slice(url.indexOf(',') + 1))) as { signIns: { id: string }[] };
    assert.ok(data.signIns.some((signIn) => signIn.id === SEED.signIns.failedLagos));
  });
});
