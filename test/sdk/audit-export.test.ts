/** `client.audit.exportCsv`: a stream or a Blob, progress, filters, errors, and the per-chunk timeout. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PermissionError, TimeoutError, createClient, isNetworkError } from '../../src/sdk/index.js';
import { ACME, failure, setup, useApiServer } from './helpers.js';

useApiServer();

describe('client.audit.exportCsv', () => {
  test('as a Blob, with the filters applied and progress reported', async () => {
    const { client } = setup('owner', { backend: { seed: { auditEntries: 3_000 } } });
    const progress: number[] = [];
    const csv = await client.audit.exportCsv(ACME, { action: 'member.role_changed' }, { onProgress: ({ bytes }) => progress.push(bytes) });
    assert.equal(csv.contentType, 'text/csv; charset=utf-8');
    assert.match(csv.filename ?? '', /^audit-log-ws_acme-\d{4}-\d{2}-\d{2}\.csv$/);
    const blob = await csv.blob();
    const lines = (await blob.text()).split('\r\n').filter(Boolean);
    assert.ok(lines.length > 100);
    assert.ok(lines.slice(1).every((line) => line.split(',')[6] === 'member.role_changed'));
    assert.equal(progress.at(-1), blob.size);
    assert.deepEqual(progress, [...progress].sort((a, b) => a - b));
    await assert.rejects(csv.blob(), TypeError, 'read once');
  });

  test('as a stream, cancelled by the signal midway', async () => {
    const { client } = setup('owner', { backend: { seed: { auditEntries: 20_000 } } });
    const controller = new AbortController();
    const csv = await client.audit.exportCsv(ACME, {}, { signal: controller.signal });
    const reader = csv.stream().getReader();
    const first = await reader.read();
    assert.ok(first.value && first.value.byteLength > 0);
    controller.abort(new Error('user left'));
    await assert.rejects(reader.read(), /user left/);
  });

  test('a refusal is the typed error, before any byte', async () => {
    const { as } = setup('owner');
    assert.ok(await failure(as('member').audit.exportCsv(ACME)) instanceof PermissionError);
  });

  test('a slow but steady export outlasts the timeout; a stalled one fails after it', async () => {
    const encoder = new TextEncoder();
    const headers = { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="a.csv"; filename*=UTF-8\'\'a%C3%B1o.csv' };
    const steady = async () => new Response(new ReadableStream<Uint8Array>({
      async start(controller) {
        for (let i = 0; i < 8; i++) {
          await new Promise((resolve) => setTimeout(resolve, 25));
          controller.enqueue(encoder.encode(`row ${i}\r\n`));
        }
        controller.close();
      },
    }), { headers });
    const slow = createClient({ baseUrl: 'http://api.test', fetch: steady, timeout: 100, retry: 0 });
    const csv = await slow.audit.exportCsv(ACME);
    assert.equal(csv.filename, 'año.csv');
    assert.equal((await (await csv.blob()).text()).split('\r\n').length, 9, 'took 200 ms in all, never 100 between chunks');

    const stalled = async () => new Response(new ReadableStream<Uint8Array>({ start: (controller) => controller.enqueue(encoder.encode('id\r\n')) }), { headers });
    const stuck = createClient({ baseUrl: 'http://api.test', fetch: stalled, timeout: 50, retry: 0 });
    const reader = (await stuck.audit.exportCsv(ACME)).stream().getReader();
    await reader.read();
    const error = await failure(reader.read());
    assert.ok(error instanceof TimeoutError, String(error));

    const broken = async () => new Response(new ReadableStream<Uint8Array>({ start: (controller) => controller.error(new TypeError('terminated')) }), { headers });
    const cut = createClient({ baseUrl: 'http://api.test', fetch: broken, retry: 0 });
    assert.ok(isNetworkError(await failure((await cut.audit.exportCsv(ACME)).blob())));
  });
});
