import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { setupServer } from 'msw/node';
import { endpoints } from '../../src/sdk/contract.js';
import type { DataExport, InviteResults, Page, Problem, User, Workspace } from '../../src/sdk/schemas/index.js';
import { createBackend, createClock } from '../../src/backend/index.js';
import { createHandlers } from '../../src/backend/msw.js';
import { ACME, SEED, assertFieldError, assertProblem, invitations, setup } from './helpers.js';

describe('HTTP conventions', () => {
  test('every endpoint of the contract is answered (never "no endpoint")', async () => {
    const { as } = setup();
    const owner = as('owner');
    for (const endpoint of endpoints) {
      const path = endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) => `sample-${name}`);
      const answer = await owner.send<Problem>(endpoint.method, path, endpoint.body ? { body: {} } : {});
      assert.doesNotMatch(answer.body?.detail ?? '', /^No endpoint/, `${endpoint.method} ${endpoint.path}`);
    }
  });

  test('an unknown path is a 404 problem; a malformed JSON body is 400', async () => {
    const { as } = setup();
    const owner = as('owner');
    assertProblem(await owner.get('/nowhere'), 404, 'not_found');
    assertProblem(await owner.send('PUT', '/me'), 404, 'not_found');
    const malformed = await owner.patch('/me', undefined, { raw: '{"name": ', headers: { 'content-type': 'application/json' } });
    assertProblem(malformed, 400, 'validation_failed');
    assertFieldError(await owner.patch('/me', ['not', 'an', 'object']), 422, 'validation_failed', '');
  });

  test('JSON answers say so, expose ETag and Retry-After to browsers, and are not cached', async () => {
    const { as } = setup();
    const answer = await as('owner').get('/me');
    assert.equal(answer.headers.get('content-type'), 'application/json');
    assert.equal(answer.headers.get('access-control-expose-headers'), 'ETag, Retry-After');
    assert.equal(answer.headers.get('cache-control'), 'no-store');
  });

  test('basePath is stripped, and paths outside it are not found', async () => {
    const backend = createBackend({ clock: createClock(), basePath: '/api/' });
    const token = backend.signIn(SEED.users.owner.email);
    const headers = { authorization: `Bearer ${token}` };
    assert.equal((await backend.fetch(new Request('http://app.test/api/me', { headers }))).status, 200);
    assert.equal((await backend.fetch(new Request('http://app.test/me', { headers }))).status, 404);
    assert.equal((await backend.fetch(new Request('http://app.test/apiary/me', { headers }))).status, 404);
  });
});

describe('idempotency', () => {
  test('a POST repeated with the same key replays the first answer and does the work once', async () => {
    const { as, backend } = setup();
    const owner = as('owner');
    const headers = { 'idempotency-key': 'key-1' };
    const first = await owner.post<InviteResults>(invitations(ACME), { emails: ['once@example.test'], role: 'viewer' }, { headers });
    const again = await owner.post<InviteResults>(invitations(ACME), { emails: ['once@example.test'], role: 'viewer' }, { headers });
    assert.deepEqual(again.body, first.body);
    assert.equal(again.body.results[0]?.status, 'sent', 'not already_invited: the first answer, replayed');
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.equal(backend.outbox.messages.filter((message) => message.to === 'once@example.test').length, 1);
    const fresh = await owner.post<InviteResults>(invitations(ACME), { emails: ['once@example.test'], role: 'viewer' }, { headers: { 'idempotency-key': 'key-2' } });
    assert.equal(fresh.body.results[0]?.status, 'already_invited');
  });

  test('keys belong to their caller, and a key reused with another body is refused', async () => {
    const { as } = setup();
    const mia = as('member');
    const headers = { 'idempotency-key': 'create-1' };
    const created = await mia.post<Workspace>('/workspaces', { name: 'Mia Space' }, { headers });
    assert.equal(created.status, 201);
    const replayed = await mia.post<Workspace>('/workspaces', { name: 'Mia Space' }, { headers });
    assert.equal(replayed.status, 201);
    assert.equal(replayed.body.id, created.body.id);
    assert.equal((await mia.get<Page<Workspace>>('/workspaces')).body.total, 2, 'one workspace created, not two');
    assertFieldError(await mia.post('/workspaces', { name: 'Other Space' }, { headers }), 422, 'idempotency_mismatch', 'Idempotency-Key');
    const adam = await as('admin').post<Workspace>('/workspaces', { name: 'Mia Space' }, { headers });
    assert.equal(adam.status, 201);
    assert.notEqual(adam.body.id, created.body.id, "Adam's key is not Mia's");
  });

  test('a refusal is not kept: it changed nothing, so the same key runs again', async () => {
    const { as } = setup();
    const mia = as('member');
    await mia.post('/workspaces', { name: 'Mia One' });
    const headers = { 'idempotency-key': 'second' };
    assertProblem(await mia.post('/workspaces', { name: 'Mia Two' }, { headers }), 402, 'plan_required');
    const again = await mia.post('/workspaces', { name: 'Mia Two' }, { headers });
    assertProblem(again, 402, 'plan_required');
    assert.equal(again.headers.get('idempotent-replayed'), null);
  });

  test('concurrent repeats create one workspace: the others replay it or are refused while it runs', async () => {
    const { as } = setup();
    const owner = as('owner');
    const headers = { 'idempotency-key': 'concurrent' };
    const answers = await Promise.all(Array.from({ length: 5 }, () => owner.post<Workspace>('/workspaces', { name: 'Twin' }, { headers })));
    const created = answers.filter((answer) => answer.status === 201);
    assert.ok(created.length >= 1);
    assert.equal(new Set(created.map((answer) => answer.body.id)).size, 1, 'every success is the same workspace');
    for (const answer of answers.filter((each) => each.status !== 201)) assertProblem(answer, 409, 'idempotency_in_progress');
    const listed = await owner.get<Page<Workspace>>('/workspaces');
    assert.equal(listed.body.items.filter((workspace) => workspace.name === 'Twin').length, 1);
  });

  test('a rate-limited answer is not kept, so a later retry with the same key can succeed', async () => {
    const { as, clock } = setup();
    const mia = as('member');
    await mia.post('/me/exports');
    const headers = { 'idempotency-key': 'export-2' };
    assertProblem(await mia.post('/me/exports', undefined, { headers }), 429, 'rate_limited');
    clock.advance(60_000);
    assert.equal((await mia.post<DataExport>('/me/exports', undefined, { headers })).status, 202);
  });
});

