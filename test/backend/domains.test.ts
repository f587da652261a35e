import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Domain } from '../../src/sdk/schemas/index.js';
import { ACME, SEED, assertFieldError, assertProblem, setup } from './helpers.js';

const domains = (workspaceId: string) => `/workspaces/${workspaceId}/domains`;
const { verified, pending } = SEED.domains;

/** Publishes the domain's verification record where the default resolver looks. */
function publish(backend: { dns: Map<string, string[]> }, domain: Domain, records?: string[]): void {
  const record = domain.verificationRecord;
  assert.ok(record, 'the manager sees the record to publish');
  backend.dns.set(record.name, records ?? [record.value]);
}

describe('domains', () => {
  test('anyone in the workspace sees its domains; only domain managers see the record to publish', async () => {
    const { as } = setup();
    const asOwner = await as('owner').get<{ items: Domain[] }>(domains(ACME));
    assert.deepEqual(asOwner.body.items.map((domain) => [domain.hostname, domain.status]), [['acme-corp.test', 'pending'], ['acme.test', 'verified']]);
    const record = asOwner.body.items.find((domain) => domain.id === pending.id)?.verificationRecord;
    assert.deepEqual(record, { type: 'TXT', name: '_teamkit-verify.acme-corp.test', value: `teamkit-verify=${pending.token}` });
    const asViewer = await as('viewer').get<{ items: Domain[] }>(domains(ACME));
    assert.deepEqual(asViewer.body.items.map((domain) => domain.hostname), ['acme-corp.test', 'acme.test']);
    assert.ok(asViewer.body.items.every((domain) => domain.verificationRecord === null), 'no token for a viewer');
    const one = await as('member').get<Domain>(`${domains(ACME)}/${verified.id}`);
    assert.equal(one.body.verificationRecord, null);
    assert.deepEqual([one.body.purposes, one.body.autoJoinRole], [['sso', 'auto_join'], 'member']);
  });

  test('a hostname is normalised: lower case, punycode, no trailing dot', async () => {
    const { as } = setup();
    const owner = as('owner');
    const cases: [string, string][] = [['  Example.ORG.  ', 'example.org'], ['MÜNCHEN.de', 'xn--mnchen-3ya.de'], ['пример.рф', 'xn--e1afmkfd.xn--p1ai'], ['example。net', 'example.net']];
    for (const [typed, stored] of cases) {
      const added = await owner.post<Domain>(domains(ACME), { hostname: typed });
      assert.equal(added.status, 201, typed);
      assert.deepEqual([added.body.hostname, added.body.status, added.body.purposes], [stored, 'pending', []]);
      assert.match(added.body.verificationRecord?.value ?? '', /^teamkit-verify=[0-9a-f]{32}$/);
    }
  });

  test('IP addresses, wildcards, ports, paths, single labels and over-long names are refused, each with its reason', async () => {
    const { as } = setup();
    const owner = as('owner');
    const refused: [string, string][] = [
      ['127.0.0.1', 'ip_address_not_allowed'], ['0x7f.1', 'ip_address_not_allowed'], ['[::1]', 'invalid_hostname'],
      ['*.example.org', 'wildcard_not_allowed'], ['example.org:8080', 'invalid_hostname'], ['https://example.org', 'invalid_hostname'],
      ['example.org/path', 'invalid_hostname'], ['user@example.org', 'invalid_hostname'], ['localhost', 'invalid_hostname'],
      ['-bad.example.org', 'invalid_hostname'], ['a..b.org', 'invalid_hostname'], ['under_score.org', 'invalid_hostname'],
      ['example.123', 'invalid_hostname'], [`${'a'.repeat(64)}.org`, 'invalid_hostname'], ['exa%41mple.org', 'invalid_hostname'],
      ['ex ample.org', 'invalid_hostname'], ['', 'invalid_hostname'], [`${'a.'.repeat(126)}org`, 'too_big'],
    ];
    for (const [hostname, code] of refused) {
      const problem = assertFieldError(await owner.post(domains(ACME), { hostname }), 422, 'validation_failed', 'hostname');
      assert.equal(problem.errors?.[0]?.code, code, hostname);
    }
    assert.equal((await owner.get<{ items: Domain[] }>(domains(ACME))).body.items.length, 2, 'nothing stored');
  });

  test('verifying: pending, then failed with the reason, then verified once the record is there', async () => {
    const { as, backend } = setup();
    const owner = as('owner');
    const added = await owner.post<Domain>(domains(ACME), { hostname: 'example.org' });
    const verify = () => owner.post<Domain>(`${domains(ACME)}/${added.body.id}/verify`);
    const missing = await verify();
    assert.deepEqual([missing.body.status, missing.body.failureReason, missing.body.verifiedAt], ['failed', 'record_not_found', null]);
    assert.ok(missing.body.lastCheckedAt);
    publish(backend, added.body, ['v=spf1 -all', 'teamkit-verify=somebody-else']);
    const mismatch = await verify();
    assert.deepEqual([mismatch.body.status, mismatch.body.failureReason], ['failed', 'record_mismatch']);
    publish(backend, added.body, ['v=spf1 -all', added.body.verificationRecord?.value ?? '']);
    const done = await verify();
    assert.deepEqual([done.body.status, done.body.failureReason], ['verified', null]);
    assert.ok(done.body.verifiedAt);
    const again = await verify();
    assert.equal(again.body.status, 'verified', 'verifying a verified domain changes nothing');
    const actions = backend.audit.ofWorkspace(ACME, { target: added.body.id }).map((entry) => entry.action).reverse();
    assert.deepEqual(actions, ['domain.added', 'domain.verification_failed', 'domain.verification_failed', 'domain.verified']);
  });

  test('a resolver that fails or hangs is `lookup_failed`; one that finds no name is `record_not_found`', async () => {
    const outcomes: [string, () => Promise<string[]>][] = [
      ['lookup_failed', () => Promise.reject(Object.assign(new Error('SERVFAIL'), { code: 'ESERVFAIL' }))],
      ['record_not_found', () => Promise.reject(Object.assign(new Error('no such name'), { code: 'ENOTFOUND' }))],
      ['record_not_found', () => Promise.reject(Object.assign(new Error('no data'), { code: 'ENODATA' }))],
      ['lookup_failed', () => new Promise<string[]>(() => {})],
    ];
    for (const [reason, resolver] of outcomes) {
      const { as } = setup({ dnsResolver: resolver, limits: { dnsLookupTimeoutMs: 20 } });
      const checked = await as('owner').post<Domain>(`${domains(ACME)}/${pending.id}/verify`);
      assert.deepEqual([checked.body.status, checked.body.failureReason], ['failed', reason]);
    }
  });

  test('the resolver is asked for the record name only, and a host can pass its own', async () => {
    const asked: string[] = [];
    const { as } = setup({ dnsResolver: (name) => { asked.push(name); return Promise.resolve([`teamkit-verify=${pending.token}`]); } });
    const checked = await as('owner').post<Domain>(`${domains(ACME)}/${pending.id}/verify`);
    assert.equal(checked.body.status, 'verified');
    assert.deepEqual(asked, ['_teamkit-verify.acme-corp.test']);
  });

  test('purposes: set and replaced; auto-join needs the domain verified and a role', async () => {
    const { as, backend } = setup();
    const owner = as('owner');
    const path = `${domains(ACME)}/${verified.id}`;
    const read = await owner.get<Domain>(path);
    const changed = await owner.patch<Domain>(path, { purposes: ['trusted_sender', 'sso', 'sso'] }, { headers: { 'if-match': read.headers.get('etag') ?? '' } });
    assert.deepEqual([changed.body.purposes, changed.body.autoJoinRole], [['sso', 'trusted_sender'], null], 'auto-join off takes its role away');
    assert.deepEqual(backend.audit.latest('domain.updated')?.after, { purposes: ['sso', 'trusted_sender'], autoJoinRoleId: null });
    assertProblem(await owner.patch(path, { purposes: [] }, { headers: { 'if-match': read.headers.get('etag') ?? '' } }), 412, 'precondition_failed');
    assertFieldError(await owner.patch(path, { purposes: ['auto_join'] }), 422, 'validation_failed', 'autoJoinRole');
    assertFieldError(await owner.patch(path, { purposes: ['sso'], autoJoinRole: 'viewer' }), 422, 'validation_failed', 'autoJoinRole');
    assertFieldError(await owner.patch(path, { purposes: ['auto_join'], autoJoinRole: 'wizard' }), 422, 'validation_failed', 'autoJoinRole');
    assertProblem(await owner.patch(path, { purposes: ['auto_join'], autoJoinRole: 'owner' }), 403, 'forbidden');
    const autoJoin = await owner.patch<Domain>(path, { purposes: ['auto_join'], autoJoinRole: 'viewer' });
    assert.deepEqual([autoJoin.body.purposes, autoJoin.body.autoJoinRole], [['auto_join'], 'viewer']);
    assertFieldError(await owner.patch(`${domains(ACME)}/${pending.id}`, { purposes: ['auto_join'], autoJoinRole: 'member' }), 422, 'validation_failed', 'purposes');
    assert.equal((await owner.patch<Domain>(`${domains(ACME)}/${pending.id}`, { purposes: ['sso'] })).body.purposes[0], 'sso', 'other purposes need no verification');
  });

  test('auto-join gives only a role its manager could give by invitation', async () => {
    const { as } = setup();
    const owner = as('owner');
    const lead = await owner.post<{ id: string }>(`/workspaces/${ACME}/roles`, { name: 'Domain lead', permissions: ['domains:manage', 'billing:view'] });
    await owner.patch(`/workspaces/${ACME}/members/${SEED.members.acme.member}`, { role: lead.body.id });
    const mia = as('member');
    const path = `${domains(ACME)}/${verified.id}`;
    assertProblem(await mia.patch(path, { autoJoinRole: 'admin' }), 403, 'forbidden');
    assertProblem(await mia.patch(path, { autoJoinRole: SEED.roles.billingManager }), 403, 'forbidden');
    assert.equal((await mia.patch<Domain>(path, { autoJoinRole: 'viewer' })).body.autoJoinRole, 'viewer');
    assert.equal((await mia.patch<Domain>(path, { purposes: ['sso', 'auto_join', 'trusted_sender'] })).body.autoJoinRole, 'viewer', 'an unchanged role is not judged again');
  });

  test('removing a domain: gone, audited, and auto-join through it stops', async () => {
    const { as, backend } = setup();
    const owner = as('owner');
    await as('viewer').post(`/workspaces/${ACME}/leave`);
    assert.equal((await as('viewer').get<{ items: unknown[] }>('/me/joinable-workspaces')).body.items.length, 1);
    assert.equal((await owner.delete(`${domains(ACME)}/${verified.id}`)).status, 204);
    assertProblem(await owner.get(`${domains(ACME)}/${verified.id}`), 404, 'not_found');
    assert.deepEqual(backend.audit.latest('domain.removed')?.before, { hostname: 'acme.test', status: 'verified', purposes: ['sso', 'auto_join'] });
    assert.equal((await as('viewer').get<{ items: unknown[] }>('/me/joinable-workspaces')).body.items.length, 0);
    assertProblem(await as('viewer').post(`/workspaces/${ACME}/join`), 404, 'not_found');
  });

  test('a hostname is claimed once per workspace, and belongs to the one workspace that verified it', async () => {
    const { as } = setup();
    assertProblem(await as('owner').post(domains(ACME), { hostname: 'ACME-corp.test' }), 409, 'conflict');
    assertProblem(await as('globexOwner').post(domains(SEED.workspaces.globex), { hostname: 'acme.test' }), 409, 'domain_taken');
    const claim = await as('globexOwner').post<Domain>(domains(SEED.workspaces.globex), { hostname: 'acme-corp.test' });
    assert.equal(claim.status, 201, 'a pending hostname can be claimed by several workspaces');
  });

  test('a workspace has at most limits.domainsPerWorkspace domains', async () => {
    const { as, backend } = setup();
    backend.limits.domainsPerWorkspace = 3;
    assert.equal((await as('owner').post(domains(ACME), { hostname: 'three.example' })).status, 201);
    assertProblem(await as('owner').post(domains(ACME), { hostname: 'four.example' }), 409, 'conflict');
  });
});
