import { canActOn } from '../../sdk/roles.js';
import * as s from '../../sdk/schemas/index.js';
import { accessWorkspace, notFound, requirePermission, type WorkspaceAccess } from '../access.js';
import type { Context, HandlerTable, Reply } from '../context.js';
import { listPage } from '../pagination.js';
import { ProblemError, fieldProblem } from '../problems.js';
import type { GroupRecord, MemberRecord } from '../store.js';
import { groupView } from '../views.js';
import { holder, memberPage, memberTarget } from './members.js';

const groupTarget = (group: GroupRecord) => ({ type: 'group', id: group.id, label: group.name });

function groupManager(ctx: Context): WorkspaceAccess {
  const access = accessWorkspace(ctx);
  requirePermission(access, 'groups:manage');
  return access;
}

/** The workspace's group named by the path, or 404: another workspace's group id is as unknown as a made-up one. */
function groupIn(ctx: Context, access: WorkspaceAccess): GroupRecord {
  const group = ctx.store.groups.get(ctx.param('groupId'));
  if (!group || group.workspaceId !== access.workspace.id) throw notFound('group');
  return group;
}

/** 409 when another group of the workspace has this name, whatever the case. */
function checkNameFree(ctx: Context, workspaceId: string, name: string, exceptId?: string): void {
  const wanted = name.toLowerCase();
  if (ctx.store.groupsOf(workspaceId).some((group) => group.id !== exceptId && group.name.toLowerCase() === wanted)) {
    throw new ProblemError('conflict', `A group named ${name} already exists.`);
  }
}

function groupReply(ctx: Context, group: GroupRecord): Reply {
  const count = ctx.store.memberIndex(group.workspaceId).groupCounts().get(group.id) ?? 0;
  return { body: groupView(group, count), version: group.version };
}

/** The distinct ids of a list, in the order first given. */
const distinct = (ids: readonly string[] | undefined) => [...new Set(ids ?? [])];

/**
 * `/workspaces/{id}/groups`: anyone in the workspace reads groups (members carry them as `groupIds`); creating,
 * renaming, deleting and changing who is in them needs `groups:manage`, and changing someone's groups the role
 * rule too (`canActOn`): only the owner touches the owner's groups, nobody those of someone with more rights.
 */
