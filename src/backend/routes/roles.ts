import { canEditRole, isWithin } from '../../sdk/roles.js';
import * as s from '../../sdk/schemas/index.js';
import { accessWorkspace, grantableRole, notFound, requirePermission, type WorkspaceAccess } from '../access.js';
import { changesOf } from '../audit.js';
import type { Context, HandlerTable, Reply } from '../context.js';
import { BUILT_IN_ROLE_DEFINITIONS, PERMISSION_CATALOG, isBuiltInRole } from '../permissions.js';
import { ProblemError, fieldProblem } from '../problems.js';
import type { RoleRecord } from '../store.js';
import { builtInRoleView, customRoleView } from '../views.js';

const roleTarget = (role: RoleRecord) => ({ type: 'role', id: role.id, label: role.name });

function roleManager(ctx: Context): WorkspaceAccess {
  const access = accessWorkspace(ctx);
  requirePermission(access, 'roles:manage');
  return access;
}

/** The workspace's custom role `roleId`: 403 for a built-in role (they never change), 404 when unknown. */
function customRole(ctx: Context, access: WorkspaceAccess): RoleRecord {
  const roleId = ctx.param('roleId');
  if (isBuiltInRole(roleId)) throw new ProblemError('forbidden', 'Built-in roles cannot be changed or deleted.');
  const role = ctx.store.roles.get(roleId);
  if (!role || role.workspaceId !== access.workspace.id) throw notFound('role');
  return role;
}

/** 409 when another role of the workspace, built-in or custom, already has this name. */
function checkNameFree(ctx: Context, workspaceId: string, name: string, exceptId?: string): void {
  const wanted = name.trim().toLowerCase();
  const builtInTaken = Object.values(BUILT_IN_ROLE_DEFINITIONS).some((role) => role.name.toLowerCase() === wanted);
  const customTaken = ctx.store.customRolesOf(workspaceId).some((role) => role.id !== exceptId && role.name.toLowerCase() === wanted);
  if (builtInTaken || customTaken) throw new ProblemError('conflict', `A role named ${name} already exists.`);
}

/**
 * 403 unless the caller holds every permission of the role, as it is (`before`) and as it would be: nobody
 * writes a role above their own rights, neither to widen it nor to strip rights from the people holding it.
 */
function checkGrantable(access: WorkspaceAccess, permissions: readonly string[], before: readonly string[] = []): void {
  if (canEditRole(access, before, permissions)) return;
  throw new ProblemError('forbidden', isWithin(before, access.permissions)
    ? 'A role cannot grant permissions you do not have.'
    : 'This role has permissions you do not have, so you cannot change or delete it.');
}

/**
 * What holds or gives `role`, as deleting it moves them: its members, its pending invitations (expired ones too: a
 * resend would bring them back with the role) and the auto-join domains that give it.
 */
function usageOf(ctx: Context, role: RoleRecord) {
  const { workspaceId } = role;
  return {
    holders: [...ctx.store.members.ofWorkspace(workspaceId)].filter((member) => member.roleId === role.id),
    invitations: ctx.store.invitations.ofWorkspace(workspaceId).filter((invitation) => invitation.roleId === role.id && invitation.status === 'pending'),
    domains: ctx.store.domains.ofWorkspace(workspaceId).filter((domain) => domain.autoJoinRoleId === role.id),
  };
}

function customRoleReply(ctx: Context, role: RoleRecord): Reply {
  const count = ctx.store.memberIndex(role.workspaceId).roleCounts().get(role.id) ?? 0;
  return { body: customRoleView(role, count), version: role.version };
}

