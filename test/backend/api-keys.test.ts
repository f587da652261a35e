/** API keys: made by people with `developer:manage`, shown once, kept as a digest, and used as credentials. */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import hostile from '../fixtures/hostile-strings.json' with { type: 'json' };
import { API_KEY_SECRET_PATTERN, type ApiKey, type ApiKeyCreated, type AuditEntry, type Page, type Role } from '../../src/sdk/schemas/index.js';
import { ACME, GLOBEX, HOUR, LABS, SEED, assertFieldError, assertProblem, members, setup, streamedRequest, type TestBackend } from './helpers.js';

const DAY = 24 * HOUR;
const keys = (workspaceId: string = ACME) => `/workspaces/${workspaceId}/api-keys`;

async function createKey(t: TestBackend, scopes: string[], who: 'owner' | 'admin' = 'owner', extra: Record<string, unknown> = {}) {
  const answer = await t.as(who).post<ApiKeyCreated>(keys(), { name: 'Deploy bot', scopes, expiresAt: null, ...extra });
  assert.equal(answer.status, 201, JSON.stringify(answer.body));
  return answer.body;
}

const occurrences = (haystack: readonly string[], needle: string) => haystack.reduce((count, text) => count + text.split(needle).length - 1, 0);

describe('API keys: the secret', () => {
  test('appears in exactly one answer, the creation, and the store keeps only its SHA-256', async () => {
    const t = setup();
    const owner = t.as('owner');
    const created = await owner.post<ApiKeyCreated>(keys(), { name: 'CI', scopes: ['audit:view', 'members:manage'], expiresAt: null }, { headers: { 'idempotency-key': 'once' } });
    const { secret, prefix } = created.body;
    assert.match(secret, API_KEY_SECRET_PATTERN);
    assert.ok(secret.startsWith(`${prefix}_`), 'the prefix shown is how the secret begins');
    // Everything else a user or an integration does with it afterwards.
    const asKey = t.withHeaders({ 'x-api-key': secret });
    await asKey.get(`/workspaces/${ACME}/audit-log`);
    await t.withHeaders({ authorization: `Bearer ${secret}` }).delete(`${members(ACME)}/${SEED.members.acme.viewer}`);
    const replay = await owner.post(keys(), { name: 'CI', scopes: ['audit:view', 'members:manage'], expiresAt: null }, { headers: { 'idempotency-key': 'once' } });
    assertProblem(replay, 409, 'secret_already_shown');
    await owner.get(keys());
    await owner.get(`/workspaces/${ACME}/audit-log`);
    await owner.get(`/workspaces/${ACME}/audit-log/export.csv`);
    await owner.post(`${keys()}/${created.body.id}/revoke`);
    await asKey.get(`/workspaces/${ACME}/audit-log`);

    assert.equal(occurrences(t.seen, secret), 1, 'in the creation answer only');
    const stored = [...t.backend.store.apiKeys.all()];
    const everything = JSON.stringify({ stored, audit: t.backend.audit.entries, outbox: t.backend.outbox.messages });
    assert.ok(!everything.includes(secret.slice(prefix.length + 1)), 'no trace of the random part anywhere');
    assert.equal(stored[0]?.secretHash, createHash('sha256').update(secret).digest('hex'));
  });

  test('a replay of the creation refuses rather than making a second key or showing the secret again', async () => {
    const t = setup();
    const headers = { 'idempotency-key': 'retry-after-timeout' };
    const body = { name: 'CI', scopes: ['audit:view'], expiresAt: null };
    const answers = await Promise.all([t.as('owner').post(keys(), body, { headers }), t.as('owner').post(keys(), body, { headers })]);
    assert.deepEqual(answers.map((answer) => answer.status).sort(), [201, 409]);
    assertProblem(await t.as('owner').post(keys(), body, { headers }), 409, 'secret_already_shown');
    assert.equal(t.backend.store.apiKeys.size, 1);
  });
});

