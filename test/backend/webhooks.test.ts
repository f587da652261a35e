/** Webhook endpoints: the catalog, who may manage them, where they may point, and their secrets. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ApiKeyCreated, Page, Webhook, WebhookDelivery, WebhookEventType, WebhookWithSecret } from '../../src/sdk/schemas/index.js';
import { ACME, LABS, assertFieldError, assertProblem, setup } from './helpers.js';

const hooks = (workspaceId: string = ACME) => `/workspaces/${workspaceId}/webhooks`;
const PUBLIC_URL = 'https://hooks.example.com/teamkit';
/** Deliveries answered here: these tests are about the endpoints, not the network. */
const offline = { webhooks: { fetch: async () => new Response('ok') } };

describe('webhook endpoints', () => {
  test('the catalog lists each event type with a description', async () => {
    const { as } = setup();
    const catalog = await as('viewer').get<{ items: WebhookEventType[] }>('/webhook-events');
    const types = catalog.body.items.map((event) => event.type);
    for (const type of ['member.added', 'member.removed', 'invitation.accepted', 'call.completed', 'campaign.status_changed', 'callback.scheduled']) {
      assert.ok(types.includes(type), type);
    }
    assert.ok(catalog.body.items.every((event) => event.description.length > 10 && event.group));
  });

  test('need developer:manage in the workspace; other workspaces do not exist', async () => {
    const t = setup(offline);
    const made = await t.as('admin').post<WebhookWithSecret>(hooks(), { url: PUBLIC_URL, events: ['member.added'] });
    assert.equal(made.status, 201);
    for (const who of ['member', 'viewer', 'billing'] as const) {
      assertProblem(await t.as(who).get(hooks()), 403, 'forbidden');
      assertProblem(await t.as(who).post(hooks(), { url: PUBLIC_URL, events: ['member.added'] }), 403, 'forbidden');
    }
    assertProblem(await t.as('globexOwner').get(`${hooks()}/${made.body.id}`), 404, 'not_found');
    assertProblem(await t.as('owner').get(`${hooks(LABS)}/${made.body.id}`), 404, 'not_found');
    assertProblem(await t.as('owner').delete(`${hooks(LABS)}/${made.body.id}`), 404, 'not_found');
  });

  test('the signing secret is shown at creation and at each rotation, nowhere else', async () => {
    const t = setup(offline);
    const owner = t.as('owner');
    const made = await owner.post<WebhookWithSecret>(hooks(), { url: PUBLIC_URL, events: ['member.added'] }, { headers: { 'idempotency-key': 'hook-1' } });
    assert.match(made.body.secret, /^whsec_[0-9a-f]{64}$/);
    assertProblem(await owner.post(hooks(), { url: PUBLIC_URL, events: ['member.added'] }, { headers: { 'idempotency-key': 'hook-1' } }), 409, 'secret_already_shown');
    const path = `${hooks()}/${made.body.id}`;
    await owner.get(hooks());
    await owner.get(path);
    await owner.patch(path, { events: ['member.added', 'member.removed'] });
    await owner.post(`${path}/test`, { type: 'member.added' });
    await t.backend.webhooks.settled();
    await owner.get(`${path}/deliveries`);
    const rotated = await owner.post<WebhookWithSecret>(`${path}/rotate-secret`);
    await owner.get(`/workspaces/${ACME}/audit-log`);
    await owner.get(`/workspaces/${ACME}/audit-log/export.csv`);
    for (const secret of [made.body.secret, rotated.body.secret]) {
      assert.equal(t.seen.filter((answer) => answer.includes(secret)).length, 1, 'one answer each');
    }
    assert.equal(rotated.body.previousSecretExpiresAt, new Date(t.clock.now().getTime() + 24 * 60 * 60 * 1000).toISOString());
    t.clock.advance(24 * 60 * 60 * 1000);
    assert.equal((await owner.get<Webhook>(path)).body.previousSecretExpiresAt, null, 'the grace period is over');
  });

  test('create, update, disable and delete are audited, without secrets', async () => {
    const t = setup(offline);
    const owner = t.as('owner');
    const made = await owner.post<WebhookWithSecret>(hooks(), { url: PUBLIC_URL, events: ['member.added', 'member.added'], timeoutSeconds: 5 });
    assert.deepEqual(made.body.events, ['member.added'], 'each type once');
    assert.equal(made.body.timeoutSeconds, 5);
    assert.equal(made.body.enabled, true);
    const path = `${hooks()}/${made.body.id}`;
    const updated = await owner.patch<Webhook>(path, { enabled: false, url: 'https://hooks.example.com/v2' });
    assert.deepEqual([updated.body.enabled, updated.body.url], [false, 'https://hooks.example.com/v2']);
    await owner.post(`${path}/rotate-secret`);
    assert.equal((await owner.delete(path)).status, 204);
    assertProblem(await owner.get(path), 404, 'not_found');
    const actions = t.backend.audit.entries.map((entry) => entry.action);
    assert.deepEqual(actions, ['webhook.created', 'webhook.updated', 'webhook.secret_rotated', 'webhook.deleted']);
    assert.deepEqual(t.backend.audit.latest('webhook.updated')?.after, { url: 'https://hooks.example.com/v2', enabled: false });
    assert.ok(!JSON.stringify(t.backend.audit.entries).includes('whsec_'));
  });

  test('event types must come from the catalog; URLs must be web addresses', async () => {
    const t = setup(offline);
    const owner = t.as('owner');
    assertFieldError(await owner.post(hooks(), { url: PUBLIC_URL, events: ['member.added', 'member.exploded'] }), 422, 'validation_failed', 'events.1');
    assertFieldError(await owner.post(hooks(), { url: PUBLIC_URL, events: [] }), 422, 'validation_failed', 'events');
    for (const url of ['ftp://example.com/hook', 'javascript:alert(1)', 'https://', 'hooks.example.com', `https://example.com/${'a'.repeat(2100)}`]) {
      assertFieldError(await owner.post(hooks(), { url, events: ['member.added'] }), 422, 'validation_failed', 'url');
    }
    const made = await owner.post<WebhookWithSecret>(hooks(), { url: PUBLIC_URL, events: ['member.added'] });
    assertFieldError(await owner.post(`${hooks()}/${made.body.id}/test`, { type: 'member.exploded' }), 422, 'validation_failed', 'type');
  });

  test('a redirect a browser hides (an opaque answer) is logged as a redirect and not retried', async () => {
    const opaque = { type: 'opaqueredirect', status: 0, headers: new Headers(), body: null } as unknown as Response;
    const t = setup({ webhooks: { fetch: async () => opaque } });
    const made = await t.as('owner').post<WebhookWithSecret>(hooks(), { url: PUBLIC_URL, events: ['member.added'] });
    await t.as('owner').post(`${hooks()}/${made.body.id}/test`, { type: 'member.added' });
    await t.backend.webhooks.settled();
    const [delivery] = (await t.as('owner').get<Page<WebhookDelivery>>(`${hooks()}/${made.body.id}/deliveries`)).body.items;
    assert.deepEqual(delivery && [delivery.status, delivery.error, delivery.responseStatus, delivery.nextAttemptAt], ['failed', 'redirect', null, null]);
  });

  test('parallel creations cannot pass the per-workspace limit', async () => {
    const t = setup({ ...offline, limits: { webhooksPerWorkspace: 2 } });
    const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => t.as('owner').post(hooks(), { url: `${PUBLIC_URL}/${i}`, events: ['member.added'] })));
    assert.equal(answers.filter((answer) => answer.status === 201).length, 2);
    for (const answer of answers.filter((each) => each.status !== 201)) assertProblem(answer, 409, 'conflict');
  });

  test('an API key with developer:manage manages webhooks, one without cannot', async () => {
    const t = setup(offline);
    const make = async (scopes: string[]) => (await t.as('owner').post<ApiKeyCreated>(`/workspaces/${ACME}/api-keys`, { name: 'Ops', scopes, expiresAt: null })).body.secret;
    const developer = t.withHeaders({ 'x-api-key': await make(['developer:manage']) });
    assert.equal((await developer.post(hooks(), { url: PUBLIC_URL, events: ['member.added'] })).status, 201);
    assert.equal((await developer.get<Page<Webhook>>(hooks())).body.total, 1);
    assertProblem(await t.withHeaders({ 'x-api-key': await make(['audit:view']) }).get(hooks()), 403, 'forbidden');
  });
});

