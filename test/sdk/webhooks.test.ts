/** `client.webhooks` end to end; deliveries go to a receiver that msw plays at https://hooks.example.com. */
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, test } from 'node:test';
import { http, HttpResponse } from 'msw';
import { ValidationError, type WebhookDelivery } from '../../src/sdk/index.js';
import { ACME, failure, server, setup, useApiServer } from './helpers.js';

useApiServer();

const RECEIVER = 'https://hooks.example.com/teamkit';

/** Receives deliveries as msw, answering `status`; returns what arrived. */
function receive(status = 200): { body: string; signature: string }[] {
  const received: { body: string; signature: string }[] = [];
  server.use(http.post(RECEIVER, async ({ request }) => {
    received.push({ body: await request.text(), signature: request.headers.get('teamkit-signature') ?? '' });
    return new HttpResponse('received', { status });
  }));
  return received;
}

describe('client.webhooks', () => {
  test('the catalog, an endpoint, a signed test event and its delivery log', async () => {
    const { client, backend } = setup('owner');
    const received = receive();
    const types = await client.webhooks.eventTypes();
    assert.ok(types.some((type) => type.type === 'call.completed'));
    const hook = await client.webhooks.create(ACME, { url: RECEIVER, events: ['member.added', 'member.removed'] });
    assert.match(hook.secret, /^whsec_/);
    const sent: WebhookDelivery = await client.webhooks.sendTest(ACME, hook.id, 'call.completed');
    assert.equal(sent.status, 'pending');
    await backend.webhooks.settled();
    const [arrived] = received;
    assert.ok(arrived);
    const [t, v1] = arrived.signature.split(',').map((part) => part.split('=')[1]);
    assert.equal(v1, createHmac('sha256', hook.secret).update(`${t}.${arrived.body}`).digest('hex'));
    const delivered = await client.webhooks.delivery(ACME, hook.id, sent.id);
    assert.deepEqual([delivered.status, delivered.responseStatus, delivered.response?.body], ['succeeded', 200, 'received']);
    const again = await client.webhooks.redeliver(ACME, hook.id, sent.id);
    await backend.webhooks.settled();
    const log: WebhookDelivery[] = [];
    for await (const delivery of client.webhooks.iterateDeliveries(ACME, hook.id, { limit: 1 })) log.push(delivery);
    assert.deepEqual(log.map((delivery) => delivery.id), [again.id, sent.id]);
    assert.equal(received[1]?.body, arrived.body);
  });

  test('update, rotate, delete', async () => {
    const { client } = setup('admin');
    const hook = await client.webhooks.create(ACME, { url: RECEIVER, events: ['member.added'], enabled: false });
    const updated = await client.webhooks.update(ACME, hook.id, { enabled: true, timeoutSeconds: 3 });
    assert.deepEqual([updated.enabled, updated.timeoutSeconds], [true, 3]);
    const rotated = await client.webhooks.rotateSecret(ACME, hook.id);
    assert.notEqual(rotated.secret, hook.secret);
    assert.ok(rotated.previousSecretExpiresAt);
    assert.equal((await client.webhooks.list(ACME)).total, 1);
    await client.webhooks.delete(ACME, hook.id);
    assert.equal((await client.webhooks.list(ACME)).total, 0);
  });

  test('a private address is a field error the form can show', async () => {
    const { client } = setup('owner');
    const error = await failure(client.webhooks.create(ACME, { url: 'https://169.254.169.254/latest/meta-data', events: ['member.added'] }));
    assert.ok(error instanceof ValidationError);
    assert.deepEqual(error.fieldErrors.map((field) => [field.field, field.code]), [['url', 'private_address']]);
    const local = await failure(client.webhooks.create(ACME, { url: 'ftp://example.com', events: ['member.added'] }));
    assert.ok(local instanceof ValidationError && local.source === 'client');
  });
});