/** `/permissions` and `/workspaces/{id}/roles`: the catalog, built-in roles, and custom roles. */
export const roleHandlers: HandlerTable = {
  listPermissions() {
    return { body: { items: [...PERMISSION_CATALOG] } };
  },

  listRoles(ctx) {
    const { workspace } = accessWorkspace(ctx);
    const counts = ctx.store.memberIndex(workspace.id).roleCounts();
    const builtIn = s.BUILT_IN_ROLES.map((roleId) => builtInRoleView(roleId, workspace, counts.get(roleId) ?? 0));
    const custom = ctx.store.customRolesOf(workspace.id)
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((role) => customRoleView(role, counts.get(role.id) ?? 0));
    return { body: { items: [...builtIn, ...custom] } };
  },

  createRole(ctx) {
    const access = roleManager(ctx);
    const input = ctx.body(s.RoleCreate);
    if (access.workspace.plan === 'free') throw new ProblemError('plan_required', 'Custom roles need the pro plan.');
    checkNameFree(ctx, access.workspace.id, input.name);
    checkGrantable(access, input.permissions);
    const now = ctx.now();
    const role = ctx.store.roles.insert({
      id: ctx.state.newId('role'),
      workspaceId: access.workspace.id,
      name: input.name,
      description: input.description ?? '',
      permissions: [...new Set(input.permissions)],
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    ctx.record('role.created', roleTarget(role), { workspaceId: role.workspaceId, after: { name: role.name, permissions: role.permissions } });
    return customRoleReply(ctx, role);
  },

  getRole(ctx) {
    const { workspace } = accessWorkspace(ctx);
    const roleId = ctx.param('roleId');
    if (isBuiltInRole(roleId)) {
      const count = ctx.store.memberIndex(workspace.id).roleCounts().get(roleId) ?? 0;
      return { body: builtInRoleView(roleId, workspace, count), version: 1 };
    }
    const role = ctx.store.roles.get(roleId);
    if (!role || role.workspaceId !== workspace.id) throw notFound('role');
    return customRoleReply(ctx, role);
  },

  updateRole(ctx) {
    const access = roleManager(ctx);
    const role = customRole(ctx, access);
    ctx.checkIfMatch(role.version);
    const input = ctx.body(s.RoleUpdate);
    checkGrantable(access, input.permissions ?? role.permissions, role.permissions);
    if (input.name !== undefined) checkNameFree(ctx, role.workspaceId, input.name, role.id);
    const patch: Partial<RoleRecord> = { ...input };
    if (input.permissions) patch.permissions = [...new Set(input.permissions)];
    const changes = changesOf(role, patch);
    if (changes) {
      ctx.store.roles.update(role, { ...patch, version: role.version + 1, updatedAt: ctx.now() });
      ctx.record('role.updated', roleTarget(role), { workspaceId: role.workspaceId, ...changes });
    }
    return customRoleReply(ctx, role);
  },

  /** What deleting the role would move: the dialog that asks where its holders go says how many they are. */
  getRoleUsage(ctx) {
    const { holders, invitations, domains } = usageOf(ctx, customRole(ctx, roleManager(ctx)));
    return { body: { members: holders.length, invitations: invitations.length, domains: domains.length } };
  },

  /**
   * Deletes a custom role. While anyone holds it, or a pending invitation or an auto-join domain gives it,
   * `?reassignTo=` must name a role the caller may give: they all move to it in the same step.
   */
  deleteRole(ctx) {
    const access = roleManager(ctx);
    const role = customRole(ctx, access);
    ctx.checkIfMatch(role.version);
    const { reassignTo } = ctx.query(s.RoleDeletionQuery);
    checkGrantable(access, [], role.permissions);
    if (reassignTo === role.id) throw fieldProblem('reassignTo', 'same_role', 'Choose another role than the one you delete.');
    if (reassignTo !== undefined) grantableRole(ctx, access, reassignTo, 'reassignTo');
    const { workspaceId } = role;
    const { holders, invitations, domains } = usageOf(ctx, role);
    const moved = { members: holders.length, invitations: invitations.length, domains: domains.length };
    const inUse = moved.members + moved.invitations + moved.domains > 0;
    if (inUse && reassignTo === undefined) {
      throw new ProblemError('conflict', `This role is in use (${moved.members} member(s), ${moved.invitations} pending invitation(s), ${moved.domains} auto-join domain(s)). Say which role they get instead (reassignTo).`);
    }
    const reassignedTo = inUse && reassignTo !== undefined ? reassignTo : null;
    if (reassignedTo !== null) {
      const now = ctx.now();
      for (const member of holders) ctx.store.members.update(member, { roleId: reassignedTo });
      for (const invitation of invitations) ctx.store.invitations.update(invitation, { roleId: reassignedTo });
      for (const domain of domains) ctx.store.domains.update(domain, { autoJoinRoleId: reassignedTo, updatedAt: now, version: domain.version + 1 });
    }
    ctx.record('role.deleted', roleTarget(role), {
      workspaceId,
      before: { name: role.name, permissions: role.permissions },
      after: { reassignedTo, ...moved },
    });
    ctx.store.roles.delete(role);
    return { body: { reassignedTo, ...moved } };
  },
};
