/**
 * Running a workspace: the create limit known before anyone types, the website and industry as typed, handing
 * ownership over (the new owner is told; exactly one owner whatever runs at the same time), leaving as the owner.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { INDUSTRIES, type Page, type Workspace, type WorkspaceQuota } from '../../src/sdk/schemas/index.js';
import { ACME, SEED, assertFieldError, assertProblem, members, setup } from './helpers.js';

describe('the workspace quota', () => {
  test('says how many the caller owns, the limit of their plan, and whether one more is possible', async () => {
    const { as } = setup();
    const olivia = await as('owner').get<WorkspaceQuota>('/me/workspace-quota');
    assert.deepEqual(olivia.body, { owned: 2, limit: 10, plan: 'pro', canCreate: true, reason: null });
    const mia = await as('member').get<WorkspaceQuota>('/me/workspace-quota');
    assert.deepEqual(mia.body, { owned: 0, limit: 1, plan: 'free', canCreate: true, reason: null });
  });

  test('tells the reason before the refusal, and the refusal agrees', async () => {
    const { as, backend } = setup();
    const mia = as('member');
    assert.equal((await mia.post('/workspaces', { name: 'Mia & Co' })).status, 201);
    const free = await mia.get<WorkspaceQuota>('/me/workspace-quota');
    assert.deepEqual(free.body, { owned: 1, limit: 1, plan: 'free', canCreate: false, reason: 'plan_required' });
    assertProblem(await mia.post('/workspaces', { name: 'Second' }), 402, 'plan_required');

    backend.limits.workspacesPerAccount = 2;
    const olivia = await as('owner').get<WorkspaceQuota>('/me/workspace-quota');
    assert.deepEqual(olivia.body, { owned: 2, limit: 2, plan: 'pro', canCreate: false, reason: 'workspace_limit_reached' });
    assertProblem(await as('owner').post('/workspaces', { name: 'Third' }), 409, 'workspace_limit_reached');
  });

  test('parallel creates never pass the limit the quota announced', async () => {
    const { as } = setup();
    const olivia = as('owner');
    const quota = (await olivia.get<WorkspaceQuota>('/me/workspace-quota')).body;
    const answers = await Promise.all(Array.from({ length: 12 }, (_, n) => olivia.post('/workspaces', { name: `Rush ${n}` })));
    assert.equal(answers.filter((answer) => answer.status === 201).length, quota.limit - quota.owned);
    assert.deepEqual((await olivia.get<WorkspaceQuota>('/me/workspace-quota')).body.reason, 'workspace_limit_reached');
  });
});

describe('website and industry', () => {
  test('a website is stored normalised: https:// added, host in lower case, no lone trailing slash', async () => {
    const { as } = setup();
    const owner = as('owner');
    const cases: [string, string][] = [
      ['acme.example', 'https://acme.example'], ['  ACME.example/  ', 'https://acme.example'], ['http://Acme.example/About?x=1#y', 'http://acme.example/About?x=1#y'],
      ['münchen.example/über', 'https://xn--mnchen-3ya.example/%C3%BCber'], ['HTTPS://www.acme.example:8443/', 'https://www.acme.example:8443'],
    ];
    for (const [typed, stored] of cases) {
      const answer = await owner.patch<Workspace>(`/workspaces/${ACME}`, { website: typed });
      assert.equal(answer.body.website, stored, typed);
    }
    assert.equal((await owner.patch<Workspace>(`/workspaces/${ACME}`, { website: null })).body.website, null);
  });

  test('anything that is not a web address is refused, and nothing changes', async () => {
    const { as } = setup();
    const owner = as('owner');
    const refused = ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'mailto:x@acme.example', 'ftp://acme.example', 'https://user:pw@acme.example',
      'localhost', 'https://', 'acme', 'a b.example', `https://acme.example/${'a'.repeat(2048)}`, '<script>x</script>'];
    for (const website of refused) {
      assertFieldError(await owner.patch(`/workspaces/${ACME}`, { website }), 422, 'validation_failed', 'website');
    }
    assert.equal((await owner.get<Workspace>(`/workspaces/${ACME}`)).body.website, 'https://acme.test');
  });

  test('industry: one of the documented keys, or free single-line text', async () => {
    const { as } = setup();
    const owner = as('owner');
    assert.ok(INDUSTRIES.includes('software'));
    assert.equal((await owner.patch<Workspace>(`/workspaces/${ACME}`, { industry: 'software' })).body.industry, 'software');
    assert.equal((await owner.patch<Workspace>(`/workspaces/${ACME}`, { industry: ' Rocket science ' })).body.industry, 'Rocket science');
    assertFieldError(await owner.patch(`/workspaces/${ACME}`, { industry: 'Rockets\nand more' }), 422, 'validation_failed', 'industry');
    assert.equal((await owner.get<Workspace>(`/workspaces/${ACME}`)).body.industry, 'Rocket science');
  });
});

describe('ownership', () => {
  test('the new owner is told by mail, and the old one becomes an admin', async () => {
    const { as, backend } = setup();
    const answer = await as('owner').post<Workspace>(`/workspaces/${ACME}/transfer-ownership`, { memberId: SEED.members.acme.admin });
    assert.equal(answer.body.role, 'admin');
    const mail = backend.outbox.latest(SEED.users.admin.email, 'ownership_transferred');
    assert.ok(mail, 'Adam got a mail');
    assert.match(mail.subject, /Acme Inc\./);
    assert.match(mail.text, /Olivia Owner/);
    assert.equal(backend.outbox.latest(SEED.users.owner.email, 'ownership_transferred'), undefined);
  });

  test('the owner cannot leave, and is told to transfer first', async () => {
    const { as } = setup();
    const problem = assertProblem(await as('owner').post(`/workspaces/${ACME}/leave`), 409, 'last_owner');
    assert.match(problem.detail ?? '', /transfer ownership/i);
  });

  test('transfer, leave and remove at once: exactly one owner, and it is an active member', async () => {
    for (let round = 0; round < 5; round++) {
      const { as, backend } = setup();
      const olivia = as('owner');
      const adam = as('admin');
      const requests = [
        () => olivia.post(`/workspaces/${ACME}/transfer-ownership`, { memberId: SEED.members.acme.admin }),
        () => adam.post(`/workspaces/${ACME}/leave`),
        () => olivia.delete(`${members(ACME)}/${SEED.members.acme.admin}`),
        () => adam.delete(`${members(ACME)}/${SEED.members.acme.owner}`),
        () => olivia.post(`/workspaces/${ACME}/leave`),
      ];
      // A different order each round: the rule must hold for any interleaving.
      await Promise.all(requests.map((_, index) => requests[(index + round) % requests.length]?.()));
      const owners = [...backend.store.members.ofWorkspace(ACME)].filter((member) => member.roleId === 'owner');
      assert.equal(owners.length, 1, `round ${round}`);
      assert.equal(owners[0]?.status, 'active');
      const listed = await as(owners[0]?.userId === SEED.users.admin.id ? 'admin' : 'owner').get<Page<Workspace>>('/workspaces');
      assert.ok(listed.body.items.some((workspace) => workspace.id === ACME && workspace.role === 'owner'));
    }
  });
});
