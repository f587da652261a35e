/** The SDK's HTTP mechanics seen from a caller: retries, idempotency keys, token refresh, shared GETs, aborts. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AuthError, ConflictError, NotFoundError, RateLimitError, ApiError } from '../../src/sdk/index.js';
import { fakeApi, json, problem, sampleWorkspace, slow, workspacePage } from './fake-fetch.js';

const isAbortError = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

describe('retries', () => {
  for (const failure of [problem(500, 'internal_error'), problem(503, 'internal_error'), 'network-error' as const]) {
    const label = failure === 'network-error' ? 'a network error' : `a ${failure.status}`;
    test(`a GET after ${label} is retried and succeeds`, async () => {
      const { client, requests } = fakeApi([failure, json(workspacePage)]);
      const page = await client.workspaces.list();
      assert.equal(page.items[0]?.id, 'ws_1');
      assert.equal(requests.length, 2);
    });
  }

  test('client errors are not retried', async () => {
    const { client, requests } = fakeApi([problem(404, 'not_found'), json(sampleWorkspace)]);
    await assert.rejects(client.workspaces.get('ws_x'), NotFoundError);
    assert.equal(requests.length, 1);
  });

  test('a PATCH is never retried: it is not idempotent and carries no key', async () => {
    const { client, requests } = fakeApi([problem(503, 'internal_error'), json(sampleWorkspace)]);
    await assert.rejects(client.workspaces.update('ws_1', { name: 'Renamed' }), ApiError);
    assert.equal(requests.length, 1);
    assert.equal(requests[0]?.headers.get('Idempotency-Key'), null);
  });

  test('the retry limit is honoured, then the last error surfaces', async () => {
    const { client, requests } = fakeApi([problem(503, 'internal_error')], { retry: { limit: 3, backoffLimit: 0 } });
    await assert.rejects(client.workspaces.list(), (e: unknown) => e instanceof ApiError && e.status === 503);
    assert.equal(requests.length, 4);
  });

  test('a 429 is retried once its Retry-After has passed, not before', async () => {
    const times: number[] = [];
    const { client } = fakeApi([
      () => {
        times.push(Date.now());
        return problem(429, 'rate_limited', {}, { 'Retry-After': '1' });
      },
      () => {
        times.push(Date.now());
        return json(workspacePage);
      },
    ], { retry: { limit: 1 } });
    const page = await client.workspaces.list();
    assert.equal(page.total, 1);
    const [first = 0, second = 0] = times;
    assert.ok(second - first >= 900, `waited only ${second - first} ms`);
  });

  test('aborting while waiting out a Retry-After rejects at once', async () => {
    const { client, requests } = fakeApi([problem(429, 'rate_limited', {}, { 'Retry-After': '3' }), json(workspacePage)]);
    const controller = new AbortController();
    const started = Date.now();
    const pending = client.workspaces.list({}, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await assert.rejects(pending, isAbortError);
    assert.ok(Date.now() - started < 1_000);
    assert.equal(requests.length, 1);
  });

  test('an attempt that times out is retried', async () => {
    const { client, requests } = fakeApi([slow(1_000, () => json(workspacePage)), json(workspacePage)], { timeout: 30 });
    assert.equal((await client.workspaces.list()).total, 1);
    assert.equal(requests.length, 2);
  });

  test('a 429 past the retry limit is a RateLimitError with retryAfter', async () => {
    const { client, requests } = fakeApi([problem(429, 'rate_limited', {}, { 'Retry-After': '0' })], { retry: { limit: 1 } });
    const error = await client.workspaces.list().catch((e: unknown) => e);
    assert.ok(error instanceof RateLimitError);
    assert.equal(error.retryAfter, 0);
    assert.equal(requests.length, 2);
  });
});

describe('idempotency keys', () => {
  test('every POST carries a fresh Idempotency-Key', async () => {
    const { client, requests } = fakeApi([json(sampleWorkspace, { status: 201 })]);
    await client.workspaces.create({ name: 'First' });
    await client.workspaces.create({ name: 'Second' });
    const [a, b] = requests.map((r) => r.headers.get('Idempotency-Key'));
    assert.ok(a && b);
    assert.notEqual(a, b);
  });

  test('a retried POST sends the same key again', async () => {
    const { client, requests } = fakeApi([problem(503, 'internal_error'), 'network-error', json(sampleWorkspace, { status: 201 })]);
    await client.workspaces.create({ name: 'Retried' });
    const keys = requests.map((r) => r.headers.get('Idempotency-Key'));
    assert.equal(keys.length, 3);
    assert.ok(keys[0]);
    assert.deepEqual(new Set(keys).size, 1);
  });

  test('GETs carry no key', async () => {
    const { client, requests } = fakeApi([json(workspacePage)]);
    await client.workspaces.list();
    assert.equal(requests[0]?.headers.get('Idempotency-Key'), null);
  });
});

describe('authentication', () => {
  test('the token from getToken goes out as a bearer token', async () => {
    const { client, requests } = fakeApi([json(workspacePage)], { getToken: () => 'tok_1' });
    await client.workspaces.list();
    assert.equal(requests[0]?.headers.get('Authorization'), 'Bearer tok_1');
  });

  test('a 401 refreshes the token once and retries with the new one', async () => {
    const calls: boolean[] = [];
    const { client, requests } = fakeApi([problem(401, 'unauthorized'), json(workspacePage)], {
      getToken: ({ refresh }) => (calls.push(refresh), refresh ? 'fresh' : 'stale'),
    });
    await client.workspaces.list();
    assert.deepEqual(calls, [false, true]);
    assert.deepEqual(requests.map((r) => r.headers.get('Authorization')), ['Bearer stale', 'Bearer fresh']);
  });

  test('a second 401 is an AuthError: no endless refreshing', async () => {
    const calls: boolean[] = [];
    const { client, requests } = fakeApi([problem(401, 'unauthorized')], { getToken: ({ refresh }) => (calls.push(refresh), 't') });
    await assert.rejects(client.workspaces.list(), AuthError);
    assert.deepEqual(calls, [false, true]);
    assert.equal(requests.length, 2);
  });

  test('without getToken a 401 is an AuthError at once', async () => {
    const { client, requests } = fakeApi([problem(401, 'unauthorized')]);
    await assert.rejects(client.workspaces.list(), AuthError);
    assert.equal(requests.length, 1);
  });

  test('a refreshed POST keeps its Idempotency-Key', async () => {
    const { client, requests } = fakeApi([problem(401, 'unauthorized'), json(sampleWorkspace, { status: 201 })], { getToken: () => 't' });
    await client.workspaces.create({ name: 'Keyed' });
    const [a, b] = requests.map((r) => r.headers.get('Idempotency-Key'));
    assert.ok(a);
    assert.equal(a, b);
  });

  test('unsafe requests carry the CSRF header, safe ones do not', async () => {
    const { client, requests } = fakeApi([json(sampleWorkspace)], { csrf: { header: 'X-CSRF-Token', value: () => 'csrf1' } });
    await client.workspaces.get('ws_1');
    await client.workspaces.update('ws_1', { name: 'Changed' });
    assert.deepEqual(requests.map((r) => r.headers.get('X-CSRF-Token')), [null, 'csrf1']);
  });
});

describe('identical concurrent GETs', () => {
  test('share one request', async () => {
    const { client, requests } = fakeApi([slow(20, () => json(workspacePage))]);
    const pages = await Promise.all([client.workspaces.list(), client.workspaces.list(), client.workspaces.list()]);
    assert.equal(requests.length, 1);
    for (const page of pages) assert.equal(page.items[0]?.id, 'ws_1');
  });

  test('different queries are not shared', async () => {
    const { client, requests } = fakeApi([slow(10, () => json(workspacePage))]);
    await Promise.all([client.workspaces.list({ limit: 1 }), client.workspaces.list({ limit: 2 })]);
    assert.equal(requests.length, 2);
  });

  test('a later GET, after the first finished, asks again', async () => {
    const { client, requests } = fakeApi([json(workspacePage)]);
    await client.workspaces.list();
    await client.workspaces.list();
    assert.equal(requests.length, 2);
  });

  test('aborting one sharer does not abort the other', async () => {
    const { client, requests } = fakeApi([slow(30, () => json(workspacePage))]);
    const controller = new AbortController();
    const aborted = client.workspaces.list({}, { signal: controller.signal });
    const kept = client.workspaces.list({}, { signal: new AbortController().signal });
    controller.abort();
    await assert.rejects(aborted, isAbortError);
    assert.equal((await kept).total, 1);
    assert.equal(requests.length, 1);
    assert.equal(requests[0]?.signal.aborted, false);
  });

  test('when every sharer aborts, the request itself is aborted', async () => {
    const { client, requests } = fakeApi([slow(1_000, () => json(workspacePage))]);
    const a = new AbortController();
    const b = new AbortController();
    const first = client.workspaces.list({}, { signal: a.signal });
    const second = client.workspaces.list({}, { signal: b.signal });
    await new Promise((resolve) => setTimeout(resolve, 5));
    assert.equal(requests.length, 1, 'the shared request is on its way');
    a.abort();
    assert.equal(requests[0]?.signal.aborted, false, 'one sharer is still waiting');
    b.abort();
    await assert.rejects(first, isAbortError);
    await assert.rejects(second, isAbortError);
    assert.equal(requests[0]?.signal.aborted, true);
  });
});

describe('abort via signal', () => {
  test('rejects with an AbortError and is not retried', async () => {
    const { client, requests } = fakeApi([slow(1_000, () => json(sampleWorkspace))]);
    const controller = new AbortController();
    const pending = client.workspaces.create({ name: 'Never' }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    await assert.rejects(pending, isAbortError);
    assert.equal(requests.length, 1);
  });

  test('an already aborted signal sends nothing', async () => {
    const { client, requests } = fakeApi([json(workspacePage)]);
    await assert.rejects(client.workspaces.list({}, { signal: AbortSignal.abort() }), isAbortError);
    await assert.rejects(client.members.update('ws_1', 'm', { role: 'admin' }, { signal: AbortSignal.abort() }), isAbortError);
    assert.equal(requests.length, 0);
  });

  test('the abort reason a caller gives is what they get back', async () => {
    const { client } = fakeApi([slow(1_000, () => json(workspacePage))]);
    const reason = new ConflictError({ type: 'about:blank', title: 'moved on', status: 409, code: 'conflict' });
    const controller = new AbortController();
    const pending = client.workspaces.list({}, { signal: controller.signal });
    controller.abort(reason);
    await assert.rejects(pending, (e: unknown) => e === reason);
  });
});
