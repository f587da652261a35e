import * as z from 'zod/mini';
import { canActOn, type RoleHolder } from '../../sdk/roles.js';
import * as s from '../../sdk/schemas/index.js';
import {
  accessWorkspace, findRole, grantableRole, notFound, requireOwner, requirePermission, type WorkspaceAccess,
} from '../access.js';
import type { Context, HandlerTable } from '../context.js';
import { DEFAULT_PAGE_SIZE, decodeCursor, encodeCursor, invalidCursor } from '../pagination.js';
import { ProblemError, fieldProblem } from '../problems.js';
import type { MemberRecord, UserRecord } from '../store.js';
import { memberView } from '../views.js';
import { workspaceReply } from './workspaces.js';

const MemberCursor = z.object({ sort: s.MemberSort, key: z.string(), id: z.string() });

function memberIn(ctx: Context, workspaceId: string, memberId: string): { member: MemberRecord; user: UserRecord } {
  const member = ctx.store.members.get(memberId);
  const user = member && ctx.store.users.get(member.userId);
  if (!member || !user || member.workspaceId !== workspaceId) throw notFound('member');
  return { member, user };
}

export const memberTarget = (member: MemberRecord, user: UserRecord) => ({ type: 'member', id: member.id, label: user.email });

/** `target` as the role rule sees them: their role and what it grants (unknown when the role is gone). */
export function holder(ctx: Context, access: WorkspaceAccess, target: MemberRecord): RoleHolder {
  return { role: target.roleId, permissions: findRole(ctx.store, access.workspace.id, target.roleId)?.permissions };
}

/**
 * 403 unless the caller may act on `target` (`canActOn`): nobody but the owner acts on someone whose role holds
 * permissions the caller lacks. 409 `last_owner` when the target is the owner, who must stay.
 */
function guardTarget(access: WorkspaceAccess, ctx: Context, target: MemberRecord, doing: string): void {
  if (target.roleId === 'owner') {
    throw new ProblemError('last_owner', `The owner cannot be ${doing}. Transfer ownership first.`);
  }
  if (!canActOn(access, holder(ctx, access, target))) {
    throw new ProblemError('forbidden', 'This member has permissions you do not have.');
  }
}

/**
 * 403 unless the caller may change `target`'s groups — the same rule as for roles, since groups carry access:
 * only the owner touches the owner's groups, and nobody but the owner acts on someone whose role holds
 * permissions the caller lacks.
 */
function guardGroupTarget(access: WorkspaceAccess, ctx: Context, target: MemberRecord): void {
  if (canActOn(access, holder(ctx, access, target))) return;
  throw new ProblemError('forbidden', target.roleId === 'owner'
    ? "Only the owner can change the owner's groups."
    : 'This member has permissions you do not have.');
}

/** A page of the workspace's members as the query asks: searched, filtered (by `query.group` too) and sorted. */
export function memberPage(ctx: Context, access: WorkspaceAccess, query: s.MemberQuery): s.Page<s.Member> {
  const sort = query.sort ?? 'name';
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, MemberCursor);
  if (after && after.sort !== sort) throw invalidCursor();
  const filter = { query: query.query, role: query.role, group: query.group, status: query.status };
  const page = ctx.store.memberIndex(access.workspace.id).page(sort, filter, after, query.limit ?? DEFAULT_PAGE_SIZE);
  return {
    items: page.rows.map((row) => memberView(ctx.store, row.member, row.user, ctx.user.id)),
    nextCursor: page.next && encodeCursor({ sort, ...page.next }),
    total: page.total,
  };
}

