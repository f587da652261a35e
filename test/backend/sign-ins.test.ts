/** Recent sign-ins: every attempt recorded, the last 30 days listed, and "This wasn't me". */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import type { Page, RevokedSessions, SignIn } from '../../src/sdk/schemas/index.js';
import { SEED, assertNothingPending, assertProblem, setup } from './helpers.js';

const hostile = JSON.parse(readFileSync(new URL('../fixtures/hostile-strings.json', import.meta.url), 'utf8')) as Record<string, string[]>;
const DAY = 24 * 60 * 60 * 1000;
const FIREFOX_ON_ANDROID = 'Mozilla/5.0 (Android 14; Mobile; rv:128.0) Gecko/128.0 Firefox/128.0';
const reportPath = (id: string) => `/me/sign-ins/${encodeURIComponent(id)}/not-me`;

describe('the recent sign-ins list', () => {
  test("shows the owner's sign-ins of the last 30 days, newest first, with device, place and outcome", async () => {
    const { as } = setup();
    const list = await as('owner').get<Page<SignIn>>('/me/sign-ins');
    assert.equal(list.status, 200);
    const [mine, ...seeded] = list.body.items;
    assert.equal(mine?.current, true, 'this sign-in opened the session asking');
    assert.equal(mine?.outcome, 'success');
    assert.deepEqual(seeded.map((signIn) => [signIn.id, signIn.outcome, signIn.location, signIn.current]), [
      [SEED.signIns.failedLagosAgain, 'failure', 'Lagos, NG', false],
      [SEED.signIns.failedLagos, 'failure', 'Lagos, NG', false],
      [SEED.signIns.failedTokyo, 'failure', 'Tokyo, JP', false],
      [SEED.signIns.laptop, 'success', 'New York, US', false],
      [SEED.signIns.phone, 'success', 'Brooklyn, US', false],
    ]);
    assert.equal(list.body.total, 6, 'the 40-day-old sign-in is not listed');
    assert.ok(list.body.items.every((signIn) => signIn.reportedAt === null));
  });

  test('a failed sign-in the host records shows with its device and place; an unknown email records nothing', async () => {
    const { as, backend } = setup();
    const mia = as('member');
    const signIns = backend.store.signIns.size;
    backend.recordFailedSignIn(SEED.users.member.email, { userAgent: FIREFOX_ON_ANDROID, ip: '203.0.113.77' });
    backend.recordFailedSignIn('nobody@nowhere.example', { userAgent: FIREFOX_ON_ANDROID, ip: '203.0.113.77' });
    assert.equal(backend.store.signIns.size, signIns + 1);
    const [latest, own] = (await mia.get<Page<SignIn>>('/me/sign-ins')).body.items;
    assert.equal(own?.current, true);
    assert.deepEqual(
      { outcome: latest?.outcome, device: latest?.device, browser: latest?.browser, os: latest?.os, ip: latest?.ip, location: latest?.location },
      { outcome: 'failure', device: 'Phone', browser: 'Firefox', os: 'Android', ip: '203.0.113.77', location: 'Madrid, ES' },
    );
  });

  test('pages with a cursor, never repeating or skipping, even as new sign-ins arrive', async () => {
    const { as, backend } = setup();
    const owner = as('owner');
    const seen: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page: Page<SignIn> = (await owner.get<Page<SignIn>>(`/me/sign-ins?limit=2&cursor=${encodeURIComponent(cursor)}`)).body;
      seen.push(...page.items.map((signIn) => signIn.id));
      backend.recordFailedSignIn(SEED.users.owner.email, { ip: '192.0.2.1' });
      cursor = page.nextCursor;
    }
    assert.equal(seen.length, 6);
    assert.equal(new Set(seen).size, 6);
    assertProblem(await owner.get('/me/sign-ins?cursor=not-a-cursor'), 422, 'validation_failed');
    assertProblem(await owner.get('/me/sign-ins?limit=201'), 422, 'validation_failed');
  });

  test('reaches 30 days back by the backend clock; older sign-ins are forgotten', async () => {
    const { as, backend, clock } = setup();
    clock.advance(25 * DAY);
    // The seeded sign-ins are now 26 to 31.5 days old.
    const listed = (await as('owner').get<Page<SignIn>>('/me/sign-ins')).body.items.map((signIn) => signIn.id);
    assert.ok(listed.includes(SEED.signIns.failedLagos));
    assert.ok(!listed.includes(SEED.signIns.phone));
    assert.ok(!listed.includes(SEED.signIns.laptop));
    assert.equal(backend.store.signIns.get(SEED.signIns.old), undefined, 'a new sign-in forgot what fell out of the window');
  });

  test('a flood of failed sign-ins keeps only the newest 500', async () => {
    const { as, backend } = setup();
    for (let attempt = 0; attempt < 2000; attempt++) backend.recordFailedSignIn(SEED.users.member.email, { ip: `192.0.2.${attempt % 256}` });
    const page = (await as('member').get<Page<SignIn>>('/me/sign-ins?limit=1')).body;
    assert.equal(page.total, 500);
    assert.equal(backend.store.signIns.ofUser(SEED.users.member.id).length, 500);
  });

  test('hostile user agents and addresses become plain, bounded descriptions', async () => {
    const { as, backend } = setup();
    const strings = [...(hostile.markup ?? []), ...(hostile.control ?? []), ...(hostile.long ?? [])];
    for (const text of strings) backend.recordFailedSignIn(SEED.users.viewer.email, { userAgent: text, ip: text });
    const { items } = (await as('viewer').get<Page<SignIn>>('/me/sign-ins?limit=200')).body;
    const failures = items.filter((signIn) => signIn.outcome === 'failure');
    assert.equal(failures.length, strings.length);
    for (const signIn of failures) {
      assert.equal(signIn.browser, 'Unknown');
      assert.ok(signIn.ip.length <= 64);
      assert.equal(signIn.location, null);
    }
  });

  test('nobody sees anyone else’s sign-ins', async () => {
    const { as } = setup();
    const { items } = (await as('member').get<Page<SignIn>>('/me/sign-ins')).body;
    assert.equal(items.length, 1);
    assert.ok(!items.some((signIn) => Object.values(SEED.signIns).includes(signIn.id as never)));
  });
});

