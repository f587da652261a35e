export { createClient, type Client } from './client.js';
export type { ClientOptions, CallOptions, UpdateOptions, WithETag } from './http.js';
export { fieldErrorsOf } from './http.js';
export * from './errors/index.js';
export * from './schemas/index.js';
export type { AccountResource } from './resources/account.js';
export type { SessionsResource } from './resources/sessions.js';
export type { WorkspacesResource } from './resources/workspaces.js';
export type { MembersResource } from './resources/members.js';
export type { InvitationsResource } from './resources/invitations.js';
export type { RolesResource, PermissionsResource } from './resources/roles.js';
export type { GroupsResource } from './resources/groups.js';
export type { DomainsResource } from './resources/domains.js';
export type { AuditResource } from './resources/audit.js';
export type { NotificationRulesResource } from './resources/notification-rules.js';
export type { ApiKeysResource } from './resources/api-keys.js';
export type { WebhooksResource } from './resources/webhooks.js';
export type { BillingResource } from './resources/billing.js';
export type { Download, DownloadOptions } from './download.js';
export {
  isWithin, canActOn, canChangeOrRemove, canGrant, grantableRoles, canEditRole,
  type HeldPermissions, type Standing, type RoleHolder, type RoleGrant,
} from './roles.js';
