import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DataExport, RevokedSessions, Session, User, Workspace, Page } from '../../src/sdk/schemas/index.js';
import { ACME, GLOBEX, LABS, SEED, assertFieldError, assertProblem, members, setup } from './helpers.js';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function upload(bytes: number[] | Uint8Array, type: string): FormData {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), 'image');
  return form;
}

describe('avatar upload', () => {
  test('stores a PNG as a data URL and removes it again', async () => {
    const { as } = setup();
    const owner = as('owner');
    const uploaded = await owner.post<User>('/me/avatar', undefined, { raw: upload([...PNG, 1, 2, 3], 'image/png') });
    assert.equal(uploaded.status, 200);
    assert.match(uploaded.body.avatarUrl ?? '', /^data:image\/png;base64,/);
    const removed = await owner.delete<User>('/me/avatar');
    assert.equal(removed.body.avatarUrl, null);
  });

  test('refuses other types, and files whose bytes are not the image they claim (415)', async () => {
    const { as } = setup();
    const owner = as('owner');
    assertProblem(await owner.post('/me/avatar', undefined, { raw: upload([0x3c, 0x73, 0x76, 0x67], 'image/svg+xml') }), 415, 'unsupported_media_type');
    assertProblem(await owner.post('/me/avatar', undefined, { raw: upload([0x3c, 0x68, 0x74, 0x6d, 0x6c], 'image/png') }), 415, 'unsupported_media_type');
    assertProblem(await owner.post('/me/avatar', { file: 'not multipart' }), 415, 'unsupported_media_type');
    assert.equal((await owner.get<User>('/me')).body.avatarUrl, null);
  });

  test('refuses files over 2 MB (413) and accepts one of exactly 2 MB', async () => {
    const { as } = setup();
    const owner = as('owner');
    const limit = 2 * 1024 * 1024;
    const tooBig = new Uint8Array(limit + 1);
    tooBig.set(PNG);
    assertProblem(await owner.post('/me/avatar', undefined, { raw: upload(tooBig, 'image/png') }), 413, 'payload_too_large');
    assert.equal((await owner.post('/me/avatar', undefined, { raw: upload(tooBig.subarray(0, limit), 'image/png') })).status, 200);
  });

  test('workspace logos follow the same rules and need workspace:manage', async () => {
    const { as } = setup();
    const gif = [0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0, 0];
    const logo = await as('admin').post<Workspace>(`/workspaces/${ACME}/logo`, undefined, { raw: upload(gif, 'image/gif') });
    assert.match(logo.body.logoUrl ?? '', /^data:image\/gif;base64,/);
    assertProblem(await as('member').post(`/workspaces/${ACME}/logo`, undefined, { raw: upload(gif, 'image/gif') }), 403, 'forbidden');
    assertProblem(await as('member').delete(`/workspaces/${ACME}/logo`), 403, 'forbidden');
    assert.equal((await as('owner').delete<Workspace>(`/workspaces/${ACME}/logo`)).body.logoUrl, null);
  });
});

describe('data export', () => {
  test('is pending, then ready two seconds later with a JSON download of the account', async () => {
    const { as, clock } = setup();
    const mia = as('member');
    const requested = await mia.post<DataExport>('/me/exports');
    assert.equal(requested.status, 202);
    assert.equal(requested.body.status, 'pending');
    assert.equal(requested.body.downloadUrl, null);
    const path = `/me/exports/${requested.body.id}`;
    clock.advance(1999);
    assert.equal((await mia.get<DataExport>(path)).body.status, 'pending');
    clock.advance(1);
    const ready = await mia.get<DataExport>(path);
    assert.equal(ready.body.status, 'ready');
    const url = ready.body.downloadUrl ?? '';
    assert.match(url, /^data:application\/json/);
    const data = JSON.parse(decodeURIComponent(url.slice(url.indexOf(',') + 1))) as { account: User; memberships: { workspaceId: string }[] };
    assert.equal(data.account.email, SEED.users.member.email);
    assert.deepEqual(data.memberships.map((membership) => membership.workspaceId), [ACME]);
  });

  test('a second request within 60 s is rate limited with Retry-After', async () => {
    const { as, clock } = setup();
    const mia = as('member');
    await mia.post('/me/exports');
    clock.advance(20_000);
    const limited = await mia.post('/me/exports');
    assertProblem(limited, 429, 'rate_limited');
    assert.equal(limited.headers.get('retry-after'), '40');
    clock.advance(40_000);
    assert.equal((await mia.post('/me/exports')).status, 202);
  });

  test("nobody reads someone else's export", async () => {
    const { as } = setup();
    const requested = await as('member').post<DataExport>('/me/exports');
    assertProblem(await as('admin').get(`/me/exports/${requested.body.id}`), 404, 'not_found');
  });
});

