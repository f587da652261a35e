/**
 * The SDK against a hostile server: a real HTTP server on 127.0.0.1 that stalls bodies, sends absurd
 * Retry-After values, answers without a body, redirects elsewhere, and records exactly what reaches it.
 * Each test is named after the attack it prevents.
 */
import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, describe, test } from 'node:test';
import {
  ApiError, RateLimitError, RedirectError, ResponseValidationError, TimeoutError, ValidationError, createClient,
  isRedirectError, type Client, type ClientOptions,
} from '../../src/sdk/index.js';
import { sampleWorkspace, workspacePage } from './fake-fetch.js';
import { failure } from './helpers.js';

interface Received {
  method: string;
  /** The request target exactly as it arrived, before any decoding. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

interface HostileServer {
  url: string;
  received: Received[];
}

type Handler = (request: Received, response: ServerResponse, index: number) => void;

const servers: ReturnType<typeof createServer>[] = [];
after(() => {
  for (const server of servers) {
    // Stalled answers keep their sockets open; end them so the run can finish.
    server.closeAllConnections();
    server.close();
  }
});

/** A server on 127.0.0.1 that records every request whole, then lets `handle` answer (or not). */
async function hostileServer(handle: Handler): Promise<HostileServer> {
  const received: Received[] = [];
  const server = createServer((incoming: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const request = { method: incoming.method ?? '', url: incoming.url ?? '', headers: incoming.headers, body: Buffer.concat(chunks).toString() };
      received.push(request);
      handle(request, response, received.length - 1);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, received };
}

const sendJson = (response: ServerResponse, body: unknown, status = 200, headers: Record<string, string> = {}) => {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
};

const sendProblem = (response: ServerResponse, status: number, headers: Record<string, string> = {}) => {
  const code = status === 429 ? 'rate_limited' : 'internal_error';
  response.writeHead(status, { 'content-type': 'application/problem+json', ...headers });
  response.end(JSON.stringify({ type: 'about:blank', title: code, status, code }));
};

/** Headers and the first bytes of a body, then nothing: the connection stays open and silent. */
const stallBody = (response: ServerResponse, status = 200) => {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.write('{"items":[');
};

const clientFor = (server: HostileServer, options: Partial<ClientOptions> = {}): Client => createClient({ baseUrl: server.url, ...options });

/** How long a call takes to fail, and with what. */
async function timed(promise: Promise<unknown>): Promise<{ ms: number; error: unknown }> {
  const started = performance.now();
  const error = await failure(promise);
  return { ms: Math.round(performance.now() - started), error };
}

/** How long a call takes to succeed, and with what. */
async function elapsed<T>(promise: Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await promise;
  return { ms: Math.round(performance.now() - started), value };
}

const isAbortError = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

describe('a server that sends headers and then stalls the body', () => {
  test('cannot keep a call pending past timeout: it fails with a TimeoutError at about timeout ms', async (t) => {
    const server = await hostileServer((_, response) => stallBody(response));
    const { ms, error } = await timed(clientFor(server, { timeout: 1_000, retry: 0 }).workspaces.list());
    t.diagnostic(`stalled body, timeout 1000, no retries: failed after ${ms} ms`);
    assert.ok(error instanceof TimeoutError, String(error));
    assert.equal(error.timeout, 1_000);
    assert.ok(ms >= 950 && ms < 1_500, `failed after ${ms} ms`);
  });

  test('cannot stretch a call beyond its documented bound by stalling every retry', async (t) => {
    const server = await hostileServer((_, response) => stallBody(response));
    const { ms, error } = await timed(clientFor(server, { timeout: 1_000 }).workspaces.list());
    t.diagnostic(`stalled body, timeout 1000, default 2 retries: failed after ${ms} ms`);
    assert.ok(error instanceof TimeoutError);
    assert.equal(server.received.length, 3, 'each attempt timed out and was retried');
    // (retries + 1) × timeout + backoff of at most 300 ms + 600 ms.
    assert.ok(ms < 3 * 1_000 + 900 + 400, `failed after ${ms} ms`);
  });

  test('cannot hide behind an error status: a stalled problem body times out too', async () => {
    const server = await hostileServer((_, response) => stallBody(response, 500));
    const { ms, error } = await timed(clientFor(server, { timeout: 300, retry: 0 }).workspaces.get('ws_1'));
    assert.ok(error instanceof TimeoutError, String(error));
    assert.ok(ms < 800, `failed after ${ms} ms`);
  });

  test('cannot outlast the caller: with no timeout, aborting ends the read at once', async () => {
    const server = await hostileServer((_, response) => stallBody(response));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const { ms, error } = await timed(clientFor(server, { timeout: false }).workspaces.list({}, { signal: controller.signal }));
    assert.ok(isAbortError(error), String(error));
    assert.ok(ms < 600, `aborted after ${ms} ms`);
  });

  test('cannot outlast the caller through a fetch whose body ignores aborts', async () => {
    // A host's fetch (a polyfill, a mock) whose body neither ends nor notices the request's signal.
    const endless = async () => new Response(new ReadableStream({ start: (controller) => controller.enqueue(new TextEncoder().encode('{')) }));
    const client = createClient({ baseUrl: 'http://api.test', fetch: endless, timeout: 200, retry: 0 });
    assert.ok((await failure(client.workspaces.list())) instanceof TimeoutError);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const untimed = createClient({ baseUrl: 'http://api.test', fetch: endless, timeout: false });
    assert.ok(isAbortError(await failure(untimed.workspaces.list({}, { signal: controller.signal }))));
  });

  test('a host token callback that never settles cannot make a call unabortable', async () => {
    const server = await hostileServer((_, response) => sendJson(response, workspacePage));
    const client = clientFor(server, { getToken: () => new Promise<string>(() => {}) });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    // An update, not a read: reads are shared between callers, which already lets each of them walk away.
    const { ms, error } = await timed(client.workspaces.update('ws_1', { name: 'Renamed' }, { signal: controller.signal }));
    assert.ok(isAbortError(error), String(error));
    assert.ok(ms < 500, `aborted after ${ms} ms`);
    assert.equal(server.received.length, 0);
  });
});

describe('Retry-After values meant to park the client', () => {
  const farFuture = new Date(Date.now() + 365 * 24 * 3_600_000).toUTCString();
  const absurd = ['abc', '-5', 'Infinity', '1e12', farFuture];

  for (const status of [503, 429]) {
    for (const retryAfter of absurd) {
      test(`a ${status} with Retry-After: ${retryAfter} gets the normal backoff, not a wait of days`, async () => {
        const server = await hostileServer((_, response, index) =>
          index < 2 ? sendProblem(response, status, { 'Retry-After': retryAfter }) : sendJson(response, workspacePage));
        const { ms, value } = await elapsed(clientFor(server).workspaces.list());
        assert.equal(value.total, 1, 'the third attempt succeeds');
        assert.equal(server.received.length, 3);
        // Backoff of 300 ms and 600 ms, each jittered to between half and all of it.
        assert.ok(ms >= 400 && ms < 2_000, `finished after ${ms} ms`);
      });
    }
  }

  test('a 429 that keeps sending a far-future Retry-After ends as a RateLimitError without a wait to show', async () => {
    const server = await hostileServer((_, response) => sendProblem(response, 429, { 'Retry-After': farFuture }));
    const { ms, error } = await timed(clientFor(server).workspaces.list());
    assert.ok(error instanceof RateLimitError);
    assert.equal(error.retryAfter, null);
    assert.ok(ms < 2_000, `failed after ${ms} ms`);
  });

  test('a 503 with only a vendor reset header (a timestamp) is not waited on', async () => {
    const server = await hostileServer((_, response, index) =>
      index === 0 ? sendProblem(response, 503, { 'X-RateLimit-Reset': '99999999999', 'RateLimit-Reset': 'soon' }) : sendJson(response, workspacePage));
    const { ms, value } = await elapsed(clientFor(server).workspaces.list());
    assert.equal(value.total, 1);
    assert.equal(server.received.length, 2);
    assert.ok(ms < 1_000, `finished after ${ms} ms`);
  });

  test('a 503 asking for an hour fails at once as an ApiError 503 instead of hanging', async () => {
    const server = await hostileServer((_, response) => sendProblem(response, 503, { 'Retry-After': '3600' }));
    const { ms, error } = await timed(clientFor(server).workspaces.list());
    assert.ok(error instanceof ApiError && error.status === 503);
    assert.equal(server.received.length, 1);
    assert.ok(ms < 500);
  });

  test('no wait between attempts exceeds maxRetryAfter, whatever backoff would say', async () => {
    const server = await hostileServer((_, response) => sendProblem(response, 503));
    const client = clientFor(server, { retry: { limit: 4, backoffLimit: 60_000, maxRetryAfter: 100 } });
    const { ms } = await timed(client.workspaces.list());
    assert.equal(server.received.length, 5);
    // Backoff alone would wait 0.15–4.5 s; four waits of at most 100 ms each.
    assert.ok(ms < 4 * 100 + 400, `failed after ${ms} ms`);
  });
});

describe('answers without the JSON the contract promises', () => {
  const answers: [string, (response: ServerResponse) => void][] = [
    ['a 204', (response) => response.writeHead(204).end()],
    ['an empty 200', (response) => response.writeHead(200, { 'content-type': 'application/json' }).end()],
    ['an HTML 200 (a captive portal)', (response) => response.writeHead(200, { 'content-type': 'text/html' }).end('<html>Sign in to the Wi-Fi</html>')],
  ];
  for (const [label, answer] of answers) {
    test(`${label} where an object is expected is a ResponseValidationError, not undefined`, async () => {
      const server = await hostileServer((_, response) => answer(response));
      const error = await failure(clientFor(server).workspaces.get('ws_1'));
      assert.ok(error instanceof ResponseValidationError, String(error));
      assert.equal(error.operation, 'GET workspaces/ws_1');
    });

    test(`${label} to a list makes iterate() reject with a ResponseValidationError, never a TypeError`, async () => {
      const server = await hostileServer((_, response) => answer(response));
      const seen: unknown[] = [];
      const error = await failure((async () => {
        for await (const workspace of clientFor(server).workspaces.iterate()) seen.push(workspace);
      })());
      assert.ok(error instanceof ResponseValidationError, String(error));
      assert.deepEqual(seen, []);
    });
  }

  test('a list whose next cursor comes back again cannot make iterate() loop forever', async () => {
    const server = await hostileServer((_, response) => sendJson(response, { items: [sampleWorkspace], nextCursor: 'again', total: 2 }));
    const error = await failure((async () => {
      for await (const _ of clientFor(server).workspaces.iterate()) { /* walk */ }
    })());
    assert.ok(error instanceof ResponseValidationError);
    assert.equal(error.path, 'nextCursor');
    assert.equal(server.received.length, 2);
  });
});

describe('redirects to another origin', () => {
  for (const status of [301, 302, 303, 307, 308]) {
    test(`a ${status} cannot carry the body, the token, the CSRF header or custom headers to another origin`, async () => {
      const elsewhere = await hostileServer((_, response) => sendJson(response, sampleWorkspace));
      const server = await hostileServer((_, response) => {
        response.writeHead(status, { location: `${elsewhere.url}/steal` });
        response.end();
      });
      const client = clientFor(server, {
        getToken: () => 'secret-token',
        csrf: { header: 'X-CSRF-Token', value: 'csrf-secret' },
        headers: { 'X-Tenant': 'acme' },
      });
      const error = await failure(client.workspaces.update('ws_1', { name: 'Secret plans' }));
      assert.ok(error instanceof RedirectError && isRedirectError(error), String(error));
      assert.equal(error.status, status);
      assert.equal(error.location, `${elsewhere.url}/steal`);
      assert.deepEqual(elsewhere.received, [], 'nothing reached the other origin');
      assert.equal(server.received.length, 1, 'a refused redirect is not retried');
      assert.equal(server.received[0]?.headers.authorization, 'Bearer secret-token');
    });
  }

  test('a GET redirected within the same origin is refused the same way, so Node and browsers agree', async () => {
    const server = await hostileServer((request, response) => {
      if (request.url === '/elsewhere') return sendJson(response, workspacePage);
      response.writeHead(302, { location: '/elsewhere' });
      response.end();
    });
    const error = await failure(clientFor(server).workspaces.list());
    assert.ok(error instanceof RedirectError);
    assert.deepEqual(server.received.map((r) => r.url), ['/workspaces']);
  });
});

describe('ids that would change the path', () => {
  test('every id reaches the server as one encoded segment', async () => {
    const server = await hostileServer((_, response) => sendJson(response, sampleWorkspace));
    const client = clientFor(server);
    for (const id of ['a/b', '%2e%2e', '%2E', '../admin', 'a?b#c', ' .. ']) await client.workspaces.get(id);
    assert.deepEqual(server.received.map((r) => r.url), [
      '/workspaces/a%2Fb', '/workspaces/%252e%252e', '/workspaces/%252E', '/workspaces/..%2Fadmin', '/workspaces/a%3Fb%23c', '/workspaces/%20..%20',
    ]);
  });

  const image = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' });
  /** Every SDK method with an id in its path, the id under attack replaced by `id`. */
  const calls: [string, (client: Client, id: string) => Promise<unknown>][] = [
    ['exportId', (c, id) => c.account.getExport(id)],
    ['sessionId', (c, id) => c.sessions.revoke(id)],
    ['workspaceId', (c, id) => c.workspaces.get(id)],
    ['workspaceId', (c, id) => c.workspaces.update(id, { name: 'Renamed' })],
    ['workspaceId', (c, id) => c.workspaces.uploadLogo(id, image)],
    ['workspaceId', (c, id) => c.workspaces.removeLogo(id)],
    ['workspaceId', (c, id) => c.workspaces.delete(id, { confirmation: 'Acme' })],
    ['workspaceId', (c, id) => c.workspaces.leave(id)],
    ['workspaceId', (c, id) => c.workspaces.transferOwnership(id, { memberId: 'mem_1' })],
    ['workspaceId', (c, id) => c.members.list(id)],
    ['workspaceId', (c, id) => c.members.iterate(id).next()],
    ['workspaceId', (c, id) => c.members.me(id)],
    ['workspaceId', (c, id) => c.members.get(id, 'mem_1')],
    ['memberId', (c, id) => c.members.get('ws_1', id)],
    ['memberId', (c, id) => c.members.update('ws_1', id, { role: 'admin' })],
    ['memberId', (c, id) => c.members.remove('ws_1', id)],
    ['workspaceId', (c, id) => c.invitations.create(id, { emails: ['guest@example.org'], role: 'member' })],
    ['workspaceId', (c, id) => c.invitations.list(id)],
    ['workspaceId', (c, id) => c.invitations.iterate(id).next()],
    ['invitationId', (c, id) => c.invitations.resend('ws_1', id)],
    ['invitationId', (c, id) => c.invitations.revoke('ws_1', id)],
    ['token', (c, id) => c.invitations.lookup(id)],
    ['token', (c, id) => c.invitations.accept(id, { firstName: 'Ada', lastName: 'King', password: 'a long enough passphrase', marketingOptIn: false })],
    ['workspaceId', (c, id) => c.roles.list(id)],
    ['workspaceId', (c, id) => c.roles.create(id, { name: 'Support', permissions: [] })],
    ['roleId', (c, id) => c.roles.get('ws_1', id)],
    ['roleId', (c, id) => c.roles.update('ws_1', id, { name: 'Support' })],
    ['roleId', (c, id) => c.roles.delete('ws_1', id)],
    ['workspaceId', (c, id) => c.audit.list(id)],
    ['workspaceId', (c, id) => c.audit.iterate(id).next()],
  ];

  test('".", ".." and "" are refused before sending, by every method, naming the parameter', async () => {
    const server = await hostileServer((_, response) => sendJson(response, sampleWorkspace));
    const client = clientFor(server);
    for (const [parameter, call] of calls) {
      for (const id of ['.', '..', '']) {
        const error = await failure(call(client, id));
        assert.ok(error instanceof ValidationError && error.source === 'client', `${parameter} = "${id}": ${String(error)}`);
        assert.equal(error.fieldErrors[0]?.field, parameter);
      }
    }
    assert.deepEqual(server.received, [], 'nothing was sent');
  });

  test('an id that is not a string (from untyped JavaScript) is refused, not sent as "undefined"', async () => {
    const server = await hostileServer((_, response) => sendJson(response, sampleWorkspace));
    const { workspaces } = clientFor(server);
    // As a plain-JavaScript caller may: no compiler checks the id.
    const get = (id: unknown) => workspaces.get(id as string);
    for (const id of [undefined, null, 42, '\uD800']) assert.ok((await failure(get(id))) instanceof ValidationError, String(id));
    assert.deepEqual(server.received, []);
  });
});
