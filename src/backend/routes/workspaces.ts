import * as s from '../../sdk/schemas/index.js';
import { accessWorkspace, requireOwner, requirePermission, type WorkspaceAccess } from '../access.js';
import { changesOf } from '../audit.js';
import type { Context, HandlerTable, Reply } from '../context.js';
import { listPage } from '../pagination.js';
import { ProblemError, fieldProblem } from '../problems.js';
import type { WorkspaceRecord } from '../store.js';
import { workspaceView } from '../views.js';

export const workspaceTarget = (workspace: WorkspaceRecord) => ({ type: 'workspace', id: workspace.id, label: workspace.name });

/** The workspace as the caller sees it, with its version for the `ETag`. */
export function workspaceReply(ctx: Context, access: WorkspaceAccess): Reply {
  return { body: workspaceView(ctx.store, ctx.state.limits, access.workspace, access.member.roleId), version: access.workspace.version };
}

function changeWorkspace(ctx: Context, access: WorkspaceAccess, action: string, patch: Partial<WorkspaceRecord>): Reply {
  const { workspace } = access;
  const changes = changesOf(workspace, patch);
  if (changes) {
    ctx.store.workspaces.update(workspace, { ...patch, version: workspace.version + 1, updatedAt: ctx.now() });
    ctx.record(action, workspaceTarget(workspace), { workspaceId: workspace.id, ...changes });
  }
  return workspaceReply(ctx, access);
}

/**
 * How many workspaces the caller owns, the limit that applies to their plan, and why they may not create one more:
 * the account's limit (`workspace_limit_reached`), or the free plan's (`plan_required`: upgrading helps).
 */
function workspaceQuota(ctx: Context): s.WorkspaceQuota {
  const { limits } = ctx.state;
  const { plan } = ctx.user;
  const owned = ctx.store.members.ofUser(ctx.user.id).filter((member) => member.roleId === 'owner').length;
  const limit = plan === 'free' ? Math.min(limits.workspacesOnFreePlan, limits.workspacesPerAccount) : limits.workspacesPerAccount;
  const reason = owned >= limits.workspacesPerAccount ? 'workspace_limit_reached' : owned >= limit ? 'plan_required' : null;
  return { owned, limit, plan, canCreate: reason === null, reason };
}

/** 409 `workspace_limit_reached` or 402 `plan_required` when the caller may not own one more workspace. */
function checkWorkspaceQuota(ctx: Context): void {
  const { limits } = ctx.state;
  const { reason } = workspaceQuota(ctx);
  if (reason === 'workspace_limit_reached') {
    throw new ProblemError('workspace_limit_reached', `An account can own at most ${limits.workspacesPerAccount} workspaces.`);
  }
  if (reason === 'plan_required') {
    throw new ProblemError('plan_required', `The free plan includes ${limits.workspacesOnFreePlan} workspace. Upgrade to create more.`);
  }
}

/** `/workspaces`: list, create, read, update, logo and delete. Leaving and transferring are in `members.ts`. */
export const workspaceHandlers: HandlerTable = {
  listWorkspaces(ctx) {
    const query = ctx.query(s.PageQuery);
    const position = (workspace: s.Workspace) => `${workspace.name.toLowerCase()}\u0000${workspace.id}`;
    const views = ctx.store.members.ofUser(ctx.user.id)
      .filter((member) => member.status === 'active')
      .flatMap((member) => {
        const workspace = ctx.store.workspaces.get(member.workspaceId);
        return workspace ? [workspaceView(ctx.store, ctx.state.limits, workspace, member.roleId)] : [];
      })
      .sort((a, b) => (position(a) < position(b) ? -1 : 1));
    return { body: listPage(views, query, position) };
  },

  getWorkspaceQuota(ctx) {
    return { body: workspaceQuota(ctx) };
  },

  createWorkspace(ctx) {
    const input = ctx.body(s.WorkspaceCreate);
    checkWorkspaceQuota(ctx);
    const now = ctx.now();
    const user = ctx.user;
    const workspace = ctx.store.workspaces.insert({
      id: ctx.state.newId('ws'),
      name: input.name,
      logoUrl: null,
      website: input.website ?? null,
      industry: input.industry ?? null,
      timezone: input.timezone ?? user.timezone ?? 'UTC',
      plan: user.plan,
      currency: 'USD',
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    const member = ctx.store.members.insert({
      id: ctx.state.newId('mem'), workspaceId: workspace.id, userId: user.id, roleId: 'owner', groupIds: [], status: 'active', addedAt: now,
    });
    ctx.record('workspace.created', workspaceTarget(workspace), { workspaceId: workspace.id, after: { name: workspace.name } });
    return workspaceReply(ctx, { workspace, member, isOwner: true, permissions: new Set(s.PERMISSION_KEYS) });
  },

  getWorkspace(ctx) {
    return workspaceReply(ctx, accessWorkspace(ctx));
  },

  updateWorkspace(ctx) {
    const access = accessWorkspace(ctx);
    requirePermission(access, 'workspace:manage');
    ctx.checkIfMatch(access.workspace.version);
    const input = ctx.body(s.WorkspaceUpdate);
    return changeWorkspace(ctx, access, 'workspace.updated', input);
  },

  uploadWorkspaceLogo(ctx) {
    const access = accessWorkspace(ctx);
    requirePermission(access, 'workspace:manage');
    const logoUrl = ctx.image();
    const { workspace } = access;
    ctx.store.workspaces.update(workspace, { logoUrl, version: workspace.version + 1, updatedAt: ctx.now() });
    ctx.record('workspace.logo_changed', workspaceTarget(workspace), { workspaceId: workspace.id });
    return workspaceReply(ctx, access);
  },

  removeWorkspaceLogo(ctx) {
    const access = accessWorkspace(ctx);
    requirePermission(access, 'workspace:manage');
    ctx.checkIfMatch(access.workspace.version);
    return changeWorkspace(ctx, access, 'workspace.logo_removed', { logoUrl: null });
  },

  deleteWorkspace(ctx) {
    const access = accessWorkspace(ctx);
    requireOwner(access, 'delete it');
    ctx.checkIfMatch(access.workspace.version);
    const { confirmation } = ctx.body(s.WorkspaceDeletion);
    const { workspace } = access;
    if (confirmation.trim() !== workspace.name) {
      throw fieldProblem('confirmation', 'mismatch', `Type the workspace's name, ${workspace.name}, to confirm.`);
    }
    ctx.record('workspace.deleted', workspaceTarget(workspace), { workspaceId: workspace.id, before: { name: workspace.name } });
    ctx.store.deleteWorkspace(workspace);
    return {};
  },
};
