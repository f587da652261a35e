/**
 * Groups as an attacker tries them: a group manager reaching above their rights through groups, ids guessed
 * across workspaces, and parallel requests against every invariant (unique names, one version wins, no member
 * left holding a deleted group).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Group, GroupMembersChanged, Member, Page } from '../../src/sdk/schemas/index.js';
import { ACME, GLOBEX, LABS, SEED, assertProblem, members, setup, type TestBackend } from './helpers.js';

const groups = (workspaceId: string) => `/workspaces/${workspaceId}/groups`;
const { acme } = SEED.members;

/** Mia (a member) becomes a "Group lead": groups:manage and nothing else. */
async function groupLead(t: TestBackend) {
  const role = await t.as('owner').post<{ id: string }>(`/workspaces/${ACME}/roles`, { name: 'Group lead', permissions: ['groups:manage'] });
  await t.as('owner').patch(`${members(ACME)}/${acme.member}`, { role: role.body.id });
  return t.as('member');
}

const outcomes = (answer: { body: GroupMembersChanged }) => answer.body.results.map((result) => result.outcome);

describe('attack: reaching above one’s rights through groups', () => {
  test('a group lead changes the groups of people within their rights only', async () => {
    const t = setup();
    const lead = await groupLead(t);
    const path = `${groups(ACME)}/${SEED.groups.sales}/members`;
    const answer = await lead.post<GroupMembersChanged>(path, { add: [acme.viewer, acme.owner, acme.admin, acme.billing] });
    assert.deepEqual(outcomes(answer), ['added', 'forbidden', 'forbidden', 'forbidden']);
    const removal = await lead.post<GroupMembersChanged>(`${groups(ACME)}/${SEED.groups.engineering}/members`, { remove: [acme.admin] });
    assert.deepEqual(outcomes(removal), ['forbidden']);
    const engineering = await lead.get<Page<Member>>(`${groups(ACME)}/${SEED.groups.engineering}/members?limit=200`);
    assert.ok(engineering.body.items.some((member) => member.id === acme.admin), 'the admin is still in Engineering');
  });

  test('nobody empties the groups of someone above them by deleting the group', async () => {
    const t = setup();
    const lead = await groupLead(t);
    assertProblem(await lead.delete(`${groups(ACME)}/${SEED.groups.engineering}`), 403, 'forbidden');
    assert.equal((await lead.get(`${groups(ACME)}/${SEED.groups.engineering}`)).status, 200);

    const admin = t.as('admin');
    const owner = t.as('owner');
    const added = await owner.post<GroupMembersChanged>(`${groups(ACME)}/${SEED.groups.sales}/members`, { add: [acme.owner] });
    assert.deepEqual(outcomes(added), ['added'], "the owner changes the owner's groups");
    assert.deepEqual(outcomes(await admin.post<GroupMembersChanged>(`${groups(ACME)}/${SEED.groups.sales}/members`, { remove: [acme.owner] })), ['forbidden']);
    assertProblem(await admin.delete(`${groups(ACME)}/${SEED.groups.sales}`), 403, 'forbidden');
    assert.equal((await owner.delete(`${groups(ACME)}/${SEED.groups.sales}`)).status, 204);
  });

  test("a group of people within the lead's rights can be deleted by the lead", async () => {
    const t = setup();
    const lead = await groupLead(t);
    const made = await lead.post<Group>(groups(ACME), { name: 'Readers' });
    await lead.post(`${groups(ACME)}/${made.body.id}/members`, { add: [acme.viewer] });
    assert.equal((await lead.delete(`${groups(ACME)}/${made.body.id}`)).status, 204);
  });
});

