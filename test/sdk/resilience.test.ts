/**
 * Failure handling end to end, through msw to the reference backend: injected faults, lost responses,
 * slow answers, responses that break the contract, token refresh, shared GETs and aborts.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { http, HttpResponse } from 'msw';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from '../../src/backend/index.js';
import {
  AuthError, NetworkError, PermissionError, RateLimitError, ResponseValidationError, TimeoutError, createClient, isApiError,
} from '../../src/sdk/index.js';
import { ACME, BASE_URL, SEED, failure, server, setup, useApiServer } from './helpers.js';

useApiServer();

const isAbortError = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';
const keysOf = (requests: Request[]) => requests.map((r) => r.headers.get('Idempotency-Key'));

describe('retries', () => {
  for (const status of [500, 503]) {
    test(`a GET answered ${status} is retried and succeeds`, async () => {
      const { client, backend, requests } = setup('owner');
      backend.faults.add({ method: 'GET', path: '/workspaces', status });
      assert.equal((await client.workspaces.list()).total, 3);
      assert.equal(requests.length, 2);
    });
  }

  test('a GET whose connection drops is retried and succeeds', async () => {
    const { client, requests } = setup('owner');
    server.use(http.get(`${BASE_URL}/workspaces`, () => HttpResponse.error(), { once: true }));
    assert.equal((await client.workspaces.list()).total, 3);
    assert.equal(requests.length, 2);
  });

  test('a 429 with Retry-After: 1 is retried after about a second', async () => {
    const { client, backend, requests } = setup('owner', { client: { retry: { limit: 1 } } });
    backend.faults.add({ path: '/workspaces', code: 'rate_limited', retryAfter: 1 });
    const started = Date.now();
    assert.equal((await client.workspaces.list()).total, 3);
    const elapsed = Date.now() - started;
    assert.ok(elapsed >= 900, `retried after ${elapsed} ms`);
    assert.equal(requests.length, 2);
  });

  test('without retries a 429 is a RateLimitError telling how long to wait', async () => {
    const { client, backend } = setup('owner', { client: { retry: 0 } });
    backend.faults.add({ path: '/workspaces', code: 'rate_limited', retryAfter: 30 });
    const error = await failure(client.workspaces.list());
    assert.ok(error instanceof RateLimitError);
    assert.deepEqual([error.status, error.code, error.retryAfter], [429, 'rate_limited', 30]);
  });

  test('a 429 asking for a longer wait than maxRetryAfter fails at once instead of hanging', async () => {
    const { client, backend, requests } = setup('owner', { client: { retry: { limit: 2, maxRetryAfter: 5_000 } } });
    backend.faults.add({ path: '/workspaces', code: 'rate_limited', retryAfter: 30 });
    const started = Date.now();
    const error = await failure(client.workspaces.list());
    assert.ok(Date.now() - started < 2_000, 'did not wait for Retry-After');
    assert.ok(error instanceof RateLimitError);
    assert.equal(error.retryAfter, 30);
    assert.equal(requests.length, 1);
  });
});

describe('idempotency', () => {
  test('a POST retried after a 503 sends the same Idempotency-Key and creates one workspace', async () => {
    const { client, backend, requests } = setup('owner');
    backend.faults.add({ method: 'POST', path: '/workspaces', status: 503 });
    const created = await client.workspaces.create({ name: 'Retried Co' });
    const keys = keysOf(requests);
    assert.equal(keys.length, 2);
    assert.ok(keys[0]);
    assert.equal(keys[0], keys[1]);
    const named = (await client.workspaces.list()).items.filter((w) => w.name === 'Retried Co');
    assert.deepEqual(named.map((w) => w.id), [created.id]);
  });

  test('when the response is lost after the server acted, the retry replays it instead of acting twice', async () => {
    const { client, backend, requests } = setup('owner');
    server.use(http.post(`${BASE_URL}/workspaces`, async ({ request }) => {
      await backend.handle(request, '/workspaces');
      return HttpResponse.error();
    }, { once: true }));
    const created = await client.workspaces.create({ name: 'Exactly Once' });
    assert.equal(new Set(keysOf(requests)).size, 1);
    assert.equal(requests.length, 2);
    const named = (await client.workspaces.list()).items.filter((w) => w.name === 'Exactly Once');
    assert.deepEqual(named.map((w) => w.id), [created.id]);
  });

  test('the backend answers a repeated key with the first result and one effect', async () => {
    const { backend } = setup('owner');
    const token = backend.signIn(SEED.users.owner.email);
    const post = () => backend.fetch(new Request(`${BASE_URL}/workspaces/${ACME}/invitations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': 'key-1' },
      body: JSON.stringify({ emails: ['once@example.org'], role: 'member' }),
    }));
    const first = await post();
    const second = await post();
    assert.equal(second.status, first.status);
    assert.equal(second.headers.get('Idempotent-Replayed'), 'true');
    assert.deepEqual(await second.json(), await first.json());
    assert.equal(backend.outbox.messages.filter((m) => m.to === 'once@example.org').length, 1);
  });
});

describe('transport failures', () => {
  test('a connection that keeps dropping is a NetworkError', async () => {
    const { client, requests } = setup('owner');
    server.use(http.get(`${BASE_URL}/me`, () => HttpResponse.error()));
    const error = await failure(client.account.get());
    assert.ok(error instanceof NetworkError);
    assert.equal(isApiError(error), false);
    assert.equal(requests.length, 3);
  });

  test("the backend's injected network fault is a NetworkError", async () => {
    const { client, backend } = setup('owner', { client: { retry: 0 } });
    backend.faults.add({ path: '/me', network: true });
    assert.ok((await failure(client.account.get())) instanceof NetworkError);
  });

  test('a backend slower than the client timeout is a TimeoutError', async () => {
    const { client } = setup('owner', { backend: { latency: 300 }, client: { timeout: 40, retry: 0 } });
    const error = await failure(client.account.get());
    assert.ok(error instanceof TimeoutError);
    assert.equal(error.timeout, 40);
  });
});

describe('responses that break the contract', () => {
  test('a member whose email is a number is a ResponseValidationError at items.0.email', async () => {
    const { client, backend } = setup('owner');
    server.use(http.get(`${BASE_URL}/workspaces/${ACME}/members`, async ({ request }) => {
      const page = (await (await backend.handle(request, `/workspaces/${ACME}/members`)).json()) as { items: Record<string, unknown>[] };
      page.items[0] = { ...page.items[0], email: 42 };
      return HttpResponse.json(page);
    }));
    const error = await failure(client.members.list(ACME));
    assert.ok(error instanceof ResponseValidationError);
    assert.equal(error.path, 'items.0.email');
    assert.match(error.message, /items\.0\.email/);
  });
});

describe('authentication', () => {
  test('a 401 asks getToken for a fresh token once and retries with it', async () => {
    const { backend } = setup('owner');
    const fresh = backend.signIn(SEED.users.member.email);
    const calls: boolean[] = [];
    const getToken = ({ refresh }: { refresh: boolean }) => {
      calls.push(refresh);
      return refresh ? fresh : 'expired-token';
    };
    const client = createClient({ baseUrl: BASE_URL, getToken });
    assert.equal((await client.account.get()).email, SEED.users.member.email);
    assert.deepEqual(calls, [false, true]);
  });

  test('a token that stays refused is an AuthError after one refresh', async () => {
    const { requests } = setup('owner');
    const calls: boolean[] = [];
    const getToken = ({ refresh }: { refresh: boolean }) => {
      calls.push(refresh);
      return 'revoked-token';
    };
    const client = createClient({ baseUrl: BASE_URL, getToken });
    const error = await failure(client.account.get());
    assert.ok(error instanceof AuthError);
    assert.equal(error.code, 'unauthorized');
    assert.deepEqual(calls, [false, true]);
    assert.equal(requests.length, 2);
  });
});

describe('cookie sessions', () => {
  test('unsafe requests carry the CSRF header from the csrf option; without it they are refused', async () => {
    const { backend } = setup('owner');
    const cookie = `${SESSION_COOKIE}=${backend.signIn(SEED.users.member.email)}; ${CSRF_COOKIE}=csrf-123`;
    const withCsrf = createClient({ baseUrl: BASE_URL, credentials: 'include', headers: { cookie }, csrf: { header: CSRF_HEADER, value: () => 'csrf-123' } });
    assert.equal((await withCsrf.account.update({ name: 'Via Cookie' })).name, 'Via Cookie');
    const withoutCsrf = createClient({ baseUrl: BASE_URL, credentials: 'include', headers: { cookie } });
    assert.equal((await withoutCsrf.account.get()).name, 'Via Cookie');
    await assert.rejects(withoutCsrf.account.update({ name: 'Forged' }), PermissionError);
  });
});

describe('shared GETs and aborts', () => {
  test('identical concurrent GETs share one request', async () => {
    const { client, requests } = setup('viewer');
    const pages = await Promise.all([client.members.list(ACME), client.members.list(ACME), client.members.list(ACME)]);
    assert.equal(requests.length, 1);
    assert.deepEqual(pages.map((p) => p.total), [25, 25, 25]);
  });

  test('aborting one of two sharers leaves the other its answer', async () => {
    const { client, requests } = setup('viewer', { backend: { latency: 50 } });
    const controller = new AbortController();
    const aborted = client.members.list(ACME, {}, { signal: controller.signal });
    const kept = client.members.list(ACME);
    controller.abort();
    await assert.rejects(aborted, isAbortError);
    assert.equal((await kept).total, 25);
    assert.equal(requests.length, 1);
  });

  test('abort via signal rejects with an AbortError', async () => {
    const { client } = setup('owner', { backend: { latency: 200 } });
    const controller = new AbortController();
    const pending = client.workspaces.create({ name: 'Abandoned' }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await assert.rejects(pending, isAbortError);
  });
});
