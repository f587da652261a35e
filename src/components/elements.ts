import { AcceptInvite } from './accept-invite/accept-invite.component.js';
import { InvitationList } from './invitation-list/invitation-list.component.js';
import { ProfileForm } from './profile-form/profile-form.component.js';
import { InviteDialog } from './invite-dialog/invite-dialog.component.js';
import { TeamkitProvider } from './teamkit-provider/teamkit-provider.component.js';
import { TeamTable } from './team-table/team-table.component.js';
import { SessionListElement } from './session-list/session-list.component.js';
import { NotificationPreferencesElement } from './notification-preferences/notification-preferences.component.js';
import { WorkspaceForm } from './workspace-form/workspace-form.component.js';
import { WorkspaceSwitcher } from './workspace-switcher/workspace-switcher.component.js';
import { WorkspaceList } from './workspace-list/workspace-list.component.js';
import { RoleEditor } from './role-editor/role-editor.component.js';
import { PasswordForm } from './password-form/password-form.component.js';
import { GroupManager } from './group-manager/group-manager.component.js';
import { EmailChangeForm } from './email-change-form/email-change-form.component.js';
import { PhoneChangeForm } from './phone-change-form/phone-change-form.component.js';
import { ApiKeyManager } from './api-key-manager/api-key-manager.component.js';
import { WebhookManager } from './webhook-manager/webhook-manager.component.js';
import { DeveloperIds } from './developer-ids/developer-ids.component.js';
import { AuditLog } from './audit-log/audit-log.component.js';
import { BillingSummaryElement } from './billing-summary/billing-summary.component.js';
import { PrivacySettings } from './privacy-settings/privacy-settings.component.js';
import { DomainListElement } from './domain-list/domain-list.component.js';
import { DangerZone } from './danger-zone/danger-zone.component.js';
import { AccountSettings } from './account-settings/account-settings.component.js';
import { WorkspaceSettings } from './workspace-settings/workspace-settings.component.js';

/** Every element class by its default tag. `defineAll` and `define.ts` register from this one list. */
export const elements: Record<string, CustomElementConstructor> = {
  'teamkit-provider': TeamkitProvider,
  'team-table': TeamTable,
  'invite-dialog': InviteDialog,
  'profile-form': ProfileForm,
  'invitation-list': InvitationList,
  'accept-invite': AcceptInvite,
  'session-list': SessionListElement,
  'notification-preferences': NotificationPreferencesElement,
  'workspace-form': WorkspaceForm,
  'workspace-switcher': WorkspaceSwitcher,
  'workspace-list': WorkspaceList,
  'role-editor': RoleEditor,
  'password-form': PasswordForm,
  'group-manager': GroupManager,
  'email-change-form': EmailChangeForm,
  'phone-change-form': PhoneChangeForm,
  'api-key-manager': ApiKeyManager,
  'webhook-manager': WebhookManager,
  'developer-ids': DeveloperIds,
  'audit-log': AuditLog,
  'billing-summary': BillingSummaryElement,
  'privacy-settings': PrivacySettings,
  'domain-list': DomainListElement,
  'danger-zone': DangerZone,
  'account-settings': AccountSettings,
  'workspace-settings': WorkspaceSettings,
};
