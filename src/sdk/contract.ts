/**
 * The API contract as data: every endpoint, what it takes and what it returns.
 * `scripts/openapi.ts` turns this into `docs/openapi.json`; the reference backend implements each entry.
 * Not imported by the SDK at run time, so it costs the browser bundle nothing.
 */
import * as z from 'zod/mini';
import * as s from './schemas/index.js';

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface Endpoint {
  operationId: string;
  method: Method;
  /** OpenAPI-style path with `{param}` segments. */
  path: string;
  summary: string;
  tag: string;
  query?: z.ZodMiniType;
  body?: z.ZodMiniType;
  /** `multipart/form-data` upload with one `file` part instead of a JSON body. */
  upload?: true;
  response?: z.ZodMiniType;
  /** Status of success (200 unless said). */
  status?: 200 | 201 | 202 | 204;
  /** The success response carries an `ETag`. */
  etag?: true;
  /** The request honours `If-Match`: a stale version is refused with 412. */
  ifMatch?: true;
  /** No bearer token or session needed. */
  public?: true;
  /**
   * The success answer holds a secret shown only this once (a new API key, a webhook signing secret): it is not
   * kept for `Idempotency-Key` replays, and a repeat is refused with 409 `secret_already_shown`.
   */
  secret?: true;
  /** The success answer is a file of this media type, streamed as a download (`Content-Disposition: attachment`). */
  download?: 'text/csv';
  /** Problem codes this endpoint can answer besides the generic ones. */
  problems: s.ProblemCode[];
}

const page = s.page;
/** One schema object for both member lists, so that the document names it once (`MemberPage`). */
const memberPage = page(s.Member);

