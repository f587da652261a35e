/** `client.account` and `client.sessions` end to end against the reference backend. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  AuthError, ConflictError, NotFoundError, PreconditionFailedError, RateLimitError, ValidationError,
} from '../../src/sdk/index.js';
import { SEED, failure, latestMessage, setup, useApiServer } from './helpers.js';

useApiServer();

const PASSWORD = SEED.password;
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);

describe('profile', () => {
  test('get returns the signed-in account with its ETag', async () => {
    const { client } = setup('owner');
    const me = await client.account.get();
    assert.equal(me.email, SEED.users.owner.email);
    assert.equal(me.name, SEED.users.owner.name);
    assert.equal(me.phone, '+14155550101');
    assert.ok(me.etag);
  });

  test('get reads an account that has not chosen a language or time zone yet', async () => {
    const { client } = setup('viewer');
    const me = await client.account.get();
    assert.deepEqual([me.locale, me.timezone, me.country], [null, null, null]);
  });

  test('update with the ETag it read changes the profile, and it reads back changed', async () => {
    const { client } = setup('member');
    const { etag } = await client.account.get();
    const updated = await client.account.update({ name: 'Mia Renamed', locale: 'pt-BR', timezone: 'America/Sao_Paulo', country: 'BR' }, { ifMatch: etag });
    assert.equal(updated.name, 'Mia Renamed');
    assert.notEqual(updated.etag, etag);
    const reread = await client.account.get();
    assert.deepEqual(
      { name: reread.name, locale: reread.locale, timezone: reread.timezone, country: reread.country },
      { name: 'Mia Renamed', locale: 'pt-BR', timezone: 'America/Sao_Paulo', country: 'BR' },
    );
    assert.equal(reread.etag, updated.etag);
  });

  test('update with a stale ETag fails with 412 and changes nothing', async () => {
    const { client } = setup('member');
    const { etag: stale } = await client.account.get();
    await client.account.update({ name: 'First edit' });
    const error = await failure(client.account.update({ name: 'Second edit' }, { ifMatch: stale }));
    assert.ok(error instanceof PreconditionFailedError);
    assert.equal(error.status, 412);
    assert.equal(error.code, 'precondition_failed');
    assert.equal((await client.account.get()).name, 'First edit');
  });

  test('a phone set directly is stored unverified', async () => {
    const { client } = setup('owner');
    const updated = await client.account.update({ phone: '+34600111222' });
    assert.equal(updated.phone, '+34600111222');
    assert.equal(updated.phoneVerified, false);
  });

  test('an avatar is uploaded, then removed', async () => {
    const { client } = setup('viewer');
    const withAvatar = await client.account.uploadAvatar(new Blob([PNG], { type: 'image/png' }));
    assert.match(withAvatar.avatarUrl ?? '', /^data:image\/png;base64,/);
    assert.equal((await client.account.get()).avatarUrl, withAvatar.avatarUrl);
    const without = await client.account.removeAvatar();
    assert.equal(without.avatarUrl, null);
  });

  test('the ETag an avatar change returns is the one the next update must send', async () => {
    const { client } = setup('viewer');
    const before = await client.account.get();
    const withAvatar = await client.account.uploadAvatar(new Blob([PNG], { type: 'image/png' }));
    assert.ok(withAvatar.etag && withAvatar.etag !== before.etag, 'upload returns a new ETag');
    await assert.rejects(client.account.update({ name: 'Stale' }, { ifMatch: before.etag }), { name: 'PreconditionFailedError' });
    const renamed = await client.account.update({ name: 'Fresh' }, { ifMatch: withAvatar.etag });
    const without = await client.account.removeAvatar({});
    assert.ok(without.etag && without.etag !== renamed.etag, 'removal returns a new ETag');
    assert.equal((await client.account.update({ name: 'Fresher' }, { ifMatch: without.etag })).name, 'Fresher');
  });

  test('a file that claims to be a PNG but is not is refused by the server', async () => {
    const { client } = setup('viewer');
    const error = await failure(client.account.uploadAvatar(new Blob(['not an image'], { type: 'image/png' })));
    assert.ok(error instanceof Error && 'code' in error);
    assert.equal(error.code, 'unsupported_media_type');
  });
});

describe('password', () => {
  test('changes with the current password; the new one is then the one that counts', async () => {
    const { client, backend } = setup('member');
    const other = backend.signIn(SEED.users.member.email);
    const { revoked } = await client.account.changePassword({ currentPassword: PASSWORD, newPassword: 'a much better passphrase' });
    assert.equal(revoked, 1, 'the other device is signed out');
    assert.equal(backend.store.sessions.byToken(other), undefined);
    assert.equal(latestMessage(backend, SEED.users.member.email).kind, 'password_changed');
    const old = await failure(client.account.startPhoneChange({ newPhone: '+34600111222', password: PASSWORD }));
    assert.ok(old instanceof ValidationError && old.code === 'invalid_password');
    await client.account.startPhoneChange({ newPhone: '+34600111222', password: 'a much better passphrase' });
  });

  test('a wrong current password is a ValidationError invalid_password on that field', async () => {
    const { client } = setup('member');
    const error = await failure(client.account.changePassword({ currentPassword: 'wrong password!', newPassword: 'a much better passphrase' }));
    assert.ok(error instanceof ValidationError);
    assert.equal(error.status, 422);
    assert.equal(error.code, 'invalid_password');
    assert.equal(error.source, 'server');
    assert.deepEqual(error.fieldErrors.map((f) => f.field), ['currentPassword']);
  });
});

describe('email change', () => {
  test('the code sent to the new address applies the change', async () => {
    const { client, backend } = setup('member');
    const pending = await client.account.startEmailChange({ newEmail: 'mia@new.example', password: PASSWORD });
    assert.equal(pending.sentTo, 'mia@new.example');
    const { code } = latestMessage(backend, 'mia@new.example', 'email_change');
    assert.ok(code);
    const user = await client.account.confirmEmailChange({ code });
    assert.equal(user.email, 'mia@new.example');
    assert.equal(user.emailVerified, true);
    assert.equal((await client.account.get()).email, 'mia@new.example');
    assert.equal(latestMessage(backend, SEED.users.member.email).kind, 'email_changed', 'the old address is told');
  });

  test('a wrong code is refused and the email stays', async () => {
    const { client, backend } = setup('member');
    await client.account.startEmailChange({ newEmail: 'mia@new.example', password: PASSWORD });
    const { code } = latestMessage(backend, 'mia@new.example', 'email_change');
    const wrong = code === '000000' ? '111111' : '000000';
    const error = await failure(client.account.confirmEmailChange({ code: wrong }));
    assert.ok(error instanceof ValidationError);
    assert.equal(error.code, 'invalid_code');
    assert.equal((await client.account.get()).email, SEED.users.member.email);
  });

  test('needs the password', async () => {
    const { client, backend } = setup('member');
    const error = await failure(client.account.startEmailChange({ newEmail: 'mia@new.example', password: 'not my password' }));
    assert.ok(error instanceof ValidationError && error.code === 'invalid_password');
    assert.equal(backend.outbox.latest('mia@new.example'), undefined, 'no code was sent');
  });

  test("someone else's address is a conflict", async () => {
    const { client } = setup('member');
    const error = await failure(client.account.startEmailChange({ newEmail: SEED.users.admin.email, password: PASSWORD }));
    assert.ok(error instanceof ConflictError);
  });

  test('confirming with nothing pending is NotFound', async () => {
    const { client } = setup('member');
    await assert.rejects(client.account.confirmEmailChange({ code: '123456' }), NotFoundError);
  });
});

describe('phone change', () => {
  test('the SMS code applies the new number, verified', async () => {
    const { client, backend } = setup('admin');
    await client.account.startPhoneChange({ newPhone: '+447700900123', password: PASSWORD });
    const sms = latestMessage(backend, '+447700900123', 'phone_change');
    assert.equal(sms.channel, 'sms');
    const user = await client.account.confirmPhoneChange({ code: sms.code ?? '' });
    assert.deepEqual({ phone: user.phone, phoneVerified: user.phoneVerified }, { phone: '+447700900123', phoneVerified: true });
  });

  test('a code past its expiry no longer works', async () => {
    const { client, backend, clock } = setup('admin');
    await client.account.startPhoneChange({ newPhone: '+447700900123', password: PASSWORD });
    const { code = '' } = latestMessage(backend, '+447700900123', 'phone_change');
    clock.advance(backend.limits.verificationCodeTtlMs + 1);
    const error = await failure(client.account.confirmPhoneChange({ code }));
    assert.ok(error instanceof ValidationError && error.code === 'invalid_code');
    assert.equal((await client.account.get()).phone, null);
  });
});

describe('notification preferences', () => {
  test('a changed cell and low-balance alert read back changed', async () => {
    // The owner has a verified phone, so SMS can be turned on.
    const { client } = setup('owner');
    const before = await client.account.getNotificationPreferences();
    assert.ok(before.topics.some((topic) => topic.id === 'usage_alerts'));
    const cell = (prefs: typeof before) => prefs.settings.find((s) => s.topic === 'usage_alerts' && s.channel === 'sms')?.enabled;
    assert.equal(cell(before), false);
    await client.account.updateNotificationPreferences({
      settings: [{ topic: 'usage_alerts', channel: 'sms', enabled: true }],
      lowBalance: { enabled: true, threshold: 25 },
    });
    const after = await client.account.getNotificationPreferences();
    assert.equal(cell(after), true);
    assert.deepEqual({ enabled: after.lowBalance.enabled, threshold: after.lowBalance.threshold }, { enabled: true, threshold: 25 });
  });

  test('an unknown topic is a server ValidationError naming the cell', async () => {
    const { client } = setup('member');
    const error = await failure(client.account.updateNotificationPreferences({ settings: [{ topic: 'nope', channel: 'email', enabled: true }] }));
    assert.ok(error instanceof ValidationError);
    assert.equal(error.source, 'server');
    assert.deepEqual(error.fieldErrors.map((f) => [f.field, f.code]), [['settings.0.topic', 'unknown_topic']]);
  });
});

describe('data export', () => {
  test('becomes ready after its delay; asking again too soon is rate limited', async () => {
    const { client, clock, backend } = setup('member', { client: { retry: 0 } });
    const job = await client.account.requestExport();
    assert.equal(job.status, 'pending');
    const error = await failure(client.account.requestExport());
    assert.ok(error instanceof RateLimitError);
    assert.equal(error.retryAfter, backend.limits.exportIntervalMs / 1000);
    clock.advance(backend.limits.exportDelayMs);
    const ready = await client.account.getExport(job.id);
    assert.equal(ready.status, 'ready');
    assert.match(ready.downloadUrl ?? '', /^data:application\/json/);
  });

  test("someone else's export is NotFound", async () => {
    const { client, as } = setup('member');
    const job = await client.account.requestExport();
    await assert.rejects(as('viewer').account.getExport(job.id), NotFoundError);
  });
});

describe('account deletion', () => {
  test('deletes the account and ends its sessions', async () => {
    const { client } = setup('viewer');
    await client.account.delete({ password: PASSWORD, confirmation: SEED.users.viewer.email });
    await assert.rejects(client.account.get(), AuthError);
  });

  test('the owner of a shared workspace cannot delete the account', async () => {
    const { client } = setup('owner');
    const error = await failure(client.account.delete({ password: PASSWORD, confirmation: SEED.users.owner.email }));
    assert.ok(error instanceof ConflictError);
    assert.equal(error.code, 'last_owner');
  });

  test('a wrong confirmation is refused', async () => {
    const { client } = setup('viewer');
    const error = await failure(client.account.delete({ password: PASSWORD, confirmation: 'someone@else.example' }));
    assert.ok(error instanceof ValidationError && error.fieldErrors[0]?.field === 'confirmation');
    assert.equal((await client.account.get()).email, SEED.users.viewer.email);
  });
});

describe('sessions', () => {
  test('list flags the current device among the others', async () => {
    const { client } = setup('owner');
    const sessions = await client.sessions.list();
    assert.equal(sessions.length, 3);
    assert.equal(sessions.filter((s) => s.current).length, 1);
    assert.ok(sessions.some((s) => s.id === 'ses_seed_phone' && s.os === 'iOS'));
  });

  test('revoking a session signs that device out at once', async () => {
    const { client, as } = setup('member');
    const otherDevice = as('member');
    const other = (await client.sessions.list()).find((s) => !s.current);
    assert.ok(other);
    await client.sessions.revoke(other.id);
    assert.equal((await client.sessions.list()).length, 1);
    await assert.rejects(otherDevice.account.get(), AuthError);
  });

  test('revokeOthers signs out every other device and says how many', async () => {
    const { client } = setup('owner');
    assert.deepEqual(await client.sessions.revokeOthers(), { revoked: 2 });
    const left = await client.sessions.list();
    assert.equal(left.length, 1);
    assert.equal(left[0]?.current, true);
  });

  test("another person's session is NotFound", async () => {
    const { as } = setup('owner');
    await assert.rejects(as('member').sessions.revoke('ses_seed_phone'), NotFoundError);
  });
});
