/**
 * Oversized and hostile input, and the idempotency store under attack: bounded bodies, bounded memory,
 * keys that hold under concurrency.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { User, Workspace } from '../../src/sdk/schemas/index.js';
import { HOUR, ORIGIN, SEED, assertFieldError, assertProblem, setup } from './helpers.js';

const MB = 1024 * 1024;

/** A body streamed in 64 KB chunks up to `total` bytes, counting what the server actually pulled. */
function endlessBody(total: number) {
  const chunk = new TextEncoder().encode(`{"name":"${'x'.repeat(64 * 1024)}`);
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= total) return controller.close();
      pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, pulled: () => pulled };
}

const png = () => {
  const bytes = new Uint8Array(512);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Blob([bytes], { type: 'image/png' });
};

describe('attack: unbounded bodies', () => {
  test('a 100 MB PATCH /me streamed without Content-Length is cut off just past 1 MB with 413', async () => {
    const { backend } = setup();
    const token = backend.signIn(SEED.users.owner.email);
    const body = endlessBody(100 * MB);
    const response = await backend.fetch(new Request(new URL('/me', ORIGIN), {
      method: 'PATCH', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: body.stream, duplex: 'half',
    } as RequestInit));
    assert.equal(response.status, 413);
    assert.equal(((await response.json()) as { code: string }).code, 'payload_too_large');
    assert.ok(body.pulled() < 2 * MB, `read ${body.pulled()} bytes of 100 MB`);
  });

  test('a declared Content-Length over the limit is refused before a byte is read', async () => {
    const { backend } = setup();
    const token = backend.signIn(SEED.users.owner.email);
    const body = endlessBody(100 * MB);
    const response = await backend.fetch(new Request(new URL('/me', ORIGIN), {
      method: 'PATCH',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-length': String(100 * MB) },
      body: body.stream,
      duplex: 'half',
    } as RequestInit));
    assert.equal(response.status, 413);
    assert.ok(body.pulled() <= 64 * 1024 * 2, `read ${body.pulled()} bytes`);
  });

  test('a stranger\'s body is not read at all: 401 first', async () => {
    const { backend } = setup();
    const body = endlessBody(100 * MB);
    const response = await backend.fetch(new Request(new URL('/me', ORIGIN), {
      method: 'PATCH', headers: { 'content-type': 'application/json' }, body: body.stream, duplex: 'half',
    } as RequestInit));
    assert.equal(response.status, 401);
    assert.ok(body.pulled() <= 64 * 1024 * 2);
  });

  test('an upload past its documented maximum is refused while streaming', async () => {
    const { backend } = setup();
    const token = backend.signIn(SEED.users.owner.email);
    const body = endlessBody(50 * MB);
    const response = await backend.fetch(new Request(new URL('/me/avatar', ORIGIN), {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'multipart/form-data; boundary=x' },
      body: body.stream,
      duplex: 'half',
    } as RequestInit));
    assert.equal(response.status, 413);
    assert.ok(body.pulled() < backend.limits.maxUploadBytes + MB);
  });

  test('a JSON body just under the limit is read; the schema refuses oversized strings with field errors', async () => {
    const { as } = setup();
    const answer = await as('owner').patch('/me', { name: 'x'.repeat(900 * 1024) });
    assertFieldError(answer, 422, 'validation_failed', 'name');
    const me = await as('owner').get<User>('/me');
    assert.equal(me.body.name, SEED.users.owner.name);
  });
});

