/**
 * Webhook deliveries over real HTTP: a receiver on 127.0.0.1 checks signatures with the README's own Node
 * snippet; retries and timeouts run on a manual scheduler, so nothing waits for real seconds.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, describe, test } from 'node:test';
import { createBackend, createClock, createScheduler } from '../../src/backend/index.js';
import type { Page, WebhookDelivery, WebhookEvent, WebhookWithSecret } from '../../src/sdk/schemas/index.js';
import { ACME, Caller, SEED, members } from './helpers.js';
import { startReceiver, type Receiver, type ReceiverReply } from './receiver.js';

type Verify = (rawBody: string, header: string, secret: string, toleranceSeconds?: number, now?: number) => boolean;

/** The verification snippet exactly as the README gives it. */
const verify = await (async () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const code = /```js\n(\/\/ verify-teamkit-signature\.mjs\n[\s\S]*?)```/.exec(readme)?.[1];
  assert.ok(code, 'the README has the verification snippet');
  const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { verifyTeamkitSignature: Verify };
  return module.verifyTeamkitSignature;
})();

const receivers: Receiver[] = [];
after(() => Promise.all(receivers.map((receiver) => receiver.close())));

async function receiver(answer?: (index: number) => ReceiverReply): Promise<Receiver> {
  const started = await startReceiver(answer && ((_, index) => answer(index)));
  receivers.push(started);
  return started;
}

function world(webhooks: { secretGraceMs?: number } = {}) {
  const clock = createClock();
  const scheduler = createScheduler(clock);
  const backend = createBackend({ clock, webhooks: { allowHttpLoopback: true, scheduler, ...webhooks } });
  const owner = new Caller(backend, { authorization: `Bearer ${backend.signIn(SEED.users.owner.email)}` });
  const hooks = `/workspaces/${ACME}/webhooks`;
  const addHook = async (url: string, events: string[], extra: Record<string, unknown> = {}) => {
    const answer = await owner.post<WebhookWithSecret>(hooks, { url, events, ...extra });
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
    return answer.body;
  };
  const deliveries = async (hook: { id: string }) => (await owner.get<Page<WebhookDelivery>>(`${hooks}/${hook.id}/deliveries`)).body.items;
  const sendTest = async (hook: { id: string }, type = 'member.added') => (await owner.post<WebhookDelivery>(`${hooks}/${hook.id}/test`, { type })).body;
  return { clock, scheduler, backend, owner, hooks, addHook, deliveries, sendTest, settled: () => backend.webhooks.settled() };
}

const nowOf = (w: ReturnType<typeof world>) => w.clock.now().getTime();

