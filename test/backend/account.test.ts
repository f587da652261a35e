import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { NotificationPreferences, User, VerificationPending } from '../../src/sdk/schemas/index.js';
import { SEED, assertFieldError, assertProblem, setup } from './helpers.js';

const password = SEED.password;

describe('profile', () => {
  test('reads and updates the account, with an ETag that changes on each change', async () => {
    const { as } = setup();
    const owner = as('owner');
    const read = await owner.get<User>('/me');
    assert.equal(read.status, 200);
    assert.equal(read.body.email, SEED.users.owner.email);
    const etag = read.headers.get('etag');
    assert.match(etag ?? '', /^"\d+"$/);

    const updated = await owner.patch<User>('/me', { name: 'Olivia O.', locale: 'es-ES', timezone: 'Europe/Madrid' }, { headers: { 'if-match': etag ?? '' } });
    assert.equal(updated.status, 200);
    assert.equal(updated.body.name, 'Olivia O.');
    assert.equal(updated.body.locale, 'es-ES');
    assert.notEqual(updated.headers.get('etag'), etag);
    assert.equal((await owner.get<User>('/me')).body.name, 'Olivia O.');
  });

  test('a PATCH with a stale If-Match is refused with 412 and changes nothing', async () => {
    const { as } = setup();
    const owner = as('owner');
    const stale = (await owner.get('/me')).headers.get('etag') ?? '';
    await owner.patch('/me', { name: 'First edit' });
    assertProblem(await owner.patch('/me', { name: 'Second edit' }, { headers: { 'if-match': stale } }), 412, 'precondition_failed');
    assert.equal((await owner.get<User>('/me')).body.name, 'First edit');
  });

  test('a phone set by PATCH is unverified; invalid fields answer 422 with field errors', async () => {
    const { as } = setup();
    const owner = as('owner');
    const updated = await owner.patch<User>('/me', { phone: '+34600123456' });
    assert.equal(updated.body.phone, '+34600123456');
    assert.equal(updated.body.phoneVerified, false);
    const invalid = await owner.patch('/me', { timezone: 'Mars/Olympus', country: 'spain' });
    assertFieldError(invalid, 422, 'validation_failed', 'timezone');
    assertFieldError(invalid, 422, 'validation_failed', 'country');
  });

  test('an account may have no language or time zone yet; once chosen they are kept, and a workspace it creates is on UTC', async () => {
    const { as } = setup();
    const victor = as('viewer');
    const unset = await victor.get<User>('/me');
    assert.deepEqual([unset.body.locale, unset.body.timezone, unset.body.country], [null, null, null]);
    const created = await victor.post<{ timezone: string }>('/workspaces', { name: 'Victor Ventures' });
    assert.equal(created.body.timezone, 'UTC');

    const chosen = await victor.patch<User>('/me', { locale: 'es-MX', timezone: 'America/Mexico_City', country: 'MX' });
    assert.deepEqual([chosen.body.locale, chosen.body.timezone, chosen.body.country], ['es-MX', 'America/Mexico_City', 'MX']);
    // Chosen once, a language can be changed but not taken away.
    assertFieldError(await victor.patch('/me', { locale: null }), 422, 'validation_failed', 'locale');
  });
});

describe('password change', () => {
  test('needs the current password and a new one of at least 12 characters', async () => {
    const { as, backend } = setup();
    const owner = as('owner');
    assertFieldError(await owner.post('/me/password', { currentPassword: 'wrong password!', newPassword: 'a brand new secret' }), 422, 'invalid_password', 'currentPassword');
    assertFieldError(await owner.post('/me/password', { currentPassword: password, newPassword: 'short' }), 422, 'validation_failed', 'newPassword');
    const changed = await owner.post<{ revoked: number }>('/me/password', { currentPassword: password, newPassword: 'a brand new secret' });
    assert.equal(changed.status, 200);
    assert.equal(changed.body.revoked, 2, "the owner's two other seeded devices are signed out");
    assert.equal(backend.outbox.latest(SEED.users.owner.email)?.kind, 'password_changed');
    assertFieldError(await owner.post('/me/password', { currentPassword: password, newPassword: 'another new secret' }), 422, 'invalid_password', 'currentPassword');
    assert.equal((await owner.post('/me/password', { currentPassword: 'a brand new secret', newPassword: 'another new secret' })).status, 200);
  });
});

