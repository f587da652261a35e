/** A pending email or phone change: survives a reload, resends with a cooldown, and says why a code failed. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Problem, User, VerificationPending } from '../../src/sdk/schemas/index.js';
import { SEED, assertFieldError, assertNothingPending, assertProblem, setup, type Caller } from './helpers.js';

const password = SEED.password;
const MINUTE = 60 * 1000;

const wrongCodeFor = (code: string) => (code === '000000' ? '111111' : '000000');
const codeError = (problem: Problem) => problem.errors?.find((error) => error.field === 'code');

async function startEmailChange(caller: Caller, newEmail = 'mia@new.example') {
  const started = await caller.post<VerificationPending>('/me/email-change', { newEmail, password });
  assert.equal(started.status, 202);
  return started.body;
}

describe('a pending change survives a reload', () => {
  test('reading it back gives where the code went, its expiry, the resend cooldown and the attempts left', async () => {
    const { as, clock } = setup();
    const mia = as('member');
    assertNothingPending(await mia.get('/me/email-change'));
    const started = await startEmailChange(mia);
    const now = clock.now().getTime();
    assert.deepEqual(started, {
      sentTo: 'mia@new.example',
      expiresAt: new Date(now + 15 * MINUTE).toISOString(),
      resendAvailableAt: new Date(now + 30_000).toISOString(),
      attemptsLeft: 5,
    });
    clock.advance(10_000);
    // A new page (another request, same session) finds the same pending change, its cooldown 10 s shorter.
    const reloaded = await mia.get<VerificationPending>('/me/email-change');
    assert.deepEqual(reloaded.body, started);
    assert.equal(Date.parse(reloaded.body.resendAvailableAt) - clock.now().getTime(), 20_000);
    assertNothingPending(await mia.get('/me/phone-change'));
  });

  test('lapses an hour after it started, however many codes were resent', async () => {
    const { as, clock } = setup();
    const mia = as('member');
    await startEmailChange(mia);
    for (let resend = 0; resend < 3; resend++) {
      clock.advance(15 * MINUTE);
      assert.equal((await mia.post('/me/email-change/resend')).status, 202);
    }
    const last = await mia.get<VerificationPending>('/me/email-change');
    assert.equal(Date.parse(last.body.expiresAt), Date.parse(clock.now().toISOString()) + 15 * MINUTE, 'the last code is cut at the lapse');
    clock.advance(15 * MINUTE);
    assertNothingPending(await mia.get('/me/email-change'));
    assertProblem(await mia.post('/me/email-change/resend'), 404, 'not_found');
  });

  test('cancelling drops it, is audited, and cancelling again is fine', async () => {
    const { as, backend, clock } = setup();
    const mia = as('member');
    await startEmailChange(mia);
    const code = backend.outbox.latest('mia@new.example')?.code ?? '';
    assert.equal((await mia.delete('/me/email-change')).status, 204);
    assert.equal(backend.audit.latest()?.action, 'user.email_change_cancelled');
    assert.equal((await mia.delete('/me/email-change')).status, 204);
    assert.equal(backend.audit.latest()?.action, 'user.email_change_cancelled');
    assert.equal(backend.audit.entries.filter((entry) => entry.action === 'user.email_change_cancelled').length, 1, 'nothing to cancel records nothing');
    clock.advance(1000);
    assertProblem(await mia.post('/me/email-change/confirm', { code }), 404, 'not_found');
    assert.equal((await mia.get<User>('/me')).body.email, SEED.users.member.email);
  });
});

describe('resending a code', () => {
  test('needs no password, waits out the cooldown, and only the newest code works', async () => {
    const { as, backend, clock } = setup();
    const mia = as('member');
    await startEmailChange(mia);
    const first = backend.outbox.latest('mia@new.example')?.code ?? '';
    const early = assertProblem(await mia.post('/me/email-change/resend'), 429, 'rate_limited');
    assert.match(early.detail ?? '', /moments ago/);
    clock.advance(30_000);
    const resent = await mia.post<VerificationPending>('/me/email-change/resend');
    assert.equal(resent.status, 202);
    assert.equal(resent.body.attemptsLeft, 5);
    assert.equal(backend.audit.latest()?.action, 'user.email_change_resent');
    const second = backend.outbox.latest('mia@new.example')?.code ?? '';
    if (first !== second) {
      assertFieldError(await mia.post('/me/email-change/confirm', { code: first }), 422, 'invalid_code', 'code');
    }
    assert.equal((await mia.post<User>('/me/email-change/confirm', { code: second })).body.email, 'mia@new.example');
  });

  test('resendAvailableAt follows the per-destination limit, not only the cooldown', async () => {
    const { as, backend, clock } = setup();
    backend.limits.verificationSendsPerDestination = { limit: 2, windowMs: 10 * MINUTE };
    const mia = as('member');
    await startEmailChange(mia);
    clock.advance(30_000);
    const second = await mia.post<VerificationPending>('/me/email-change/resend');
    assert.equal(Date.parse(second.body.resendAvailableAt), Date.parse(clock.now().toISOString()) + 10 * MINUTE - 30_000);
    clock.advance(30_000);
    assertProblem(await mia.post('/me/email-change/resend'), 429, 'rate_limited');
    clock.advance(9 * MINUTE);
    assert.equal((await mia.post('/me/email-change/resend')).status, 202);
  });

  test('twenty resends at once send one code', async () => {
    const { as, backend, clock } = setup();
    const mia = as('member');
    await startEmailChange(mia);
    clock.advance(30_000);
    const sentBefore = backend.outbox.messages.length;
    const answers = await Promise.all(Array.from({ length: 20 }, () => mia.post('/me/email-change/resend')));
    assert.deepEqual([...new Set(answers.map((answer) => answer.status))].sort(), [202, 429]);
    assert.equal(answers.filter((answer) => answer.status === 202).length, 1);
    assert.equal(backend.outbox.messages.length, sentBefore + 1);
  });

  test('someone else cannot resend or read your pending change', async () => {
    const { as } = setup();
    await startEmailChange(as('member'));
    assertNothingPending(await as('viewer').get('/me/email-change'));
    assertProblem(await as('viewer').post('/me/email-change/resend'), 404, 'not_found');
    assert.equal((await as('viewer').delete('/me/email-change')).status, 204);
    assert.equal((await as('member').get('/me/email-change')).status, 200, "the viewer's cancel touched only their own");
  });
});

describe('a wrong code says why', () => {
  test('wrong: the attempts left, in the message and in the pending change', async () => {
    const { as, backend } = setup();
    const mia = as('member');
    await startEmailChange(mia);
    const wrong = wrongCodeFor(backend.outbox.latest('mia@new.example')?.code ?? '');
    const refused = assertFieldError(await mia.post('/me/email-change/confirm', { code: wrong }), 422, 'invalid_code', 'code');
    assert.equal(codeError(refused)?.code, 'invalid_code');
    assert.match(codeError(refused)?.message ?? '', /4 attempts left/);
    assert.equal((await mia.get<VerificationPending>('/me/email-change')).body.attemptsLeft, 4);
    for (let attempt = 0; attempt < 3; attempt++) await mia.post('/me/email-change/confirm', { code: wrong });
    const last = await mia.get<VerificationPending>('/me/email-change');
    assert.equal(last.body.attemptsLeft, 1);
  });

  test('expired: its own code, and a resend brings a working one', async () => {
    const { as, backend, clock } = setup();
    const mia = as('member');
    await startEmailChange(mia);
    const code = backend.outbox.latest('mia@new.example')?.code ?? '';
    clock.advance(15 * MINUTE);
    const expired = assertFieldError(await mia.post('/me/email-change/confirm', { code }), 422, 'invalid_code', 'code');
    assert.equal(codeError(expired)?.code, 'expired');
    assert.equal((await mia.get<VerificationPending>('/me/email-change')).body.attemptsLeft, 5, 'an expired code costs no attempt');
    assert.equal((await mia.post('/me/email-change/resend')).status, 202);
    const fresh = backend.outbox.latest('mia@new.example')?.code ?? '';
    assert.equal((await mia.post<User>('/me/email-change/confirm', { code: fresh })).status, 200);
  });

  test('too many attempts: its own code on the fifth, the change dropped and audited', async () => {
    const { as, backend } = setup();
    const mia = as('member');
    await startEmailChange(mia);
    const code = backend.outbox.latest('mia@new.example')?.code ?? '';
    const wrong = wrongCodeFor(code);
    for (let attempt = 0; attempt < 4; attempt++) await mia.post('/me/email-change/confirm', { code: wrong });
    const fifth = assertFieldError(await mia.post('/me/email-change/confirm', { code: wrong }), 422, 'invalid_code', 'code');
    assert.equal(codeError(fifth)?.code, 'too_many_attempts');
    assert.equal(backend.audit.latest()?.action, 'user.email_change_dropped');
    assertNothingPending(await mia.get('/me/email-change'));
    assertProblem(await mia.post('/me/email-change/confirm', { code }), 404, 'not_found');
  });

  test('fifty guesses at once are counted one by one: five are judged, the rest find nothing', async () => {
    const { as, backend } = setup();
    const mia = as('member');
    await startEmailChange(mia);
    const code = backend.outbox.latest('mia@new.example')?.code ?? '';
    const guesses = Array.from({ length: 50 }, (_, index) => String(index * 7919).padStart(6, '0')).filter((guess) => guess !== code);
    const answers = await Promise.all(guesses.map((guess) => mia.post('/me/email-change/confirm', { code: guess })));
    assert.equal(answers.filter((answer) => answer.status === 422).length, 5);
    assert.equal(answers.filter((answer) => answer.status === 404).length, guesses.length - 5);
    assert.equal((await mia.get<User>('/me')).body.email, SEED.users.member.email);
  });

  test('the phone change answers the same way', async () => {
    const { as, backend, clock } = setup();
    const mia = as('member');
    await mia.post('/me/phone-change', { newPhone: '+34600123456', password });
    const code = backend.outbox.latest('+34600123456')?.code ?? '';
    const refused = assertFieldError(await mia.post('/me/phone-change/confirm', { code: wrongCodeFor(code) }), 422, 'invalid_code', 'code');
    assert.equal(codeError(refused)?.code, 'invalid_code');
    clock.advance(15 * MINUTE);
    const expired = assertFieldError(await mia.post('/me/phone-change/confirm', { code }), 422, 'invalid_code', 'code');
    assert.equal(codeError(expired)?.code, 'expired');
    const resent = await mia.post<VerificationPending>('/me/phone-change/resend');
    assert.equal(resent.body.sentTo, '+34600123456');
    assert.equal(backend.outbox.latest('+34600123456')?.channel, 'sms');
  });

  test('a verified number cannot be "changed" to itself', async () => {
    const { as, backend } = setup();
    assertFieldError(await as('owner').post('/me/phone-change', { newPhone: '+14155550101', password }), 422, 'validation_failed', 'newPhone');
    assert.equal(backend.outbox.latest('+14155550101'), undefined);
  });
});
