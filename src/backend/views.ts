/** Records → the contract's shapes. The only place that knows how the API presents stored data. */
import type * as s from '../sdk/schemas/index.js';
import { seatLimitOf, type Limits } from './limits.js';
import { sessionExpiry } from './auth.js';
import { BUILT_IN_ROLE_DEFINITIONS } from './permissions.js';
import type {
  DomainRecord, ExportRecord, GroupRecord, InvitationRecord, MemberRecord, RoleRecord, SessionRecord, SignInRecord, Store, UserRecord, WorkspaceRecord,
} from './store.js';
import type { BuiltInRole } from '../sdk/schemas/index.js';
import { apiKeyStatus } from './api-keys.js';
import type { ApiKeyRecord, BillingRecord, DeliveryRecord, InvoiceRecord, WebhookRecord } from './store.js';
import { pdfDataUrl } from './invoice-pdf.js';

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

/** An API key as its workspace's developers see it: never its secret or digest. */
export function apiKeyView(store: Store, key: ApiKeyRecord, now: string): s.ApiKey {
  const creator = store.users.get(key.createdBy);
  const revoker = key.revocation?.by ? store.users.get(key.revocation.by) : undefined;
  return {
    id: key.id,
    workspaceId: key.workspaceId,
    name: key.name,
    prefix: `tk_live_${key.prefix}`,
    scopes: [...key.scopes],
    status: apiKeyStatus(key, now),
    createdBy: creator ? personRef(creator) : null,
    createdAt: key.createdAt,
    expiresAt: key.expiresAt,
    lastUsedAt: key.lastUsedAt,
    lastUsedIp: key.lastUsedIp,
    revocation: key.revocation && { at: key.revocation.at, by: revoker ? personRef(revoker) : null, reason: key.revocation.reason },
  };
}

/** A webhook endpoint without its secrets; the previous secret's expiry only while it still signs. */
export function webhookView(store: Store, webhook: WebhookRecord, now: string): s.Webhook {
  const creator = store.users.get(webhook.createdBy);
  const grace = webhook.previousSecret && Date.parse(webhook.previousSecret.expiresAt) > Date.parse(now) ? webhook.previousSecret.expiresAt : null;
  return {
    id: webhook.id,
    workspaceId: webhook.workspaceId,
    url: webhook.url,
    events: [...webhook.events],
    enabled: webhook.enabled,
    timeoutSeconds: webhook.timeoutSeconds,
    createdBy: creator ? personRef(creator) : null,
    createdAt: webhook.createdAt,
    updatedAt: webhook.updatedAt,
    secretRotatedAt: webhook.secretRotatedAt,
    previousSecretExpiresAt: grace,
  };
}

/** A delivery with its last attempt's outcome on top, as the delivery log shows it. */
export function deliveryView(delivery: DeliveryRecord): s.WebhookDelivery {
  const last = delivery.attempts.at(-1);
  return {
    id: delivery.id,
    webhookId: delivery.webhookId,
    eventId: delivery.event.id,
    eventType: delivery.event.type,
    trigger: delivery.trigger,
    redeliveryOf: delivery.redeliveryOf,
    status: delivery.status,
    createdAt: delivery.createdAt,
    completedAt: delivery.completedAt,
    nextAttemptAt: delivery.nextAttemptAt,
    responseStatus: last?.responseStatus ?? null,
    durationMs: last?.durationMs ?? null,
    error: last?.error ?? null,
    request: { url: delivery.request.url, headers: { ...delivery.request.headers }, body: delivery.request.body },
    response: delivery.response && { ...delivery.response, headers: { ...delivery.response.headers } },
    attempts: delivery.attempts.map((attempt) => ({ ...attempt })),
  };
}

const PLAN_NAMES: Record<s.Plan, string> = { free: 'Free', pro: 'Pro', enterprise: 'Enterprise' };

/**
 * A workspace's billing summary in its currency; `seats` as the seat rules count them. A workspace without
 * billing is on its plan's free terms: nothing to pay, an empty wallet, no usage.
 */
export function billingView(workspace: WorkspaceRecord, billing: BillingRecord | undefined, seats: s.BillingSummary['seats'], now: Date): s.BillingSummary {
  const { currency } = workspace;
  const money = (amount: number): s.Money => ({ amount, currency });
  const usage = billing?.usage ?? [];
  const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const balance = billing?.walletBalance ?? 0;
  const threshold = billing?.lowBalanceThreshold ?? 0;
  return {
    workspaceId: workspace.id,
    plan: workspace.plan,
    planName: PLAN_NAMES[workspace.plan],
    cycle: billing?.cycle ?? 'monthly',
    price: money(billing?.price ?? 0),
    renewsAt: billing?.renewsAt ?? null,
    seats,
    wallet: { balance: money(balance), lowBalanceThreshold: money(threshold), low: balance < threshold },
    usage: {
      periodStart: billing?.periodStart ?? month.toISOString(),
      periodEnd: billing?.periodEnd ?? new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString(),
      items: usage.map((item) => ({ ...item, amount: money(item.amount) })),
      total: money(usage.reduce((sum, item) => sum + item.amount, 0)),
    },
  };
}

/** An invoice, with a small PDF of it as its link. */
export function invoiceView(invoice: InvoiceRecord, currency: string): s.Invoice {
  const amount = { amount: invoice.amount, currency };
  const format = new Intl.NumberFormat('en', { style: 'currency', currency });
  // Minor units to major by the currency's own exponent (2 for USD, 0 for JPY).
  const shown = format.format(invoice.amount / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2));
  return {
    ...invoice,
    amount,
    pdfUrl: pdfDataUrl([`Invoice ${invoice.number}`, `Issued ${invoice.issuedAt.slice(0, 10)}, due ${invoice.dueAt.slice(0, 10)}`,
      `Period ${invoice.periodStart.slice(0, 10)} to ${invoice.periodEnd.slice(0, 10)}`, `Amount ${shown}`, `Status ${invoice.status}`]),
  };
}
