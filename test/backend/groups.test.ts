import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import type { Group, GroupMembersChanged, Member, Page } from '../../src/sdk/schemas/index.js';
import { ACME, SEED, assertFieldError, assertProblem, members, setup } from './helpers.js';

const groups = (workspaceId: string) => `/workspaces/${workspaceId}/groups`;
const fixture = JSON.parse(readFileSync(new URL('../fixtures/hostile-strings.json', import.meta.url), 'utf8')) as Record<string, string[]>;

describe('groups', () => {
  test('anyone in the workspace lists the groups by name, each with how many members it has', async () => {
    const { as } = setup();
    const everyone = (await as('viewer').get<Page<Member>>(`${members(ACME)}?limit=200`)).body.items;
    const listed = await as('viewer').get<Page<Group>>(groups(ACME));
    assert.equal(listed.status, 200);
    assert.deepEqual(listed.body.items.map((group) => group.name), ['Engineering', 'Sales']);
    for (const group of listed.body.items) {
      assert.equal(group.memberCount, everyone.filter((member) => member.groupIds.includes(group.id)).length, group.name);
      assert.ok(group.memberCount > 0);
    }
  });

  test('pages through many groups in name order, and searches them by name', async () => {
    const { as } = setup();
    const admin = as('admin');
    for (const name of ['support', 'Bravo', 'alpha', 'Édition']) assert.equal((await admin.post(groups(ACME), { name })).status, 201);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: Page<Group> } = await admin.get<Page<Group>>(`${groups(ACME)}?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      assert.equal(page.body.total, 6);
      seen.push(...page.body.items.map((group) => group.name));
      cursor = page.body.nextCursor;
    } while (cursor);
    assert.deepEqual(seen, ['alpha', 'Bravo', 'Édition', 'Engineering', 'Sales', 'support']);
    const found = await admin.get<Page<Group>>(`${groups(ACME)}?query=SAL`);
    assert.deepEqual(found.body.items.map((group) => group.name), ['Sales']);
  });

  test('create, rename with the ETag, delete: each in the audit log', async () => {
    const { as, backend } = setup();
    const admin = as('admin');
    const created = await admin.post<Group>(groups(ACME), { name: '  Support  ' });
    assert.equal(created.status, 201);
    assert.deepEqual([created.body.name, created.body.memberCount], ['Support', 0]);
    const path = `${groups(ACME)}/${created.body.id}`;
    const etag = created.headers.get('etag') ?? '';
    const renamed = await admin.patch<Group>(path, { name: 'Customer support' }, { headers: { 'if-match': etag } });
    assert.equal(renamed.body.name, 'Customer support');
    assertProblem(await admin.patch(path, { name: 'Late edit' }, { headers: { 'if-match': etag } }), 412, 'precondition_failed');
    assert.equal((await admin.delete(path, undefined, { headers: { 'if-match': renamed.headers.get('etag') ?? '' } })).status, 204);
    assertProblem(await admin.get(path), 404, 'not_found');
    const actions = backend.audit.ofWorkspace(ACME, { target: created.body.id }).map((entry) => [entry.action, entry.actor?.email]);
    assert.deepEqual(actions, [
      ['group.deleted', SEED.users.admin.email], ['group.renamed', SEED.users.admin.email], ['group.created', SEED.users.admin.email],
    ]);
  });

  test('names are unique in a workspace whatever their case; a group may change its own case', async () => {
    const { as } = setup();
    const admin = as('admin');
    assertProblem(await admin.post(groups(ACME), { name: 'sALES' }), 409, 'conflict');
    assertProblem(await admin.patch(`${groups(ACME)}/${SEED.groups.sales}`, { name: 'ENGINEERING' }), 409, 'conflict');
    assert.equal((await admin.patch<Group>(`${groups(ACME)}/${SEED.groups.sales}`, { name: 'SALES' })).body.name, 'SALES');
    assert.equal((await as('owner').post(groups(SEED.workspaces.labs), { name: 'Sales' })).status, 201, 'another workspace may use it');
  });

  test('names refuse control characters, direction overrides and invisible text; other text is stored as typed', async () => {
    const { as } = setup();
    const admin = as('admin');
    for (const name of fixture.control ?? []) {
      const answer = await admin.post(groups(ACME), { name });
      assertFieldError(answer, 422, 'validation_failed', 'name');
    }
    assertFieldError(await admin.post(groups(ACME), { name: 'x'.repeat(61) }), 422, 'validation_failed', 'name');
    assert.equal((await admin.get<Page<Group>>(groups(ACME))).body.total, 2, 'nothing refused was stored');
    const legitimate = [...new Set([...(fixture.markup ?? []), ...(fixture.unicode ?? [])].map((text) => text.normalize('NFC').trim()))];
    for (const name of legitimate.filter((text) => [...text].length <= 60)) {
      const created = await admin.post<Group>(groups(ACME), { name });
      assert.equal(created.status, 201, name);
      assert.equal(created.body.name, name);
    }
  });

  test('deleting a group takes it from everyone in it', async () => {
    const { as, backend } = setup();
    const admin = as('admin');
    const before = await admin.get<Page<Member>>(`${members(ACME)}?group=${SEED.groups.sales}&limit=200`);
    assert.ok(before.body.total > 0);
    assert.equal((await admin.delete(`${groups(ACME)}/${SEED.groups.sales}`)).status, 204);
    const after = await admin.get<Page<Member>>(`${members(ACME)}?limit=200`);
    assert.ok(after.body.items.every((member) => !member.groupIds.includes(SEED.groups.sales)));
    assert.equal((await admin.get<Page<Member>>(`${members(ACME)}?group=${SEED.groups.sales}`)).body.total, 0);
    assert.deepEqual(backend.audit.latest('group.deleted')?.before, { name: 'Sales', memberCount: before.body.total });
  });

  test("a group's members: searched, sorted and paged on the server, as the member list is", async () => {
    const { as } = setup();
    const path = `${groups(ACME)}/${SEED.groups.engineering}/members`;
    const all = await as('viewer').get<Page<Member>>(`${path}?limit=200&sort=name`);
    assert.ok(all.body.items.length >= 5);
    assert.ok(all.body.items.every((member) => member.groupIds.includes(SEED.groups.engineering)));
    const searched = await as('viewer').get<Page<Member>>(`${path}?query=ADAM`);
    assert.deepEqual(searched.body.items.map((member) => member.email), [SEED.users.admin.email]);
    const firstTwo = await as('viewer').get<Page<Member>>(`${path}?limit=2&sort=-email`);
    const rest = await as('viewer').get<Page<Member>>(`${path}?limit=200&sort=-email&cursor=${firstTwo.body.nextCursor ?? ''}`);
    assert.equal(firstTwo.body.items.length + rest.body.items.length, all.body.total);
    assert.equal((await as('viewer').get<Page<Member>>(`${path}?group=${SEED.groups.sales}`)).body.total, all.body.total, 'the path decides the group');
  });

  test('adds and removes members in one step, with an outcome for each', async () => {
    const { as, backend } = setup();
    const { acme } = SEED.members;
    const answer = await as('admin').post<GroupMembersChanged>(`${groups(ACME)}/${SEED.groups.sales}/members`, {
      add: [acme.viewer, acme.member, acme.viewer, 'mem_made_up'],
      remove: [acme.admin, 'mem_acme_zoe_mueller'],
    });
    assert.equal(answer.status, 200);
    assert.deepEqual(answer.body.results.map((result) => [result.memberId, result.action, result.outcome]), [
      [acme.viewer, 'add', 'added'],
      [acme.member, 'add', 'unchanged'],
      ['mem_made_up', 'add', 'not_found'],
      [acme.admin, 'remove', 'unchanged'],
      ['mem_acme_zoe_mueller', 'remove', 'removed'],
    ]);
    const sales = await as('viewer').get<Page<Member>>(`${groups(ACME)}/${SEED.groups.sales}/members?limit=200`);
    assert.equal(answer.body.group.memberCount, sales.body.total);
    assert.ok(sales.body.items.some((member) => member.id === acme.viewer));
    assert.ok(!sales.body.items.some((member) => member.id === 'mem_acme_zoe_mueller'));
    const changed = backend.audit.ofWorkspace(ACME, { action: 'member.groups_changed' }).map((entry) => entry.target.id).sort();
    assert.deepEqual(changed, [acme.viewer, 'mem_acme_zoe_mueller'].sort(), 'one entry per member actually changed');
  });

  test('a change naming one member in both lists, or too many members, is refused whole', async () => {
    const { as } = setup();
    const path = `${groups(ACME)}/${SEED.groups.sales}/members`;
    const { acme } = SEED.members;
    assertFieldError(await as('admin').post(path, { add: [acme.viewer], remove: [acme.member, acme.viewer] }), 422, 'validation_failed', 'remove.1');
    assertFieldError(await as('admin').post(path, { add: Array.from({ length: 501 }, (_, index) => `mem_${index}`) }), 422, 'validation_failed', 'add');
    const sales = await as('viewer').get<Page<Member>>(`${groups(ACME)}/${SEED.groups.sales}/members?limit=200`);
    assert.ok(!sales.body.items.some((member) => member.id === acme.viewer));
  });

  test('a workspace has at most limits.groupsPerWorkspace groups', async () => {
    const { as, backend } = setup();
    backend.limits.groupsPerWorkspace = 3;
    assert.equal((await as('admin').post(groups(ACME), { name: 'Third' })).status, 201);
    assertProblem(await as('admin').post(groups(ACME), { name: 'Fourth' }), 409, 'conflict');
  });
});
