/** `client.groups` end to end, as a group manager and as people who are not. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  ConflictError, NotFoundError, PermissionError, PreconditionFailedError, ValidationError, type Group,
} from '../../src/sdk/index.js';
import { ACME, SEED, failure, setup, useApiServer } from './helpers.js';

useApiServer();

describe('groups', () => {
  test('members carry group ids; one groups.list gives the names to show', async () => {
    const { client } = setup('viewer');
    const [{ items: people }, { items: groups }] = await Promise.all([client.members.list(ACME, { limit: 200 }), client.groups.list(ACME, { limit: 200 })]);
    const names = new Map(groups.map((group) => [group.id, group.name]));
    const adam = people.find((member) => member.email === SEED.users.admin.email);
    assert.deepEqual(adam?.groupIds.map((id) => names.get(id)), ['Engineering']);
    for (const group of groups) assert.equal(group.memberCount, people.filter((member) => member.groupIds.includes(group.id)).length);
  });

  test('create, read with its ETag, rename with it, delete', async () => {
    const { client } = setup('admin');
    const created = await client.groups.create(ACME, { name: ' Support ' });
    assert.deepEqual([created.name, created.memberCount], ['Support', 0]);
    assert.ok(created.etag);
    const read = await client.groups.get(ACME, created.id);
    const renamed = await client.groups.update(ACME, created.id, { name: 'Customer support' }, { ifMatch: read.etag });
    assert.equal(renamed.name, 'Customer support');
    assert.notEqual(renamed.etag, read.etag);
    await assert.rejects(client.groups.update(ACME, created.id, { name: 'Stale' }, { ifMatch: read.etag }), PreconditionFailedError);
    await client.groups.delete(ACME, created.id, { ifMatch: renamed.etag });
    await assert.rejects(client.groups.get(ACME, created.id), NotFoundError);
  });

  test('a name another group has, whatever its case, is a ConflictError', async () => {
    const { client } = setup('admin');
    const error = await failure(client.groups.create(ACME, { name: 'ENGINEERING' }));
    assert.ok(error instanceof ConflictError);
    assert.equal(error.code, 'conflict');
  });

  test('a name with a line break is refused before anything is sent', async () => {
    const { client, requests } = setup('admin');
    const error = await failure(client.groups.create(ACME, { name: 'Sales\r\nBcc: everyone@example.org' }));
    assert.ok(error instanceof ValidationError && error.source === 'client');
    assert.equal(error.fieldErrors[0]?.code, 'control_character');
    assert.equal(requests.length, 0);
  });

  test('iterate walks every group; members and iterateMembers search the group on the server', async () => {
    const { client } = setup('admin');
    for (const name of ['Alpha', 'Bravo', 'Charlie']) await client.groups.create(ACME, { name });
    const all: Group[] = [];
    for await (const group of client.groups.iterate(ACME, { limit: 2 })) all.push(group);
    assert.deepEqual(all.map((group) => group.name), ['Alpha', 'Bravo', 'Charlie', 'Engineering', 'Sales']);
    const found = await client.groups.members(ACME, SEED.groups.engineering, { query: 'adam' });
    assert.deepEqual(found.items.map((member) => member.email), [SEED.users.admin.email]);
    const everyone = [];
    for await (const member of client.groups.iterateMembers(ACME, SEED.groups.engineering, { limit: 2, sort: 'email' })) everyone.push(member.email);
    assert.deepEqual(everyone, [...everyone].sort());
    assert.equal(everyone.length, (await client.groups.get(ACME, SEED.groups.engineering)).memberCount);
  });

  test('changeMembers reports an outcome per member', async () => {
    const { client } = setup('admin');
    const { acme } = SEED.members;
    const { group, results } = await client.groups.changeMembers(ACME, SEED.groups.sales, {
      add: [acme.viewer, acme.owner, SEED.members.globex.admin], remove: [acme.member],
    });
    assert.deepEqual(results.map((result) => result.outcome), ['added', 'forbidden', 'not_found', 'removed']);
    const members = await client.groups.members(ACME, SEED.groups.sales, { limit: 200 });
    assert.equal(group.memberCount, members.total);
  });

  test('a viewer reads groups but changes none; someone from another workspace sees none', async () => {
    const { client, as } = setup('viewer');
    assert.equal((await client.groups.list(ACME)).total, 2);
    const error = await failure(client.groups.create(ACME, { name: 'Mine' }));
    assert.ok(error instanceof PermissionError);
    assert.match(error.message, /groups:manage/);
    await assert.rejects(client.groups.changeMembers(ACME, SEED.groups.sales, { add: [SEED.members.acme.viewer] }), PermissionError);
    await assert.rejects(as('globexOwner').groups.list(ACME), NotFoundError);
  });

  test('path ids are encoded; "." and ".." are refused before sending', async () => {
    const { client, requests } = setup('admin');
    await assert.rejects(client.groups.get(ACME, '..'), ValidationError);
    await assert.rejects(client.groups.get(ACME, 'grp/../../me'), NotFoundError);
    assert.equal(requests.length, 1);
    assert.ok(requests[0]?.url.endsWith('/groups/grp%2F..%2F..%2Fme'));
  });
});
