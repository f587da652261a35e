import { canGrant } from '../sdk/roles.js';
import type { PermissionKey } from '../sdk/schemas/index.js';
import type { Context } from './context.js';
import { BUILT_IN_ROLE_DEFINITIONS, isBuiltInRole } from './permissions.js';
import { ProblemError, fieldProblem } from './problems.js';
import type { MemberRecord, Store, WorkspaceRecord } from './store.js';

/** The caller's standing in one workspace. */
export interface WorkspaceAccess {
  workspace: WorkspaceRecord;
  member: MemberRecord;
  isOwner: boolean;
  permissions: ReadonlySet<PermissionKey>;
}

/** A role of a workspace, built-in or custom, reduced to what decisions need. */
export interface RoleGrant {
  id: string;
  permissions: readonly PermissionKey[];
}

/** The role `roleId` as it exists in the workspace, or undefined. */
export function findRole(store: Store, workspaceId: string, roleId: string): RoleGrant | undefined {
  if (isBuiltInRole(roleId)) return { id: roleId, permissions: BUILT_IN_ROLE_DEFINITIONS[roleId].permissions };
  const custom = store.roles.get(roleId);
  return custom?.workspaceId === workspaceId ? { id: custom.id, permissions: custom.permissions } : undefined;
}

export const notFound = (what = 'workspace') => new ProblemError('not_found', `No such ${what}.`);

/**
 * The caller's access to the workspace, or 404: a workspace is invisible to anyone who is not an active
 * member of it, so that nobody learns it exists. Checked on every request, so removal takes effect at once.
 */
export function accessWorkspace(ctx: Context, workspaceId = ctx.param('workspaceId')): WorkspaceAccess {
  const workspace = ctx.store.workspaces.get(workspaceId);
  const member = workspace && ctx.store.members.find(workspaceId, ctx.user.id);
  if (!workspace || !member || member.status !== 'active') throw notFound();
  const role = findRole(ctx.store, workspaceId, member.roleId);
  const key = ctx.apiKey;
  if (!key) return { workspace, member, isOwner: member.roleId === 'owner', permissions: new Set(role?.permissions ?? []) };
  // An API key acts for its creator in its own workspace only, with its scopes narrowed to what they hold now,
  // and never as the owner: nothing reserved to the owner is done with a key.
  if (key.workspaceId !== workspaceId) throw notFound();
  return { workspace, member, isOwner: false, permissions: new Set(role?.permissions.filter((permission) => key.scopes.includes(permission))) };
}

/** 403 unless the caller holds `permission` in the workspace. */
export function requirePermission(access: WorkspaceAccess, permission: PermissionKey): void {
  if (!access.permissions.has(permission)) {
    throw new ProblemError('forbidden', `This needs the ${permission} permission in ${access.workspace.name}.`);
  }
}

/** 403 unless the caller owns the workspace. */
export function requireOwner(access: WorkspaceAccess, action: string): void {
  if (!access.isOwner) throw new ProblemError('forbidden', `Only the owner of ${access.workspace.name} can ${action}.`);
}

/** The role to give, checked: it exists, it is not `owner`, and the caller holds everything it grants. */
export function grantableRole(ctx: Context, access: WorkspaceAccess, roleId: string, field = 'role'): RoleGrant {
  if (roleId === 'owner') throw new ProblemError('forbidden', 'Ownership moves only by transferring it.');
  const role = findRole(ctx.store, access.workspace.id, roleId);
  if (!role) throw fieldProblem(field, 'unknown_role', `There is no role ${roleId} in ${access.workspace.name}.`);
  if (!canGrant(access, role)) {
    throw new ProblemError('forbidden', 'You cannot give a role with permissions you do not have.');
  }
  return role;
}
