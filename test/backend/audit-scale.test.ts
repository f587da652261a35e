import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createBackend, createClock } from '../../src/backend/index.js';
import type { AuditEntry, Page } from '../../src/sdk/schemas/index.js';
import { ACME, SEED } from './helpers.js';

const ENTRIES = 100_000;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Infinity;

describe(`${ENTRIES.toLocaleString('en')} audit entries`, () => {
  const started = performance.now();
  const backend = createBackend({ clock: createClock(), seed: { auditEntries: ENTRIES } });
  const generationMs = performance.now() - started;
  const token = backend.signIn(SEED.users.owner.email);
  const entries = backend.audit.entries.filter((entry) => entry.workspaceId === ACME);

  async function timedPage(query: string): Promise<{ ms: number; page: Page<AuditEntry> }> {
    const begun = performance.now();
    const response = await backend.fetch(new Request(`http://api.test/workspaces/${ACME}/audit-log?${query}`, { headers: { authorization: `Bearer ${token}` } }));
    const page = (await response.json()) as Page<AuditEntry>;
    return { ms: performance.now() - begun, page };
  }

  test('are generated deterministically', () => {
    console.log(`# generated ${ENTRIES} audit entries in ${generationMs.toFixed(0)} ms`);
    assert.equal(entries.length, ENTRIES);
    const again = createBackend({ clock: createClock(), seed: { auditEntries: 1000 } }).audit.entries;
    const other = createBackend({ clock: createClock(), seed: { auditEntries: 1000 } }).audit.entries;
    assert.deepEqual(again, other);
    assert.ok(entries.every((entry, i) => i === 0 || (entries[i - 1]?.createdAt ?? '') <= entry.createdAt), 'in time order');
  });

  const middle = entries[Math.floor(ENTRIES / 2)]?.createdAt ?? '';
  const late = entries[Math.floor(ENTRIES * 0.9)]?.createdAt ?? '';
  const actor = entries[0]?.actor?.email ?? '';
  const filters: [string, (entry: AuditEntry) => boolean][] = [
    ['', () => true],
    ['action=member', (entry) => entry.action.startsWith('member.')],
    ['action=invitation.revoked,webhook', (entry) => entry.action === 'invitation.revoked' || entry.action.startsWith('webhook.')],
    [`actor=${encodeURIComponent(actor)}`, (entry) => entry.actor?.email === actor],
    ['targetType=api_key', (entry) => entry.target.type === 'api_key'],
    [`from=${middle}&to=${late}`, (entry) => entry.createdAt >= middle && entry.createdAt <= late],
    [`actor=${encodeURIComponent(actor)}&action=member.role_changed&from=${middle}`,
      (entry) => entry.actor?.email === actor && entry.action === 'member.role_changed' && entry.createdAt >= middle],
  ];
  for (const [query, matches] of filters) {
    test(`a page of 50 (${query || 'no filter'}) is right and takes under 50 ms, median of 9`, async () => {
      const expected = entries.filter(matches).reverse();
      const first = await timedPage(`${query}&limit=50`);
      assert.equal(first.page.total, expected.length);
      assert.deepEqual(first.page.items.map((entry) => entry.id), expected.slice(0, 50).map((entry) => entry.id));
      const second = await timedPage(`${query}&limit=50&cursor=${first.page.nextCursor}`);
      assert.deepEqual(second.page.items.map((entry) => entry.id), expected.slice(50, 100).map((entry) => entry.id));
      const timings: number[] = [];
      for (let run = 0; run < 9; run++) timings.push((await timedPage(`${query}&limit=50${run % 2 ? `&cursor=${first.page.nextCursor}` : ''}`)).ms);
      console.log(`# ${query || 'no filter'}: ${expected.length} matches, median ${median(timings).toFixed(2)} ms`);
      assert.ok(median(timings) < 50, `median ${median(timings).toFixed(1)} ms`);
    });
  }
});