describe('attack: idempotency under concurrency and reuse', () => {
  test('five parallel POST /workspaces with one key create one workspace', async () => {
    const { as, backend } = setup();
    const owner = as('owner');
    const before = backend.store.workspaces.size;
    const headers = { 'idempotency-key': 'one-key' };
    const answers = await Promise.all(Array.from({ length: 5 }, () => owner.post<Workspace>('/workspaces', { name: 'Once Only' }, { headers })));
    assert.equal(backend.store.workspaces.size, before + 1);
    const ids = new Set(answers.filter((answer) => answer.status === 201).map((answer) => answer.body.id));
    assert.equal(ids.size, 1);
    for (const answer of answers.filter((each) => each.status !== 201)) assertProblem(answer, 409, 'idempotency_in_progress');
  });

  test('the same key with another body is refused with 422, also while the first still runs', async () => {
    const { as, backend } = setup();
    const owner = as('owner');
    const headers = { 'idempotency-key': 'mismatch' };
    const [a, b] = await Promise.all([
      owner.post('/workspaces', { name: 'First Body' }, { headers }),
      owner.post('/workspaces', { name: 'Second Body' }, { headers }),
    ]);
    assert.deepEqual([a.status, b.status].sort(), [201, 422]);
    assertFieldError(a.status === 422 ? a : b, 422, 'idempotency_mismatch', 'Idempotency-Key');
    const made = [...backend.store.workspaces.all()].filter((workspace) => workspace.name.endsWith(' Body'));
    assert.equal(made.length, 1, 'only the first body ran');
  });

  test('keys are scoped to the endpoint: one key on two endpoints runs both', async () => {
    const { as } = setup();
    const owner = as('owner');
    const headers = { 'idempotency-key': 'shared' };
    assert.equal((await owner.post('/workspaces', { name: 'Scoped' }, { headers })).status, 201);
    assert.equal((await owner.post('/me/exports', undefined, { headers })).status, 202);
  });

  test('keys expire after 24 h by the clock', async () => {
    const { as, clock, backend } = setup();
    const owner = as('owner');
    const headers = { 'idempotency-key': 'daily' };
    await owner.post('/workspaces', { name: 'Day One' }, { headers });
    clock.advance(24 * HOUR + 1);
    const before = backend.store.workspaces.size;
    const again = await owner.post('/workspaces', { name: 'Day One' }, { headers });
    assert.equal(again.headers.get('idempotent-replayed'), null);
    assert.equal(backend.store.workspaces.size, before + 1);
  });

  test('an upload repeated with the same key replays, whatever its multipart boundary', async () => {
    const { as, backend } = setup();
    const owner = as('owner');
    const headers = { 'idempotency-key': 'avatar-1' };
    const send = () => {
      const form = new FormData();
      form.set('file', png(), 'me.png');
      return owner.send<User>('POST', '/me/avatar', { raw: form, headers });
    };
    const first = await send();
    assert.equal(first.status, 200);
    const version = backend.store.users.get(SEED.users.owner.id)?.version;
    const second = await send();
    assert.equal(second.status, 200);
    assert.equal(second.headers.get('idempotent-replayed'), 'true');
    assert.equal(backend.store.users.get(SEED.users.owner.id)?.version, version, 'applied once');
  });

  test('forty 1 MB keyed requests that fail keep nothing; anonymous 404s keep nothing', async () => {
    const { as, anonymous, backend } = setup({ limits: { publicTokenRequests: { limit: 1000, windowMs: 60_000 } } });
    const owner = as('owner');
    const padding = 'p'.repeat(MB - 100);
    for (let i = 0; i < 40; i++) {
      assertFieldError(await owner.post('/workspaces', { name: 'x', padding }, { headers: { 'idempotency-key': `big-${i}` } }), 422, 'validation_failed', 'name');
      assertProblem(await anonymous.post(`/invitations/nope-${i}/accept`, { marketingOptIn: false }, { headers: { 'idempotency-key': `anon-${i}` } }), 404, 'not_found');
    }
    assert.equal(backend.idempotencyKeys, 0);
  });

  test('the store is bounded: past its limit the oldest answers go', async () => {
    const { as, backend } = setup({ limits: { idempotencyMaxEntries: 5, workspacesPerAccount: 100 } });
    const owner = as('owner');
    for (let i = 0; i < 12; i++) await owner.post('/me/exports', undefined, { headers: { 'idempotency-key': `k-${i}` } }).then(() => backend.clock.advance(60_000));
    assert.ok(backend.idempotencyKeys <= 5, `${backend.idempotencyKeys} kept`);
  });

  test('an Idempotency-Key that is not 1–255 visible characters is refused', async () => {
    const { as } = setup();
    assertFieldError(await as('owner').post('/workspaces', { name: 'Bad Key' }, { headers: { 'idempotency-key': 'k'.repeat(256) } }), 422, 'validation_failed', 'Idempotency-Key');
  });
});