describe('email change', () => {
  test('sends a code to the new address; the code applies the change', async () => {
    const { as, backend } = setup();
    const mia = as('member');
    const started = await mia.post<VerificationPending>('/me/email-change', { newEmail: 'mia@new.example', password });
    assert.equal(started.status, 202);
    assert.equal(started.body.sentTo, 'mia@new.example');
    const message = backend.outbox.latest('mia@new.example', 'email_change');
    assert.match(message?.code ?? '', /^\d{6}$/);
    assert.equal((await mia.get<User>('/me')).body.email, SEED.users.member.email, 'nothing changes before the code');

    const confirmed = await mia.post<User>('/me/email-change/confirm', { code: message?.code });
    assert.equal(confirmed.status, 200);
    assert.equal(confirmed.body.email, 'mia@new.example');
    assert.equal(confirmed.body.emailVerified, true);
    assert.equal(backend.outbox.latest(SEED.users.member.email)?.kind, 'email_changed', 'the old address is told');
    assertProblem(await mia.post('/me/email-change/confirm', { code: message?.code }), 404, 'not_found');
  });

  test('refuses a wrong password, a wrong code, an expired code, and an address in use', async () => {
    const { as, backend, clock } = setup();
    const mia = as('member');
    assertFieldError(await mia.post('/me/email-change', { newEmail: 'mia@new.example', password: 'not my password' }), 422, 'invalid_password', 'password');
    assert.equal(backend.outbox.latest('mia@new.example'), undefined, 'no code is sent without the password');
    assertFieldError(await mia.post('/me/email-change', { newEmail: SEED.users.admin.email, password: 'not my password' }), 422, 'invalid_password', 'password');
    assertProblem(await mia.post('/me/email-change', { newEmail: SEED.users.admin.email, password }), 409, 'conflict');
    assertProblem(await mia.post('/me/email-change/confirm', { code: '123456' }), 404, 'not_found');

    await mia.post('/me/email-change', { newEmail: 'mia@new.example', password });
    const code = backend.outbox.latest('mia@new.example', 'email_change')?.code ?? '';
    const wrong = code === '000000' ? '111111' : '000000';
    assertFieldError(await mia.post('/me/email-change/confirm', { code: wrong }), 422, 'invalid_code', 'code');
    clock.advance(15 * 60 * 1000 + 1);
    assertFieldError(await mia.post('/me/email-change/confirm', { code }), 422, 'invalid_code', 'code');
    assert.equal((await mia.get<User>('/me')).body.email, SEED.users.member.email);
  });

  test('too many wrong codes drop the pending change', async () => {
    const { as, backend } = setup();
    const mia = as('member');
    await mia.post('/me/email-change', { newEmail: 'mia@new.example', password });
    const code = backend.outbox.latest('mia@new.example', 'email_change')?.code ?? '';
    const wrong = code === '000000' ? '111111' : '000000';
    for (let attempt = 0; attempt < 5; attempt++) await mia.post('/me/email-change/confirm', { code: wrong });
    assertProblem(await mia.post('/me/email-change/confirm', { code }), 404, 'not_found');
  });
});

describe('phone change', () => {
  test('sends an SMS code to the new number; the code applies and verifies it', async () => {
    const { as, backend } = setup();
    const mia = as('member');
    assertFieldError(await mia.post('/me/phone-change', { newPhone: '+34600123456', password: 'nope' }), 422, 'invalid_password', 'password');
    assertFieldError(await mia.post('/me/phone-change', { newPhone: '600 12 34 56', password }), 422, 'validation_failed', 'newPhone');
    assert.equal((await mia.post('/me/phone-change', { newPhone: '+34600123456', password })).status, 202);
    const sms = backend.outbox.latest('+34600123456', 'phone_change');
    assert.equal(sms?.channel, 'sms');
    const code = sms?.code ?? '';
    assertFieldError(await mia.post('/me/phone-change/confirm', { code: code === '000000' ? '111111' : '000000' }), 422, 'invalid_code', 'code');
    const confirmed = await mia.post<User>('/me/phone-change/confirm', { code });
    assert.equal(confirmed.body.phone, '+34600123456');
    assert.equal(confirmed.body.phoneVerified, true);
  });
});

describe('notification preferences', () => {
  test('reads the matrix and changes single cells and the low-balance alert', async () => {
    const { as } = setup();
    // The owner has a verified phone, so SMS can be turned on.
    const owner = as('owner');
    const initial = await owner.get<NotificationPreferences>('/me/notification-preferences');
    assert.ok(initial.body.topics.length >= 5);
    const cell = (prefs: NotificationPreferences, topic: string, channel: string) =>
      prefs.settings.find((setting) => setting.topic === topic && setting.channel === channel)?.enabled;
    assert.equal(cell(initial.body, 'usage_alerts', 'sms'), false);

    const updated = await owner.patch<NotificationPreferences>('/me/notification-preferences', {
      settings: [{ topic: 'usage_alerts', channel: 'sms', enabled: true }],
      lowBalance: { enabled: true, threshold: 25 },
    });
    assert.equal(cell(updated.body, 'usage_alerts', 'sms'), true);
    assert.equal(cell(updated.body, 'usage_alerts', 'email'), cell(initial.body, 'usage_alerts', 'email'), 'other cells keep their value');
    assert.deepEqual(updated.body.lowBalance, { ...initial.body.lowBalance, enabled: true, threshold: 25 });
  });

  test('refuses a topic or channel that does not exist', async () => {
    const { as } = setup();
    const mia = as('member');
    assertFieldError(await mia.patch('/me/notification-preferences', { settings: [{ topic: 'nope', channel: 'email', enabled: true }] }), 422, 'validation_failed', 'settings.0.topic');
    assertFieldError(await mia.patch('/me/notification-preferences', { settings: [{ topic: 'billing_receipts', channel: 'sms', enabled: true }] }), 422, 'validation_failed', 'settings.0.channel');
  });
});
