/**
 * `npm start`'s server, attacked the ways a visitor's browser, another site or a DNS-rebinding page would:
 * each test is one attack and what stops it (scripts/serve/request-guard.ts, security-headers.ts).
 * Requests go out raw (node:http, net), so paths reach the server exactly as written, `..` and all.
 *
 *   node --import tsx --test test/docs/server.test.ts
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { basename } from 'node:path';
import { after, before, test } from 'node:test';
import { startServeChild, type ServeChild } from '../../scripts/serve/child.js';
import { endpoints } from '../../src/sdk/contract.js';

let server: ServeChild;

interface Answer { status: number; headers: IncomingHttpHeaders; body: string }

/** One request exactly as given: the path is not normalised, the Host is ours unless overridden. */
function send(path: string, { method = 'GET', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({ host: '127.0.0.1', port: server.port, method, path, headers: { host: `127.0.0.1:${server.port}`, ...headers } }, (response) => {
      let text = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk)).on('end', () => {
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text });
      });
    });
    outgoing.once('error', reject).end(body);
  });
}

/** Writes `head` on a fresh connection and resolves with whatever the server answers before closing. */
function sendRaw(head: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1', () => socket.write(head));
    let text = '';
    socket.setEncoding('utf8').on('data', (chunk: string) => (text += chunk)).once('end', () => resolve(text)).once('error', reject);
  });
}

async function signIn(): Promise<string> {
  const answer = await send('/demo/sign-in?email=owner%40acme.test');
  assert.equal(answer.status, 200, answer.body);
  return (JSON.parse(answer.body) as { token: string }).token;
}

function assertNotServed(answer: Answer, secret?: string): void {
  assert.equal(answer.status, 404, `answered ${answer.status}: ${answer.body.slice(0, 200)}`);
  if (secret) assert.ok(!answer.body.includes(secret), 'the answer carries the file');
}

before(async () => {
  server = await startServeChild();
});

after(async () => {
  await server?.stop();
});

test('the repository history is not served (.git/HEAD names branches, .git/config remotes and credentials)', async () => {
  for (const path of ['/.git/HEAD', '/.git/config', '/.git/index']) {
    assertNotServed(await send(path));
  }
});

test('dotfiles and dot-folders are not served anywhere in a path (.ci/run, .gitignore, node_modules/.bin)', async () => {
  for (const path of ['/.ci/run', '/.gitignore', '/docs/.hidden', '/node_modules/.bin/tsc', '/node_modules/.package-lock.json']) {
    assertNotServed(await send(path));
  }
});

test('build scripts, tests and the package manifest are not served: pages do not load them', async () => {
  const serve = readFileSync('scripts/serve.ts', 'utf8').slice(0, 200);
  assertNotServed(await send('/scripts/serve.ts'), serve);
  assertNotServed(await send('/scripts/lib/chromium.mjs'));
  assertNotServed(await send('/test/docs/server.test.ts'));
  assertNotServed(await send('/package.json'), '"devDependencies"');
  assertNotServed(await send('/package-lock.json'));
});

test('.. cannot climb out of a served folder, however it is spelled', async () => {
  const manifest = '"devDependencies"';
  for (const path of [
    '/docs/../package.json',
    '/docs/../.git/HEAD',
    '/src/../../../etc/passwd',
    '/%2e%2e/package.json',
    '/docs/%2e%2e/package.json',
    '/docs/%2E%2E/package.json',
    '/docs/.%2e/package.json',
    '/docs/..%2fpackage.json',
    '/docs/%252e%252e/package.json',
    '/docs/..\\package.json',
    '/docs/..%5cpackage.json',
    '/docs/%00/../package.json',
    '/node_modules/lit/../../package.json',
  ]) {
    assertNotServed(await send(path), manifest);
  }
});

test("the dev server's outside-the-root escape hatch (/__wds-outside-root__/<depth>/…) reads nothing above the repository", async () => {
  const viaParent = `/__wds-outside-root__/1/${basename(process.cwd())}/package.json`;
  assertNotServed(await send(viaParent), '"devDependencies"');
  assertNotServed(await send('/__wds-outside-root__/9/etc/passwd'), 'root:');
});

