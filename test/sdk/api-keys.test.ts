/** `client.apiKeys` end to end, and a key used as the client's credential. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  API_KEY_SECRET_PATTERN, AuthError, ConflictError, NotFoundError, PermissionError, ValidationError, type ApiKey,
} from '../../src/sdk/index.js';
import { ACME, LABS, SEED, failure, setup, useApiServer } from './helpers.js';

useApiServer();

describe('client.apiKeys', () => {
  test('creates a key whose secret works as the client credential, within its scopes', async () => {
    const { client, withToken } = setup('owner');
    const created = await client.apiKeys.create(ACME, { name: 'Reporting', scopes: ['audit:view'], expiresAt: null });
    assert.match(created.secret, API_KEY_SECRET_PATTERN);
    assert.equal(created.status, 'active');
    const integration = withToken(created.secret);
    const page = await integration.audit.list(ACME);
    assert.ok(page.items.some((entry) => entry.action === 'api_key.created'));
    assert.ok(await failure(integration.members.remove(ACME, SEED.members.acme.viewer)) instanceof PermissionError);
    assert.ok(await failure(integration.account.get()) instanceof PermissionError);
    assert.ok(await failure(integration.audit.list(LABS)) instanceof NotFoundError);
    await client.apiKeys.revoke(ACME, created.id);
    assert.ok(await failure(integration.audit.list(ACME)) instanceof AuthError);
  });

  test('lists and iterates newest first, filtered by status', async () => {
    const { client, clock } = setup('admin');
    const made: string[] = [];
    for (let i = 0; i < 5; i++) made.push((await client.apiKeys.create(ACME, { name: `Key ${i}`, scopes: ['billing:view'], expiresAt: i === 0 ? new Date(clock.now().getTime() + 60_000).toISOString() : null })).id);
    clock.advance(60_000);
    const keys: ApiKey[] = [];
    for await (const key of client.apiKeys.iterate(ACME, { limit: 2 })) keys.push(key);
    assert.deepEqual(keys.map((key) => key.id), [...made].reverse());
    assert.deepEqual((await client.apiKeys.list(ACME, { status: 'expired' })).items.map((key) => key.id), [made[0]]);
  });

  test('refuses bad input before sending, and scopes the caller does not hold on the server', async () => {
    const { client, as, requests } = setup('owner');
    const sent = requests.length;
    const refused = await failure(client.apiKeys.create(ACME, { name: '', scopes: [], expiresAt: 'soon' }));
    assert.ok(refused instanceof ValidationError);
    assert.equal(refused.source, 'client');
    assert.deepEqual(refused.fieldErrors.map((error) => error.field).sort(), ['expiresAt', 'name', 'scopes']);
    assert.equal(requests.length, sent, 'nothing was sent');
    assert.ok(await failure(as('member').apiKeys.list(ACME)) instanceof PermissionError);
  });

  test('when the answer to a creation is lost, the retry fails instead of making a second key or replaying the secret', async () => {
    let dropped = false;
    const { client, backend } = setup('owner', {
      client: {
        fetch: async (input, init) => {
          const method = input instanceof Request ? input.method : init?.method;
          const response = await fetch(input, init);
          if (!dropped && method === 'POST') {
            dropped = true;
            throw new TypeError('connection reset after the server answered');
          }
          return response;
        },
      },
    });
    const error = await failure(client.apiKeys.create(ACME, { name: 'Lost', scopes: ['audit:view'], expiresAt: null }));
    assert.ok(error instanceof ConflictError);
    assert.equal(error.code, 'secret_already_shown');
    assert.equal(backend.store.apiKeys.size, 1, 'one key, to revoke from the list');
  });
});