export const endpoints: Endpoint[] = [
  // Account
  { operationId: 'getAccount', method: 'GET', path: '/me', tag: 'Account', summary: "The signed-in user's account.", response: s.User, etag: true, problems: [] },
  { operationId: 'updateAccount', method: 'PATCH', path: '/me', tag: 'Account', summary: 'Update name, phone, locale, timezone or country.', body: s.UserUpdate, response: s.User, etag: true, ifMatch: true, problems: ['validation_failed', 'precondition_failed'] },
  { operationId: 'deleteAccount', method: 'DELETE', path: '/me', tag: 'Account', summary: 'Delete the account (password and email typed again). While it owns workspaces with other members: `last_owner`, listing them in the problem\'s `workspaces`.', body: s.AccountDeletion, status: 204, ifMatch: true, problems: ['validation_failed', 'invalid_password', 'last_owner'] },
  { operationId: 'uploadAvatar', method: 'POST', path: '/me/avatar', tag: 'Account', summary: 'Upload a PNG, JPEG, GIF or WebP avatar of at most 2 MB.', upload: true, response: s.User, etag: true, problems: ['payload_too_large', 'unsupported_media_type'] },
  { operationId: 'removeAvatar', method: 'DELETE', path: '/me/avatar', tag: 'Account', summary: 'Remove the avatar.', response: s.User, etag: true, ifMatch: true, problems: [] },
  { operationId: 'changePassword', method: 'POST', path: '/me/password', tag: 'Account', summary: 'Change the password; needs the current one. Every other session of the account ends; the answer says how many.', body: s.PasswordChange, response: s.RevokedSessions, problems: ['validation_failed', 'invalid_password', 'rate_limited'] },
  { operationId: 'startEmailChange', method: 'POST', path: '/me/email-change', tag: 'Account', summary: 'Send a verification code to a new email address.', body: s.EmailChangeStart, response: s.VerificationPending, status: 202, problems: ['validation_failed', 'invalid_password', 'conflict'] },
  { operationId: 'getEmailChange', method: 'GET', path: '/me/email-change', tag: 'Account', summary: 'The pending email change: where the code went, when it expires, when a new one can be sent, attempts left; null when none is waiting (not a 404, which a browser logs as an error on every page load).', response: s.PendingChange, problems: [] },
  { operationId: 'resendEmailChange', method: 'POST', path: '/me/email-change/resend', tag: 'Account', summary: 'Send a new code for the pending email change (no password again); same cooldown and limits as starting.', response: s.VerificationPending, status: 202, problems: ['not_found', 'rate_limited'] },
  { operationId: 'cancelEmailChange', method: 'DELETE', path: '/me/email-change', tag: 'Account', summary: 'Drop the pending email change; nothing pending is fine too.', status: 204, problems: [] },
  { operationId: 'confirmEmailChange', method: 'POST', path: '/me/email-change/confirm', tag: 'Account', summary: 'Apply the new email with the code it received. A refused code is `invalid_code` with a field error on `code` whose code is `invalid_code` (attempts left in its message), `expired` or `too_many_attempts` (the change is dropped).', body: s.CodeConfirmation, response: s.User, problems: ['validation_failed', 'invalid_code', 'not_found', 'conflict'] },
  { operationId: 'startPhoneChange', method: 'POST', path: '/me/phone-change', tag: 'Account', summary: 'Send a verification code by SMS to a new phone number.', body: s.PhoneChangeStart, response: s.VerificationPending, status: 202, problems: ['validation_failed', 'invalid_password'] },
  { operationId: 'getPhoneChange', method: 'GET', path: '/me/phone-change', tag: 'Account', summary: 'The pending phone change: where the code went, when it expires, when a new one can be sent, attempts left; null when none is waiting.', response: s.PendingChange, problems: [] },
  { operationId: 'resendPhoneChange', method: 'POST', path: '/me/phone-change/resend', tag: 'Account', summary: 'Send a new SMS code for the pending phone change (no password again); same cooldown and limits as starting.', response: s.VerificationPending, status: 202, problems: ['not_found', 'rate_limited'] },
  { operationId: 'cancelPhoneChange', method: 'DELETE', path: '/me/phone-change', tag: 'Account', summary: 'Drop the pending phone change; nothing pending is fine too.', status: 204, problems: [] },
  { operationId: 'confirmPhoneChange', method: 'POST', path: '/me/phone-change/confirm', tag: 'Account', summary: 'Apply the new phone number with the code it received; a refused code as for the email change.', body: s.CodeConfirmation, response: s.User, problems: ['validation_failed', 'invalid_code', 'not_found'] },
  { operationId: 'getNotificationPreferences', method: 'GET', path: '/me/notification-preferences', tag: 'Account', summary: 'The topic × channel matrix, which channels the user can receive (and why not), and the low-balance alert.', response: s.NotificationPreferences, problems: [] },
  { operationId: 'updateNotificationPreferences', method: 'PATCH', path: '/me/notification-preferences', tag: 'Account', summary: 'Change some cells of the matrix or the low-balance alert. Turning on a channel the user cannot receive is refused (field error `channel_unavailable`).', body: s.NotificationPreferencesUpdate, response: s.NotificationPreferences, problems: ['validation_failed'] },
  { operationId: 'requestExport', method: 'POST', path: '/me/exports', tag: 'Account', summary: 'Start an export of all account data.', response: s.DataExport, status: 202, problems: ['rate_limited'] },
  { operationId: 'listExports', method: 'GET', path: '/me/exports', tag: 'Account', summary: "The account's data exports, newest first, so a reloaded page finds one still being prepared.", query: s.PageQuery, response: page(s.DataExport), problems: ['validation_failed'] },
  { operationId: 'getExport', method: 'GET', path: '/me/exports/{exportId}', tag: 'Account', summary: 'Where an export stands; `downloadUrl` once ready.', response: s.DataExport, problems: ['not_found'] },
  { operationId: 'getDeletionImpact', method: 'GET', path: '/me/deletion-impact', tag: 'Account', summary: 'What deleting the account would take with it, and the owned workspaces that must be transferred or deleted first.', response: s.DeletionImpact, problems: [] },
  // Sessions
  { operationId: 'listSessions', method: 'GET', path: '/me/sessions', tag: 'Sessions', summary: 'Signed-in devices, the current one flagged.', response: s.SessionList, problems: [] },
  { operationId: 'revokeSession', method: 'DELETE', path: '/me/sessions/{sessionId}', tag: 'Sessions', summary: 'Sign one device out.', status: 204, problems: ['not_found'] },
  { operationId: 'listSignIns', method: 'GET', path: '/me/sign-ins', tag: 'Sessions', summary: 'Sign-ins of the last 30 days, successful or not, newest first.', query: s.PageQuery, response: page(s.SignIn), problems: ['validation_failed'] },
  { operationId: 'reportSignIn', method: 'POST', path: '/me/sign-ins/{signInId}/not-me', tag: 'Sessions', summary: '"This wasn\'t me": sign every other device out and mail a security notice (once per sign-in).', response: s.RevokedSessions, problems: ['not_found', 'conflict'] },
  { operationId: 'revokeOtherSessions', method: 'POST', path: '/me/sessions/revoke-others', tag: 'Sessions', summary: 'Sign every other device out.', response: s.RevokedSessions, problems: [] },
  // Workspaces
  { operationId: 'listWorkspaces', method: 'GET', path: '/workspaces', tag: 'Workspaces', summary: "The caller's workspaces.", query: s.PageQuery, response: page(s.Workspace), problems: [] },
  { operationId: 'createWorkspace', method: 'POST', path: '/workspaces', tag: 'Workspaces', summary: 'Create a workspace; the caller becomes its owner.', body: s.WorkspaceCreate, response: s.Workspace, status: 201, problems: ['validation_failed', 'workspace_limit_reached', 'plan_required'] },
  { operationId: 'getWorkspace', method: 'GET', path: '/workspaces/{workspaceId}', tag: 'Workspaces', summary: 'One workspace.', response: s.Workspace, etag: true, problems: ['not_found'] },
  { operationId: 'updateWorkspace', method: 'PATCH', path: '/workspaces/{workspaceId}', tag: 'Workspaces', summary: 'Update name, website, industry or timezone.', body: s.WorkspaceUpdate, response: s.Workspace, etag: true, ifMatch: true, problems: ['validation_failed', 'forbidden', 'not_found', 'precondition_failed'] },
  { operationId: 'deleteWorkspace', method: 'DELETE', path: '/workspaces/{workspaceId}', tag: 'Workspaces', summary: 'Delete the workspace (owner only; its name typed again).', body: s.WorkspaceDeletion, status: 204, ifMatch: true, problems: ['validation_failed', 'forbidden', 'not_found'] },
  { operationId: 'uploadWorkspaceLogo', method: 'POST', path: '/workspaces/{workspaceId}/logo', tag: 'Workspaces', summary: 'Upload a logo of at most 2 MB.', upload: true, response: s.Workspace, etag: true, problems: ['forbidden', 'payload_too_large', 'unsupported_media_type'] },
  { operationId: 'removeWorkspaceLogo', method: 'DELETE', path: '/workspaces/{workspaceId}/logo', tag: 'Workspaces', summary: 'Remove the logo.', response: s.Workspace, etag: true, ifMatch: true, problems: ['forbidden'] },
  { operationId: 'getNotificationRules', method: 'GET', path: '/workspaces/{workspaceId}/notification-rules', tag: 'Workspaces', summary: 'Who in the workspace is told about each topic, and on which channels.', response: s.WorkspaceNotificationRules, etag: true, problems: ['not_found'] },
  { operationId: 'updateNotificationRules', method: 'PUT', path: '/workspaces/{workspaceId}/notification-rules', tag: 'Workspaces', summary: 'Replace the notification rules (workspace:manage); a topic left out goes back to its default.', body: s.NotificationRulesUpdate, response: s.WorkspaceNotificationRules, etag: true, ifMatch: true, problems: ['validation_failed', 'forbidden', 'not_found', 'precondition_failed'] },
  { operationId: 'leaveWorkspace', method: 'POST', path: '/workspaces/{workspaceId}/leave', tag: 'Workspaces', summary: 'Leave the workspace (not as its owner).', status: 204, problems: ['last_owner', 'not_found'] },
  { operationId: 'transferOwnership', method: 'POST', path: '/workspaces/{workspaceId}/transfer-ownership', tag: 'Workspaces', summary: 'Make another active member the owner; the caller becomes admin.', body: s.OwnershipTransfer, response: s.Workspace, problems: ['validation_failed', 'forbidden', 'not_found'] },
  { operationId: 'getWorkspaceQuota', method: 'GET', path: '/me/workspace-quota', tag: 'Workspaces', summary: 'How many workspaces the caller owns, the limit of their plan, and why they cannot create one more, if so: shown before anyone types a name.', response: s.WorkspaceQuota, problems: [] },
  { operationId: 'listJoinableWorkspaces', method: 'GET', path: '/me/joinable-workspaces', tag: 'Workspaces', summary: "Workspaces the caller may join through the auto-join domain of their verified email address (none while it is unverified).", response: s.JoinableWorkspaceList, problems: [] },
  { operationId: 'joinWorkspace', method: 'POST', path: '/workspaces/{workspaceId}/join', tag: 'Workspaces', summary: 'Join through an auto-join domain: only with a verified address at it, as the role it gives, while a seat is free; not after an admin removed you.', response: s.Workspace, status: 201, problems: ['forbidden', 'not_found', 'conflict', 'seat_limit_reached'] },
  // Members
  { operationId: 'listMembers', method: 'GET', path: '/workspaces/{workspaceId}/members', tag: 'Members', summary: 'Search, filter, sort and page through members.', query: s.MemberQuery, response: memberPage, problems: ['validation_failed', 'not_found'] },
  { operationId: 'getMyMembership', method: 'GET', path: '/workspaces/{workspaceId}/members/me', tag: 'Members', summary: "The caller's membership and effective permissions.", response: s.Membership, problems: ['not_found'] },
  { operationId: 'getMember', method: 'GET', path: '/workspaces/{workspaceId}/members/{memberId}', tag: 'Members', summary: 'One member.', response: s.Member, problems: ['not_found'] },
  { operationId: 'updateMember', method: 'PATCH', path: '/workspaces/{workspaceId}/members/{memberId}', tag: 'Members', summary: 'Change role or groups. Owner only via transfer.', body: s.MemberUpdate, response: s.Member, problems: ['validation_failed', 'forbidden', 'not_found', 'last_owner'] },
  { operationId: 'removeMember', method: 'DELETE', path: '/workspaces/{workspaceId}/members/{memberId}', tag: 'Members', summary: 'Remove a member; their access and sessions in it end at once.', status: 204, problems: ['forbidden', 'not_found', 'last_owner'] },
  // Invitations
  { operationId: 'listInvitations', method: 'GET', path: '/workspaces/{workspaceId}/invitations', tag: 'Invitations', summary: 'Invitations, newest first, by status.', query: s.InvitationQuery, response: page(s.Invitation), problems: ['forbidden', 'not_found'] },
  { operationId: 'createInvitations', method: 'POST', path: '/workspaces/{workspaceId}/invitations', tag: 'Invitations', summary: 'Invite many emails to one or several workspaces; one result per email and workspace.', body: s.InvitationCreate, response: s.InviteResults, problems: ['validation_failed', 'forbidden', 'not_found'] },
  { operationId: 'resendInvitation', method: 'POST', path: '/workspaces/{workspaceId}/invitations/{invitationId}/resend', tag: 'Invitations', summary: 'Send again with a new token and a new expiry.', response: s.Invitation, problems: ['forbidden', 'not_found', 'conflict'] },
  { operationId: 'revokeInvitation', method: 'POST', path: '/workspaces/{workspaceId}/invitations/{invitationId}/revoke', tag: 'Invitations', summary: 'Revoke; the link stops working.', response: s.Invitation, problems: ['forbidden', 'not_found', 'conflict'] },
  { operationId: 'lookupInvitation', method: 'GET', path: '/invitations/{token}', tag: 'Invitations', summary: 'Public: what an invitation link is for.', response: s.InvitationLookup, public: true, problems: ['not_found'] },
  { operationId: 'acceptInvitation', method: 'POST', path: '/invitations/{token}/accept', tag: 'Invitations', summary: 'Public: accept. A new address gets its account and first session; an address with an account must be signed in as it.', body: s.InvitationAccept, response: s.InvitationAccepted, status: 201, public: true, problems: ['validation_failed', 'not_found', 'invitation_expired', 'invitation_revoked', 'invitation_used', 'seat_limit_reached', 'sign_in_required', 'wrong_account'] },
  // Roles & permissions
  { operationId: 'listPermissions', method: 'GET', path: '/permissions', tag: 'Roles', summary: 'The permission catalog.', response: s.PermissionList, problems: [] },
  { operationId: 'listRoles', method: 'GET', path: '/workspaces/{workspaceId}/roles', tag: 'Roles', summary: 'Built-in and custom roles with member counts.', response: s.RoleList, problems: ['not_found'] },
  { operationId: 'createRole', method: 'POST', path: '/workspaces/{workspaceId}/roles', tag: 'Roles', summary: 'Create a custom role.', body: s.RoleCreate, response: s.Role, status: 201, problems: ['validation_failed', 'forbidden', 'conflict', 'plan_required'] },
  { operationId: 'getRole', method: 'GET', path: '/workspaces/{workspaceId}/roles/{roleId}', tag: 'Roles', summary: 'One role, with its ETag.', response: s.Role, etag: true, problems: ['not_found'] },
  { operationId: 'updateRole', method: 'PATCH', path: '/workspaces/{workspaceId}/roles/{roleId}', tag: 'Roles', summary: 'Rename a custom role or change its permissions.', body: s.RoleUpdate, response: s.Role, etag: true, ifMatch: true, problems: ['validation_failed', 'forbidden', 'not_found', 'conflict', 'precondition_failed'] },
  { operationId: 'getRoleUsage', method: 'GET', path: '/workspaces/{workspaceId}/roles/{roleId}/usage', tag: 'Roles', summary: 'What deleting a custom role would move (roles:manage): how many members hold it, and how many pending invitations and auto-join domains give it.', response: s.RoleUsage, problems: ['forbidden', 'not_found'] },
  { operationId: 'deleteRole', method: 'DELETE', path: '/workspaces/{workspaceId}/roles/{roleId}', tag: 'Roles', summary: 'Delete a custom role. While members hold it, or pending invitations or auto-join domains give it, `reassignTo` names the role they all move to in the same step; the answer says how many moved.', query: s.RoleDeletionQuery, response: s.RoleDeletion, ifMatch: true, problems: ['validation_failed', 'forbidden', 'not_found', 'conflict', 'precondition_failed'] },
  // Groups
  { operationId: 'listGroups', method: 'GET', path: '/workspaces/{workspaceId}/groups', tag: 'Groups', summary: 'Groups by name with member counts, optionally searched by name. Join members\' `groupIds` on it to show names.', query: s.GroupQuery, response: page(s.Group), problems: ['validation_failed', 'not_found'] },
  { operationId: 'createGroup', method: 'POST', path: '/workspaces/{workspaceId}/groups', tag: 'Groups', summary: 'Create a group (groups:manage); its name is unique in the workspace whatever the case.', body: s.GroupCreate, response: s.Group, status: 201, etag: true, problems: ['validation_failed', 'forbidden', 'not_found', 'conflict'] },
  { operationId: 'getGroup', method: 'GET', path: '/workspaces/{workspaceId}/groups/{groupId}', tag: 'Groups', summary: 'One group, with its ETag.', response: s.Group, etag: true, problems: ['not_found'] },
  { operationId: 'updateGroup', method: 'PATCH', path: '/workspaces/{workspaceId}/groups/{groupId}', tag: 'Groups', summary: 'Rename a group (groups:manage).', body: s.GroupUpdate, response: s.Group, etag: true, ifMatch: true, problems: ['validation_failed', 'forbidden', 'not_found', 'conflict', 'precondition_failed'] },
  { operationId: 'deleteGroup', method: 'DELETE', path: '/workspaces/{workspaceId}/groups/{groupId}', tag: 'Groups', summary: 'Delete a group; its members lose it. Refused while it holds someone whose groups the caller may not change.', status: 204, ifMatch: true, problems: ['forbidden', 'not_found', 'precondition_failed'] },
  { operationId: 'listGroupMembers', method: 'GET', path: '/workspaces/{workspaceId}/groups/{groupId}/members', tag: 'Groups', summary: "The group's members: search, filter, sort and pages as in the member list.", query: s.MemberQuery, response: memberPage, problems: ['validation_failed', 'not_found'] },
  { operationId: 'changeGroupMembers', method: 'POST', path: '/workspaces/{workspaceId}/groups/{groupId}/members', tag: 'Groups', summary: 'Add and remove members in one step (groups:manage), with an outcome per member; the role rule applies to each.', body: s.GroupMembersChange, response: s.GroupMembersChanged, problems: ['validation_failed', 'forbidden', 'not_found'] },
  // Domains
  { operationId: 'listDomains', method: 'GET', path: '/workspaces/{workspaceId}/domains', tag: 'Domains', summary: "The workspace's domains; the verification record only for members with domains:manage.", response: s.DomainList, problems: ['not_found'] },
  { operationId: 'addDomain', method: 'POST', path: '/workspaces/{workspaceId}/domains', tag: 'Domains', summary: 'Claim a domain (domains:manage); the answer has the TXT record to publish before verifying.', body: s.DomainCreate, response: s.Domain, status: 201, etag: true, problems: ['validation_failed', 'forbidden', 'not_found', 'conflict', 'domain_taken'] },
  { operationId: 'getDomain', method: 'GET', path: '/workspaces/{workspaceId}/domains/{domainId}', tag: 'Domains', summary: 'One domain, with its ETag.', response: s.Domain, etag: true, problems: ['not_found'] },
  { operationId: 'updateDomain', method: 'PATCH', path: '/workspaces/{workspaceId}/domains/{domainId}', tag: 'Domains', summary: 'Set its purposes and the auto-join role (domains:manage); auto-join needs the domain verified and a role the caller may give.', body: s.DomainUpdate, response: s.Domain, etag: true, ifMatch: true, problems: ['validation_failed', 'forbidden', 'not_found', 'precondition_failed'] },
  { operationId: 'verifyDomain', method: 'POST', path: '/workspaces/{workspaceId}/domains/{domainId}/verify', tag: 'Domains', summary: 'Look the TXT record up now: `verified`, or `failed` with the reason. Throttled per domain and per workspace.', response: s.Domain, etag: true, problems: ['forbidden', 'not_found', 'domain_taken', 'rate_limited'] },
  { operationId: 'removeDomain', method: 'DELETE', path: '/workspaces/{workspaceId}/domains/{domainId}', tag: 'Domains', summary: 'Remove a domain (domains:manage); auto-join through it stops.', status: 204, ifMatch: true, problems: ['forbidden', 'not_found', 'precondition_failed'] },
  // Audit
  { operationId: 'listAuditLog', method: 'GET', path: '/workspaces/{workspaceId}/audit-log', tag: 'Audit log', summary: 'Every mutation, newest first, filtered server-side.', query: s.AuditQuery, response: page(s.AuditEntry), problems: ['forbidden', 'not_found'] },
  { operationId: 'getAuditFacets', method: 'GET', path: '/workspaces/{workspaceId}/audit-log/facets', tag: 'Audit log', summary: 'The actions and target types the log holds, to offer as filters.', response: s.AuditFacets, problems: ['forbidden', 'not_found'] },
  { operationId: 'exportAuditLog', method: 'GET', path: '/workspaces/{workspaceId}/audit-log/export.csv', tag: 'Audit log', summary: 'Every entry matching the filters as CSV (RFC 4180, UTF-8, newest first), streamed; cells that a spreadsheet would run as formulas start with `\'`.', query: s.AuditExportQuery, download: 'text/csv', problems: ['forbidden', 'not_found'] },
  // API keys
  { operationId: 'listApiKeys', method: 'GET', path: '/workspaces/{workspaceId}/api-keys', tag: 'API keys', summary: 'The workspace\'s API keys, newest first: prefix, scopes, creator, last use, status. Never their secrets.', query: s.ApiKeyQuery, response: page(s.ApiKey), problems: ['forbidden', 'not_found'] },
  { operationId: 'createApiKey', method: 'POST', path: '/workspaces/{workspaceId}/api-keys', tag: 'API keys', summary: 'Create a key with scopes the caller holds; its secret is in this answer only.', body: s.ApiKeyCreate, response: s.ApiKeyCreated, status: 201, secret: true, problems: ['validation_failed', 'forbidden', 'not_found', 'conflict', 'secret_already_shown'] },
  { operationId: 'revokeApiKey', method: 'POST', path: '/workspaces/{workspaceId}/api-keys/{apiKeyId}/revoke', tag: 'API keys', summary: 'Revoke a key; requests with it are refused from now on.', response: s.ApiKey, problems: ['forbidden', 'not_found', 'conflict'] },
  // Webhooks
  { operationId: 'listWebhookEvents', method: 'GET', path: '/webhook-events', tag: 'Webhooks', summary: 'The event types an endpoint can subscribe to.', response: s.WebhookEventTypeList, problems: [] },
  { operationId: 'listWebhooks', method: 'GET', path: '/workspaces/{workspaceId}/webhooks', tag: 'Webhooks', summary: 'The workspace\'s webhook endpoints, newest first.', query: s.PageQuery, response: page(s.Webhook), problems: ['forbidden', 'not_found'] },
  { operationId: 'createWebhook', method: 'POST', path: '/workspaces/{workspaceId}/webhooks', tag: 'Webhooks', summary: 'Add an https endpoint for some event types; its signing secret is in this answer only.', body: s.WebhookCreate, response: s.WebhookWithSecret, status: 201, secret: true, problems: ['validation_failed', 'forbidden', 'not_found', 'conflict', 'secret_already_shown'] },
  { operationId: 'getWebhook', method: 'GET', path: '/workspaces/{workspaceId}/webhooks/{webhookId}', tag: 'Webhooks', summary: 'One endpoint.', response: s.Webhook, problems: ['forbidden', 'not_found'] },
  { operationId: 'updateWebhook', method: 'PATCH', path: '/workspaces/{workspaceId}/webhooks/{webhookId}', tag: 'Webhooks', summary: 'Change the URL, the event types, the timeout, or enable or disable it.', body: s.WebhookUpdate, response: s.Webhook, problems: ['validation_failed', 'forbidden', 'not_found'] },
  { operationId: 'deleteWebhook', method: 'DELETE', path: '/workspaces/{workspaceId}/webhooks/{webhookId}', tag: 'Webhooks', summary: 'Delete an endpoint with its delivery log; retries still due are dropped.', status: 204, problems: ['forbidden', 'not_found'] },
  { operationId: 'rotateWebhookSecret', method: 'POST', path: '/workspaces/{workspaceId}/webhooks/{webhookId}/rotate-secret', tag: 'Webhooks', summary: 'Make a new signing secret (in this answer only); the previous one keeps signing too for a grace period (24 h by default).', response: s.WebhookWithSecret, secret: true, problems: ['forbidden', 'not_found', 'secret_already_shown'] },
  { operationId: 'sendWebhookTest', method: 'POST', path: '/workspaces/{workspaceId}/webhooks/{webhookId}/test', tag: 'Webhooks', summary: 'Send a sample event of a type from the catalog, even to a disabled endpoint; answers the queued delivery.', body: s.WebhookTest, response: s.WebhookDelivery, status: 202, problems: ['validation_failed', 'forbidden', 'not_found'] },
  { operationId: 'listWebhookDeliveries', method: 'GET', path: '/workspaces/{workspaceId}/webhooks/{webhookId}/deliveries', tag: 'Webhooks', summary: 'The endpoint\'s delivery log, newest first: what was sent, what came back, each attempt.', query: s.WebhookDeliveryQuery, response: page(s.WebhookDelivery), problems: ['forbidden', 'not_found'] },
  { operationId: 'getWebhookDelivery', method: 'GET', path: '/workspaces/{workspaceId}/webhooks/{webhookId}/deliveries/{deliveryId}', tag: 'Webhooks', summary: 'One delivery.', response: s.WebhookDelivery, problems: ['forbidden', 'not_found'] },
  { operationId: 'redeliverWebhook', method: 'POST', path: '/workspaces/{workspaceId}/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver', tag: 'Webhooks', summary: 'Send a delivery\'s event again (same event id and body, signed anew) as a new delivery.', response: s.WebhookDelivery, status: 202, problems: ['forbidden', 'not_found'] },
  // Billing
  { operationId: 'getBilling', method: 'GET', path: '/workspaces/{workspaceId}/billing', tag: 'Billing', summary: 'Plan and cycle, seats, wallet balance, and the current period\'s usage. Amounts in minor units.', response: s.BillingSummary, problems: ['forbidden', 'not_found'] },
  { operationId: 'listInvoices', method: 'GET', path: '/workspaces/{workspaceId}/billing/invoices', tag: 'Billing', summary: 'Invoices, newest first, with their PDF links.', query: s.InvoiceQuery, response: page(s.Invoice), problems: ['forbidden', 'not_found'] },
];