/** `/workspaces/{id}/members`, leaving and transferring ownership. */
export const memberHandlers: HandlerTable = {
  listMembers(ctx) {
    const access = accessWorkspace(ctx);
    return { body: memberPage(ctx, access, ctx.query(s.MemberQuery)) };
  },

  getMyMembership(ctx) {
    const access = accessWorkspace(ctx);
    const permissions = s.PERMISSION_KEYS.filter((permission) => access.permissions.has(permission));
    const member = memberView(ctx.store, access.member, ctx.user, ctx.user.id);
    return { body: { member, role: access.member.roleId, isOwner: access.isOwner, permissions } };
  },

  getMember(ctx) {
    const access = accessWorkspace(ctx);
    const { member, user } = memberIn(ctx, access.workspace.id, ctx.param('memberId'));
    return { body: memberView(ctx.store, member, user, ctx.user.id) };
  },

  updateMember(ctx) {
    const access = accessWorkspace(ctx);
    requirePermission(access, 'members:manage');
    const { member, user } = memberIn(ctx, access.workspace.id, ctx.param('memberId'));
    const input = ctx.body(s.MemberUpdate);
    const workspaceId = access.workspace.id;
    // Every check first, against the member as they are now; then every change. A refused part changes nothing.
    const newRole = input.role !== undefined && input.role !== member.roleId ? input.role : undefined;
    if (newRole !== undefined) {
      guardTarget(access, ctx, member, 'demoted');
      grantableRole(ctx, access, newRole);
    }
    let groupIds: string[] | undefined;
    if (input.groupIds !== undefined) {
      guardGroupTarget(access, ctx, member);
      const groups = new Set(ctx.store.groupsOf(workspaceId).map((group) => group.id));
      const unknown = input.groupIds.findIndex((groupId) => !groups.has(groupId));
      if (unknown >= 0) throw fieldProblem(`groupIds.${unknown}`, 'unknown_group', `There is no such group in ${access.workspace.name}.`);
      groupIds = [...new Set(input.groupIds)];
    }
    if (newRole !== undefined) {
      ctx.record('member.role_changed', memberTarget(member, user), { workspaceId, before: { role: member.roleId }, after: { role: newRole } });
      ctx.store.members.update(member, { roleId: newRole });
    }
    if (groupIds !== undefined) {
      ctx.record('member.groups_changed', memberTarget(member, user), { workspaceId, before: { groupIds: member.groupIds }, after: { groupIds } });
      ctx.store.members.update(member, { groupIds });
    }
    return { body: memberView(ctx.store, member, user, ctx.user.id) };
  },

  removeMember(ctx) {
    const access = accessWorkspace(ctx);
    requirePermission(access, 'members:manage');
    const { member, user } = memberIn(ctx, access.workspace.id, ctx.param('memberId'));
    guardTarget(access, ctx, member, 'removed');
    ctx.store.members.delete(member);
    excludeFromAutoJoin(ctx, access.workspace.id, member.userId);
    ctx.record('member.removed', memberTarget(member, user), { workspaceId: access.workspace.id, before: { role: member.roleId } });
    return {};
  },

  leaveWorkspace(ctx) {
    const access = accessWorkspace(ctx);
    if (access.isOwner) throw new ProblemError('last_owner', 'The owner cannot leave. Transfer ownership first.');
    ctx.store.members.delete(access.member);
    ctx.record('member.left', memberTarget(access.member, ctx.user), { workspaceId: access.workspace.id, before: { role: access.member.roleId } });
    return {};
  },

  transferOwnership(ctx) {
    const access = accessWorkspace(ctx);
    requireOwner(access, 'transfer ownership');
    const { memberId } = ctx.body(s.OwnershipTransfer);
    const { member: heir, user } = memberIn(ctx, access.workspace.id, memberId);
    if (heir.id === access.member.id) throw fieldProblem('memberId', 'already_owner', 'You already own this workspace.');
    if (heir.status !== 'active') throw fieldProblem('memberId', 'not_active', 'Only an active member can become the owner.');
    const { workspace } = access;
    ctx.record('workspace.ownership_transferred', memberTarget(heir, user), {
      workspaceId: workspace.id,
      before: { ownerId: ctx.user.id, newOwnerRole: heir.roleId },
      after: { ownerId: user.id, previousOwnerRole: 'admin' },
    });
    ctx.store.members.update(access.member, { roleId: 'admin' });
    ctx.store.members.update(heir, { roleId: 'owner' });
    ctx.store.workspaces.update(workspace, { version: workspace.version + 1, updatedAt: ctx.now() });
    ctx.state.outbox.send({
      to: user.email,
      kind: 'ownership_transferred',
      channel: 'email',
      subject: `You now own ${workspace.name}`,
      text: `${ctx.user.name} made you the owner of ${workspace.name}. You can now delete it or transfer it to someone else; ${ctx.user.name} stays as an admin.`,
    });
    return workspaceReply(ctx, { ...access, isOwner: false });
  },
};

/** Someone an admin removed may not come back through auto-join; an invitation still brings them back. */
function excludeFromAutoJoin(ctx: Context, workspaceId: string, userId: string): void {
  const excluded = ctx.store.autoJoinExclusions.get(workspaceId) ?? new Set<string>();
  excluded.add(userId);
  ctx.store.autoJoinExclusions.set(workspaceId, excluded);
}