describe('API keys: creating', () => {
  test('needs developer:manage; scopes never exceed what the creator holds', async () => {
    const t = setup();
    const body = { name: 'Mine', scopes: ['audit:view'], expiresAt: null };
    assertProblem(await t.as('member').post(keys(), body), 403, 'forbidden');
    assertProblem(await t.as('billing').get(keys()), 403, 'forbidden');
    const role = await t.as('owner').post<Role>(`/workspaces/${ACME}/roles`, { name: 'Integrator', permissions: ['developer:manage', 'audit:view'] });
    await t.as('owner').patch(`${members(ACME)}/${SEED.members.acme.member}`, { role: role.body.id });
    const mia = t.as('member');
    assertProblem(await mia.post(keys(), { ...body, scopes: ['audit:view', 'members:manage'] }), 403, 'forbidden');
    assert.equal((await mia.post(keys(), body)).status, 201);
    assertFieldError(await mia.post(keys(), { ...body, scopes: ['root:everything'] }), 422, 'validation_failed', 'scopes.0');
    assertFieldError(await mia.post(keys(), { ...body, scopes: [] }), 422, 'validation_failed', 'scopes');
  });

  test('expiry: never, or a time in the future at most two years away', async () => {
    const t = setup();
    const at = (ms: number) => new Date(t.clock.now().getTime() + ms).toISOString();
    const body = (expiresAt: string | null) => ({ name: 'Temp', scopes: ['audit:view'], expiresAt });
    assertFieldError(await t.as('owner').post(keys(), body(at(-1000))), 422, 'validation_failed', 'expiresAt');
    assertFieldError(await t.as('owner').post(keys(), body(at(731 * DAY))), 422, 'validation_failed', 'expiresAt');
    const ninety = await t.as('owner').post<ApiKeyCreated>(keys(), body(at(90 * DAY)));
    assert.equal(ninety.body.expiresAt, at(90 * DAY));
    assert.equal(ninety.body.status, 'active');
    assert.equal((await t.as('owner').post<ApiKeyCreated>(keys(), body(null))).body.expiresAt, null);
    t.clock.advance(90 * DAY);
    const listed = await t.as('owner').get<Page<ApiKey>>(`${keys()}?status=expired`);
    assert.deepEqual(listed.body.items.map((key) => key.id), [ninety.body.id]);
    const refused = assertProblem(await t.withHeaders({ 'x-api-key': ninety.body.secret }).get(`/workspaces/${ACME}/audit-log`), 401, 'unauthorized');
    assert.match(refused.detail ?? '', /expired/);
  });

  test('names: any script and markup are kept as text; control characters are refused', async () => {
    const t = setup();
    for (const name of [...hostile.markup, ...hostile.unicode, ...hostile.csv_formula.filter((value) => !/[\t\r]/.test(value))]) {
      const made = await t.as('owner').post<ApiKeyCreated>(keys(), { name, scopes: ['audit:view'], expiresAt: null });
      assert.equal(made.status, 201, name);
      assert.equal(made.body.name, name.normalize('NFC').trim());
      await t.as('owner').post(`${keys()}/${made.body.id}/revoke`);
    }
    for (const name of hostile.control) {
      assertProblem(await t.as('owner').post(keys(), { name, scopes: ['audit:view'], expiresAt: null }), 422, 'validation_failed');
    }
  });

  test('parallel creations cannot pass the per-workspace limit', async () => {
    const t = setup({ limits: { apiKeysPerWorkspace: 3 } });
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => t.as('owner').post(keys(), { name: `Key ${i}`, scopes: ['audit:view'], expiresAt: null })));
    assert.equal(answers.filter((answer) => answer.status === 201).length, 3);
    for (const answer of answers.filter((each) => each.status !== 201)) assertProblem(answer, 409, 'conflict');
  });
});