describe('attack: webhooks as a way into the server’s network', () => {
  const refused: [string, string][] = [
    ['http://169.254.169.254/latest/meta-data/', 'private_address'],
    ['https://169.254.169.254/latest/meta-data/', 'private_address'],
    ['http://10.0.0.1/', 'private_address'],
    ['https://10.0.0.1/', 'private_address'],
    ['https://172.16.5.4/', 'private_address'],
    ['https://192.168.1.1/', 'private_address'],
    ['https://100.64.0.1/', 'private_address'],
    ['https://0.0.0.0/', 'private_address'],
    ['https://localhost/hook', 'private_address'],
    ['https://api.localhost/hook', 'private_address'],
    ['https://127.0.0.1/hook', 'private_address'],
    ['https://127.1/hook', 'private_address'],
    ['https://0x7f.0.0.1/hook', 'private_address'],
    ['https://2130706433/hook', 'private_address'],
    ['https://0177.0.0.1/hook', 'private_address'],
    ['https://[::1]/hook', 'private_address'],
    ['https://[::ffff:127.0.0.1]/hook', 'private_address'],
    ['https://[::ffff:a9fe:a9fe]/hook', 'private_address'],
    ['https://[64:ff9b::a9fe:a9fe]/hook', 'private_address'],
    ['https://[fe80::1]/hook', 'private_address'],
    ['https://[fd00:ec2::254]/hook', 'private_address'],
    ['https://metadata.google.internal/computeMetadata/v1/', 'private_address'],
    ['https://intranet/hook', 'private_address'],
    ['https://printer.local/hook', 'private_address'],
    ['http://hooks.example.com/teamkit', 'https_required'],
    ['https://admin:secret@hooks.example.com/teamkit', 'invalid_url'],
  ];

  test('private, loopback, link-local and reserved addresses are refused however they are written', async () => {
    const t = setup(offline);
    const owner = t.as('owner');
    const made = await owner.post<WebhookWithSecret>(hooks(), { url: PUBLIC_URL, events: ['member.added'] });
    for (const [url, code] of refused) {
      const problem = assertFieldError(await owner.post(hooks(), { url, events: ['member.added'] }), 422, 'validation_failed', 'url');
      assert.equal(problem.errors?.[0]?.code, code, url);
      assertFieldError(await owner.patch(`${hooks()}/${made.body.id}`, { url }), 422, 'validation_failed', 'url');
    }
    assert.equal(t.backend.store.webhooks.size, 1);
    assert.equal((await owner.get<Webhook>(`${hooks()}/${made.body.id}`)).body.url, PUBLIC_URL, 'unchanged');
  });

  test('a backend configured for local tests accepts loopback, over http too, and nothing private', async () => {
    const t = setup({ webhooks: { ...offline.webhooks, allowHttpLoopback: true } });
    const owner = t.as('owner');
    for (const url of ['http://127.0.0.1:8080/hook', 'http://localhost:3000/hook', 'https://localhost/hook', 'http://[::1]:9000/hook']) {
      assert.equal((await owner.post(hooks(), { url, events: ['member.added'] })).status, 201, url);
    }
    for (const url of ['http://10.0.0.1/', 'http://169.254.169.254/', 'https://192.168.0.10/', 'http://hooks.example.com/']) {
      assertFieldError(await owner.post(hooks(), { url, events: ['member.added'] }), 422, 'validation_failed', 'url');
    }
  });
});
