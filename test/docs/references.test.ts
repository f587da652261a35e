/**
 * How `npm start` provides the generated references (scripts/serve/references.ts), with a stand-in generator
 * so each case takes a moment instead of typedoc's half minute: built in the background when missing or
 * older than their inputs, a "building" page meanwhile, a readable failure, an older build kept, and no
 * half-built folder left behind. The real typedoc and Redoc pages are opened by smoke.test.ts.
 *
 *   node --import tsx --test test/docs/references.test.ts
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
// The dev server under `npm start` is a Koa app; the middleware is tested in one.
import Koa from 'koa';
import { buildReferences, referencesMiddleware, type BuildState, type Reference } from '../../scripts/serve/references.js';

/** A generator: notes each run, waits `delay` ms, then writes `<out>/index.html`, or fails with markup in its output. */
const generator = `
const fs = require('node:fs');
const [out, log, delay, fail] = process.argv.slice(1);
fs.appendFileSync(log, 'run\\n');
setTimeout(() => {
  if (fail) { console.error('<b>the generator broke</b>'); process.exit(1); }
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(out + '/index.html', 'the reference');
}, Number(delay));
`;

const roots: string[] = [];
const servers: Server[] = [];
after(() => {
  for (const server of servers) server.close();
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'teamkit-references-'));
  roots.push(root);
  writeFileSync(join(root, 'input.txt'), 'what the reference is generated from');
  return root;
}

function reference(root: string, { delay = 300, fail = false } = {}): Reference {
  return {
    title: 'Test reference',
    path: '/docs/ref/',
    dir: 'docs/ref',
    inputs: ['input.txt'],
    manual: 'npm run make-the-reference',
    command: (out) => ['-e', generator, out, join(root, 'runs.log'), String(delay), fail ? 'fail' : ''],
  };
}

const runs = (root: string) => (existsSync(join(root, 'runs.log')) ? readFileSync(join(root, 'runs.log'), 'utf8').split('\n').filter(Boolean).length : 0);
const leftovers = (root: string) => (existsSync(join(root, 'docs')) ? readdirSync(join(root, 'docs')).filter((name) => name.startsWith('.')) : []);

/** The middleware in front of a stand-in file server that answers "served". */
async function serve(root: string, states: ReadonlyMap<Reference, BuildState>): Promise<(path: string) => Promise<Response>> {
  const app = new Koa();
  app.use(referencesMiddleware(root, states));
  app.use((context) => {
    context.body = 'served';
  });
  const server = createServer(app.callback());
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return (path) => fetch(`http://127.0.0.1:${port}${path}`);
}

test('a missing reference is built in the background; until then its pages say so and reload themselves', async () => {
  const root = project();
  const build = buildReferences(root, [reference(root)]);
  const get = await serve(root, build.states);

  const building = await get('/docs/ref/functions/x.html');
  assert.equal(building.status, 503);
  assert.equal(building.headers.get('retry-after'), '3');
  const page = await building.text();
  assert.match(page, /<h1>Building the Test reference…<\/h1>/);
  assert.match(page, /<meta http-equiv="refresh" content="3">/);
  assert.equal((await get('/docs/other.html')).status, 200, 'other pages are not held up');

  await build.done;
  assert.equal(await (await get('/docs/ref/')).text(), 'served');
  assert.equal(readFileSync(join(root, 'docs/ref/index.html'), 'utf8'), 'the reference');
  assert.deepEqual(leftovers(root), [], 'no build folder is left behind');
});

test('an up-to-date reference is not rebuilt on the next start; one older than what it is generated from is', async () => {
  const root = project();
  await buildReferences(root, [reference(root)]).done;
  assert.equal(runs(root), 1);

  const again = buildReferences(root, [reference(root)]);
  await again.done;
  assert.equal(runs(root), 1, 'rebuilt although nothing changed');
  assert.deepEqual([...again.states.values()], [{ status: 'ready' }]);

  const later = new Date(Date.now() + 60_000);
  utimesSync(join(root, 'input.txt'), later, later);
  await buildReferences(root, [reference(root)]).done;
  assert.equal(runs(root), 2, 'not rebuilt after its input changed');
});

test("a failed build answers with the generator's output, as text, and the command to run by hand", async () => {
  const root = project();
  const build = buildReferences(root, [reference(root, { fail: true })]);
  const get = await serve(root, build.states);
  await build.done;

  const failed = await get('/docs/ref/');
  assert.equal(failed.status, 503);
  const page = await failed.text();
  assert.match(page, /The Test reference could not be built/);
  assert.match(page, /npm run make-the-reference/);
  assert.match(page, /&#60;b&#62;the generator broke&#60;\/b&#62;/, 'the output is shown escaped');
  assert.doesNotMatch(page, /<b>the generator broke/);
  assert.deepEqual(leftovers(root), []);
});

test('while a rebuild runs or after it fails, the older build stays served', async () => {
  const root = project();
  mkdirSync(join(root, 'docs/ref'), { recursive: true });
  writeFileSync(join(root, 'docs/ref/index.html'), 'an older reference');
  const later = new Date(Date.now() + 60_000);
  utimesSync(join(root, 'input.txt'), later, later);

  const build = buildReferences(root, [reference(root, { fail: true })]);
  const get = await serve(root, build.states);
  assert.equal(await (await get('/docs/ref/')).text(), 'served', 'held up while rebuilding');
  await build.done;
  assert.equal(await (await get('/docs/ref/')).text(), 'served', 'not served after the rebuild failed');
  assert.equal(readFileSync(join(root, 'docs/ref/index.html'), 'utf8'), 'an older reference');
});

test('stopping the server ends a running build and leaves no half-built folder', async () => {
  const root = project();
  const build = buildReferences(root, [reference(root, { delay: 20_000 })]);
  while (runs(root) === 0) await new Promise((resolve) => setTimeout(resolve, 50));
  const started = Date.now();
  await build.stop();
  assert.ok(Date.now() - started < 5_000, 'stop() waited for the build to finish');
  assert.equal(existsSync(join(root, 'docs/ref/index.html')), false);
  assert.deepEqual(leftovers(root), []);
});