describe('API keys: the list and revoking', () => {
  test('lists newest first with prefix, scopes, creator and last use; never a secret or a digest', async () => {
    const t = setup();
    const first = await createKey(t, ['audit:view']);
    const second = await createKey(t, ['billing:view'], 'admin');
    t.clock.advance(60_000);
    await t.withHeaders({ 'x-api-key': first.secret, 'x-forwarded-for': '198.51.100.23' }).get(`/workspaces/${ACME}/audit-log`);
    const page = await t.as('owner').get<Page<ApiKey>>(keys());
    assert.deepEqual(page.body.items.map((key) => key.id), [second.id, first.id]);
    const [, used] = page.body.items;
    assert.equal(used?.prefix, first.prefix);
    assert.match(used?.prefix ?? '', /^tk_live_[a-z0-9]{8}$/);
    assert.deepEqual(used?.createdBy, { id: SEED.users.owner.id, name: SEED.users.owner.name, email: SEED.users.owner.email });
    assert.equal(used?.lastUsedAt, t.clock.now().toISOString());
    assert.equal(used?.lastUsedIp, '198.51.100.23');
    assert.equal(page.body.items[0]?.lastUsedAt, null);
    const text = JSON.stringify(page.body);
    assert.ok(!text.includes('secret') && !text.includes(first.secret.slice(-64)), 'no secret, no digest');
  });

  test('revoking is audited, stops the key at once, and cannot be done twice', async () => {
    const t = setup();
    const key = await createKey(t, ['audit:view']);
    const revoked = await t.as('admin').post<ApiKey>(`${keys()}/${key.id}/revoke`);
    assert.equal(revoked.body.status, 'revoked');
    assert.equal(revoked.body.revocation?.reason, 'revoked');
    assert.equal(revoked.body.revocation?.by?.id, SEED.users.admin.id);
    assertProblem(await t.withHeaders({ 'x-api-key': key.secret }).get(`/workspaces/${ACME}/audit-log`), 401, 'unauthorized');
    assertProblem(await t.as('owner').post(`${keys()}/${key.id}/revoke`), 409, 'conflict');
    assertProblem(await t.as('owner').post(`${keys(LABS)}/${key.id}/revoke`), 404, 'not_found');
    const entry = t.backend.audit.latest('api_key.revoked');
    assert.deepEqual(entry && { actor: entry.actor?.id, target: entry.target.id, after: entry.after }, { actor: SEED.users.admin.id, target: key.id, after: { status: 'revoked' } });
  });

  test('ten parallel revocations: one succeeds, nine are told it is done already', async () => {
    const t = setup();
    const key = await createKey(t, ['audit:view']);
    const answers = await Promise.all(Array.from({ length: 10 }, () => t.as('owner').post(`${keys()}/${key.id}/revoke`)));
    assert.deepEqual(answers.map((answer) => answer.status).sort(), [200, ...Array<number>(9).fill(409)]);
    assert.equal(t.backend.audit.entries.filter((entry) => entry.action === 'api_key.revoked').length, 1);
  });

  test('keys of someone who leaves or is removed are revoked with them', async () => {
    const t = setup();
    const adams = await createKey(t, ['audit:view'], 'admin');
    await t.as('owner').delete(`${members(ACME)}/${SEED.members.acme.admin}`);
    const listed = (await t.as('owner').get<Page<ApiKey>>(keys())).body.items.find((key) => key.id === adams.id);
    assert.equal(listed?.status, 'revoked');
    assert.deepEqual(listed?.revocation, { at: t.clock.now().toISOString(), by: null, reason: 'creator_left' });
    assertProblem(await t.withHeaders({ 'x-api-key': adams.secret }).get(`/workspaces/${ACME}/audit-log`), 401, 'unauthorized');
  });
});

