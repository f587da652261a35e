import type { Catalogs } from '../localization.js';

/**
 * Spanish, one catalog per element (keyed by its default tag) plus `shared` for the foundation's strings. Each
 * is its own chunk, loaded only when Spanish is used and its element is registered; each element keeps its
 * strings beside it (`<tag>.es.ts`), so adding an element touches one line here.
 */
export const spanish: Catalogs = {
  shared: () => import('./shared.es.js').then((module) => module.shared),
  'team-table': () => import('../../team-table/team-table.es.js').then((module) => module.teamTable),
  'invite-dialog': () => import('../../invite-dialog/invite-dialog.es.js').then((module) => module.inviteDialog),
  'profile-form': () => import('../../profile-form/profile-form.es.js').then((module) => module.profileForm),
  'invitation-list': () => import('../../invitation-list/invitation-list.es.js').then((module) => module.invitationList),
  'accept-invite': () => import('../../accept-invite/accept-invite.es.js').then((module) => module.acceptInvite),
  'session-list': () => import('../../session-list/session-list.es.js').then((module) => module.sessionList),
  'notification-preferences': () => import('../../notification-preferences/notification-preferences.es.js').then((module) => module.notificationPreferences),
  'workspace-form': () => import('../../workspace-form/workspace-form.es.js').then((module) => module.workspaceForm),
  'workspace-switcher': () => import('../../workspace-switcher/workspace-switcher.es.js').then((module) => module.workspaceSwitcher),
  'workspace-list': () => import('../../workspace-list/workspace-list.es.js').then((module) => module.workspaceList),
  'role-editor': () => import('../../role-editor/role-editor.es.js').then((module) => module.roleEditor),
  'password-form': () => import('../../password-form/password-form.es.js').then((module) => module.passwordForm),
  'group-manager': () => import('../../group-manager/group-manager.es.js').then((module) => module.groupManager),
  'email-change-form': () => import('../../email-change-form/email-change-form.es.js').then((module) => module.emailChangeForm),
  'phone-change-form': () => import('../../phone-change-form/phone-change-form.es.js').then((module) => module.phoneChangeForm),
  'api-key-manager': () => import('../../api-key-manager/api-key-manager.es.js').then((module) => module.apiKeyManager),
  'webhook-manager': () => import('../../webhook-manager/webhook-manager.es.js').then((module) => module.webhookManager),
  'developer-ids': () => import('../../developer-ids/developer-ids.es.js').then((module) => module.developerIds),
  'audit-log': () => import('../../audit-log/audit-log.es.js').then((module) => module.auditLog),
  'billing-summary': () => import('../../billing-summary/billing-summary.es.js').then((module) => module.billingSummary),
  'privacy-settings': () => import('../../privacy-settings/privacy-settings.es.js').then((module) => module.privacySettings),
  'domain-list': () => import('../../domain-list/domain-list.es.js').then((module) => module.domainList),
  'danger-zone': () => import('../../danger-zone/danger-zone.es.js').then((module) => module.dangerZone),
  'account-settings': () => import('../../account-settings/account-settings.es.js').then((module) => module.accountSettings),
  'workspace-settings': () => import('../../workspace-settings/workspace-settings.es.js').then((module) => module.workspaceSettings),
};
