/**
 * `npm run bench:memory`: how much the `npm start` server's memory grows when a client sends 200 keyed
 * POST /api/workspaces of about 1 MB each (every one with its own Idempotency-Key, so a store that kept
 * request bodies or answers unbounded would hold ~200 MB). Starts the server as a child process, signs in as
 * the seed owner, warms up, lets the process settle (no forced GC: this is the memory a visitor's server
 * really keeps), then reads VmRSS from /proc/<pid>/status before and after. Exits 1 when the growth is 50 MB
 * or more.
 *
 *   node --import tsx scripts/memory.ts
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { startServeChild, type ServeChild } from './serve/child.js';

const REQUESTS = 200;
const BODY_BYTES = 1_000_000;
const CONCURRENCY = 4;
const SETTLE_MS = 3_000;
const BUDGET_MB = 50;

const MB = 1024 * 1024;

async function rssBytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kilobytes = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status)?.[1];
  if (!kilobytes) throw new Error(`No VmRSS in /proc/${pid}/status`);
  return Number(kilobytes) * 1024;
}

/** A JSON body of exactly `bytes` bytes: a valid workspace name and padding the schema does not know. */
function body(index: number, bytes: number): string {
  const shell = JSON.stringify({ name: `Memory probe ${index}`, padding: '' });
  return JSON.stringify({ name: `Memory probe ${index}`, padding: 'x'.repeat(bytes - shell.length) });
}

async function signIn(server: ServeChild): Promise<string> {
  const response = await fetch(`${server.origin}/demo/sign-in?email=${encodeURIComponent('owner@acme.test')}`);
  if (!response.ok) throw new Error(`Signing in failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

async function createWorkspace(server: ServeChild, token: string, index: number): Promise<number> {
  const response = await fetch(`${server.origin}/api/workspaces`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': `memory-${index}-${randomUUID()}` },
    body: body(index, BODY_BYTES),
  });
  await response.arrayBuffer();
  return response.status;
}

/** Runs `count` calls of `task`, `concurrency` at a time; returns how often each status came back. */
async function run(count: number, concurrency: number, task: (index: number) => Promise<number>): Promise<Map<number, number>> {
  const statuses = new Map<number, number>();
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < count; index = next++) {
      const status = await task(index);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return statuses;
}

const describe = (statuses: Map<number, number>) => [...statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status} × ${count}`).join(', ');
const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;

async function main(server: ServeChild): Promise<boolean> {
  // Warm-up: the same kind of request, so module loading, JIT and first-use allocations are not counted;
  // then fresh seed data, so the measured run creates workspaces up to the account's limit and is refused
  // after it (both kinds of answer are under a key).
  const warmUp = await run(10, CONCURRENCY, async (index) => createWorkspace(server, await signIn(server), -1 - index));
  const reset = await fetch(`${server.origin}/demo/reset`, { method: 'POST' });
  if (!reset.ok) throw new Error(`POST /demo/reset answered ${reset.status}`);
  const token = await signIn(server);
  await sleep(SETTLE_MS);
  const before = await rssBytes(server.pid);

  const started = performance.now();
  const statuses = await run(REQUESTS, CONCURRENCY, (index) => createWorkspace(server, token, index));
  const seconds = (performance.now() - started) / 1000;
  await sleep(SETTLE_MS);
  const after = await rssBytes(server.pid);

  const growth = after - before;
  console.log(`warm-up: 10 requests (${describe(warmUp)})`);
  console.log(`${REQUESTS} × POST /api/workspaces, ${BODY_BYTES.toLocaleString('en')} bytes of JSON each, a distinct Idempotency-Key each, ${CONCURRENCY} at a time: ${seconds.toFixed(1)} s`);
  console.log(`status codes: ${describe(statuses)}`);
  console.log(`server RSS: ${mb(before)} before, ${mb(after)} after ${SETTLE_MS / 1000} s settling (no forced GC)`);
  console.log(`growth: ${mb(growth)} (budget: under ${BUDGET_MB} MB)`);
  return growth < BUDGET_MB * MB;
}

const server = await startServeChild();
const stopOnSignal = () => void server.stop().finally(() => process.exit(130));
process.once('SIGINT', stopOnSignal).once('SIGTERM', stopOnSignal);
let withinBudget = false;
try {
  withinBudget = await main(server);
} catch (error) {
  console.error(error);
} finally {
  await server.stop();
}
process.exitCode = withinBudget ? 0 : 1;