export const groupHandlers: HandlerTable = {
  listGroups(ctx) {
    const access = accessWorkspace(ctx);
    const query = ctx.query(s.GroupQuery);
    const needle = query.query?.trim().toLowerCase();
    const counts = ctx.store.memberIndex(access.workspace.id).groupCounts();
    // Accents and case aside first ("Édition" beside "Engineering"), then exactly, then by id: a total order the
    // cursor can resume from.
    const position = (group: s.Group) => `${group.name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()}\u0000${group.name}\u0000${group.id}`;
    const groups = ctx.store.groupsOf(access.workspace.id)
      .filter((group) => !needle || group.name.toLowerCase().includes(needle))
      .map((group) => groupView(group, counts.get(group.id) ?? 0))
      .sort((a, b) => (position(a) < position(b) ? -1 : 1));
    return { body: listPage(groups, query, position) };
  },

  getGroup(ctx) {
    return groupReply(ctx, groupIn(ctx, accessWorkspace(ctx)));
  },

  createGroup(ctx) {
    const access = groupManager(ctx);
    const { name } = ctx.body(s.GroupCreate);
    const workspaceId = access.workspace.id;
    const { groupsPerWorkspace } = ctx.state.limits;
    if (ctx.store.groupsOf(workspaceId).length >= groupsPerWorkspace) {
      throw new ProblemError('conflict', `A workspace can have at most ${groupsPerWorkspace} groups.`);
    }
    checkNameFree(ctx, workspaceId, name);
    const now = ctx.now();
    const group = ctx.store.groups.insert({ id: ctx.state.newId('grp'), workspaceId, name, createdAt: now, updatedAt: now, version: 1 });
    ctx.record('group.created', groupTarget(group), { workspaceId, after: { name } });
    return groupReply(ctx, group);
  },

  updateGroup(ctx) {
    const access = groupManager(ctx);
    const group = groupIn(ctx, access);
    ctx.checkIfMatch(group.version);
    const { name } = ctx.body(s.GroupUpdate);
    if (name !== group.name) {
      checkNameFree(ctx, group.workspaceId, name, group.id);
      ctx.record('group.renamed', groupTarget(group), { workspaceId: group.workspaceId, before: { name: group.name }, after: { name } });
      ctx.store.groups.update(group, { name, version: group.version + 1, updatedAt: ctx.now() });
    }
    return groupReply(ctx, group);
  },

  /**
   * Deleting a group takes it from everyone in it, so it follows the role rule for each of them: someone who may
   * not change the owner's groups cannot empty them by deleting the group either.
   */
  deleteGroup(ctx) {
    const access = groupManager(ctx);
    const group = groupIn(ctx, access);
    ctx.checkIfMatch(group.version);
    const inGroup = [...ctx.store.members.ofWorkspace(group.workspaceId)].filter((member) => member.groupIds.includes(group.id));
    const untouchable = inGroup.filter((member) => !canActOn(access, holder(ctx, access, member))).length;
    if (untouchable > 0) {
      throw new ProblemError('forbidden', `${untouchable} member(s) of this group have permissions you do not have, so only someone with their rights can delete it.`);
    }
    for (const member of inGroup) ctx.store.members.update(member, { groupIds: member.groupIds.filter((id) => id !== group.id) });
    ctx.store.groups.delete(group);
    ctx.record('group.deleted', groupTarget(group), { workspaceId: group.workspaceId, before: { name: group.name, memberCount: inGroup.length } });
    return {};
  },

  listGroupMembers(ctx) {
    const access = accessWorkspace(ctx);
    const group = groupIn(ctx, access);
    const query = ctx.query(s.MemberQuery);
    return { body: memberPage(ctx, access, { ...query, group: group.id }) };
  },

  /**
   * Adds and removes members in one step, with an outcome per distinct id: a member of another workspace is
   * `not_found`, like a made-up id, so ids cannot be probed across workspaces.
   */
  changeGroupMembers(ctx) {
    const access = groupManager(ctx);
    const group = groupIn(ctx, access);
    const input = ctx.body(s.GroupMembersChange);
    const add = distinct(input.add);
    const remove = distinct(input.remove);
    const both = (input.remove ?? []).findIndex((id) => add.includes(id));
    if (both >= 0) throw fieldProblem(`remove.${both}`, 'in_both_lists', 'A member cannot be added and removed at once.');

    const { workspaceId } = group;
    const change = (memberId: string, action: 'add' | 'remove'): s.GroupMemberResult => {
      const member = ctx.store.members.get(memberId);
      const user = member && ctx.store.users.get(member.userId);
      if (!member || !user || member.workspaceId !== workspaceId) return { memberId, action, outcome: 'not_found' };
      if (!canActOn(access, holder(ctx, access, member))) return { memberId, action, outcome: 'forbidden' };
      const groupIds = regroup(member, group.id, action);
      if (!groupIds) return { memberId, action, outcome: 'unchanged' };
      ctx.record('member.groups_changed', memberTarget(member, user), { workspaceId, before: { groupIds: member.groupIds }, after: { groupIds } });
      ctx.store.members.update(member, { groupIds });
      return { memberId, action, outcome: action === 'add' ? 'added' : 'removed' };
    };
    const results = [...add.map((id) => change(id, 'add')), ...remove.map((id) => change(id, 'remove'))];
    return { body: { group: groupReply(ctx, group).body, results } };
  },
};

/** The member's groups after adding or removing one, or null when that changes nothing. */
function regroup(member: MemberRecord, groupId: string, action: 'add' | 'remove'): string[] | null {
  const has = member.groupIds.includes(groupId);
  if (action === 'add') return has ? null : [...member.groupIds, groupId];
  return has ? member.groupIds.filter((id) => id !== groupId) : null;
}
