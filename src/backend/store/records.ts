/**
 * What the in-memory store keeps. Records hold ids where the API shows objects (a member's `userId`, an
 * invitation's `invitedBy`); `views.ts` turns them into the contract's shapes.
 */
import type {
  AuditEntry, DomainFailureReason, DomainPurpose, DomainStatus, InvitationStatus, LowBalanceAlert, MemberStatus, NotificationRule, PermissionKey, Plan,
} from '../../sdk/schemas/index.js';

export type AccountPlan = 'free' | 'pro';

export interface UserRecord {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  avatarUrl: string | null;
  /** Null until the person chooses one. */
  locale: string | null;
  /** Null until the person chooses one. */
  timezone: string | null;
  country: string | null;
  emailVerified: boolean;
  phoneVerified: boolean;
  createdAt: string;
  /** Bumped on every change of what `/me` shows; the ETag. */
  version: number;
  /** The account's own plan: it decides how many workspaces it may own. */
  plan: AccountPlan;
  lastLoginAt: string | null;
  marketingOptIn: boolean;
  /** Cells of the notification matrix the user changed, by `topic:channel`; the rest keep their defaults. */
  notificationChoices: Record<string, boolean> | null;
  lowBalance: LowBalanceAlert | null;
}

export interface SessionRecord {
  id: string;
  userId: string;
  token: string;
  device: string;
  browser: string;
  os: string;
  ip: string;
  location: string | null;
  createdAt: string;
  lastActiveAt: string;
}

export interface WorkspaceRecord {
  id: string;
  name: string;
  logoUrl: string | null;
  website: string | null;
  industry: string | null;
  timezone: string;
  plan: Plan;
  /** The billing currency, ISO 4217. */
  currency: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface MemberRecord {
  id: string;
  workspaceId: string;
  userId: string;
  /** A built-in role's key (`admin`) or a custom role's id. */
  roleId: string;
  groupIds: string[];
  status: MemberStatus;
  addedAt: string;
}

/** A workspace's custom role. Built-in roles are constants, not records. */
export interface RoleRecord {
  id: string;
  workspaceId: string;
  name: string;
  description: string;
  permissions: PermissionKey[];
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface GroupRecord {
  id: string;
  workspaceId: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  /** Bumped on every rename; the ETag. */
  version: number;
}

/** A domain a workspace claims; `token` is what its TXT record must say. */
export interface DomainRecord {
  id: string;
  workspaceId: string;
  hostname: string;
  token: string;
  status: DomainStatus;
  failureReason: DomainFailureReason | null;
  purposes: DomainPurpose[];
  /** The role auto-join gives; set exactly while `purposes` has `auto_join`. */
  autoJoinRoleId: string | null;
  lastCheckedAt: string | null;
  verifiedAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** `expired` is not stored: it is computed from `expiresAt` and the clock. */
export type StoredInvitationStatus = Exclude<InvitationStatus, 'expired'>;

export interface InvitationRecord {
  id: string;
  workspaceId: string;
  email: string;
  roleId: string;
  status: StoredInvitationStatus;
  message: string | null;
  invitedBy: string | null;
  token: string;
  createdAt: string;
  sentAt: string;
  expiresAt: string;
  acceptedAt: string | null;
  revokedAt: string | null;
}

export interface ExportRecord {
  id: string;
  userId: string;
  createdAt: string;
  readyAt: string;
  expiresAt: string;
  /** A `data:application/json` URL of the account's data, made when the export was requested. */
  downloadUrl: string;
}

export type VerificationKind = 'email' | 'phone';

/** A pending email or phone change, waiting for its code. */
export interface VerificationRecord {
  userId: string;
  kind: VerificationKind;
  target: string;
  code: string;
  /** When the latest code stops working. */
  expiresAt: string;
  /** When the change itself lapses: it was started with the password, and resends do not extend that. */
  lapsesAt: string;
  /** Wrong codes tolerated before the change is dropped, so that six digits cannot be guessed. */
  attemptsLeft: number;
}

/** One attempt to sign in, kept for the account's recent sign-ins list. */
export interface SignInRecord {
  id: string;
  userId: string;
  outcome: 'success' | 'failure';
  device: string;
  browser: string;
  os: string;
  ip: string;
  location: string | null;
  createdAt: string;
  /** The session a successful sign-in opened. */
  sessionId: string | null;
  /** When the user said "This wasn't me". */
  reportedAt: string | null;
}

/** A workspace's own notification rules (by topic); topics without one use their default. Its id is the workspace's. */
export interface NotificationRulesRecord {
  id: string;
  rules: Record<string, Pick<NotificationRule, 'audience' | 'channels'>>;
  updatedAt: string;
  version: number;
}

export type AuditRecord = AuditEntry;
