/** `client.domains`, and auto-join through `client.workspaces`, end to end. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  ConflictError, NotFoundError, PermissionError, PreconditionFailedError, RateLimitError, ValidationError,
} from '../../src/sdk/index.js';
import { ACME, GLOBEX, SEED, failure, setup, useApiServer } from './helpers.js';

useApiServer();

const { verified, pending } = SEED.domains;

describe('domains', () => {
  test('add normalises the name; verify fails with the reason until the record is published, then succeeds', async () => {
    const { client, backend } = setup('owner');
    const domain = await client.domains.add(ACME, { hostname: 'Example.ORG.' });
    assert.deepEqual([domain.hostname, domain.status], ['example.org', 'pending']);
    const record = domain.verificationRecord;
    assert.ok(record);
    assert.equal(record.name, '_teamkit-verify.example.org');
    const missing = await client.domains.verify(ACME, domain.id);
    assert.deepEqual([missing.status, missing.failureReason], ['failed', 'record_not_found']);
    backend.dns.set(record.name, [record.value]);
    const done = await client.domains.verify(ACME, domain.id);
    assert.deepEqual([done.status, done.failureReason], ['verified', null]);
    assert.deepEqual((await client.domains.list(ACME)).map((each) => each.hostname), ['acme-corp.test', 'acme.test', 'example.org']);
  });

  test('IP addresses and wildcards are refused before anything is sent, with the reason', async () => {
    const { client, requests } = setup('owner');
    for (const [hostname, code] of [['10.0.0.1', 'ip_address_not_allowed'], ['*.example.org', 'wildcard_not_allowed'], ['https://example.org/', 'invalid_hostname']]) {
      const error = await failure(client.domains.add(ACME, { hostname: hostname ?? '' }));
      assert.ok(error instanceof ValidationError && error.source === 'client', hostname);
      assert.equal(error.fieldErrors[0]?.code, code);
    }
    assert.equal(requests.length, 0);
  });

  test("a hostname another workspace verified is a ConflictError coded domain_taken", async () => {
    const { as } = setup();
    const error = await failure(as('globexOwner').domains.add(GLOBEX, { hostname: 'acme.test' }));
    assert.ok(error instanceof ConflictError);
    assert.equal(error.code, 'domain_taken');
  });

  test('too many checks: a RateLimitError saying when to try again', async () => {
    const { client, backend } = setup('owner', { backend: { limits: { domainChecksPerDomain: { limit: 1, windowMs: 60 * 60 * 1000 } } } });
    await client.domains.verify(ACME, pending.id);
    const error = await failure(client.domains.verify(ACME, pending.id));
    assert.ok(error instanceof RateLimitError);
    assert.ok((error.retryAfter ?? 0) > 60);
    backend.clock.advance(60 * 60 * 1000);
    assert.equal((await client.domains.verify(ACME, pending.id)).failureReason, 'record_not_found');
  });

  test('purposes with the ETag; a stale one is a 412; remove', async () => {
    const { client } = setup('owner');
    const read = await client.domains.get(ACME, verified.id);
    const changed = await client.domains.update(ACME, verified.id, { purposes: ['sso', 'auto_join'], autoJoinRole: 'viewer' }, { ifMatch: read.etag });
    assert.equal(changed.autoJoinRole, 'viewer');
    await assert.rejects(client.domains.update(ACME, verified.id, { purposes: [] }, { ifMatch: read.etag }), PreconditionFailedError);
    await client.domains.remove(ACME, verified.id, { ifMatch: changed.etag });
    await assert.rejects(client.domains.get(ACME, verified.id), NotFoundError);
  });

  test('a member sees domains without their records and changes none', async () => {
    const { client } = setup('member');
    const listed = await client.domains.list(ACME);
    assert.ok(listed.length > 0 && listed.every((domain) => domain.verificationRecord === null));
    const error = await failure(client.domains.add(ACME, { hostname: 'mine.example' }));
    assert.ok(error instanceof PermissionError);
    assert.match(error.message, /domains:manage/);
  });
});

describe('auto-join through the SDK', () => {
  test('joinable lists the workspace of the domain; join makes the caller a member as its role', async () => {
    const { as } = setup();
    const victor = as('viewer');
    await victor.workspaces.leave(ACME);
    const [offer] = await victor.workspaces.joinable();
    assert.deepEqual(offer && [offer.workspace.name, offer.domain, offer.role, offer.roleName], ['Acme Inc.', 'acme.test', 'member', 'Member']);
    const joined = await victor.workspaces.join(ACME);
    assert.equal(joined.role, 'member');
    assert.deepEqual(await victor.workspaces.joinable(), []);
    await assert.rejects(victor.workspaces.join(ACME), ConflictError);
  });

  test('someone an admin removed is refused with the way back', async () => {
    const { as, client } = setup('owner');
    await client.members.remove(ACME, SEED.members.acme.billing);
    const error = await failure(as('billing').workspaces.join(ACME));
    assert.ok(error instanceof PermissionError);
    assert.match(error.message, /invitation/);
  });
});
