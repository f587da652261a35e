import * as s from '../../sdk/schemas/index.js';
import { findRole, notFound } from '../access.js';
import { startSession } from '../auth.js';
import type { Context, HandlerTable } from '../context.js';
import { hashPassword } from '../passwords.js';
import { isBuiltInRole } from '../permissions.js';
import { ProblemError, fieldProblem } from '../problems.js';
import { hasFreeSeat } from '../seats.js';
import type { InvitationRecord, MemberRecord, UserRecord, WorkspaceRecord } from '../store.js';
import { invitationStatus } from '../views.js';

function invitationOf(ctx: Context): { invitation: InvitationRecord; workspace: WorkspaceRecord } {
  const invitation = ctx.store.invitations.byToken(ctx.param('token'));
  const workspace = invitation && ctx.store.workspaces.get(invitation.workspaceId);
  if (!invitation || !workspace) throw notFound('invitation');
  return { invitation, workspace };
}

/** 409/410 unless the invitation can still be accepted. */
function checkUsable(invitation: InvitationRecord, now: string): void {
  switch (invitationStatus(invitation, now)) {
    case 'accepted': throw new ProblemError('invitation_used', 'This invitation was already accepted.');
    case 'revoked': throw new ProblemError('invitation_revoked', 'This invitation was revoked. Ask for a new one.');
    case 'expired': throw new ProblemError('invitation_expired', 'This invitation has expired. Ask for a new one.');
    case 'pending': return;
  }
}

/** The invited person's account: theirs when the email has one, else a new one (which needs a password). */
function accountFor(ctx: Context, email: string, input: s.InvitationAccept): UserRecord {
  const existing = ctx.store.users.byEmail(email);
  if (existing) {
    if (input.marketingOptIn && !existing.marketingOptIn) ctx.store.users.update(existing, { marketingOptIn: true });
    return existing;
  }
  if (input.password === undefined) throw fieldProblem('password', 'required', 'Choose a password of at least 12 characters.');
  const user = ctx.store.users.insert({
    id: ctx.state.newId('usr'),
    name: `${input.firstName} ${input.lastName}`,
    email,
    phone: null,
    avatarUrl: null,
    locale: 'en',
    timezone: 'UTC',
    country: null,
    emailVerified: true,
    phoneVerified: false,
    createdAt: ctx.now(),
    version: 1,
    plan: 'free',
    lastLoginAt: null,
    marketingOptIn: input.marketingOptIn,
    notificationChoices: null,
    lowBalance: null,
  });
  ctx.store.users.setPassword(user.id, hashPassword(input.password));
  return user;
}

function joinWorkspace(ctx: Context, invitation: InvitationRecord, user: UserRecord): MemberRecord {
  const existing = ctx.store.members.find(invitation.workspaceId, user.id);
  if (existing) return existing.status === 'active' ? existing : ctx.store.members.update(existing, { status: 'active' });
  const roleId = findRole(ctx.store, invitation.workspaceId, invitation.roleId) ? invitation.roleId : 'member';
  return ctx.store.members.insert({
    id: ctx.state.newId('mem'), workspaceId: invitation.workspaceId, userId: user.id, roleId, groupIds: [], status: 'active', addedAt: ctx.now(),
  });
}

/** The public accept flow: what a link is for, and accepting it (which signs the person in). */
export const invitationAcceptHandlers: HandlerTable = {
  lookupInvitation(ctx) {
    const { invitation, workspace } = invitationOf(ctx);
    const inviter = invitation.invitedBy === null ? undefined : ctx.store.users.get(invitation.invitedBy);
    // The page cannot list the workspace's roles, so a custom role is shown by its name.
    const role = isBuiltInRole(invitation.roleId) ? invitation.roleId : (ctx.store.roles.get(invitation.roleId)?.name ?? invitation.roleId);
    const lookup: s.InvitationLookup = {
      email: invitation.email,
      role,
      status: invitationStatus(invitation, ctx.now()),
      expiresAt: invitation.expiresAt,
      hasAccount: ctx.store.users.byEmail(invitation.email) !== undefined,
      workspace: { id: workspace.id, name: workspace.name, logoUrl: workspace.logoUrl },
      inviter: inviter ? { name: inviter.name, email: inviter.email } : null,
    };
    return { body: lookup };
  },

  async acceptInvitation(ctx) {
    const { invitation, workspace } = invitationOf(ctx);
    const now = ctx.now();
    checkUsable(invitation, now);
    const input = await ctx.body(s.InvitationAccept);
    const known = ctx.store.users.byEmail(invitation.email);
    const alreadyMember = known !== undefined && ctx.store.members.find(workspace.id, known.id) !== undefined;
    if (!alreadyMember && !hasFreeSeat(ctx.store, ctx.state.limits, workspace, now, invitation.id)) {
      throw new ProblemError('seat_limit_reached', `${workspace.name} has no free seat left. Ask an admin to make room.`);
    }
    const user = accountFor(ctx, invitation.email, input);
    const member = joinWorkspace(ctx, invitation, user);
    ctx.store.invitations.update(invitation, { status: 'accepted', acceptedAt: now });
    const session = startSession(ctx.state, user, { userAgent: ctx.request.headers.get('user-agent'), ip: ctx.ip });
    const details = { workspaceId: workspace.id, actor: user };
    ctx.record('invitation.accepted', { type: 'invitation', id: invitation.id, label: invitation.email }, details);
    ctx.record('member.added', { type: 'member', id: member.id, label: user.email }, { ...details, after: { role: member.roleId } });
    const accepted: s.InvitationAccepted = { token: session.token, userId: user.id, workspaceId: workspace.id, memberId: member.id };
    return { body: accepted };
  },
};
