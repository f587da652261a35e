/** `client.members` end to end: search, filters, pages, iterate, role changes and removal. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ConflictError, NotFoundError, PermissionError, ValidationError, type Member } from '../../src/sdk/index.js';
import { ACME, GLOBEX, LABS, SEED, failure, setup, useApiServer } from './helpers.js';

useApiServer();

const M = SEED.members.acme;
const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

describe('listing', () => {
  test('the first page is sorted by name and counts everyone', async () => {
    const { client } = setup('viewer');
    const page = await client.members.list(ACME, { limit: 10 });
    assert.equal(page.total, 25);
    assert.equal(page.items.length, 10);
    assert.ok(page.nextCursor);
    for (let i = 1; i < page.items.length; i++) {
      assert.ok(byName.compare(page.items[i - 1]?.name ?? '', page.items[i]?.name ?? '') <= 0);
    }
  });

  test('search matches name or email, case-insensitively', async () => {
    const { client } = setup('viewer');
    assert.deepEqual((await client.members.list(ACME, { query: 'MIA' })).items.map((m) => m.id), [M.member]);
    assert.deepEqual((await client.members.list(ACME, { query: 'admin@acme' })).items.map((m) => m.id), [M.admin]);
    assert.equal((await client.members.list(ACME, { query: 'nobody-matches-this' })).total, 0);
  });

  test('filters by role and status, sorts descending', async () => {
    const { client } = setup('viewer');
    const viewers = await client.members.list(ACME, { role: 'viewer' });
    assert.ok(viewers.items.length > 0 && viewers.items.every((m) => m.role === 'viewer'));
    const pending = await client.members.list(ACME, { status: 'pending' });
    assert.deepEqual(pending.items.map((m) => m.name).sort(), ['Tomás Ferreira', 'Yuki Tanaka']);
    const byEmailDesc = (await client.members.list(ACME, { sort: '-email', limit: 3 })).items.map((m) => m.email);
    assert.deepEqual(byEmailDesc, [...byEmailDesc].sort().reverse());
  });

  test('pages follow one another without gaps or repeats', async () => {
    const { client } = setup('viewer');
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await client.members.list(ACME, { limit: 7, cursor });
      seen.push(...page.items.map((m) => m.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    assert.equal(seen.length, 25);
    assert.equal(new Set(seen).size, 25);
  });

  test('iterate() yields each of 1 000 generated members exactly once, in sort order', async () => {
    const { client } = setup('viewer', { backend: { seed: { members: 1_000 } } });
    const members: Member[] = [];
    for await (const member of client.members.iterate(ACME, { limit: 200 })) members.push(member);
    assert.equal(members.length, 1_025);
    assert.equal(new Set(members.map((m) => m.id)).size, 1_025);
    assert.equal(members.filter((m) => m.id.startsWith('mem_gen_')).length, 1_000);
    for (let i = 1; i < members.length; i++) {
      const [a, b] = [members[i - 1], members[i]];
      assert.ok(a && b && byName.compare(a.name, b.name) <= 0, `${a?.name} before ${b?.name}`);
    }
  });

  test('a workspace the caller is not in is NotFound', async () => {
    const { client } = setup('member');
    await assert.rejects(client.members.list(GLOBEX), NotFoundError);
  });

  test('a limit over 200 is refused before sending', async () => {
    const { client, requests } = setup('viewer');
    await assert.rejects(client.members.list(ACME, { limit: 500 }), ValidationError);
    assert.equal(requests.length, 0);
  });
});

describe('reading one', () => {
  test('get returns the member', async () => {
    const { client } = setup('viewer');
    const mia = await client.members.get(ACME, M.member);
    assert.deepEqual([mia.name, mia.email, mia.role, mia.status, mia.groupIds], [SEED.users.member.name, SEED.users.member.email, 'member', 'active', [SEED.groups.sales]]);
  });

  test('me tells the caller what they may do', async () => {
    const { as } = setup('owner');
    const owner = await as('owner').members.me(ACME);
    assert.equal(owner.isOwner, true);
    assert.ok(owner.permissions.includes('members:manage'));
    const viewer = await as('viewer').members.me(ACME);
    assert.deepEqual([viewer.isOwner, viewer.role, viewer.permissions], [false, 'viewer', []]);
    assert.equal(viewer.member.id, M.viewer);
  });

  test('an unknown member is NotFound', async () => {
    const { client } = setup('viewer');
    await assert.rejects(client.members.get(ACME, 'mem_nope'), NotFoundError);
  });
});

describe('changing roles and groups', () => {
  test("an admin changes a member's role; it reads back changed", async () => {
    const { client } = setup('admin');
    const updated = await client.members.update(ACME, M.member, { role: 'viewer' });
    assert.equal(updated.role, 'viewer');
    assert.equal((await client.members.get(ACME, M.member)).role, 'viewer');
  });

  test('groups change and read back', async () => {
    const { client } = setup('admin');
    await client.members.update(ACME, M.viewer, { groupIds: [SEED.groups.engineering, SEED.groups.sales] });
    assert.deepEqual((await client.members.get(ACME, M.viewer)).groupIds, [SEED.groups.engineering, SEED.groups.sales]);
  });

  test('a viewer may not change roles', async () => {
    const { client } = setup('viewer');
    const error = await failure(client.members.update(ACME, M.member, { role: 'admin' }));
    assert.ok(error instanceof PermissionError && error.code === 'forbidden');
  });

  test('the owner cannot be demoted: last_owner', async () => {
    const { client } = setup('admin');
    const error = await failure(client.members.update(ACME, M.owner, { role: 'member' }));
    assert.ok(error instanceof ConflictError);
    assert.equal(error.code, 'last_owner');
    assert.equal((await client.members.get(ACME, M.owner)).role, 'owner');
  });

  test('ownership is not given by a role change', async () => {
    const { client } = setup('owner');
    await assert.rejects(client.members.update(ACME, M.admin, { role: 'owner' }), PermissionError);
  });

  test('an unknown role or group is a server ValidationError naming the field', async () => {
    const { client } = setup('owner');
    const role = await failure(client.members.update(ACME, M.member, { role: 'wizard' }));
    assert.ok(role instanceof ValidationError && role.fieldErrors[0]?.field === 'role');
    const group = await failure(client.members.update(ACME, M.member, { groupIds: [SEED.groups.sales, 'grp_nope'] }));
    assert.ok(group instanceof ValidationError && group.fieldErrors[0]?.field === 'groupIds.1');
  });
});

describe('removing', () => {
  test('removal takes effect at once for the removed person', async () => {
    const { client, as } = setup('admin');
    const mia = as('member');
    assert.equal((await mia.workspaces.get(ACME)).id, ACME);
    await client.members.remove(ACME, M.member);
    await assert.rejects(mia.workspaces.get(ACME), NotFoundError);
    await assert.rejects(mia.members.list(ACME), NotFoundError);
    assert.equal((await client.members.list(ACME)).total, 24);
    await assert.rejects(client.members.get(ACME, M.member), NotFoundError);
  });

  test('the owner cannot be removed: last_owner', async () => {
    const { client } = setup('admin');
    const error = await failure(client.members.remove(ACME, M.owner));
    assert.ok(error instanceof ConflictError && error.code === 'last_owner');
  });

  test('a member may not remove anyone', async () => {
    const { client } = setup('member');
    await assert.rejects(client.members.remove(ACME, M.viewer), PermissionError);
  });

  test('nobody removes members of a workspace they are not in', async () => {
    const { client } = setup('globexOwner');
    await assert.rejects(client.members.remove(LABS, SEED.members.labs.admin), NotFoundError);
  });
});
