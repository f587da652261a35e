/** Workspace notification rules: who in the workspace is told about what; members read, admins change. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import type { NotificationRule, WorkspaceNotificationRules } from '../../src/sdk/schemas/index.js';
import { ACME, GLOBEX, SEED, assertFieldError, assertProblem, setup, type Caller } from './helpers.js';

const hostile = JSON.parse(readFileSync(new URL('../fixtures/hostile-strings.json', import.meta.url), 'utf8')) as Record<string, string[]>;
const path = (workspaceId: string) => `/workspaces/${workspaceId}/notification-rules`;
const nobody = { owner: false, admins: false, everyone: false, roleIds: [], groupIds: [] };

const put = (caller: Caller, rules: unknown[], etag?: string | null, workspaceId: string = ACME) =>
  caller.send<WorkspaceNotificationRules>('PUT', path(workspaceId), { body: { rules }, headers: etag ? { 'if-match': etag } : {} });
const ruleOf = (answer: WorkspaceNotificationRules, topic: string) => answer.rules.find((rule) => rule.topic === topic);

describe('workspace notification rules', () => {
  test('every member reads one rule per topic, defaults included, with an ETag', async () => {
    const { as } = setup();
    const read = await as('viewer').get<WorkspaceNotificationRules>(path(ACME));
    assert.equal(read.status, 200);
    assert.equal(read.headers.get('etag'), '"1"');
    assert.deepEqual(read.body.rules.map((rule) => rule.topic), read.body.topics.map((topic) => topic.id));
    assert.equal(read.body.updatedAt, null);
    assert.deepEqual(ruleOf(read.body, 'billing_receipts'), { topic: 'billing_receipts', audience: { ...nobody, owner: true }, channels: ['email'] });
  });

  test('an admin replaces them: changed topics take the new rule, left-out topics go back to the default, audited', async () => {
    const { as, backend } = setup();
    const admin = as('admin');
    const { headers } = await admin.get(path(ACME));
    const rule: NotificationRule = {
      topic: 'usage_alerts',
      audience: { ...nobody, roleIds: [SEED.roles.billingManager, SEED.roles.billingManager], groupIds: [SEED.groups.engineering] },
      channels: ['sms', 'email', 'sms'],
    };
    const saved = await put(admin, [rule], headers.get('etag'));
    assert.equal(saved.status, 200);
    assert.equal(saved.headers.get('etag'), '"2"');
    assert.deepEqual(ruleOf(saved.body, 'usage_alerts'), { ...rule, audience: { ...rule.audience, roleIds: [SEED.roles.billingManager] }, channels: ['sms', 'email'] });
    assert.ok(saved.body.updatedAt);
    const entry = backend.audit.latest();
    assert.equal(entry?.action, 'workspace.notification_rules_updated');
    assert.equal(entry?.workspaceId, ACME);
    assert.deepEqual(Object.keys(entry?.after ?? {}), ['usage_alerts'], 'only what changed is recorded');

    const reset = await put(admin, [], saved.headers.get('etag'));
    const defaults = await as('viewer').get<WorkspaceNotificationRules>(path(ACME));
    assert.deepEqual(reset.body.rules, defaults.body.rules);
    assert.notDeepEqual(ruleOf(reset.body, 'usage_alerts'), ruleOf(saved.body, 'usage_alerts'));
  });

  test('a stale ETag is refused with 412 and changes nothing', async () => {
    const { as } = setup();
    const admin = as('admin');
    const rule = { topic: 'contact_imports', audience: { ...nobody, everyone: true }, channels: ['in_app'] };
    await put(admin, [rule], '"1"');
    assertProblem(await put(admin, [{ ...rule, channels: ['email'] }], '"1"'), 412, 'precondition_failed');
    assert.deepEqual(ruleOf((await admin.get<WorkspaceNotificationRules>(path(ACME))).body, 'contact_imports')?.channels, ['in_app']);
  });

  test('two admins saving at once from the same version: one wins, the other gets 412', async () => {
    const { as } = setup();
    const rule = (channels: string[]) => ({ topic: 'campaign_completed', audience: { ...nobody, everyone: true }, channels });
    const answers = await Promise.all([put(as('admin'), [rule(['email'])], '"1"'), put(as('owner'), [rule(['in_app'])], '"1"')]);
    assert.deepEqual(answers.map((answer) => answer.status).sort(), [200, 412]);
  });

  test('needs workspace:manage to change; nobody outside the workspace even sees it', async () => {
    const { as } = setup();
    const rule = { topic: 'usage_alerts', audience: { ...nobody, everyone: true }, channels: ['email'] };
    assertProblem(await put(as('member'), [rule]), 403, 'forbidden');
    assertProblem(await put(as('viewer'), [rule]), 403, 'forbidden');
    assertProblem(await as('member').get(path(GLOBEX)), 404, 'not_found');
    assertProblem(await put(as('globexOwner'), [rule]), 404, 'not_found');
    assert.equal((await as('admin').get(path(ACME))).headers.get('etag'), '"1"');
  });

  test('refuses unknown topics, twice the same topic, channels a topic lacks, and roles or groups of another workspace', async () => {
    const { as } = setup();
    const admin = as('admin');
    const rule = { topic: 'usage_alerts', audience: nobody, channels: ['email'] };
    assertFieldError(await put(admin, [{ ...rule, topic: 'nope' }]), 422, 'validation_failed', 'rules.0.topic');
    assertFieldError(await put(admin, [rule, rule]), 422, 'validation_failed', 'rules.1.topic');
    assertFieldError(await put(admin, [{ ...rule, topic: 'billing_receipts', channels: ['email', 'sms'] }]), 422, 'validation_failed', 'rules.0.channels.1');
    assertFieldError(await put(admin, [{ ...rule, audience: { ...nobody, roleIds: ['admin', 'role_elsewhere'] } }]), 422, 'validation_failed', 'rules.0.audience.roleIds.1');
    assertFieldError(await put(admin, [{ ...rule, audience: { ...nobody, groupIds: ['grp_globex'] } }]), 422, 'validation_failed', 'rules.0.audience.groupIds.0');
    assertFieldError(await put(admin, [{ ...rule, channels: ['fax'] }]), 422, 'validation_failed', 'rules.0.channels.0');
    assert.equal((await admin.get(path(ACME))).headers.get('etag'), '"1"', 'nothing was saved');
  });

  test('hostile and oversized ids are refused as fields, never stored', async () => {
    const { as } = setup();
    const admin = as('admin');
    const rule = { topic: 'usage_alerts', audience: nobody, channels: ['email'] };
    for (const text of [...(hostile.markup ?? []), ...(hostile.control ?? [])]) {
      assertProblem(await put(admin, [{ ...rule, audience: { ...nobody, groupIds: [text] } }]), 422, 'validation_failed');
      assertProblem(await put(admin, [{ ...rule, topic: text }]), 422, 'validation_failed');
    }
    assertFieldError(await put(admin, [{ ...rule, audience: { ...nobody, roleIds: ['x'.repeat(201)] } }]), 422, 'validation_failed', 'rules.0.audience.roleIds.0');
    assertFieldError(await put(admin, [{ ...rule, audience: { ...nobody, groupIds: Array.from({ length: 101 }, () => SEED.groups.sales) } }]), 422, 'validation_failed', 'rules.0.audience.groupIds');
    assertFieldError(await put(admin, Array.from({ length: 51 }, () => rule)), 422, 'validation_failed', 'rules');
    assert.equal((await admin.get(path(ACME))).headers.get('etag'), '"1"');
  });

  test('a role or group deleted after it was chosen drops out of the rule', async () => {
    const { as, backend } = setup();
    const owner = as('owner');
    await put(owner, [{ topic: 'usage_alerts', audience: { ...nobody, roleIds: [SEED.roles.billingManager], groupIds: [SEED.groups.sales] }, channels: ['email'] }]);
    const sales = backend.store.groups.get(SEED.groups.sales);
    assert.ok(sales);
    backend.store.groups.delete(sales);
    const read = await owner.get<WorkspaceNotificationRules>(path(ACME));
    assert.deepEqual(ruleOf(read.body, 'usage_alerts')?.audience, { ...nobody, roleIds: [SEED.roles.billingManager], groupIds: [] });
  });

  test('deleting the workspace deletes its rules', async () => {
    const { as, backend } = setup();
    const owner = as('owner');
    await put(owner, [], null, SEED.workspaces.labs);
    assert.ok(backend.store.notificationRules.get(SEED.workspaces.labs));
    await owner.delete(`/workspaces/${SEED.workspaces.labs}`, { confirmation: 'Acme Labs' });
    assert.equal(backend.store.notificationRules.get(SEED.workspaces.labs), undefined);
  });
});
