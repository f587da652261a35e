/** The SDK's account-settings calls end to end: pending changes, sign-ins, notification rules, deletion impact, exports. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  AuthError, ConflictError, NotFoundError, PermissionError, PreconditionFailedError, RateLimitError, ValidationError, type NotificationRule,
} from '../../src/sdk/index.js';
import { ACME, LABS, SEED, failure, latestMessage, setup, useApiServer } from './helpers.js';

useApiServer();

const PASSWORD = SEED.password;
const wrongCodeFor = (code: string) => (code === '000000' ? '111111' : '000000');

describe('a pending email or phone change', () => {
  test('is null until started, then read back after a "reload" with its cooldown and attempts', async () => {
    const { client, clock } = setup('member');
    assert.equal(await client.account.getEmailChange(), null);
    const started = await client.account.startEmailChange({ newEmail: 'mia@new.example', password: PASSWORD });
    assert.equal(Date.parse(started.resendAvailableAt) - clock.now().getTime(), 30_000);
    const resumed = await client.account.getEmailChange();
    assert.deepEqual(resumed, started);
    assert.equal(await client.account.getPhoneChange(), null);
  });

  test('resending too early is a RateLimitError saying how long to wait; later it sends a new code', async () => {
    const { client, backend, clock } = setup('member');
    await client.account.startPhoneChange({ newPhone: '+447700900123', password: PASSWORD });
    const early = await failure(client.account.resendPhoneChange());
    assert.ok(early instanceof RateLimitError);
    assert.equal(early.retryAfter, 30);
    clock.advance(30_000);
    const before = latestMessage(backend, '+447700900123', 'phone_change').id;
    const resent = await client.account.resendPhoneChange();
    assert.equal(resent.sentTo, '+447700900123');
    assert.notEqual(latestMessage(backend, '+447700900123', 'phone_change').id, before);
  });

  test('a wrong code, an expired one and too many attempts are ValidationErrors with distinct codes', async () => {
    const { client, backend, clock } = setup('member');
    await client.account.startEmailChange({ newEmail: 'mia@new.example', password: PASSWORD });
    const code = latestMessage(backend, 'mia@new.example', 'email_change').code ?? '';
    const codeOf = async (attempt: string) => {
      const error = await failure(client.account.confirmEmailChange({ code: attempt }));
      assert.ok(error instanceof ValidationError);
      assert.equal(error.code, 'invalid_code');
      const [fieldError] = error.fieldErrors;
      assert.equal(fieldError?.field, 'code');
      return fieldError;
    };
    const wrong = await codeOf(wrongCodeFor(code));
    assert.equal(wrong?.code, 'invalid_code');
    assert.match(wrong?.message ?? '', /4 attempts left/);
    clock.advance(15 * 60 * 1000);
    assert.equal((await codeOf(code))?.code, 'expired');
    clock.advance(30_000);
    await client.account.resendEmailChange();
    const fresh = latestMessage(backend, 'mia@new.example', 'email_change').code ?? '';
    for (let attempt = 0; attempt < 4; attempt++) await codeOf(wrongCodeFor(fresh));
    assert.equal((await codeOf(wrongCodeFor(fresh)))?.code, 'too_many_attempts');
    assert.equal(await client.account.getEmailChange(), null);
  });

  test('cancelling resolves whether or not something was pending', async () => {
    const { client } = setup('member');
    await client.account.cancelPhoneChange();
    await client.account.startPhoneChange({ newPhone: '+447700900124', password: PASSWORD });
    await client.account.cancelPhoneChange();
    assert.equal(await client.account.getPhoneChange(), null);
    assert.ok(await failure(client.account.resendPhoneChange()) instanceof NotFoundError);
  });
});

describe('recent sign-ins', () => {
  test('pages and iterates newest first; this device is marked', async () => {
    const { client, backend } = setup('owner');
    backend.recordFailedSignIn(SEED.users.owner.email, { ip: '198.51.100.140' });
    const first = await client.sessions.signIns({ limit: 2 });
    assert.equal(first.items[0]?.outcome, 'failure');
    assert.equal(first.items[0]?.location, 'Toronto, CA');
    assert.equal(first.items[1]?.current, true);
    const all = [];
    for await (const signIn of client.sessions.iterateSignIns({ limit: 2 })) all.push(signIn.id);
    assert.equal(all.length, first.total);
    assert.equal(all[0], first.items[0]?.id);
  });

  test('"This wasn\'t me" signs the other devices out, and refuses this one', async () => {
    const { client, as } = setup('owner');
    const other = as('owner');
    assert.deepEqual(await client.sessions.reportSignIn(SEED.signIns.failedLagos), { revoked: 3 });
    assert.equal((await client.sessions.list()).length, 1);
    assert.ok(await failure(other.account.get()) instanceof AuthError);
    const mine = (await client.sessions.signIns()).items.find((signIn) => signIn.current);
    assert.ok(await failure(client.sessions.reportSignIn(mine?.id ?? '')) instanceof ConflictError);
    assert.ok(await failure(client.sessions.reportSignIn('sgn_guess')) instanceof NotFoundError);
  });

  test('an id that would change the path is refused before anything is sent', async () => {
    const { client, requests } = setup('owner');
    for (const id of ['..', '.', '']) {
      const error = await failure(client.sessions.reportSignIn(id));
      assert.ok(error instanceof ValidationError);
      assert.equal(error.source, 'client');
    }
    assert.equal(requests.length, 0);
  });
});

describe('workspace notification rules', () => {
  test('members read them; an admin saves with the ETag, a stale one is a PreconditionFailedError', async () => {
    const { client, as } = setup('admin');
    const viewer = as('viewer');
    const read = await viewer.notificationRules.get(ACME);
    assert.equal(read.etag, '"1"');
    const rule: NotificationRule = {
      topic: 'usage_alerts',
      audience: { owner: true, admins: true, everyone: false, roleIds: [], groupIds: [SEED.groups.engineering] },
      channels: ['email', 'sms'],
    };
    const saved = await client.notificationRules.update(ACME, { rules: [rule] }, { ifMatch: read.etag });
    assert.deepEqual(saved.rules.find((candidate) => candidate.topic === 'usage_alerts'), rule);
    assert.ok(await failure(client.notificationRules.update(ACME, { rules: [] }, { ifMatch: read.etag })) instanceof PreconditionFailedError);
    assert.deepEqual((await viewer.notificationRules.get(ACME)).rules, saved.rules);
  });

  test('a viewer cannot change them; bad input is refused before sending', async () => {
    const { client, requests } = setup('viewer');
    assert.ok(await failure(client.notificationRules.update(ACME, { rules: [] })) instanceof PermissionError);
    const sent = requests.length;
    const invalid = await failure(client.notificationRules.update(ACME, { rules: Array.from({ length: 51 }, () => ({ topic: 'x', audience: { owner: true, admins: false, everyone: false, roleIds: [], groupIds: [] }, channels: [] })) }));
    assert.ok(invalid instanceof ValidationError);
    assert.equal(invalid.source, 'client');
    assert.equal(requests.length, sent);
  });
});

describe('deleting the account', () => {
  test('the impact lists what blocks it; the refusal names the same workspaces', async () => {
    const { client } = setup('owner');
    const impact = await client.account.deletionImpact();
    assert.equal(impact.canDelete, false);
    const blocking = impact.ownedWorkspaces.filter((workspace) => workspace.blocksDeletion).map(({ id, name }) => ({ id, name }));
    const error = await failure(client.account.delete({ password: PASSWORD, confirmation: SEED.users.owner.email }));
    assert.ok(error instanceof ConflictError);
    assert.equal(error.code, 'last_owner');
    assert.deepEqual(error.problem.workspaces, blocking);
    assert.deepEqual(blocking.map(({ id }) => id), [ACME, LABS]);
  });
});

describe('data exports', () => {
  test('the list finds a pending export, then its download once ready', async () => {
    const { client, clock } = setup('member');
    const requested = await client.account.requestExport();
    const [pending] = (await client.account.listExports()).items;
    assert.deepEqual({ id: pending?.id, status: pending?.status }, { id: requested.id, status: 'pending' });
    clock.advance(2000);
    const [ready] = (await client.account.listExports({ limit: 1 })).items;
    assert.equal(ready?.status, 'ready');
    assert.match(ready?.downloadUrl ?? '', /^data:application\/json/);
  });
});

describe('the billing currency', () => {
  test('workspaces carry it', async () => {
    const { client } = setup('owner');
    assert.equal((await client.workspaces.get(LABS)).currency, 'EUR');
  });
});