describe('faults', () => {
  test('answer the described problem the given number of times, then stop', async () => {
    const { as, backend } = setup();
    const owner = as('owner');
    backend.faults.add({ method: 'GET', path: '/me', status: 503, code: 'internal_error', retryAfter: 2, times: 2 });
    const failed = await owner.get('/me');
    assertProblem(failed, 503, 'internal_error');
    assert.equal(failed.headers.get('retry-after'), '2');
    assert.equal((await owner.get('/workspaces')).status, 200, 'other paths are untouched');
    assertProblem(await owner.get('/me'), 503, 'internal_error');
    assert.equal((await owner.get('/me')).status, 200);
  });

  test('match paths by pattern, default to the code’s status, and clear', async () => {
    const { as, backend } = setup();
    const owner = as('owner');
    backend.faults.add({ path: /\/members/, code: 'rate_limited', retryAfter: 1, times: Infinity });
    assertProblem(await owner.get(`/workspaces/${ACME}/members`), 429, 'rate_limited');
    assertProblem(await owner.get(`/workspaces/${ACME}/members/me`), 429, 'rate_limited');
    backend.faults.clear();
    assert.equal((await owner.get(`/workspaces/${ACME}/members`)).status, 200);
  });

  test('a network fault makes fetch reject like a dropped connection', async () => {
    const { backend } = setup();
    backend.faults.add({ network: true });
    await assert.rejects(backend.fetch(new Request('http://api.test/me')), (error) => error instanceof TypeError && error.message === 'Failed to fetch');
    assert.equal((await backend.fetch(new Request('http://api.test/me'))).status, 401);
  });
});

describe('latency', () => {
  test('delays every answer by about the configured time', async () => {
    const { as } = setup({ latency: [40, 60] });
    const started = performance.now();
    await as('owner').get('/me');
    assert.ok(performance.now() - started >= 39);
  });
});

describe('msw handlers', () => {
  test('serve the backend under a base URL, whatever path it has', async () => {
    const backend = createBackend({ clock: createClock() });
    const server = setupServer(...createHandlers(backend, 'http://app.test/api/v1'));
    server.listen({ onUnhandledRequest: 'error' });
    try {
      const token = backend.signIn(SEED.users.viewer.email);
      const response = await fetch('http://app.test/api/v1/me', { headers: { authorization: `Bearer ${token}` } });
      assert.equal(response.status, 200);
      assert.equal(((await response.json()) as User).email, SEED.users.viewer.email);
      const created = await fetch('http://app.test/api/v1/workspaces', {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Through msw' }),
      });
      assert.equal(created.status, 201);
      backend.faults.add({ network: true });
      await assert.rejects(fetch('http://app.test/api/v1/me'), TypeError);
    } finally {
      server.close();
    }
  });
});

describe('outbox', () => {
  test('tells listeners of every message until they stop listening', async () => {
    const { as, backend } = setup();
    const heard: string[] = [];
    const stop = backend.outbox.onMessage((message) => heard.push(`${message.kind} to ${message.to}`));
    await as('owner').post(invitations(ACME), { emails: ['first@example.test'], role: 'viewer' });
    stop();
    await as('owner').post(invitations(ACME), { emails: ['second@example.test'], role: 'viewer' });
    assert.deepEqual(heard, ['invitation to first@example.test']);
    assert.equal(backend.outbox.latest(undefined, 'invitation')?.to, 'second@example.test');
    assert.equal(backend.outbox.messages.length, 2);
  });
});
