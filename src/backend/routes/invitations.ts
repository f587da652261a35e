import * as s from '../../sdk/schemas/index.js';
import { accessWorkspace, grantableRole, notFound, requirePermission, type WorkspaceAccess } from '../access.js';
import type { Context, HandlerTable } from '../context.js';
import { listPage } from '../pagination.js';
import { ProblemError } from '../problems.js';
import { randomToken } from '../random.js';
import { hasFreeSeat } from '../seats.js';
import type { InvitationRecord, UserRecord } from '../store.js';
import { invitationStatus, invitationView } from '../views.js';

const invitationTarget = (invitation: InvitationRecord) => ({ type: 'invitation', id: invitation.id, label: invitation.email });

/** A fresh token and expiry, counted from now. */
function freshLink(ctx: Context): Pick<InvitationRecord, 'token' | 'sentAt' | 'expiresAt'> {
  const now = ctx.state.clock.now();
  return {
    token: randomToken(),
    sentAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + ctx.state.limits.invitationTtlMs).toISOString(),
  };
}

const mailsOf = (workspaceId: string) => `invitation-mail:${workspaceId}`;

/** 429 unless the workspace may send `count` more invitation mails now: a request is sent whole or not at all. */
function checkMailBudget(ctx: Context, access: WorkspaceAccess, count: number): void {
  ctx.state.throttle.check(mailsOf(access.workspace.id), ctx.state.limits.invitationMailsPerWorkspace,
    `${access.workspace.name} has sent too many invitations recently. Try again later.`, count);
}

function mail(ctx: Context, invitation: InvitationRecord, inviter: UserRecord, workspaceName: string): void {
  ctx.state.throttle.hit(mailsOf(invitation.workspaceId), ctx.state.limits.invitationMailsPerWorkspace);
  ctx.state.throttle.hit(`invitation-resend:${invitation.id}`, { limit: 1, windowMs: ctx.state.limits.invitationResendIntervalMs });
  const note = invitation.message ? `\n\n"${invitation.message}"` : '';
  ctx.state.outbox.send({
    to: invitation.email,
    kind: 'invitation',
    channel: 'email',
    subject: `${inviter.name} invited you to ${workspaceName}`,
    text: `${inviter.name} (${inviter.email}) invited you to join ${workspaceName} on teamkit.${note}\n\n` +
      `Accept: ${ctx.state.invitationUrl.replaceAll('{token}', encodeURIComponent(invitation.token))}\nThe invitation expires at ${invitation.expiresAt}.`,
    token: invitation.token,
  });
}

/** Invites one email to one workspace and says what happened. */
function invite(ctx: Context, access: WorkspaceAccess, email: string, roleId: string, message: string | null): s.InviteResult {
  const { workspace } = access;
  const now = ctx.now();
  const result = (status: s.InviteOutcome, invitation: InvitationRecord | null = null): s.InviteResult =>
    ({ email, workspaceId: workspace.id, status, invitation: invitation && invitationView(ctx.store, invitation, now) });
  const existingUser = ctx.store.users.byEmail(email);
  if (existingUser && ctx.store.members.find(workspace.id, existingUser.id)) return result('already_member');
  const pending = ctx.store.invitations.ofWorkspace(workspace.id)
    .find((invitation) => invitation.email === email && invitationStatus(invitation, now) === 'pending');
  if (pending) return result('already_invited', pending);
  if (!hasFreeSeat(ctx.store, ctx.state.limits, workspace, now)) return result('seat_limit_reached');
  const invitation = ctx.store.invitations.insert({
    id: ctx.state.newId('inv'),
    workspaceId: workspace.id,
    email,
    roleId,
    status: 'pending',
    message,
    invitedBy: ctx.user.id,
    createdAt: now,
    acceptedAt: null,
    revokedAt: null,
    ...freshLink(ctx),
  });
  mail(ctx, invitation, ctx.user, workspace.name);
  ctx.record('invitation.sent', invitationTarget(invitation), { workspaceId: workspace.id, after: { email, role: roleId } });
  return result('sent', invitation);
}

/** The invitation in the caller's workspace, with the right to manage invitations checked. */
function managedInvitation(ctx: Context): { access: WorkspaceAccess; invitation: InvitationRecord; status: s.InvitationStatus } {
  const access = accessWorkspace(ctx);
  requirePermission(access, 'members:invite');
  const invitation = ctx.store.invitations.get(ctx.param('invitationId'));
  if (!invitation || invitation.workspaceId !== access.workspace.id) throw notFound('invitation');
  const status = invitationStatus(invitation, ctx.now());
  if (status === 'accepted' || status === 'revoked') throw new ProblemError('conflict', `This invitation was already ${status}.`);
  return { access, invitation, status };
}

/** `/workspaces/{id}/invitations`: invite many at once, list, resend, revoke. */
export const invitationHandlers: HandlerTable = {
  listInvitations(ctx) {
    const access = accessWorkspace(ctx);
    requirePermission(access, 'members:invite');
    const query = ctx.query(s.InvitationQuery);
    const now = ctx.now();
    const position = (invitation: s.Invitation) => `${invitation.createdAt}|${invitation.id}`;
    const views = ctx.store.invitations.ofWorkspace(access.workspace.id)
      .map((invitation) => invitationView(ctx.store, invitation, now))
      .filter((invitation) => !query.status || invitation.status === query.status)
      .sort((a, b) => (position(a) < position(b) ? 1 : -1));
    return { body: listPage(views, query, position, true) };
  },

  /**
   * Checks every workspace first (member of each, `members:invite` in each, the role grantable in each), so
   * that a refused request sends nothing; then one result per email and workspace.
   */
  createInvitations(ctx) {
    const input = ctx.body(s.InvitationCreate);
    const workspaceIds = [...new Set([ctx.param('workspaceId'), ...(input.workspaceIds ?? [])])];
    const targets = workspaceIds.map((workspaceId) => {
      const access = accessWorkspace(ctx, workspaceId);
      requirePermission(access, 'members:invite');
      grantableRole(ctx, access, input.role);
      return access;
    });
    for (const access of targets) checkMailBudget(ctx, access, input.emails.length);
    const message = input.message?.trim() || null;
    const results = input.emails.flatMap((email) =>
      targets.map((access) => invite(ctx, access, email.trim().toLowerCase(), input.role, message)),
    );
    return { body: { results } };
  },

  resendInvitation(ctx) {
    const { access, invitation } = managedInvitation(ctx);
    const cooldown = { limit: 1, windowMs: ctx.state.limits.invitationResendIntervalMs };
    ctx.state.throttle.check(`invitation-resend:${invitation.id}`, cooldown, 'This invitation was sent moments ago. Wait a minute before sending it again.');
    checkMailBudget(ctx, access, 1);
    ctx.store.invitations.update(invitation, freshLink(ctx));
    mail(ctx, invitation, ctx.user, access.workspace.name);
    ctx.record('invitation.resent', invitationTarget(invitation), { workspaceId: access.workspace.id, after: { expiresAt: invitation.expiresAt } });
    return { body: invitationView(ctx.store, invitation, ctx.now()) };
  },

  revokeInvitation(ctx) {
    const { access, invitation, status } = managedInvitation(ctx);
    ctx.store.invitations.update(invitation, { status: 'revoked', revokedAt: ctx.now() });
    ctx.record('invitation.revoked', invitationTarget(invitation), { workspaceId: access.workspace.id, before: { status }, after: { status: 'revoked' } });
    return { body: invitationView(ctx.store, invitation, ctx.now()) };
  },
};
