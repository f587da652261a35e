import type * as s from '../../sdk/schemas/index.js';
import { findRole, notFound } from '../access.js';
import type { Context, HandlerTable } from '../context.js';
import { BUILT_IN_ROLE_DEFINITIONS, isBuiltInRole } from '../permissions.js';
import { ProblemError } from '../problems.js';
import { hasFreeSeat } from '../seats.js';
import type { DomainRecord, UserRecord, WorkspaceRecord } from '../store.js';
import { memberTarget } from './members.js';
import { workspaceReply } from './workspaces.js';

/** The domain part of an address, lower case (addresses the contract accepts are ASCII already). */
const domainOf = (email: string) => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

interface AutoJoin {
  workspace: WorkspaceRecord;
  domain: DomainRecord;
  roleId: string;
}

/**
 * The workspace whose verified auto-join domain is the domain of `user`'s address, with the role it gives; only one
 * workspace can have verified a domain. Whether the user may use it (a verified address, not a member, not removed
 * by an admin) is for the caller to check.
 */
function autoJoinOf(ctx: Context, user: UserRecord): AutoJoin | undefined {
  const domain = ctx.store.domains.verified(domainOf(user.email));
  const workspace = domain && ctx.store.workspaces.get(domain.workspaceId);
  const roleId = domain?.purposes.includes('auto_join') ? domain.autoJoinRoleId : null;
  if (!domain || !workspace || !roleId || roleId === 'owner' || !findRole(ctx.store, workspace.id, roleId)) return undefined;
  return { workspace, domain, roleId };
}

const removedByAdmin = (ctx: Context, workspaceId: string, userId: string) => ctx.store.autoJoinExclusions.get(workspaceId)?.has(userId) ?? false;

function roleName(ctx: Context, roleId: string): string {
  return isBuiltInRole(roleId) ? BUILT_IN_ROLE_DEFINITIONS[roleId].name : (ctx.store.roles.get(roleId)?.name ?? roleId);
}

/**
 * Auto-join: someone whose *verified* address is at a workspace's verified auto-join domain may join it, as the
 * role the domain gives and nothing else, while it has a free seat. See README, "Security model".
 */
export const autoJoinHandlers: HandlerTable = {
  listJoinableWorkspaces(ctx) {
    const user = ctx.user;
    const option = user.emailVerified ? autoJoinOf(ctx, user) : undefined;
    const items: s.JoinableWorkspace[] = [];
    if (option && !ctx.store.members.find(option.workspace.id, user.id) && !removedByAdmin(ctx, option.workspace.id, user.id)) {
      const { workspace, domain, roleId } = option;
      items.push({
        workspace: { id: workspace.id, name: workspace.name, logoUrl: workspace.logoUrl },
        domain: domain.hostname,
        role: roleId,
        roleName: roleName(ctx, roleId),
      });
    }
    return { body: { items } };
  },

  joinWorkspace(ctx) {
    const user = ctx.user;
    const workspaceId = ctx.param('workspaceId');
    const option = autoJoinOf(ctx, user);
    if (option?.workspace.id !== workspaceId) throw notFound();
    const { workspace, domain, roleId } = option;
    if (ctx.store.members.find(workspaceId, user.id)) throw new ProblemError('conflict', `You are already in ${workspace.name}.`);
    if (!user.emailVerified) {
      throw new ProblemError('forbidden', `Verify your email address ${user.email} first: only a verified address at ${domain.hostname} can join.`);
    }
    if (removedByAdmin(ctx, workspaceId, user.id)) {
      throw new ProblemError('forbidden', `An admin removed you from ${workspace.name}. Ask them for an invitation to come back.`);
    }
    const now = ctx.now();
    if (!hasFreeSeat(ctx.store, ctx.state.limits, workspace, now)) {
      throw new ProblemError('seat_limit_reached', `${workspace.name} has no free seat. Ask an admin to make room.`);
    }
    const member = ctx.store.members.insert({
      id: ctx.state.newId('mem'), workspaceId, userId: user.id, roleId, groupIds: [], status: 'active', addedAt: now,
    });
    ctx.record('member.joined', memberTarget(member, user), { workspaceId, after: { role: roleId, domain: domain.hostname } });
    const permissions = new Set(findRole(ctx.store, workspaceId, roleId)?.permissions ?? []);
    return workspaceReply(ctx, { workspace, member, isOwner: false, permissions });
  },
};
