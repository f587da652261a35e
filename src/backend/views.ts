/** Records → the contract's shapes. The only place that knows how the API presents stored data. */
import type * as s from '../sdk/schemas/index.js';
import { seatLimitOf, type Limits } from './limits.js';
import { sessionExpiry } from './auth.js';
import { BUILT_IN_ROLE_DEFINITIONS } from './permissions.js';
import type {
  DomainRecord, ExportRecord, GroupRecord, InvitationRecord, MemberRecord, RoleRecord, SessionRecord, SignInRecord, Store, UserRecord, WorkspaceRecord,
} from './store.js';
import type { BuiltInRole } from '../sdk/schemas/index.js';

export function userView(user: UserRecord): s.User {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    phone: user.phone,
    avatarUrl: user.avatarUrl,
    locale: user.locale,
    timezone: user.timezone,
    country: user.country,
    emailVerified: user.emailVerified,
    phoneVerified: user.phoneVerified,
    createdAt: user.createdAt,
  };
}

export function personRef(user: UserRecord): s.PersonRef {
  return { id: user.id, name: user.name, email: user.email };
}

/** A workspace as `callerRole` sees it. */
export function workspaceView(store: Store, limits: Limits, workspace: WorkspaceRecord, callerRole: string): s.Workspace {
  return {
    id: workspace.id,
    name: workspace.name,
    logoUrl: workspace.logoUrl,
    website: workspace.website,
    industry: workspace.industry,
    timezone: workspace.timezone,
    plan: workspace.plan,
    currency: workspace.currency,
    role: callerRole,
    memberCount: store.members.countOf(workspace.id),
    seatLimit: seatLimitOf(limits, workspace.plan),
    createdAt: workspace.createdAt,
    updatedAt: workspace.updatedAt,
  };
}

/** A member as `viewerId` sees them: `workspaceIds` lists only workspaces the viewer shares with them. */
export function memberView(store: Store, member: MemberRecord, user: UserRecord, viewerId: string): s.Member {
  const shared = store.members.ofUser(user.id)
    .filter((other) => other.workspaceId === member.workspaceId || store.members.find(other.workspaceId, viewerId)?.status === 'active')
    .map((other) => other.workspaceId);
  return {
    id: member.id,
    userId: user.id,
    workspaceId: member.workspaceId,
    name: user.name,
    email: user.email,
    avatarUrl: user.avatarUrl,
    role: member.roleId,
    groupIds: [...member.groupIds],
    workspaceIds: shared,
    status: member.status,
    addedAt: member.addedAt,
    lastLoginAt: user.lastLoginAt,
  };
}

/** `expired` is a pending invitation whose time ran out. */
export function invitationStatus(invitation: InvitationRecord, now: string): s.InvitationStatus {
  if (invitation.status === 'pending' && Date.parse(now) > Date.parse(invitation.expiresAt)) return 'expired';
  return invitation.status;
}

export function invitationView(store: Store, invitation: InvitationRecord, now: string): s.Invitation {
  const inviter = invitation.invitedBy === null ? undefined : store.users.get(invitation.invitedBy);
  return {
    id: invitation.id,
    workspaceId: invitation.workspaceId,
    email: invitation.email,
    role: invitation.roleId,
    status: invitationStatus(invitation, now),
    message: invitation.message,
    invitedBy: inviter ? personRef(inviter) : null,
    createdAt: invitation.createdAt,
    sentAt: invitation.sentAt,
    expiresAt: invitation.expiresAt,
    acceptedAt: invitation.acceptedAt,
    revokedAt: invitation.revokedAt,
  };
}

/** A built-in role: the same in every workspace, dated by the workspace, never changed (version 1). */
export function builtInRoleView(roleId: BuiltInRole, workspace: WorkspaceRecord, memberCount: number): s.Role {
  const definition = BUILT_IN_ROLE_DEFINITIONS[roleId];
  return {
    id: roleId,
    name: definition.name,
    description: definition.description,
    permissions: [...definition.permissions],
    builtIn: true,
    memberCount,
    createdAt: workspace.createdAt,
    updatedAt: workspace.createdAt,
  };
}

export function customRoleView(role: RoleRecord, memberCount: number): s.Role {
  return {
    id: role.id,
    name: role.name,
    description: role.description,
    permissions: [...role.permissions],
    builtIn: false,
    memberCount,
    createdAt: role.createdAt,
    updatedAt: role.updatedAt,
  };
}

export function groupView(group: GroupRecord, memberCount: number): s.Group {
  const { id, workspaceId, name, createdAt, updatedAt } = group;
  return { id, workspaceId, name, memberCount, createdAt, updatedAt };
}

/** Where a domain's verification record is published. */
export const verificationRecordName = (hostname: string) => `_teamkit-verify.${hostname}`;

/** The value the record must hold. */
export const verificationRecordValue = (token: string) => `teamkit-verify=${token}`;

/** A domain; its verification record only for someone who may manage domains (the token proves control). */
export function domainView(domain: DomainRecord, canManage: boolean): s.Domain {
  const { id, workspaceId, hostname, status, failureReason, lastCheckedAt, verifiedAt, createdAt, updatedAt } = domain;
  return {
    id,
    workspaceId,
    hostname,
    status,
    failureReason,
    purposes: [...domain.purposes],
    autoJoinRole: domain.autoJoinRoleId,
    verificationRecord: canManage
      ? { type: 'TXT', name: verificationRecordName(hostname), value: verificationRecordValue(domain.token) }
      : null,
    lastCheckedAt,
    verifiedAt,
    createdAt,
    updatedAt,
  };
}

export function sessionView(session: SessionRecord, currentSessionId: string, limits: Limits): s.Session {
  const { id, device, browser, os, ip, location, createdAt, lastActiveAt } = session;
  const expiresAt = sessionExpiry(session, limits);
  return { id, device, browser, os, ip, location, createdAt, lastActiveAt, expiresAt, current: id === currentSessionId };
}

/** An export is pending until `readyAt`, then offers its download until `expiresAt`, then is expired. */
export function exportView(record: ExportRecord, now: string): s.DataExport {
  const time = Date.parse(now);
  const ready = time >= Date.parse(record.readyAt);
  const expired = time >= Date.parse(record.expiresAt);
  return {
    id: record.id,
    status: expired ? 'expired' : ready ? 'ready' : 'pending',
    createdAt: record.createdAt,
    readyAt: ready ? record.readyAt : null,
    expiresAt: ready ? record.expiresAt : null,
    downloadUrl: ready && !expired ? record.downloadUrl : null,
  };
}

/** A sign-in as its account sees it; `current` when it opened the session asking. */
export function signInView(record: SignInRecord, currentSessionId: string): s.SignIn {
  const { id, outcome, device, browser, os, ip, location, createdAt, reportedAt } = record;
  return { id, outcome, device, browser, os, ip, location, createdAt, current: record.sessionId === currentSessionId, reportedAt };
}
