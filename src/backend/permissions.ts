import {
  BUILT_IN_ROLES, PERMISSION_KEYS, type BuiltInRole, type Permission, type PermissionKey,
} from '../sdk/schemas/index.js';

/** The permission catalog as `GET /permissions` lists it. */
export const PERMISSION_CATALOG: readonly Permission[] = [
  { key: 'members:invite', label: 'Invite members', description: 'Send, resend and revoke invitations.', group: 'Members' },
  { key: 'members:manage', label: 'Manage members', description: "Change members' roles and groups, remove members.", group: 'Members' },
  { key: 'roles:manage', label: 'Manage roles', description: 'Create, edit and delete custom roles.', group: 'Members' },
  { key: 'groups:manage', label: 'Manage groups', description: 'Create, rename and delete groups and choose who is in them (within their own rights).', group: 'Members' },
  { key: 'workspace:manage', label: 'Manage workspace', description: 'Change the name, logo, website and time zone.', group: 'Workspace' },
  { key: 'domains:manage', label: 'Manage domains', description: 'Add, verify and remove domains, and choose what they are for: single sign-on, trusted sender, auto-join.', group: 'Workspace' },
  { key: 'billing:view', label: 'View billing', description: 'See the plan, invoices and usage.', group: 'Billing' },
  { key: 'billing:manage', label: 'Manage billing', description: 'Change the plan and payment methods.', group: 'Billing' },
  { key: 'developer:manage', label: 'Manage developer settings', description: 'API keys and webhooks.', group: 'Developers' },
  { key: 'audit:view', label: 'View audit log', description: 'Read and export the audit log.', group: 'Security' },
];

interface BuiltInRoleDefinition {
  name: string;
  description: string;
  permissions: readonly PermissionKey[];
}

/** What the built-in roles may do. Owner and admin differ only in what is reserved to the owner. */
export const BUILT_IN_ROLE_DEFINITIONS: Record<BuiltInRole, BuiltInRoleDefinition> = {
  owner: { name: 'Owner', description: 'Full control, including deleting the workspace and transferring it.', permissions: PERMISSION_KEYS },
  admin: { name: 'Admin', description: 'Manages members, roles and settings.', permissions: PERMISSION_KEYS },
  member: { name: 'Member', description: 'Works in the workspace and sees billing.', permissions: ['billing:view'] },
  viewer: { name: 'Viewer', description: 'Reads only.', permissions: [] },
};

export function isBuiltInRole(roleId: string): roleId is BuiltInRole {
  return (BUILT_IN_ROLES as readonly string[]).includes(roleId);
}

/** The sort key of a role in member lists: owner, admin, custom roles by name, member, viewer. */
export function roleSortKey(roleId: string, customRoleName: string | undefined): string {
  switch (roleId) {
    case 'owner': return '0';
    case 'admin': return '1';
    case 'member': return '3';
    case 'viewer': return '4';
    default: return `2${(customRoleName ?? roleId).toLowerCase()}`;
  }
}
