/**
 * Domains as an attacker tries them: racing another workspace to a hostname, guessing domain ids across
 * workspaces, hostile strings as hostnames, fishing for the verification token, and the world changing while the
 * DNS look-up — the handler's one wait — is under way (the resolver below changes the store mid-look-up, as a
 * concurrent request would on a host without a write queue).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import type { Domain } from '../../src/sdk/schemas/index.js';
import type { DnsResolver } from '../../src/backend/index.js';
import { ACME, GLOBEX, SEED, assertProblem, setup } from './helpers.js';

const domains = (workspaceId: string) => `/workspaces/${workspaceId}/domains`;
const { pending, verified } = SEED.domains;
const fixture = JSON.parse(readFileSync(new URL('../fixtures/hostile-strings.json', import.meta.url), 'utf8')) as Record<string, string[]>;

describe('attack: racing for a hostname', () => {
  test('two workspaces verifying one hostname at once: one owns it, the other is told it is taken', async () => {
    const { as, backend } = setup();
    const theirs = await as('globexOwner').post<Domain>(domains(GLOBEX), { hostname: pending.hostname });
    const ours = await as('owner').get<Domain>(`${domains(ACME)}/${pending.id}`);
    // Both records are published: each workspace really controls a record there.
    backend.dns.set(`_teamkit-verify.${pending.hostname}`, [ours.body.verificationRecord?.value ?? '', theirs.body.verificationRecord?.value ?? '']);
    const answers = await Promise.all([
      as('owner').post<Domain>(`${domains(ACME)}/${pending.id}/verify`),
      as('globexOwner').post<Domain>(`${domains(GLOBEX)}/${theirs.body.id}/verify`),
    ]);
    assert.deepEqual(answers.map((answer) => answer.status).sort(), [200, 409]);
    const owners = [...backend.store.domains.all()].filter((domain) => domain.hostname === pending.hostname && domain.status === 'verified');
    assert.equal(owners.length, 1);
  });

  test('five adds of one hostname in different cases: one domain', async () => {
    const { as, backend } = setup();
    const owner = as('owner');
    const answers = await Promise.all(['new.example', 'NEW.example', 'New.Example.', 'new.EXAMPLE', 'new.example'].map((hostname) => owner.post(domains(ACME), { hostname })));
    assert.deepEqual(answers.map((answer) => answer.status).sort(), [201, 409, 409, 409, 409]);
    assert.equal(backend.store.domains.ofWorkspace(ACME).filter((domain) => domain.hostname === 'new.example').length, 1);
  });
});

describe('attack: guessing and fishing', () => {
  test("another workspace's domain id is not found through this workspace's path, whatever the verb", async () => {
    const { as, backend } = setup();
    const gloria = as('globexAdmin');
    const path = `${domains(GLOBEX)}/${verified.id}`;
    assertProblem(await gloria.get(path), 404, 'not_found');
    assertProblem(await gloria.patch(path, { purposes: [] }), 404, 'not_found');
    assertProblem(await gloria.post(`${path}/verify`), 404, 'not_found');
    assertProblem(await gloria.delete(path), 404, 'not_found');
    assert.deepEqual(backend.store.domains.get(verified.id)?.purposes, ['sso', 'auto_join']);
  });

  test('the verification token reaches domain managers only: not members, not the audit log', async () => {
    const { as, backend } = setup();
    const added = await as('owner').post<Domain>(domains(ACME), { hostname: 'secret.example' });
    const token = backend.store.domains.get(added.body.id)?.token ?? assert.fail('no token');
    for (const who of ['member', 'viewer', 'billing'] as const) {
      const seen = JSON.stringify([(await as(who).get(domains(ACME))).body, (await as(who).get(`${domains(ACME)}/${added.body.id}`)).body]);
      assert.ok(!seen.includes(token), who);
    }
    assert.ok(!JSON.stringify(backend.audit.entries).includes(token));
  });

  test('hostile strings are no hostnames; nothing is stored', async () => {
    const { as, backend } = setup();
    const hostile = [...(fixture.markup ?? []), ...(fixture.csv_formula ?? []), ...(fixture.control ?? []), ...(fixture.long ?? []), ...(fixture.urls_invalid ?? [])];
    for (const hostname of hostile) {
      assert.equal((await as('owner').post(domains(ACME), { hostname })).status, 422, JSON.stringify(hostname));
    }
    assert.equal(backend.store.domains.ofWorkspace(ACME).length, 2);
  });

  test("a workspace's checks are throttled across all its domains", async () => {
    const lookups: string[] = [];
    const dnsResolver: DnsResolver = (name) => {
      lookups.push(name);
      return Promise.resolve([]);
    };
    const { as } = setup({ dnsResolver, limits: { domainChecksPerWorkspace: { limit: 2, windowMs: 60 * 60 * 1000 } } });
    const owner = as('owner');
    const extra = await owner.post<Domain>(domains(ACME), { hostname: 'third.example' });
    assert.equal((await owner.post(`${domains(ACME)}/${pending.id}/verify`)).status, 200);
    assert.equal((await owner.post(`${domains(ACME)}/${extra.body.id}/verify`)).status, 200);
    const limited = await owner.post(`${domains(ACME)}/${pending.id}/verify`);
    assertProblem(limited, 429, 'rate_limited');
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
    assert.equal(lookups.length, 2, 'a refused check asks DNS nothing');
  });
});

describe('attack: the world changes during the DNS look-up', () => {
  /** A resolver that answers the right record after running `meanwhile` on the backend. */
  function changing(meanwhile: () => void): DnsResolver {
    return () => {
      meanwhile();
      return Promise.resolve([`teamkit-verify=${pending.token}`]);
    };
  }

  test('the domain removed meanwhile is not brought back as verified', async () => {
    const t = setup({ dnsResolver: changing(() => {
      const domain = t.backend.store.domains.get(pending.id);
      if (domain) t.backend.store.domains.delete(domain);
    }) });
    assertProblem(await t.as('owner').post(`${domains(ACME)}/${pending.id}/verify`), 404, 'not_found');
    assert.equal(t.backend.store.domains.get(pending.id), undefined);
  });

  test('the caller removed from the workspace meanwhile verifies nothing', async () => {
    const t = setup({ dnsResolver: changing(() => {
      const adam = t.backend.store.members.get(SEED.members.acme.admin);
      if (adam) t.backend.store.members.delete(adam);
    }) });
    assertProblem(await t.as('admin').post(`${domains(ACME)}/${pending.id}/verify`), 404, 'not_found');
    assert.equal(t.backend.store.domains.get(pending.id)?.status, 'pending');
  });

  test('the caller demoted meanwhile verifies nothing', async () => {
    const t = setup({ dnsResolver: changing(() => {
      const adam = t.backend.store.members.get(SEED.members.acme.admin);
      if (adam) t.backend.store.members.update(adam, { roleId: 'viewer' });
    }) });
    assertProblem(await t.as('admin').post(`${domains(ACME)}/${pending.id}/verify`), 403, 'forbidden');
    assert.equal(t.backend.store.domains.get(pending.id)?.status, 'pending');
  });

  test('another workspace verifying the hostname meanwhile takes it', async () => {
    const t = setup({ dnsResolver: changing(() => {
      const now = t.clock.now().toISOString();
      t.backend.store.domains.insert({
        id: 'dom_globex_rival', workspaceId: GLOBEX, hostname: pending.hostname, token: 'rival', status: 'verified', failureReason: null,
        purposes: [], autoJoinRoleId: null, lastCheckedAt: now, verifiedAt: now, createdAt: now, updatedAt: now, version: 1,
      });
    }) });
    assertProblem(await t.as('owner').post(`${domains(ACME)}/${pending.id}/verify`), 409, 'domain_taken');
    assert.equal(t.backend.store.domains.get(pending.id)?.status, 'pending');
  });
});
