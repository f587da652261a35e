import { AuditLog } from './audit.js';
import { ApiKeyTable } from './store/api-keys.js';
import type { BillingRecord } from './store/billing.js';
import { DeliveryTable, WebhookTable } from './store/webhooks.js';
import { isBuiltInRole, roleSortKey } from './permissions.js';
import { MemberIndex, type MemberRow } from './store/member-index.js';
import { MemberTable } from './store/members.js';
import { DomainTable } from './store/domains.js';
import { InvitationTable } from './store/invitations.js';
import type {
  ExportRecord, GroupRecord, NotificationRulesRecord, RoleRecord, UserRecord, VerificationKind, VerificationRecord,
  WorkspaceRecord,
} from './store/records.js';
import { SignInTable } from './store/sign-ins.js';
import type { MemberRecord } from './store/records.js';
import { Table } from './store/table.js';
import { SessionTable, UserTable } from './store/users.js';

export type * from './store/records.js';
export type * from './store/api-keys.js';
export type * from './store/billing.js';
export type * from './store/webhooks.js';
export type { MemberFilter, MemberIndex, MemberPage, MemberPosition, MemberRow } from './store/member-index.js';

/**
 * The backend's data, in memory: one table per resource plus the caches that make member lists fast.
 * Routes read and write through the tables; the cascades that span tables live here.
 */
export class Store {
  readonly users = new UserTable((user) => this.#forgetIndexesOf(user));
  readonly sessions = new SessionTable();
  readonly workspaces = new Table<WorkspaceRecord>();
  readonly members = new MemberTable((member) => this.#memberChanged(member));
  /** Custom roles; the built-in ones are constants (see `permissions.ts`). */
  readonly roles = new Table<RoleRecord>((role) => this.#indexes.delete(role.workspaceId));
  readonly groups = new Table<GroupRecord>();
  readonly domains = new DomainTable();
  /**
   * People an admin removed, by workspace: auto-join does not let them back in (an invitation still can). People
   * who left on their own may join again.
   */
  readonly autoJoinExclusions = new Map<string, Set<string>>();
  readonly invitations = new InvitationTable();
  readonly exports = new Table<ExportRecord>();
  /** Sign-in attempts of the last weeks, for the recent sign-ins list. */
  readonly signIns = new SignInTable();
  /** Workspaces' own notification rules, by workspace id. */
  readonly notificationRules = new Table<NotificationRulesRecord>();
  readonly audit = new AuditLog();
  readonly apiKeys = new ApiKeyTable();
  readonly webhooks = new WebhookTable();
  readonly webhookDeliveries = new DeliveryTable();
  /** Each workspace's billing, by workspace id; a workspace without one is on the free plan with an empty wallet. */
  readonly billing = new Table<BillingRecord>();
  /** Pending email and phone changes, one per user and kind. */
  readonly verifications = new Map<`${string}:${VerificationKind}`, VerificationRecord>();
  readonly #indexes = new Map<string, MemberIndex>();

  /** `now` dates what the store does by itself, such as revoking the API keys of someone who left. */
  constructor(private readonly now: () => Date = () => new Date()) {}

  /** The workspace's members, sorted and searchable; rebuilt after any change to them. */
  memberIndex(workspaceId: string): MemberIndex {
    let index = this.#indexes.get(workspaceId);
    if (!index) {
      index = new MemberIndex(this.#memberRows(workspaceId));
      this.#indexes.set(workspaceId, index);
    }
    return index;
  }

  customRolesOf(workspaceId: string): RoleRecord[] {
    return this.roles.where((role) => role.workspaceId === workspaceId);
  }

  groupsOf(workspaceId: string): GroupRecord[] {
    return this.groups.where((group) => group.workspaceId === workspaceId);
  }

  /** Deletes a workspace with its members, roles, groups, domains, invitations and notification rules. Its audit entries stay. */
  deleteWorkspace(workspace: WorkspaceRecord): void {
    for (const member of [...this.members.ofWorkspace(workspace.id)]) this.members.delete(member);
    for (const role of this.customRolesOf(workspace.id)) this.roles.delete(role);
    for (const group of this.groupsOf(workspace.id)) this.groups.delete(group);
    for (const domain of this.domains.ofWorkspace(workspace.id)) this.domains.delete(domain);
    this.autoJoinExclusions.delete(workspace.id);
    for (const invitation of this.invitations.ofWorkspace(workspace.id)) this.invitations.delete(invitation);
    const rules = this.notificationRules.get(workspace.id);
    if (rules) this.notificationRules.delete(rules);
    for (const key of [...this.apiKeys.ofWorkspace(workspace.id)]) this.apiKeys.delete(key);
    for (const webhook of this.webhooks.ofWorkspace(workspace.id)) {
      this.webhookDeliveries.deleteOf(webhook.id);
      this.webhooks.delete(webhook);
    }
    const billing = this.billing.get(workspace.id);
    if (billing) this.billing.delete(billing);
    this.workspaces.delete(workspace);
    this.#indexes.delete(workspace.id);
  }

  /** Deletes an account with its sessions, sign-ins, memberships, exports and pending verifications. */
  deleteUser(user: UserRecord): void {
    for (const session of this.sessions.ofUser(user.id)) this.sessions.delete(session);
    for (const member of [...this.members.ofUser(user.id)]) this.members.delete(member);
    for (const record of this.exports.where((item) => item.userId === user.id)) this.exports.delete(record);
    for (const record of [...this.signIns.ofUser(user.id)]) this.signIns.delete(record);
    this.verifications.delete(`${user.id}:email`);
    this.verifications.delete(`${user.id}:phone`);
    this.users.delete(user);
  }

  /**
   * A membership changed. Once it is gone (removed, left, account deleted), the API keys its person made in
   * that workspace are revoked: a key acts for its creator and never outlives their access.
   */
  #memberChanged(member: MemberRecord): void {
    this.#indexes.delete(member.workspaceId);
    if (this.members.get(member.id)) return;
    const at = this.now().toISOString();
    for (const key of this.apiKeys.ofWorkspace(member.workspaceId)) {
      if (key.createdBy === member.userId && !key.revocation) this.apiKeys.update(key, { revocation: { at, by: null, reason: 'creator_left' } });
    }
  }

  #memberRows(workspaceId: string): MemberRow[] {
    const customRoleNames = new Map(this.customRolesOf(workspaceId).map((role) => [role.id, role.name]));
    const rows: MemberRow[] = [];
    for (const member of this.members.ofWorkspace(workspaceId)) {
      const user = this.users.get(member.userId);
      if (!user) continue;
      const email = user.email.toLowerCase();
      rows.push({
        member,
        user,
        text: `${user.name.toLowerCase()}\n${email}`,
        keys: {
          name: user.name,
          email,
          role: roleSortKey(member.roleId, isBuiltInRole(member.roleId) ? undefined : customRoleNames.get(member.roleId)),
          addedAt: member.addedAt,
          lastLoginAt: user.lastLoginAt ?? '',
        },
      });
    }
    return rows;
  }

  #forgetIndexesOf(user: UserRecord): void {
    for (const member of this.members.ofUser(user.id)) this.#indexes.delete(member.workspaceId);
  }
}
