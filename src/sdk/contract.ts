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
  /** Problem codes this endpoint can answer besides the generic ones. */
  problems: s.ProblemCode[];
}

const page = s.page;

export const endpoints: Endpoint[] = [
  // Account
  { operationId: 'getAccount', method: 'GET', path: '/me', tag: 'Account', summary: "The signed-in user's account.", response: s.User, etag: true, problems: [] },
  { operationId: 'updateAccount', method: 'PATCH', path: '/me', tag: 'Account', summary: 'Update name, phone, locale, timezone or country.', body: s.UserUpdate, response: s.User, etag: true, ifMatch: true, problems: ['validation_failed', 'precondition_failed'] },
  { operationId: 'deleteAccount', method: 'DELETE', path: '/me', tag: 'Account', summary: 'Delete the account (password and email typed again).', body: s.AccountDeletion, status: 204, ifMatch: true, problems: ['validation_failed', 'invalid_password', 'last_owner'] },
  { operationId: 'uploadAvatar', method: 'POST', path: '/me/avatar', tag: 'Account', summary: 'Upload a PNG, JPEG, GIF or WebP avatar of at most 2 MB.', upload: true, response: s.User, etag: true, problems: ['payload_too_large', 'unsupported_media_type'] },
  { operationId: 'removeAvatar', method: 'DELETE', path: '/me/avatar', tag: 'Account', summary: 'Remove the avatar.', response: s.User, etag: true, ifMatch: true, problems: [] },
  { operationId: 'changePassword', method: 'POST', path: '/me/password', tag: 'Account', summary: 'Change the password; needs the current one. Every other session of the account ends; the answer says how many.', body: s.PasswordChange, response: s.RevokedSessions, problems: ['validation_failed', 'invalid_password', 'rate_limited'] },
  { operationId: 'startEmailChange', method: 'POST', path: '/me/email-change', tag: 'Account', summary: 'Send a verification code to a new email address.', body: s.EmailChangeStart, response: s.VerificationPending, status: 202, problems: ['validation_failed', 'invalid_password', 'conflict'] },
  { operationId: 'confirmEmailChange', method: 'POST', path: '/me/email-change/confirm', tag: 'Account', summary: 'Apply the new email with the code it received.', body: s.CodeConfirmation, response: s.User, problems: ['validation_failed', 'invalid_code', 'not_found', 'conflict'] },
  { operationId: 'startPhoneChange', method: 'POST', path: '/me/phone-change', tag: 'Account', summary: 'Send a verification code by SMS to a new phone number.', body: s.PhoneChangeStart, response: s.VerificationPending, status: 202, problems: ['validation_failed', 'invalid_password'] },
  { operationId: 'confirmPhoneChange', method: 'POST', path: '/me/phone-change/confirm', tag: 'Account', summary: 'Apply the new phone number with the code it received.', body: s.CodeConfirmation, response: s.User, problems: ['validation_failed', 'invalid_code', 'not_found'] },
  { operationId: 'getNotificationPreferences', method: 'GET', path: '/me/notification-preferences', tag: 'Account', summary: 'The topic × channel matrix and the low-balance alert.', response: s.NotificationPreferences, problems: [] },
  { operationId: 'updateNotificationPreferences', method: 'PATCH', path: '/me/notification-preferences', tag: 'Account', summary: 'Change some cells of the matrix or the low-balance alert.', body: s.NotificationPreferencesUpdate, response: s.NotificationPreferences, problems: ['validation_failed'] },
  { operationId: 'requestExport', method: 'POST', path: '/me/exports', tag: 'Account', summary: 'Start an export of all account data.', response: s.DataExport, status: 202, problems: ['rate_limited'] },
  { operationId: 'getExport', method: 'GET', path: '/me/exports/{exportId}', tag: 'Account', summary: 'Where an export stands; `downloadUrl` once ready.', response: s.DataExport, problems: ['not_found'] },
  // Sessions
  { operationId: 'listSessions', method: 'GET', path: '/me/sessions', tag: 'Sessions', summary: 'Signed-in devices, the current one flagged.', response: s.SessionList, problems: [] },
  { operationId: 'revokeSession', method: 'DELETE', path: '/me/sessions/{sessionId}', tag: 'Sessions', summary: 'Sign one device out.', status: 204, problems: ['not_found'] },
  { operationId: 'revokeOtherSessions', method: 'POST', path: '/me/sessions/revoke-others', tag: 'Sessions', summary: 'Sign every other device out.', response: s.RevokedSessions, problems: [] },
  // Workspaces
  { operationId: 'listWorkspaces', method: 'GET', path: '/workspaces', tag: 'Workspaces', summary: "The caller's workspaces.", query: s.PageQuery, response: page(s.Workspace), problems: [] },
  { operationId: 'createWorkspace', method: 'POST', path: '/workspaces', tag: 'Workspaces', summary: 'Create a workspace; the caller becomes its owner.', body: s.WorkspaceCreate, response: s.Workspace, status: 201, problems: ['validation_failed', 'workspace_limit_reached', 'plan_required'] },
  { operationId: 'getWorkspace', method: 'GET', path: '/workspaces/{workspaceId}', tag: 'Workspaces', summary: 'One workspace.', response: s.Workspace, etag: true, problems: ['not_found'] },
  { operationId: 'updateWorkspace', method: 'PATCH', path: '/workspaces/{workspaceId}', tag: 'Workspaces', summary: 'Update name, website, industry or timezone.', body: s.WorkspaceUpdate, response: s.Workspace, etag: true, ifMatch: true, problems: ['validation_failed', 'forbidden', 'not_found', 'precondition_failed'] },
  { operationId: 'deleteWorkspace', method: 'DELETE', path: '/workspaces/{workspaceId}', tag: 'Workspaces', summary: 'Delete the workspace (owner only; its name typed again).', body: s.WorkspaceDeletion, status: 204, ifMatch: true, problems: ['validation_failed', 'forbidden', 'not_found'] },
  { operationId: 'uploadWorkspaceLogo', method: 'POST', path: '/workspaces/{workspaceId}/logo', tag: 'Workspaces', summary: 'Upload a logo of at most 2 MB.', upload: true, response: s.Workspace, etag: true, problems: ['forbidden', 'payload_too_large', 'unsupported_media_type'] },
  { operationId: 'removeWorkspaceLogo', method: 'DELETE', path: '/workspaces/{workspaceId}/logo', tag: 'Workspaces', summary: 'Remove the logo.', response: s.Workspace, etag: true, ifMatch: true, problems: ['forbidden'] },
  { operationId: 'leaveWorkspace', method: 'POST', path: '/workspaces/{workspaceId}/leave', tag: 'Workspaces', summary: 'Leave the workspace (not as its owner).', status: 204, problems: ['last_owner', 'not_found'] },
  { operationId: 'transferOwnership', method: 'POST', path: '/workspaces/{workspaceId}/transfer-ownership', tag: 'Workspaces', summary: 'Make another active member the owner; the caller becomes admin.', body: s.OwnershipTransfer, response: s.Workspace, problems: ['validation_failed', 'forbidden', 'not_found'] },
  // Members
  { operationId: 'listMembers', method: 'GET', path: '/workspaces/{workspaceId}/members', tag: 'Members', summary: 'Search, filter, sort and page through members.', query: s.MemberQuery, response: page(s.Member), problems: ['validation_failed', 'not_found'] },
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
  { operationId: 'deleteRole', method: 'DELETE', path: '/workspaces/{workspaceId}/roles/{roleId}', tag: 'Roles', summary: 'Delete a custom role nobody holds.', status: 204, ifMatch: true, problems: ['forbidden', 'not_found', 'conflict'] },
  // Audit
  { operationId: 'listAuditLog', method: 'GET', path: '/workspaces/{workspaceId}/audit-log', tag: 'Audit log', summary: 'Every mutation, newest first, filtered server-side.', query: s.AuditQuery, response: page(s.AuditEntry), problems: ['forbidden', 'not_found'] },
];