test('only the runtime packages the pages import are served from node_modules, not dev tools', async () => {
  assert.equal((await send('/node_modules/lit/index.js')).status, 200, 'pages import lit');
  assert.equal((await send('/node_modules/zod/v4/core/index.js')).status, 200, 'the SDK imports zod');
  assertNotServed(await send('/node_modules/esbuild/lib/main.js'));
  assertNotServed(await send('/node_modules/@web/dev-server/package.json'));
  assertNotServed(await send('/node_modules/lit/package.json'));
});

test('what the docs need is still served', async () => {
  for (const path of ['/docs/', '/docs/component.html', '/docs/src/site.ts', '/src/sdk/index.ts', '/custom-elements.json', '/mockServiceWorker.js', '/public/mockServiceWorker.js']) {
    assert.equal((await send(path)).status, 200, path);
  }
  assert.equal((await send('/')).headers.location, '/docs/');
});

test('demo snippets are served as written, so their scripts match the CSP hashes of the files', async () => {
  const answer = await send('/docs/demos/landing.html');
  assert.equal(answer.body, readFileSync('docs/demos/landing.html', 'utf8'));
});

test('a DNS-rebinding page (our address under its own name) cannot mint a demo token', async () => {
  const answer = await send('/demo/sign-in?email=owner%40acme.test', { headers: { host: `evil.example:${server.port}` } });
  assert.equal(answer.status, 421);
  assert.ok(!answer.body.includes('token'), answer.body);
});

test('a DNS-rebinding page cannot use a token it got elsewhere against the API', async () => {
  const token = await signIn();
  const answer = await send('/api/me', { headers: { host: `evil.example:${server.port}`, authorization: `Bearer ${token}` } });
  assert.equal(answer.status, 421);
  assert.ok(!answer.body.includes('@acme.test'), answer.body);
  assert.equal((await send('/api/me', { headers: { authorization: `Bearer ${token}` } })).status, 200, 'the same call under our own name works');
  assert.equal((await send('/api/me', { headers: { host: `localhost:${server.port}`, authorization: `Bearer ${token}` } })).status, 200);
});

test('a Host with our name but another port (a second local server, a proxy) is refused too', async () => {
  assert.equal((await send('/docs/', { headers: { host: `127.0.0.1:${server.port + 1}` } })).status, 421);
  assert.equal((await send('/docs/', { headers: { host: '127.0.0.1' } })).status, 421);
});

test('an absolute request target naming another host is refused, not served under our Host', async () => {
  const answer = await send('http://evil.example/demo/sign-in?email=owner%40acme.test');
  assert.equal(answer.status, 400);
  assert.ok(!answer.body.includes('token'));
});

test("another site's form or fetch cannot reset the demo data or mint tokens (its Origin is refused)", async () => {
  const reset = await send('/demo/reset', { method: 'POST', headers: { origin: 'http://evil.example' } });
  assert.equal(reset.status, 403);
  const signIn = await send('/demo/sign-in?email=owner%40acme.test', { headers: { origin: 'null' } });
  assert.equal(signIn.status, 403);
  assert.equal((await send('/demo/reset', { method: 'POST', headers: { origin: `http://127.0.0.1:${server.port}` } })).status, 204);
});

test('a client cannot pick its own address to dodge the per-client throttles (its X-Forwarded-For is replaced)', async () => {
  const lookups = await Promise.all(Array.from({ length: 40 }, (_, index) => send('/api/invitations/not-a-token', {
    headers: { 'x-forwarded-for': `198.51.100.${index}`, forwarded: `for=198.51.100.${index}`, 'x-real-ip': `198.51.100.${index}` },
  })));
  const statuses = lookups.map((answer) => answer.status);
  assert.ok(statuses.includes(429), `40 look-ups from "40 addresses" were never throttled: ${statuses.join(' ')}`);
});

test('TRACE, PROPFIND and other unsupported methods get 405 with Allow, not a 500', async () => {
  const trace = await send('/docs/', { method: 'TRACE' });
  assert.equal(trace.status, 405);
  assert.equal(trace.headers.allow, 'GET, HEAD');
  const propfind = await send('/api/me', { method: 'PROPFIND' });
  assert.equal(propfind.status, 405);
  assert.deepEqual(propfind.headers.allow?.split(', ').sort(), [...new Set(endpoints.map((endpoint) => endpoint.method))].sort(), 'the methods the API contract uses');
  const put = await send('/docs/index.html', { method: 'PUT', body: 'defaced' });
  assert.equal(put.status, 405);
  const getReset = await send('/demo/reset');
  assert.equal(getReset.status, 405, 'a link or <img> cannot reset the demo data');
  assert.equal(getReset.headers.allow, 'POST');
});

