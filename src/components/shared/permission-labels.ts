import { msg } from '@lit/localize';
import type { Permission } from '../../sdk/index.js';

/** A permission as the reader reads it: its name, what it allows and its group, in their language. */
export interface PermissionText {
  label: string;
  description: string;
  group: string;
}

/**
 * The permission catalog's entry (`client.permissions.list()`) in the reader's language. The API's catalog is
 * English; the permissions the contract defines are named here, and a permission a host's backend adds shows as
 * its catalog says.
 */
export function permissionText(permission: Permission): PermissionText {
  const known = knownPermission(permission.key);
  return {
    label: known?.[0] ?? permission.label,
    description: known?.[1] ?? permission.description,
    group: permissionGroupLabel(permission.group),
  };
}

function knownPermission(key: string): [label: string, description: string] | undefined {
  switch (key) {
    case 'members:invite': return [msg('Invite members', { id: 'tk.permission.members_invite' }), msg('Send, resend and revoke invitations.', { id: 'tk.permission.members_invite_description' })];
    case 'members:manage': return [msg('Manage members', { id: 'tk.permission.members_manage' }), msg("Change members' roles and groups, remove members.", { id: 'tk.permission.members_manage_description' })];
    case 'roles:manage': return [msg('Manage roles', { id: 'tk.permission.roles_manage' }), msg('Create, edit and delete custom roles.', { id: 'tk.permission.roles_manage_description' })];
    case 'groups:manage': return [msg('Manage groups', { id: 'tk.permission.groups_manage' }), msg('Create, rename and delete groups and choose who is in them.', { id: 'tk.permission.groups_manage_description' })];
    case 'workspace:manage': return [msg('Manage workspace', { id: 'tk.permission.workspace_manage' }), msg('Change the name, logo, website and time zone.', { id: 'tk.permission.workspace_manage_description' })];
    case 'domains:manage': return [msg('Manage domains', { id: 'tk.permission.domains_manage' }), msg('Add, verify and remove domains, and choose what they are for.', { id: 'tk.permission.domains_manage_description' })];
    case 'billing:view': return [msg('View billing', { id: 'tk.permission.billing_view' }), msg('See the plan, invoices and usage.', { id: 'tk.permission.billing_view_description' })];
    case 'billing:manage': return [msg('Manage billing', { id: 'tk.permission.billing_manage' }), msg('Change the plan and payment methods.', { id: 'tk.permission.billing_manage_description' })];
    case 'developer:manage': return [msg('Manage developer settings', { id: 'tk.permission.developer_manage' }), msg('API keys and webhooks.', { id: 'tk.permission.developer_manage_description' })];
    case 'audit:view': return [msg('View audit log', { id: 'tk.permission.audit_view' }), msg('Read and export the audit log.', { id: 'tk.permission.audit_view_description' })];
    default: return undefined;
  }
}

/** A permission group's name (`Members`, `Billing`…) in the reader's language; an unknown one as written. */
export function permissionGroupLabel(group: string): string {
  switch (group) {
    case 'Members': return msg('Members', { id: 'tk.permission.group_members' });
    case 'Workspace': return msg('Workspace', { id: 'tk.permission.group_workspace' });
    case 'Billing': return msg('Billing', { id: 'tk.permission.group_billing' });
    case 'Developers': return msg('Developers', { id: 'tk.permission.group_developers' });
    case 'Security': return msg('Security', { id: 'tk.permission.group_security' });
    default: return group;
  }
}
