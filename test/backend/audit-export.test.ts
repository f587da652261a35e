/** The audit log's CSV export: escaped for RFC 4180 and for spreadsheets, filtered, streamed, and access-checked. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import hostile from '../fixtures/hostile-strings.json' with { type: 'json' };
import type { ApiKeyCreated, AuditEntry } from '../../src/sdk/schemas/index.js';
import { ACME, ORIGIN, SEED, assertProblem, members, setup, type TestBackend } from './helpers.js';
import { parseCsv } from './csv-parse.js';

const exportPath = (query = '') => `/workspaces/${ACME}/audit-log/export.csv${query}`;
const HEADER = ['id', 'created_at', 'actor_id', 'actor_name', 'actor_email', 'api_key', 'action', 'target_type', 'target_id', 'target_label', 'ip', 'before', 'after'];
const FORMULA = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/** What a value should read as in a spreadsheet cell: itself, or itself after a `'` when it would start a formula. */
const shown = (value: string) => (FORMULA.test(value) ? `'${value}` : value);

function record(t: TestBackend, fields: Partial<Omit<AuditEntry, 'id'>>): AuditEntry {
  return t.backend.audit.append({
    workspaceId: ACME, actor: null, action: 'member.role_changed', target: { type: 'member', id: 'mem_x', label: 'x' },
    before: null, after: null, ip: null, createdAt: t.clock.now().toISOString(), ...fields,
  });
}

describe('audit log CSV export', () => {
  test('every hostile string survives a round trip through a strict CSV reader, and no cell can start a formula', async () => {
    const t = setup();
    const strings = [...hostile.csv_formula, ...hostile.markup, ...hostile.unicode, ...hostile.control, ...hostile.long];
    for (const value of strings) {
      record(t, {
        actor: { id: 'usr_h', name: value, email: value },
        action: value,
        target: { type: value, id: value, label: value },
        before: { note: value },
        after: value,
        ip: value,
      });
    }
    const answer = await t.as('owner').get<string>(exportPath());
    assert.equal(answer.status, 200);
    assert.equal(answer.headers.get('content-type'), 'text/csv; charset=utf-8');
    assert.match(answer.headers.get('content-disposition') ?? '', /^attachment; filename="audit-log-ws_acme-2026-01-15\.csv"/);
    const [header, ...rows] = parseCsv(answer.body);
    assert.deepEqual(header, HEADER);
    assert.equal(rows.length, strings.length + 1, 'every entry, and the export itself');
    const byId = new Map(rows.map((row) => [row[0], row]));
    for (const [index, value] of strings.entries()) {
      const row = byId.get(t.backend.audit.entries[index]?.id);
      assert.ok(row, value);
      const [, , , name, email, , action, type, id, label, ip, before, after] = row;
      for (const cell of [name, email, action, type, id, label, ip]) assert.equal(cell, shown(value), JSON.stringify(value));
      assert.deepEqual(JSON.parse(before ?? ''), { note: value });
      assert.equal(JSON.parse(after ?? ''), value);
    }
    for (const cell of rows.flat()) assert.ok(!FORMULA.test(cell), `a cell starts a formula: ${JSON.stringify(cell)}`);
  });

  test('applies the list filters, newest first, and records that it was made', async () => {
    const t = setup();
    const owner = t.as('owner');
    await owner.patch(`${members(ACME)}/${SEED.members.acme.viewer}`, { role: 'member' });
    t.clock.advance(60_000);
    await t.as('admin').patch(`/workspaces/${ACME}`, { industry: 'Toys' });
    await t.as('admin').patch(`${members(ACME)}/${SEED.members.acme.member}`, { role: 'viewer' });
    const rows = (query: string) => owner.get<string>(exportPath(query)).then((answer) => parseCsv(answer.body).slice(1));
    assert.deepEqual((await rows('?action=member')).map((row) => row[6]), ['member.role_changed', 'member.role_changed']);
    assert.deepEqual((await rows(`?actor=${encodeURIComponent(SEED.users.admin.email)}&targetType=member`)).map((row) => row[8]), [SEED.members.acme.member]);
    assert.deepEqual((await rows(`?to=${new Date(t.clock.now().getTime() - 1000).toISOString()}`)).map((row) => row[4]), [SEED.users.owner.email]);
    const exported = t.backend.audit.latest('audit_log.exported');
    assert.deepEqual(exported?.after, { filter: { to: new Date(t.clock.now().getTime() - 1000).toISOString() } });
    assertProblem(await t.as('member').get(exportPath()), 403, 'forbidden');
    assertProblem(await t.as('owner').get(exportPath('?from=yesterday')), 422, 'validation_failed');
  });

  test('an API key with audit:view exports; its own use shows in the api_key column', async () => {
    const t = setup();
    const key = (await t.as('owner').post<ApiKeyCreated>(`/workspaces/${ACME}/api-keys`, { name: 'SIEM', scopes: ['audit:view', 'members:manage'], expiresAt: null })).body;
    const asKey = t.withHeaders({ 'x-api-key': key.secret });
    await asKey.delete(`${members(ACME)}/${SEED.members.acme.viewer}`);
    const rows = parseCsv((await asKey.get<string>(exportPath('?action=member.removed'))).body);
    assert.deepEqual(rows[1]?.slice(4, 7), [SEED.users.owner.email, key.prefix, 'member.removed']);
  });

  test('streams: rows are made as they are read, and the export stops when the reader loses access', async () => {
    const t = setup({ seed: { auditEntries: 20_000 } });
    const token = t.backend.signIn(SEED.users.admin.email);
    const response = await t.backend.fetch(new Request(new URL(exportPath(), ORIGIN), { headers: { authorization: `Bearer ${token}` } }));
    assert.equal(response.status, 200);
    const reader = response.body?.getReader();
    assert.ok(reader);
    const first = await reader.read();
    assert.ok(first.value && first.value.byteLength < 1_000_000, 'one chunk, not the whole file');
    assert.equal((await t.as('owner').delete(`${members(ACME)}/${SEED.members.acme.admin}`)).status, 204);
    await assert.rejects(async () => {
      for (;;) if ((await reader.read()).done) break;
    }, 'the stream errors instead of finishing');
  });

  test('reads the whole of 20 000 entries in order, each once', async () => {
    const t = setup({ seed: { auditEntries: 20_000 } });
    const rows = parseCsv((await t.as('owner').get<string>(exportPath())).body).slice(1);
    assert.equal(rows.length, 20_001);
    const ids = rows.map((row) => row[0] ?? '');
    assert.equal(new Set(ids).size, ids.length);
    assert.deepEqual(ids, [...ids].sort().reverse());
  });
});