describe('"This wasn\'t me"', () => {
  test('signs out every other device, marks the sign-in, mails a notice and audits it', async () => {
    const { as, backend, withToken } = setup();
    const owner = as('owner');
    const laptop = withToken(backend.signIn(SEED.users.owner.email));
    const reported = await owner.post<RevokedSessions>(reportPath(SEED.signIns.failedLagos));
    assert.equal(reported.status, 200);
    assert.deepEqual(reported.body, { revoked: 3 }, 'the two seeded devices and the other test session');
    assertProblem(await laptop.get('/me'), 401, 'unauthorized');
    assert.equal((await owner.get('/me')).status, 200, 'this device stays signed in');
    const mail = backend.outbox.latest(SEED.users.owner.email, 'security_alert');
    assert.match(mail?.text ?? '', /signed out 3 other devices/);
    assert.match(mail?.text ?? '', /Lagos, NG/);
    const entry = backend.audit.latest();
    assert.equal(entry?.action, 'sign_in.reported');
    assert.deepEqual(entry?.after, { outcome: 'failure', revoked: 3, pendingChangesDropped: [] });
    const listed = (await owner.get<Page<SignIn>>('/me/sign-ins')).body.items.find((signIn) => signIn.id === SEED.signIns.failedLagos);
    assert.ok(listed?.reportedAt);
  });

  test('reported again, it mails nothing more, but still signs out a device that appeared since', async () => {
    const { as, backend, withToken } = setup();
    const owner = as('owner');
    await owner.post(reportPath(SEED.signIns.laptop));
    const mails = backend.outbox.messages.length;
    const entries = backend.audit.entries.length;
    assert.deepEqual((await owner.post<RevokedSessions>(reportPath(SEED.signIns.laptop))).body, { revoked: 0 });
    assert.equal(backend.outbox.messages.length, mails);
    assert.equal(backend.audit.entries.length, entries, 'nothing changed, nothing recorded');
    const intruder = withToken(backend.signIn(SEED.users.owner.email, { ip: '192.0.2.200' }));
    assert.deepEqual((await owner.post<RevokedSessions>(reportPath(SEED.signIns.laptop))).body, { revoked: 1 });
    assertProblem(await intruder.get('/me'), 401, 'unauthorized');
    assert.equal(backend.outbox.messages.length, mails);
    assert.equal(backend.audit.entries.length, entries + 1);
  });

  test('drops a pending email change someone else may have started, and says so', async () => {
    const { as, backend } = setup();
    const owner = as('owner');
    const intruder = as('owner');
    await intruder.post('/me/email-change', { newEmail: 'takeover@evil.example', password: SEED.password });
    const code = backend.outbox.latest('takeover@evil.example')?.code ?? '';
    await owner.post(reportPath(SEED.signIns.failedLagosAgain));
    assert.deepEqual(backend.audit.latest()?.after, { outcome: 'failure', revoked: 3, pendingChangesDropped: ['email'] });
    assert.match(backend.outbox.latest(SEED.users.owner.email, 'security_alert')?.text ?? '', /cancelled the pending change of your email address/);
    assertNothingPending(await owner.get('/me/email-change'));
    assertProblem(await owner.post('/me/email-change/confirm', { code }), 404, 'not_found');
  });

  test('ten reports at once sign the others out once and mail once', async () => {
    const { as, backend } = setup();
    const owner = as('owner');
    const answers = await Promise.all(Array.from({ length: 10 }, () => owner.post<RevokedSessions>(reportPath(SEED.signIns.failedTokyo))));
    assert.ok(answers.every((answer) => answer.status === 200));
    assert.equal(answers.reduce((sum, answer) => sum + answer.body.revoked, 0), 2);
    assert.equal(backend.outbox.messages.filter((message) => message.kind === 'security_alert').length, 1);
  });

  test("refuses this device's own sign-in", async () => {
    const { as } = setup();
    const owner = as('owner');
    const [mine] = (await owner.get<Page<SignIn>>('/me/sign-ins?limit=1')).body.items;
    assertProblem(await owner.post(reportPath(mine?.id ?? '')), 409, 'conflict');
    assert.equal((await owner.get<unknown[]>('/me/sessions')).status, 200);
  });

  test("someone else's sign-in, an old one, or a guessed id is not found, and changes nothing", async () => {
    const { as, backend } = setup();
    const mia = as('member');
    const owner = as('owner');
    const sessions = backend.store.sessions.size;
    for (const id of [SEED.signIns.failedLagos, 'sgn_000001', 'sgn_seed', '..', ...(hostile.markup ?? []).slice(0, 3)]) {
      assertProblem(await mia.post(reportPath(id)), 404, 'not_found');
    }
    assertProblem(await owner.post(reportPath(SEED.signIns.old)), 404, 'not_found');
    assert.equal(backend.store.sessions.size, sessions, 'no session ended');
    assert.equal(backend.outbox.latest(undefined, 'security_alert'), undefined);
  });

  test('deleting the account forgets its sign-ins', async () => {
    const { as, backend } = setup();
    const viewer = as('viewer');
    backend.recordFailedSignIn(SEED.users.viewer.email);
    assert.equal((await viewer.delete('/me', { password: SEED.password, confirmation: SEED.users.viewer.email })).status, 204);
    assert.equal(backend.store.signIns.ofUser(SEED.users.viewer.id).length, 0);
  });
});