describe('sessions', () => {
  test('lists devices with the current one flagged, revokes one, then all others', async () => {
    const { as, backend, withToken } = setup();
    const otherToken = backend.signIn(SEED.users.owner.email, { userAgent: 'Mozilla/5.0 (Windows NT 10.0) Firefox/130.0' });
    const owner = as('owner');
    const listed = await owner.get<{ items: Session[] }>('/me/sessions');
    assert.equal(listed.body.items.filter((session) => session.current).length, 1);
    const firefox = listed.body.items.find((session) => session.browser === 'Firefox');
    assert.equal(firefox?.os, 'Windows');
    assert.ok(listed.body.items.length >= 3, 'the seed gives the owner other devices');

    assert.equal((await owner.delete(`/me/sessions/${firefox?.id}`)).status, 204);
    assertProblem(await withToken(otherToken).get('/me'), 401, 'unauthorized');

    const revoked = await owner.post<RevokedSessions>('/me/sessions/revoke-others');
    assert.equal(revoked.body.revoked, listed.body.items.length - 2);
    const left = await owner.get<{ items: Session[] }>('/me/sessions');
    assert.deepEqual(left.body.items.map((session) => session.current), [true]);
  });

  test("cannot revoke someone else's session", async () => {
    const { as } = setup();
    const adamSessions = await as('admin').get<{ items: Session[] }>('/me/sessions');
    const adamSession = adamSessions.body.items[0]?.id;
    assertProblem(await as('member').delete(`/me/sessions/${adamSession}`), 404, 'not_found');
  });
});

describe('account deletion', () => {
  test('needs the password and the email typed again; then the account and its sessions are gone', async () => {
    const { as, backend } = setup();
    const victor = as('viewer');
    assertFieldError(await victor.delete('/me', { password: 'wrong', confirmation: SEED.users.viewer.email }), 422, 'invalid_password', 'password');
    assertFieldError(await victor.delete('/me', { password: SEED.password, confirmation: 'someone@else.test' }), 422, 'validation_failed', 'confirmation');
    assert.equal((await victor.delete('/me', { password: SEED.password, confirmation: SEED.users.viewer.email.toUpperCase() })).status, 204);
    assertProblem(await victor.get('/me'), 401, 'unauthorized');
    const remaining = await as('owner').get<Page<{ email: string }>>(`${members(ACME)}?query=victor`);
    assert.equal(remaining.body.total, 0);
    assert.throws(() => backend.signIn(SEED.users.viewer.email));
  });

  test('is refused while the user owns a workspace with other members', async () => {
    const { as } = setup();
    const owner = as('owner');
    assertProblem(await owner.delete('/me', { password: SEED.password, confirmation: SEED.users.owner.email }), 409, 'last_owner');
    assert.equal((await owner.get('/me')).status, 200);
  });

  test("deletes the workspaces the user owns alone, and leaves the others' alone", async () => {
    const { as } = setup();
    const mia = as('member');
    const own = await mia.post<Workspace>('/workspaces', { name: 'Mia Solo' });
    assert.equal((await mia.delete('/me', { password: SEED.password, confirmation: SEED.users.member.email })).status, 204);
    const owner = as('owner');
    const workspaces = await owner.get<Page<Workspace>>('/workspaces');
    assert.deepEqual(workspaces.body.items.map((workspace) => workspace.id).sort(), [ACME, GLOBEX, LABS].sort());
    const gus = as('globexOwner');
    assertProblem(await gus.get(`/workspaces/${own.body.id}`), 404, 'not_found');
  });
});