test('CONNECT (using the server as a proxy) gets 405 instead of a dropped connection', async () => {
  const answer = await sendRaw(`CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443\r\n\r\n`);
  assert.match(answer, /^HTTP\/1\.1 405 /);
  assert.match(answer, /\r\nAllow: GET, HEAD\r\n/i);
  assert.match(answer, /\r\nX-Content-Type-Options: nosniff\r\n/i);
});

test('every answer carries nosniff, a referrer policy, COOP and a CSP that forbids framing and inline script', async () => {
  const token = await signIn();
  const answers = {
    page: await send('/docs/'),
    module: await send('/src/sdk/index.ts'),
    'API answer': await send('/api/me', { headers: { authorization: `Bearer ${token}` } }),
    'API error': await send('/api/me'),
    'demo route': await send('/demo/outbox'),
    404: await send('/.git/HEAD'),
    405: await send('/docs/', { method: 'TRACE' }),
    421: await send('/docs/', { headers: { host: 'evil.example' } }),
    'SDK reference': await send('/docs/api/'),
    'HTTP API reference': await send('/docs/openapi/'),
  };
  for (const [what, { headers }] of Object.entries(answers)) {
    assert.equal(headers['x-content-type-options'], 'nosniff', what);
    assert.equal(headers['referrer-policy'], 'no-referrer', what);
    assert.equal(headers['cross-origin-opener-policy'], 'same-origin', what);
    const csp = String(headers['content-security-policy'] ?? '');
    assert.match(csp, /(^|; )frame-ancestors 'none'(;|$)/, what);
    const scripts = /(?:^|; )script-src ([^;]*)/.exec(csp)?.[1] ?? '';
    assert.ok(scripts && !/unsafe-inline|unsafe-eval|data:|\*/.test(scripts), `${what}: script-src ${scripts}`);
    assert.match(csp, /(^|; )object-src 'none'/, what);
  }
});

test("the generated references get their generator's needs in a policy of their own; the site's pages get none of them", async () => {
  const policy = async (path: string) => String((await send(path)).headers['content-security-policy'] ?? '');
  const site = await policy('/docs/');
  const json = await policy('/docs/openapi.json');
  const typedoc = await policy('/docs/api/');
  const redoc = await policy('/docs/openapi/');
  assert.match(site, /(^|; )style-src 'self'(;|$)/, 'the site allows no inline style elements');
  assert.doesNotMatch(site, /font-src/);
  assert.equal(json, site, 'openapi.json is not a page of the HTML reference');
  assert.match(typedoc, /(^|; )style-src 'self' 'unsafe-inline'(;|$)/, "typedoc's member filters write a style element");
  assert.doesNotMatch(typedoc, /font-src/);
  assert.match(redoc, /(^|; )style-src 'self' 'unsafe-inline'(;|$)/, "Redoc's styled-components write style elements");
  assert.match(redoc, /(^|; )font-src 'self' data:(;|$)/, "Redoc's icon font is a data: URL");
  assert.match(redoc, /(^|; )img-src 'self' data: blob:(;|$)/, 'no image from another site (Redoc falls back to a text link)');
});

test('the server listens on 127.0.0.1 only: other machines on the network cannot reach it', async (t) => {
  const external = Object.values(networkInterfaces()).flat().find((address) => address && !address.internal && address.family === 'IPv4');
  if (!external) return t.skip('this machine has no non-loopback IPv4 address');
  const reached = await new Promise<boolean>((resolve) => {
    const socket = connect(server.port, external.address, () => {
      socket.destroy();
      resolve(true);
    }).once('error', () => resolve(false));
  });
  assert.equal(reached, false, `reachable on ${external.address}:${server.port}`);
});

test('the attacks above target files that exist, so their 404s mean refused, not missing', () => {
  for (const path of ['scripts/serve.ts', 'package.json', 'test/docs/server.test.ts', 'node_modules/.bin/tsc', 'node_modules/esbuild/lib/main.js']) {
    assert.ok(existsSync(path), path);
  }
});