describe('attack: API keys as credentials', () => {
  test('a key acts for its creator in its own workspace, within its scopes, and nowhere else', async () => {
    const t = setup();
    const key = await createKey(t, ['audit:view', 'members:manage']);
    for (const asKey of [t.withHeaders({ 'x-api-key': key.secret }), t.withHeaders({ authorization: `Bearer ${key.secret}` })]) {
      assert.equal((await asKey.get(`/workspaces/${ACME}/audit-log`)).status, 200);
      assert.equal((await asKey.get(members(ACME))).status, 200, 'what every member reads');
      assertProblem(await asKey.patch(`/workspaces/${ACME}`, { industry: 'Hijacked' }), 403, 'forbidden');
      assertProblem(await asKey.get(`/workspaces/${ACME}/billing`), 403, 'forbidden');
      assertProblem(await asKey.get(`/workspaces/${LABS}/audit-log`), 404, 'not_found');
      assertProblem(await asKey.get(`/workspaces/${GLOBEX}`), 404, 'not_found');
      for (const path of ['/me', '/me/sessions', '/workspaces', '/permissions']) assertProblem(await asKey.get(path), 403, 'forbidden');
      assertProblem(await asKey.get(keys()), 403, 'forbidden');
      assertProblem(await asKey.post(keys(), { name: 'Child', scopes: ['audit:view'], expiresAt: null }), 403, 'forbidden');
      assertProblem(await asKey.post(`/workspaces/${ACME}/leave`), 403, 'forbidden');
      assertProblem(await asKey.post(`/workspaces/${ACME}/transfer-ownership`, { memberId: SEED.members.acme.admin }), 403, 'forbidden');
    }
    assert.equal(t.backend.store.members.find(ACME, SEED.users.owner.id)?.roleId, 'owner', 'the owner is still the owner');
  });

  test("a key is never its creator's owner powers, and shrinks when its creator's role does", async () => {
    const t = setup();
    const ownerKey = await createKey(t, ['members:manage']);
    assert.equal((await t.withHeaders({ 'x-api-key': ownerKey.secret }).delete(`${members(ACME)}/${SEED.members.acme.admin}`)).status, 403,
      'the admin holds permissions the key lacks');
    const adamsKey = await createKey(t, ['members:manage'], 'admin');
    await t.as('owner').patch(`${members(ACME)}/${SEED.members.acme.admin}`, { role: 'viewer' });
    assertProblem(await t.withHeaders({ 'x-api-key': adamsKey.secret }).delete(`${members(ACME)}/${SEED.members.acme.viewer}`), 403, 'forbidden');
  });

  test('what a key does is audited as its creator, through the key', async () => {
    const t = setup();
    const key = await createKey(t, ['members:manage']);
    await t.withHeaders({ 'x-api-key': key.secret, 'x-forwarded-for': '192.0.2.7' }).delete(`${members(ACME)}/${SEED.members.acme.viewer}`);
    const entries = await t.as('owner').get<Page<AuditEntry>>(`/workspaces/${ACME}/audit-log?action=member.removed`);
    const [entry] = entries.body.items;
    assert.equal(entry?.actor?.id, SEED.users.owner.id);
    assert.deepEqual(entry?.apiKey, { id: key.id, name: 'Deploy bot', prefix: key.prefix });
    assert.equal(entry?.ip, '192.0.2.7');
  });

  test('guessed keys find nothing, whether the prefix is real or not, and guessing is throttled per address', async () => {
    const t = setup();
    const key = await createKey(t, ['audit:view']);
    const random = (n: number) => Array.from({ length: n }, (_, i) => '0123456789abcdef'[(i * 7 + n) % 16]).join('');
    const guesses = [
      `${key.prefix}_${random(64)}`,
      `tk_live_zzzzzzzz_${key.secret.slice(-64)}`,
      key.secret.slice(0, -1),
      `${key.secret}0`,
      key.secret.toUpperCase(),
      'tk_live_',
      '',
      'x'.repeat(10_000),
    ];
    const details = new Set<string | undefined>();
    for (const guess of guesses) {
      const answer = await t.withHeaders({ 'x-api-key': guess, 'x-forwarded-for': '203.0.113.66' }).get(`/workspaces/${ACME}/audit-log`);
      details.add(assertProblem(answer, 401, 'unauthorized').detail);
    }
    assert.equal(details.size, 1, `one answer for every wrong key: ${[...details].join(' | ')}`);
    const flood = await Promise.all(Array.from({ length: 40 }, (_, i) =>
      t.withHeaders({ 'x-api-key': `${key.prefix}_${String(i).padStart(64, '0')}`, 'x-forwarded-for': '203.0.113.66' }).get(`/workspaces/${ACME}/audit-log`)));
    const limit = t.backend.limits.apiKeyFailures.limit;
    assert.equal(flood.filter((answer) => answer.status === 401).length, limit - guesses.length, 'parallel guesses do not slip past the limit');
    assert.ok(flood.filter((answer) => answer.status === 429).every((answer) => Number(answer.headers.get('retry-after')) > 0));
    assert.equal((await t.withHeaders({ 'x-api-key': key.secret, 'x-forwarded-for': '198.51.100.1' }).get(`/workspaces/${ACME}/audit-log`)).status, 200,
      'another address is not affected');
  });

  test('a key revoked while its request body is still streaming changes nothing', async () => {
    const t = setup();
    const key = await createKey(t, ['workspace:manage']);
    const rename = streamedRequest('PATCH', `/workspaces/${ACME}`, { 'x-api-key': key.secret }, { name: 'Hijacked Inc.' });
    const pending = t.backend.fetch(rename.request);
    await new Promise((resolve) => setTimeout(resolve, 5));
    assert.equal((await t.as('owner').post(`${keys()}/${key.id}/revoke`)).status, 200);
    rename.finish();
    assert.equal((await pending).status, 401);
    assert.equal(t.backend.store.workspaces.get(ACME)?.name, 'Acme Inc.');
  });

  test('one credential per request: a key and a session together are refused', async () => {
    const t = setup();
    const key = await createKey(t, ['audit:view']);
    const token = t.backend.signIn(SEED.users.owner.email);
    assertProblem(await t.withHeaders({ 'x-api-key': key.secret, authorization: `Bearer ${token}` }).get(`/workspaces/${ACME}/audit-log`), 401, 'unauthorized');
  });
});
