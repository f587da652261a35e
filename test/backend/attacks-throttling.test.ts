/** Guessing and flooding: password checks, verification codes, invitation mail and public token endpoints. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ACME, SEED, assertProblem, invitations, setup } from './helpers.js';

describe('attack: guessing passwords', () => {
  test('2 000 wrong current passwords, then the right one: refused with 429 until the window passes', async () => {
    const { as, backend, clock } = setup();
    const olivia = as('owner');
    let refused = 0;
    for (let i = 0; i < 2000; i++) {
      const answer = await olivia.post('/me/password', { currentPassword: `guess number ${i}`, newPassword: 'a brand new secret' });
      if (answer.status === 429) refused++;
    }
    assert.equal(refused, 2000 - backend.limits.passwordFailures.limit);
    const right = await olivia.post('/me/password', { currentPassword: SEED.password, newPassword: 'a brand new secret' });
    const problem = assertProblem(right, 429, 'rate_limited');
    assert.ok(problem);
    const wait = Number(right.headers.get('retry-after'));
    assert.ok(wait > 0 && wait <= backend.limits.passwordFailures.windowMs / 1000, `Retry-After ${wait}`);
    clock.advance(backend.limits.passwordFailures.windowMs);
    assert.equal((await olivia.post('/me/password', { currentPassword: SEED.password, newPassword: 'a brand new secret' })).status, 200);
  });

  test('the count is per account and shared by every password check (email, phone, deletion)', async () => {
    const { as, backend } = setup({ limits: { passwordFailures: { limit: 3, windowMs: 60_000 } } });
    const olivia = as('owner');
    await olivia.post('/me/email-change', { newEmail: 'o@new.example', password: 'wrong one 1' });
    await olivia.post('/me/phone-change', { newPhone: '+14155550100', password: 'wrong one 2' });
    await olivia.delete('/me', { password: 'wrong one 3', confirmation: SEED.users.owner.email });
    assertProblem(await olivia.post('/me/email-change', { newEmail: 'o@new.example', password: SEED.password }), 429, 'rate_limited');
    assert.equal(backend.outbox.latest('o@new.example'), undefined);
    assert.notEqual((await as('admin').post('/me/email-change', { newEmail: 'a@new.example', password: SEED.password })).status, 429, 'another account is not affected');
  });

  test('parallel guesses cannot slip past the limit', async () => {
    const { as, backend } = setup({ limits: { passwordFailures: { limit: 5, windowMs: 60_000 } } });
    const olivia = as('owner');
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => olivia.post('/me/password', { currentPassword: `parallel ${i}`, newPassword: 'a brand new secret' })));
    assert.equal(answers.filter((answer) => answer.status === 422).length, backend.limits.passwordFailures.limit);
  });
});

describe('attack: flooding codes and mail', () => {
  test('restarting a phone change 20 000 times within the hour queues a handful of SMS to the number', async () => {
    const { as, backend, clock } = setup();
    const olivia = as('owner');
    for (let i = 0; i < 20_000; i++) {
      await olivia.post('/me/phone-change', { newPhone: '+14155550123', password: SEED.password });
      if (i % 1000 === 0) clock.advance(backend.limits.verificationResendIntervalMs);
    }
    const sms = backend.outbox.messages.filter((message) => message.to === '+14155550123');
    assert.ok(sms.length <= backend.limits.verificationSendsPerDestination.limit, `${sms.length} SMS`);
  });

  test('a resend inside the cooldown is refused with Retry-After; after it, the code is sent', async () => {
    const { as, backend, clock } = setup();
    const olivia = as('owner');
    assert.equal((await olivia.post('/me/email-change', { newEmail: 'o@new.example', password: SEED.password })).status, 202);
    const early = await olivia.post('/me/email-change', { newEmail: 'o@new.example', password: SEED.password });
    assertProblem(early, 429, 'rate_limited');
    assert.equal(Number(early.headers.get('retry-after')), backend.limits.verificationResendIntervalMs / 1000);
    clock.advance(backend.limits.verificationResendIntervalMs);
    assert.equal((await olivia.post('/me/email-change', { newEmail: 'o@new.example', password: SEED.password })).status, 202);
  });

  test('several accounts cannot flood one destination', async () => {
    const { as, backend } = setup();
    for (const who of ['owner', 'admin', 'member', 'viewer', 'billing', 'globexOwner', 'globexAdmin'] as const) {
      await as(who).post('/me/phone-change', { newPhone: '+14155550199', password: SEED.password });
    }
    const sms = backend.outbox.messages.filter((message) => message.to === '+14155550199');
    assert.equal(sms.length, backend.limits.verificationSendsPerDestination.limit);
  });

  test('invitation mail per workspace is bounded; a batch over the budget sends nothing', async () => {
    const { as, backend } = setup({ limits: { invitationMailsPerWorkspace: { limit: 5, windowMs: 3_600_000 }, proSeats: 1000 } });
    const owner = as('owner');
    const first = await owner.post(invitations(ACME), { emails: ['a1@example.test', 'a2@example.test', 'a3@example.test'], role: 'viewer' });
    assert.equal(first.status, 200);
    const tooMany = await owner.post(invitations(ACME), { emails: ['b1@example.test', 'b2@example.test', 'b3@example.test'], role: 'viewer' });
    assertProblem(tooMany, 429, 'rate_limited');
    assert.ok(Number(tooMany.headers.get('retry-after')) > 0);
    assert.equal(backend.outbox.latest('b1@example.test'), undefined, 'all or nothing');
  });

  test('resending one invitation again and again is throttled', async () => {
    const { as, backend } = setup();
    const owner = as('owner');
    const resend = `${invitations(ACME)}/${SEED.invitations.pending.id}/resend`;
    assert.equal((await owner.post(resend)).status, 200);
    for (let i = 0; i < 20; i++) assertProblem(await owner.post(resend), 429, 'rate_limited');
    assert.equal(backend.outbox.messages.filter((message) => message.to === SEED.invitations.pending.email).length, 1);
  });
});

describe('attack: guessing invitation tokens', () => {
  test('look-ups and accepts from one address are throttled; another address is not', async () => {
    const { anonymous, backend } = setup();
    const from = (ip: string) => ({ headers: { 'x-forwarded-for': ip } });
    const limit = backend.limits.publicTokenRequests.limit;
    for (let i = 0; i < limit; i++) assertProblem(await anonymous.get(`/invitations/guess-${i}`, from('203.0.113.9')), 404, 'not_found');
    assertProblem(await anonymous.get(`/invitations/${SEED.invitations.pending.token}`, from('203.0.113.9')), 429, 'rate_limited');
    assertProblem(await anonymous.post(`/invitations/guess/accept`, { marketingOptIn: false }, from('203.0.113.9')), 429, 'rate_limited');
    assert.equal((await anonymous.get(`/invitations/${SEED.invitations.pending.token}`, from('198.51.100.1'))).status, 200);
  });
});