describe('attack: guessing ids across workspaces', () => {
  test("another workspace's group is not found through this workspace's path", async () => {
    const { as } = setup();
    const labsGroup = await as('owner').post<Group>(groups(LABS), { name: 'Lab rats' });
    const adam = as('admin');
    const path = `${groups(ACME)}/${labsGroup.body.id}`;
    assertProblem(await adam.get(path), 404, 'not_found');
    assertProblem(await adam.patch(path, { name: 'Mine now' }), 404, 'not_found');
    assertProblem(await adam.delete(path), 404, 'not_found');
    assertProblem(await adam.get(`${path}/members`), 404, 'not_found');
    assertProblem(await adam.post(`${path}/members`, { add: [acme.viewer] }), 404, 'not_found');
    assert.equal((await as('owner').get<Group>(`${groups(LABS)}/${labsGroup.body.id}`)).body.name, 'Lab rats');
  });

  test("another workspace's members are not found, and a workspace one is not in does not exist", async () => {
    const { as } = setup();
    const answer = await as('admin').post<GroupMembersChanged>(`${groups(ACME)}/${SEED.groups.sales}/members`, {
      add: [SEED.members.globex.admin, SEED.members.labs.owner, SEED.members.globex.olivia],
    });
    assert.deepEqual(outcomes(answer), ['not_found', 'not_found', 'not_found']);
    assertProblem(await as('admin').get(groups(GLOBEX)), 404, 'not_found');
    assertProblem(await as('globexAdmin').post(groups(ACME), { name: 'Spies' }), 404, 'not_found');
    assertProblem(await as('globexAdmin').get(`${groups(ACME)}/${SEED.groups.sales}/members`), 404, 'not_found');
  });
});

describe('attack: parallel requests against the group invariants', () => {
  test('five creates of one name in different cases: one group', async () => {
    const { as } = setup();
    const admin = as('admin');
    const answers = await Promise.all(['Ops', 'OPS', 'ops', 'oPs', 'Ops'].map((name) => admin.post(groups(ACME), { name })));
    assert.deepEqual(answers.map((answer) => answer.status).sort(), [201, 409, 409, 409, 409]);
    const listed = await admin.get<Page<Group>>(`${groups(ACME)}?query=ops`);
    assert.equal(listed.body.total, 1);
  });

  test('five renames against one version: one wins, four are told it changed', async () => {
    const { as } = setup();
    const admin = as('admin');
    const path = `${groups(ACME)}/${SEED.groups.sales}`;
    const etag = (await admin.get(path)).headers.get('etag') ?? '';
    const answers = await Promise.all([1, 2, 3, 4, 5].map((n) => admin.patch(path, { name: `Sales ${n}` }, { headers: { 'if-match': etag } })));
    assert.deepEqual(answers.map((answer) => answer.status).sort(), [200, 412, 412, 412, 412]);
  });

  test('adding people while the group is deleted never leaves anyone holding a deleted group', async () => {
    const { as, backend } = setup();
    const admin = as('admin');
    const owner = as('owner');
    const path = `${groups(ACME)}/${SEED.groups.sales}`;
    const answers = await Promise.all([
      admin.post(`${path}/members`, { add: [acme.viewer] }),
      owner.delete(path),
      admin.post(`${path}/members`, { add: ['mem_acme_jose_alvarez', 'mem_acme_li_wei'] }),
      owner.patch(`${members(ACME)}/${acme.billing}`, { groupIds: [SEED.groups.sales] }),
    ]);
    assert.equal(answers[1]?.status, 204);
    for (const answer of answers) assert.ok([200, 204, 404, 422].includes(answer.status), `${answer.status}`);
    const holding = [...backend.store.members.ofWorkspace(ACME)].filter((member) => member.groupIds.includes(SEED.groups.sales));
    assert.deepEqual(holding, []);
  });

  test('parallel adds and removes of the same people: the counts and the audit log match what changed', async () => {
    const { as, backend } = setup();
    const admin = as('admin');
    const path = `${groups(ACME)}/${SEED.groups.sales}/members`;
    const people = [acme.viewer, 'mem_acme_jose_alvarez', 'mem_acme_li_wei'];
    const answers = await Promise.all([
      admin.post<GroupMembersChanged>(path, { add: people }),
      admin.post<GroupMembersChanged>(path, { remove: people }),
      admin.post<GroupMembersChanged>(path, { add: people }),
    ]);
    const changes = answers.flatMap((answer) => answer.body.results).filter((result) => result.outcome !== 'unchanged').length;
    assert.equal(backend.audit.ofWorkspace(ACME, { action: 'member.groups_changed' }).length, changes);
    const sales = await admin.get<Group>(`${groups(ACME)}/${SEED.groups.sales}`);
    const inSales = [...backend.store.members.ofWorkspace(ACME)].filter((member) => member.groupIds.includes(SEED.groups.sales)).length;
    assert.equal(sales.body.memberCount, inSales);
    for (const member of backend.store.members.ofWorkspace(ACME)) assert.equal(new Set(member.groupIds).size, member.groupIds.length, 'no group twice');
  });
});
