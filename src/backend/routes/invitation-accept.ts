import * as s from '../../sdk/schemas/index.js';
import { findRole, notFound } from '../access.js';
import { startSession } from '../auth.js';
import type { Context, HandlerTable } from '../context.js';
import { hashPassword } from '../passwords.js';
import { isBuiltInRole } from '../permissions.js';
import { ProblemError } from '../problems.js';
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

/**
 * Who accepts: the invitation is a credential of the invited address alone.
 * - The address has an account: only that account, signed in, may accept (401 `sign_in_required` otherwise,
 *   403 `wrong_account` when signed in as someone else). The token never opens an existing account.
 * - It has none: the token creates it, with the names and password given. Its address counts as verified,
 *   because the token only ever travelled in the mail to that address — never in an API answer to the
 *   inviter (`Invitation` has no token) — so holding it proves the mailbox. Being signed in as another
 *   account is refused, so nobody creates an account for an address while acting as someone else.
 */
function acceptor(ctx: Context, email: string, input: s.InvitationAccept): UserRecord | null {
  const existing = ctx.store.users.byEmail(email);
  const signedIn = ctx.session ? ctx.user : null;
  if (existing) {
    if (!signedIn) throw new ProblemError('sign_in_required', `Sign in as ${email} to accept this invitation.`);
    if (signedIn.id !== existing.id) {
      throw new ProblemError('wrong_account', `This invitation is for ${email}. You are signed in as ${signedIn.email}; sign in as ${email} instead.`);
    }
    return existing;
  }
  if (signedIn) {
    throw new ProblemError('wrong_account', `This invitation is for ${email}, which has no account yet. Sign out to create it.`);
  }
  const missing = (['firstName', 'lastName', 'password'] as const).filter((field) => input[field] === undefined);
  if (missing.length) {
    const errors = missing.map((field) => ({
      field,
      code: 'required',
      message: field === 'password' ? 'Choose a password of at least 12 characters.' : 'Enter your name.',
    }));
    throw new ProblemError('validation_failed', 'Some fields are missing.', { errors });
  }
  return null;
}

/** The account that joins: the signed-in invitee's, or a new one made from the accept form. */
function accountFor(ctx: Context, email: string, input: s.InvitationAccept, existing: UserRecord | null): UserRecord {
  if (existing) {
    if (input.marketingOptIn && !existing.marketingOptIn) ctx.store.users.update(existing, { marketingOptIn: true });
    return existing;
  }
  const user = ctx.store.users.insert({
    id: ctx.state.newId('usr'),
    name: `${input.firstName ?? ''} ${input.lastName ?? ''}`.trim(),
    email,
    phone: null,
    avatarUrl: null,
    // Nobody chose these yet: the person's own browser settings apply until they do.
    locale: null,
    timezone: null,
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
  ctx.store.users.setPassword(user.id, hashPassword(input.password ?? ''));
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

function viewerOf(ctx: Context, email: string): s.InvitationLookup['viewer'] {
  if (!ctx.session) return 'anonymous';
  return ctx.user.email.toLowerCase() === email.toLowerCase() ? 'invitee' : 'someone_else';
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
      viewer: viewerOf(ctx, invitation.email),
    };
    return { body: lookup };
  },

  acceptInvitation(ctx) {
    const { invitation, workspace } = invitationOf(ctx);
    const now = ctx.now();
    checkUsable(invitation, now);
    const input = ctx.body(s.InvitationAccept);
    const known = acceptor(ctx, invitation.email, input);
    const alreadyMember = known !== null && ctx.store.members.find(workspace.id, known.id) !== undefined;
    if (!alreadyMember && !hasFreeSeat(ctx.store, ctx.state.limits, workspace, now, invitation.id)) {
      throw new ProblemError('seat_limit_reached', `${workspace.name} has no free seat left. Ask an admin to make room.`);
    }
    const user = accountFor(ctx, invitation.email, input, known);
    const member = joinWorkspace(ctx, invitation, user);
    ctx.store.invitations.update(invitation, { status: 'accepted', acceptedAt: now });
    // A new account gets its first session; someone already signed in keeps theirs.
    const session = ctx.session ? null : startSession(ctx.state, user, { userAgent: ctx.request.headers.get('user-agent'), ip: ctx.ip });
    const details = { workspaceId: workspace.id, actor: user };
    ctx.record('invitation.accepted', { type: 'invitation', id: invitation.id, label: invitation.email }, details);
    ctx.record('member.added', { type: 'member', id: member.id, label: user.email }, { ...details, after: { role: member.roleId } });
    const accepted: s.InvitationAccepted = { token: session?.token ?? null, userId: user.id, workspaceId: workspace.id, memberId: member.id };
    return { body: accepted };
  },
};
