/** `client.workspaces` end to end: listing, reading with ETags, the owner's rules and the plan's limits. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  ApiError, ConflictError, NotFoundError, PermissionError, PreconditionFailedError, ValidationError,
} from '../../src/sdk/index.js';
import { ACME, GLOBEX, LABS, SEED, failure, setup, useApiServer } from './helpers.js';

useApiServer();

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

describe('reading', () => {
  test("list shows the caller's workspaces by name, each with the caller's role", async () => {
    const { client } = setup('owner');
    const page = await client.workspaces.list();
    assert.equal(page.total, 3);
    assert.deepEqual(page.items.map((w) => [w.name, w.role]), [['Acme Inc.', 'owner'], ['Acme Labs', 'owner'], ['Globex Corporation', 'member']]);
  });

  test('list pages with a cursor; iterate walks every page', async () => {
    const { client } = setup('owner');
    const first = await client.workspaces.list({ limit: 2 });
    assert.equal(first.items.length, 2);
    assert.ok(first.nextCursor);
    const second = await client.workspaces.list({ limit: 2, cursor: first.nextCursor });
    assert.deepEqual(second.items.map((w) => w.id), [GLOBEX]);
    assert.equal(second.nextCursor, null);
    const all = [];
    for await (const workspace of client.workspaces.iterate({ limit: 1 })) all.push(workspace.id);
    assert.deepEqual(all, [ACME, LABS, GLOBEX]);
  });

  test('get returns the workspace with its ETag', async () => {
    const { client } = setup('viewer');
    const acme = await client.workspaces.get(ACME);
    assert.equal(acme.name, 'Acme Inc.');
    assert.equal(acme.plan, 'pro');
    assert.equal(acme.role, 'viewer');
    assert.ok(acme.etag);
  });

  test('a workspace the caller is not in is NotFound, not Forbidden', async () => {
    const { client } = setup('globexOwner');
    const error = await failure(client.workspaces.get(ACME));
    assert.ok(error instanceof NotFoundError);
    assert.equal(error.code, 'not_found');
  });
});

describe('updating', () => {
  test('update with the ETag it read applies and reads back', async () => {
    const { client } = setup('admin');
    const { etag } = await client.workspaces.get(ACME);
    const updated = await client.workspaces.update(ACME, { name: 'Acme International', website: 'https://acme.example', timezone: 'Europe/Paris' }, { ifMatch: etag });
    assert.notEqual(updated.etag, etag);
    const reread = await client.workspaces.get(ACME);
    assert.deepEqual([reread.name, reread.website, reread.timezone], ['Acme International', 'https://acme.example', 'Europe/Paris']);
  });

  test('a stale ETag is a 412 and the other edit survives', async () => {
    const { client, as } = setup('owner');
    const { etag: stale } = await client.workspaces.get(ACME);
    await as('admin').workspaces.update(ACME, { industry: 'Robotics' });
    const error = await failure(client.workspaces.update(ACME, { industry: 'Toys' }, { ifMatch: stale }));
    assert.ok(error instanceof PreconditionFailedError && error.status === 412);
    assert.equal((await client.workspaces.get(ACME)).industry, 'Robotics');
  });

  test('a viewer may not update: PermissionError forbidden', async () => {
    const { client } = setup('viewer');
    const error = await failure(client.workspaces.update(ACME, { name: 'Viewer was here' }));
    assert.ok(error instanceof PermissionError);
    assert.equal(error.status, 403);
    assert.equal(error.code, 'forbidden');
  });

  test('a name under 3 characters or a javascript: URL never leaves the client', async () => {
    const { client, requests } = setup('owner');
    await assert.rejects(client.workspaces.update(ACME, { name: 'ab' }), ValidationError);
    await assert.rejects(client.workspaces.update(ACME, { website: 'javascript:alert(1)' }), ValidationError);
    assert.equal(requests.length, 0);
  });

  test('a logo is uploaded and removed', async () => {
    const { client } = setup('admin');
    const withLogo = await client.workspaces.uploadLogo(ACME, new Blob([PNG], { type: 'image/png' }));
    assert.match(withLogo.logoUrl ?? '', /^data:image\/png;base64,/);
    assert.equal((await client.workspaces.removeLogo(ACME)).logoUrl, null);
  });
});

describe('creating', () => {
  test('the creator becomes the owner and it appears in the list', async () => {
    const { client } = setup('owner');
    const created = await client.workspaces.create({ name: 'Acme Research', industry: 'Science' });
    assert.equal(created.role, 'owner');
    assert.equal(created.memberCount, 1);
    assert.ok((await client.workspaces.list()).items.some((w) => w.id === created.id));
  });

  test('on the free plan a second workspace needs an upgrade: plan_required', async () => {
    const { client } = setup('member');
    await client.workspaces.create({ name: 'Side project' });
    const error = await failure(client.workspaces.create({ name: 'Another one' }));
    assert.ok(error instanceof ApiError);
    assert.equal(error.status, 402);
    assert.equal(error.code, 'plan_required');
  });

  test('beyond the per-account limit: workspace_limit_reached', async () => {
    const { client } = setup('owner', { backend: { limits: { workspacesPerAccount: 3 } } });
    await client.workspaces.create({ name: 'Third' });
    const error = await failure(client.workspaces.create({ name: 'Fourth' }));
    assert.ok(error instanceof ConflictError);
    assert.equal(error.code, 'workspace_limit_reached');
  });
});

describe('deleting', () => {
  test('the owner deletes it by typing its name; it is gone for everyone', async () => {
    const { client, as } = setup('owner');
    await client.workspaces.delete(LABS, { confirmation: 'Acme Labs' });
    await assert.rejects(client.workspaces.get(LABS), NotFoundError);
    await assert.rejects(as('admin').workspaces.get(LABS), NotFoundError);
  });

  test('a wrong confirmation is a server ValidationError on that field', async () => {
    const { client } = setup('owner');
    const error = await failure(client.workspaces.delete(LABS, { confirmation: 'Acme Lab' }));
    assert.ok(error instanceof ValidationError);
    assert.equal(error.source, 'server');
    assert.deepEqual(error.fieldErrors.map((f) => [f.field, f.code]), [['confirmation', 'mismatch']]);
    assert.equal((await client.workspaces.get(LABS)).name, 'Acme Labs');
  });

  test('an admin may not delete', async () => {
    const { client } = setup('admin');
    await assert.rejects(client.workspaces.delete(LABS, { confirmation: 'Acme Labs' }), PermissionError);
  });
});

describe('leaving and ownership', () => {
  test('a member leaves and loses access at once', async () => {
    const { client } = setup('admin');
    await client.workspaces.leave(LABS);
    assert.ok(!(await client.workspaces.list()).items.some((w) => w.id === LABS));
    await assert.rejects(client.workspaces.get(LABS), NotFoundError);
  });

  test('the owner cannot leave: last_owner', async () => {
    const { client } = setup('owner');
    const error = await failure(client.workspaces.leave(ACME));
    assert.ok(error instanceof ConflictError);
    assert.equal(error.code, 'last_owner');
  });

  test('transferring ownership makes the heir owner and the caller admin', async () => {
    const { client, as } = setup('owner');
    const after = await client.workspaces.transferOwnership(LABS, { memberId: SEED.members.labs.admin });
    assert.equal(after.role, 'admin');
    const heir = await as('admin').members.me(LABS);
    assert.equal(heir.isOwner, true);
    assert.equal(heir.role, 'owner');
    await client.workspaces.leave(LABS);
  });

  test('only the owner transfers', async () => {
    const { client } = setup('admin');
    await assert.rejects(client.workspaces.transferOwnership(ACME, { memberId: SEED.members.acme.member }), PermissionError);
  });
});
