/** The workspace quota, website and industry, ownership and role deletion through the SDK. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ApiError, ConflictError, INDUSTRIES, ValidationError } from '../../src/sdk/index.js';
import { ACME, SEED, failure, latestMessage, server, setup, useApiServer } from './helpers.js';

useApiServer();

describe('workspaces: quota, website, industry, ownership', () => {
  test('quota says before the form what create would answer', async () => {
    const { client } = setup('member');
    assert.deepEqual(await client.workspaces.quota(), { owned: 0, limit: 1, plan: 'free', canCreate: true, reason: null });
    await client.workspaces.create({ name: 'Mia & Co' });
    const quota = await client.workspaces.quota();
    assert.deepEqual([quota.canCreate, quota.reason], [false, 'plan_required']);
    const error = await failure(client.workspaces.create({ name: 'Second' }));
    assert.ok(error instanceof ApiError);
    assert.equal(error.code, quota.reason);
  });

  test('a website without https:// gets it, and the normalised address is what is sent', async () => {
    const { client } = setup('owner');
    const sent: Promise<string>[] = [];
    server.events.on('request:start', ({ request }) => {
      sent.push(request.clone().text());
    });
    const updated = await client.workspaces.update(ACME, { website: 'WWW.Acme.example/' });
    assert.equal(updated.website, 'https://www.acme.example');
    assert.deepEqual(await Promise.all(sent), [JSON.stringify({ website: 'https://www.acme.example' })]);
    const error = await failure(client.workspaces.update(ACME, { website: 'javascript:alert(1)' }));
    assert.ok(error instanceof ValidationError && error.source === 'client');
    assert.equal(error.fieldErrors[0]?.field, 'website');
  });

  test('industry: a documented key, or free text', async () => {
    const { client } = setup('owner');
    assert.ok(INDUSTRIES.length > 10);
    assert.equal((await client.workspaces.update(ACME, { industry: 'healthcare' })).industry, 'healthcare');
    assert.equal((await client.workspaces.update(ACME, { industry: 'Space tourism' })).industry, 'Space tourism');
  });

  test('transferring ownership mails the new owner', async () => {
    const { client, backend } = setup('owner');
    await client.workspaces.transferOwnership(ACME, { memberId: SEED.members.acme.admin });
    assert.match(latestMessage(backend, SEED.users.admin.email, 'ownership_transferred').subject, /Acme Inc\./);
  });
});

describe('roles: deleting one in use', () => {
  test('without reassignTo it is a ConflictError; with it, everyone moves and the answer says how many', async () => {
    const { client } = setup('owner');
    await assert.rejects(client.roles.delete(ACME, SEED.roles.billingManager), ConflictError);
    const { etag } = await client.roles.get(ACME, SEED.roles.billingManager);
    const moved = await client.roles.delete(ACME, SEED.roles.billingManager, { reassignTo: 'member' }, { ifMatch: etag });
    assert.deepEqual(moved, { reassignedTo: 'member', members: 1, invitations: 0, domains: 0 });
    assert.equal((await client.members.get(ACME, SEED.members.acme.billing)).role, 'member');
  });

  test('reassignTo is checked before sending', async () => {
    const { client, requests } = setup('owner');
    await assert.rejects(client.roles.delete(ACME, SEED.roles.billingManager, { reassignTo: '' }), ValidationError);
    assert.equal(requests.length, 0);
  });
});
