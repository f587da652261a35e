/** `client.audit.facets`: the actions and target types a workspace's log holds, to offer as filters. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PermissionError } from '../../src/sdk/index.js';
import { ACME, failure, setup, useApiServer } from './helpers.js';

useApiServer();

describe('client.audit.facets', () => {
  test('names what the log holds, each once, sorted', async () => {
    const { client } = setup('owner', { backend: { seed: { auditEntries: 500 } } });
    const facets = await client.audit.facets(ACME);
    assert.ok(facets.actions.includes('member.role_changed'));
    assert.deepEqual(facets.actions, [...new Set(facets.actions)].sort());
    assert.deepEqual(facets.targetTypes, [...new Set(facets.targetTypes)].sort());
    for (const type of facets.targetTypes) assert.equal((await client.audit.list(ACME, { targetType: type, limit: 1 })).items.length, 1, `${type} is in the log`);
  });

  test('a reader without audit:view gets the typed refusal', async () => {
    const { as } = setup('owner');
    assert.ok(await failure(as('member').audit.facets(ACME)) instanceof PermissionError);
  });
});