describe('webhook deliveries', () => {
  test("a member's removal reaches the endpoints subscribed to it, signed so that the README's snippet verifies it", async () => {
    const w = world();
    const subscribed = await receiver();
    const other = await receiver();
    const disabled = await receiver();
    const hook = await w.addHook(subscribed.url, ['member.removed', 'member.added']);
    await w.addHook(other.url, ['member.added']);
    await w.addHook(disabled.url, ['member.removed'], { enabled: false });
    assert.equal((await w.owner.delete(`${members(ACME)}/${SEED.members.acme.viewer}`)).status, 204);
    await w.settled();

    assert.equal(subscribed.received.length, 1);
    assert.equal(other.received.length, 0, 'not subscribed to member.removed');
    assert.equal(disabled.received.length, 0, 'disabled endpoints get nothing');
    const [request] = subscribed.received;
    assert.ok(request);
    const signature = String(request.headers['teamkit-signature']);
    assert.match(signature, /^t=\d+,v1=[0-9a-f]{64}$/);
    assert.ok(verify(request.body, signature, hook.secret, 300, nowOf(w)));
    assert.ok(!verify(request.body.replace('member.removed', 'member.added'), signature, hook.secret, 300, nowOf(w)), 'a changed body fails');
    assert.ok(!verify(request.body, signature, hook.secret, 300, nowOf(w) + 301_000), 'too old fails');
    assert.ok(!verify(request.body, signature, `${hook.secret}x`, 300, nowOf(w)), 'another secret fails');
    const event = JSON.parse(request.body) as WebhookEvent;
    assert.equal(event.type, 'member.removed');
    assert.equal(event.test, false);
    assert.equal(event.workspaceId, ACME);
    assert.deepEqual(event.data.target, { type: 'member', id: SEED.members.acme.viewer, label: SEED.users.viewer.email });
    assert.equal(event.data.actor?.id, SEED.users.owner.id);
    assert.equal(request.headers['teamkit-event-id'], event.id);
    assert.equal(request.headers['content-type'], 'application/json');

    const [logged] = await w.deliveries(hook);
    assert.equal(logged?.status, 'succeeded');
    assert.equal(logged?.responseStatus, 200);
    assert.equal(logged?.request.body, request.body);
    assert.equal(logged?.response?.body, 'ok');
    assert.equal(logged?.attempts.length, 1);
  });

  test('a failing endpoint is retried after 1 s and 5 s, and succeeds on the third attempt', async () => {
    const w = world();
    const flaky = await receiver((index) => (index < 2 ? { status: 500, body: 'down' } : { status: 200, body: 'ok' }));
    const hook = await w.addHook(flaky.url, ['member.added']);
    const sent = await w.sendTest(hook);
    await w.settled();
    const first = (await w.deliveries(hook))[0];
    assert.equal(first?.status, 'pending');
    assert.equal(first?.nextAttemptAt, new Date(nowOf(w) + 1000).toISOString());
    w.scheduler.advance(999);
    await w.settled();
    assert.equal(flaky.received.length, 1, 'not before its time');
    w.scheduler.advance(1);
    await w.settled();
    assert.equal(flaky.received.length, 2);
    w.scheduler.advance(5000);
    await w.settled();
    const done = (await w.deliveries(hook))[0];
    assert.equal(done?.id, sent.id);
    assert.equal(done?.status, 'succeeded');
    assert.deepEqual(done?.attempts.map((attempt) => attempt.responseStatus), [500, 500, 200]);
    assert.equal(new Set(flaky.received.map((request) => request.body)).size, 1, 'the same event every time');
    assert.equal(new Set(flaky.received.map((request) => request.headers['teamkit-signature'])).size, 3, 'signed anew each time');
  });

  test('429 and network errors are retried up to three times; 4xx and redirects are not', async () => {
    const w = world();
    const busy = await receiver(() => ({ status: 429 }));
    const gone = await receiver(() => ({ status: 410 }));
    const elsewhere = await receiver();
    const moved = await receiver(() => ({ status: 302, headers: { location: elsewhere.url } }));
    const hooks = await Promise.all([busy, gone, moved].map((target) => w.addHook(target.url, ['member.added'])));
    const closed = await w.addHook('http://127.0.0.1:9/nothing-listens', ['member.added']);
    for (const hook of [...hooks, closed]) await w.sendTest(hook);
    await w.settled();
    for (let i = 0; i < 3; i++) {
      w.scheduler.advance(30_000);
      await w.settled();
    }
    const [busyLog, goneLog, movedLog, closedLog] = await Promise.all([...hooks, closed].map(async (hook) => (await w.deliveries(hook))[0]));
    assert.deepEqual(busyLog?.attempts.map((attempt) => attempt.responseStatus), [429, 429, 429, 429]);
    assert.equal(busyLog?.status, 'failed');
    assert.deepEqual(goneLog?.attempts.map((attempt) => attempt.responseStatus), [410]);
    assert.deepEqual(movedLog?.attempts.map((attempt) => [attempt.responseStatus, attempt.error]), [[302, 'redirect']]);
    assert.equal(elsewhere.received.length, 0, 'the redirect was not followed');
    assert.deepEqual(closedLog?.attempts.map((attempt) => attempt.error), ['network_error', 'network_error', 'network_error', 'network_error']);
    assert.equal(closedLog?.status, 'failed');
  });

  test("an endpoint that stalls, before or during its answer, times out at its timeout and is retried", async () => {
    const w = world();
    for (const stall of ['stall', 'stall-body'] as const) {
      const slow = await receiver((index) => (index === 0 ? stall : { status: 200, body: 'ok' }));
      const hook = await w.addHook(slow.url, ['member.added'], { timeoutSeconds: 2 });
      await w.sendTest(hook);
      await slow.waitFor(1);
      w.scheduler.advance(1999);
      assert.equal((await w.deliveries(hook))[0]?.attempts.length, 0, 'still waiting');
      w.scheduler.advance(1);
      await w.settled();
      const timedOut = (await w.deliveries(hook))[0];
      assert.deepEqual(timedOut?.attempts.map((attempt) => attempt.error), ['timeout'], stall);
      assert.equal(timedOut?.status, 'pending');
      w.scheduler.advance(1000);
      await w.settled();
      assert.equal((await w.deliveries(hook))[0]?.status, 'succeeded');
    }
  });

  test('redeliver sends the same event again as a new delivery', async () => {
    const w = world();
    let fixed = false;
    const target = await receiver(() => (fixed ? { status: 200, body: 'thanks' } : { status: 400, body: 'bad' }));
    const hook = await w.addHook(target.url, ['member.added']);
    const original = await w.sendTest(hook, 'call.completed');
    await w.settled();
    assert.equal((await w.deliveries(hook))[0]?.status, 'failed');
    fixed = true;
    w.clock.advance(60_000);
    const again = await w.owner.post<WebhookDelivery>(`${w.hooks}/${hook.id}/deliveries/${original.id}/redeliver`);
    assert.equal(again.status, 202);
    await w.settled();
    const log = await w.deliveries(hook);
    assert.deepEqual(log.map((delivery) => [delivery.trigger, delivery.status]), [['redelivery', 'succeeded'], ['test', 'failed']]);
    assert.equal(log[0]?.redeliveryOf, original.id);
    assert.equal(log[0]?.eventId, original.eventId);
    const [first, second] = target.received;
    assert.equal(second?.body, first?.body, 'the same event id and body');
    assert.ok(verify(second?.body ?? '', String(second?.headers['teamkit-signature']), hook.secret, 300, nowOf(w)));
  });

  test('after a rotation both secrets sign until the grace period ends; then only the new one', async () => {
    const w = world({ secretGraceMs: 60 * 60 * 1000 });
    const target = await receiver();
    const hook = await w.addHook(target.url, ['member.added']);
    const rotated = await w.owner.post<WebhookWithSecret>(`${w.hooks}/${hook.id}/rotate-secret`);
    assert.notEqual(rotated.body.secret, hook.secret);
    assert.equal(rotated.body.previousSecretExpiresAt, new Date(nowOf(w) + 60 * 60 * 1000).toISOString());
    await w.sendTest(hook);
    await w.settled();
    const during = target.received[0];
    const header = String(during?.headers['teamkit-signature']);
    assert.match(header, /^t=\d+,v1=[0-9a-f]{64},v1=[0-9a-f]{64}$/);
    for (const secret of [hook.secret, rotated.body.secret]) assert.ok(verify(during?.body ?? '', header, secret, 300, nowOf(w)));
    w.clock.advance(60 * 60 * 1000);
    await w.sendTest(hook);
    await w.settled();
    const later = target.received[1];
    const laterHeader = String(later?.headers['teamkit-signature']);
    assert.match(laterHeader, /^t=\d+,v1=[0-9a-f]{64}$/);
    assert.ok(verify(later?.body ?? '', laterHeader, rotated.body.secret, 300, nowOf(w)));
    assert.ok(!verify(later?.body ?? '', laterHeader, hook.secret, 300, nowOf(w)), 'the old secret no longer signs');
  });

  test("answers are logged up to 4 KB; a deleted endpoint's retries are dropped", async () => {
    const w = world();
    const chatty = await receiver(() => ({ status: 503, body: 'é'.repeat(10_000) }));
    const hook = await w.addHook(chatty.url, ['member.added']);
    await w.sendTest(hook);
    await w.settled();
    const logged = (await w.deliveries(hook))[0];
    assert.equal(logged?.response?.truncated, true);
    assert.ok(new TextEncoder().encode(logged?.response?.body ?? '').byteLength <= 4096 + 3);
    assert.equal(w.scheduler.pending, 1, 'a retry is due');
    assert.equal((await w.owner.delete(`${w.hooks}/${hook.id}`)).status, 204);
    w.scheduler.advance(60_000);
    await w.settled();
    assert.equal(chatty.received.length, 1);
    assert.equal(w.backend.store.webhookDeliveries.size, 0);
  });

  test('a test event goes to a disabled endpoint too; a real event does not, nor a retry after disabling', async () => {
    const w = world();
    const target = await receiver((index) => (index === 1 ? { status: 500 } : { status: 200 }));
    const hook = await w.addHook(target.url, ['member.added', 'member.removed'], { enabled: false });
    await w.sendTest(hook);
    await w.owner.delete(`${members(ACME)}/${SEED.members.acme.viewer}`);
    await w.settled();
    assert.equal(target.received.length, 1);
    assert.equal(JSON.parse(target.received[0]?.body ?? '{}').test, true);
    await w.owner.patch(`${w.hooks}/${hook.id}`, { enabled: true });
    await w.owner.delete(`${members(ACME)}/${SEED.members.acme.member}`);
    await w.settled();
    assert.equal(target.received.length, 2, 'enabled: the removal is sent (and fails)');
    await w.owner.patch(`${w.hooks}/${hook.id}`, { enabled: false });
    w.scheduler.advance(1000);
    await w.settled();
    assert.equal(target.received.length, 2, 'no retry once disabled');
    assert.deepEqual((await w.deliveries(hook))[0]?.attempts.map((attempt) => attempt.error), [null, 'endpoint_disabled']);
  });
});
