import * as s from '../../sdk/schemas/index.js';
import { changesOf } from '../audit.js';
import { liveSessionsOf } from '../auth.js';
import type { Context, HandlerTable } from '../context.js';
import { applyNotificationUpdate, notificationPreferencesOf } from '../notifications.js';
import { hashPassword } from '../passwords.js';
import { ProblemError, fieldProblem } from '../problems.js';
import type { UserRecord, WorkspaceRecord } from '../store.js';
import { userView } from '../views.js';
import { requirePassword } from './credentials.js';

const userTarget = (user: UserRecord) => ({ type: 'user', id: user.id, label: user.email });

function changeProfile(ctx: Context, user: UserRecord, action: string, patch: Partial<UserRecord>) {
  const changes = changesOf(user, patch);
  if (!changes) return { body: userView(user), version: user.version };
  ctx.store.users.update(user, { ...patch, version: user.version + 1 });
  ctx.record(action, userTarget(user), changes);
  return { body: userView(user), version: user.version };
}

/** `/me`: the profile, its avatar, the password, notification preferences and deleting the account. */
export const accountHandlers: HandlerTable = {
  getAccount(ctx) {
    return { body: userView(ctx.user), version: ctx.user.version };
  },

  updateAccount(ctx) {
    const user = ctx.user;
    ctx.checkIfMatch(user.version);
    const input = ctx.body(s.UserUpdate);
    const patch: Partial<UserRecord> = { ...input };
    if (input.phone !== undefined && input.phone !== user.phone) patch.phoneVerified = false;
    return changeProfile(ctx, user, 'user.updated', patch);
  },

  uploadAvatar(ctx) {
    const avatarUrl = ctx.image();
    const user = ctx.user;
    ctx.store.users.update(user, { avatarUrl, version: user.version + 1 });
    ctx.record('user.avatar_changed', userTarget(user));
    return { body: userView(user), version: user.version };
  },

  removeAvatar(ctx) {
    ctx.checkIfMatch(ctx.user.version);
    return changeProfile(ctx, ctx.user, 'user.avatar_removed', { avatarUrl: null });
  },

  async changePassword(ctx) {
    const user = ctx.user;
    const { currentPassword, newPassword } = ctx.body(s.PasswordChange);
    await requirePassword(ctx, user, currentPassword, 'currentPassword');
    ctx.store.users.setPassword(user.id, hashPassword(newPassword));
    // A new password locks out whoever knew the old one: every other session ends.
    const others = ctx.store.sessions.ofUser(user.id).filter((session) => session.id !== ctx.session?.id);
    for (const session of others) ctx.store.sessions.delete(session);
    ctx.record('user.password_changed', userTarget(user), { after: { otherSessionsEnded: others.length } });
    ctx.state.outbox.send({
      to: user.email,
      kind: 'password_changed',
      channel: 'email',
      subject: 'Your password was changed',
      text: `Hi ${user.name}, the password of your account was just changed. If this was not you, reset it now.`,
    });
    const revoked: s.RevokedSessions = { revoked: others.length };
    return { body: revoked };
  },

  getNotificationPreferences(ctx) {
    return { body: notificationPreferencesOf(ctx.user) };
  },

  updateNotificationPreferences(ctx) {
    const user = ctx.user;
    const update = ctx.body(s.NotificationPreferencesUpdate);
    const before = notificationPreferencesOf(user);
    ctx.store.users.update(user, applyNotificationUpdate(user, update));
    const after = notificationPreferencesOf(user);
    ctx.record('user.notification_preferences_updated', userTarget(user), {
      before: { settings: before.settings, lowBalance: before.lowBalance },
      after: { settings: after.settings, lowBalance: after.lowBalance },
    });
    return { body: after };
  },

  async deleteAccount(ctx) {
    const user = ctx.user;
    ctx.checkIfMatch(user.version);
    const { password, confirmation } = ctx.body(s.AccountDeletion);
    await requirePassword(ctx, user, password);
    if (confirmation.trim().toLowerCase() !== user.email.toLowerCase()) {
      throw fieldProblem('confirmation', 'mismatch', 'Type your email address to confirm.');
    }
    const owned = ownedWorkspaces(ctx, user);
    const blocking = owned.filter(({ impact }) => impact.blocksDeletion).map(({ impact: { id, name } }) => ({ id, name }));
    if (blocking.length) {
      const names = blocking.map(({ name }) => name).join(', ');
      const detail = blocking.length === 1
        ? `You own ${names}, which has other members. Transfer it or delete it first.`
        : `You own ${names}, which have other members. Transfer or delete them first.`;
      throw new ProblemError('last_owner', detail, { workspaces: blocking });
    }
    ctx.record('user.deleted', userTarget(user), { actor: user, before: { email: user.email, name: user.name } });
    for (const { workspace } of owned) ctx.store.deleteWorkspace(workspace);
    ctx.store.deleteUser(user);
    return {};
  },

  getDeletionImpact(ctx) {
    const user = ctx.user;
    const owned = ownedWorkspaces(ctx, user).map(({ impact }) => impact);
    const now = ctx.now();
    const impact: s.DeletionImpact = {
      canDelete: owned.every((workspace) => !workspace.blocksDeletion),
      ownedWorkspaces: owned,
      memberships: ctx.store.members.ofUser(user.id).length - owned.length,
      sessions: liveSessionsOf(ctx.state, user.id).length,
      pendingExports: ctx.store.exports.where((record) => record.userId === user.id && record.expiresAt > now).length,
    };
    return { body: impact };
  },
};

/**
 * The workspaces the user owns, each with what deleting the account means for it: one with other members
 * blocks the deletion; one the owner is alone in goes with the account. Deletion and its preview share this.
 */
function ownedWorkspaces(ctx: Context, user: UserRecord): { workspace: WorkspaceRecord; impact: s.OwnedWorkspaceImpact }[] {
  return ctx.store.members.ofUser(user.id).flatMap((member) => {
    const workspace = member.roleId === 'owner' ? ctx.store.workspaces.get(member.workspaceId) : undefined;
    if (!workspace) return [];
    const memberCount = ctx.store.members.countOf(workspace.id);
    return [{ workspace, impact: { id: workspace.id, name: workspace.name, memberCount, blocksDeletion: memberCount > 1 } }];
  });
}
