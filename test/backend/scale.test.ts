import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createBackend, createClock, type Backend } from '../../src/backend/index.js';
import type { Member, Page } from '../../src/sdk/schemas/index.js';
import { ACME, SEED, members } from './helpers.js';

const MEMBERS = 100_000;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Infinity;

interface Generated {
  backend: Backend;
  ms: number;
  wallMs: number;
}

/** Generates the big seed and measures its CPU time, and its wall time for the record. */
function measure(): Generated {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const backend = createBackend({ clock: createClock(), seed: { members: MEMBERS } });
  const used = process.cpuUsage(cpu);
  return { backend, ms: (used.user + used.system) / 1000, wallMs: performance.now() - started };
}

/**
 * CPU time, because wall time on a machine shared with browser tests measures the neighbours more than the
 * generator; and a second try when the first is over budget, for the same reason.
 */
function generate(): Generated {
  const first = measure();
  if (first.ms < 2000) return first;
  const second = measure();
  return second.ms < first.ms ? second : first;
}

describe(`${MEMBERS.toLocaleString('en')} members`, () => {
  const { backend, ms: generationMs, wallMs } = generate();
  const token = backend.signIn(SEED.users.owner.email);

  async function timedPage(query: string): Promise<{ ms: number; page: Page<Member> }> {
    const started = performance.now();
    const response = await backend.fetch(new Request(`http://api.test${members(ACME)}?${query}`, { headers: { authorization: `Bearer ${token}` } }));
    const page = (await response.json()) as Page<Member>;
    return { ms: performance.now() - started, page };
  }

  test('are generated in under 2 s of CPU time', () => {
    console.log(`# generated ${MEMBERS} members in ${generationMs.toFixed(0)} ms of CPU (${wallMs.toFixed(0)} ms wall)`);
    assert.ok(generationMs < 2000, `${generationMs.toFixed(0)} ms`);
    assert.equal(backend.store.members.countOf(ACME), MEMBERS + 25);
  });

  const queries = [
    'sort=name', 'sort=-name', 'sort=email', 'sort=-lastLoginAt', 'sort=role', 'sort=addedAt',
    'query=an', 'query=ivanov&sort=-addedAt', 'status=pending&role=viewer&sort=email',
  ];
  for (const query of queries) {
    test(`a page of 50 (${query}) takes under 50 ms, median of 9 after the index is built`, async () => {
      const first = await timedPage(`${query}&limit=50`);
      assert.equal(first.page.items.length, 50);
      const timings: number[] = [];
      let cursor = first.page.nextCursor;
      for (let run = 0; run < 9; run++) {
        const { ms, page } = await timedPage(`${query}&limit=50${run % 2 && cursor ? `&cursor=${cursor}` : ''}`);
        assert.equal(page.items.length, 50);
        cursor = page.nextCursor;
        timings.push(ms);
      }
      console.log(`# ${query}: median ${median(timings).toFixed(2)} ms (first, building the index: ${first.ms.toFixed(0)} ms)`);
      assert.ok(median(timings) < 50, `median ${median(timings).toFixed(1)} ms`);
    });
  }
});
