import { msg } from '@lit/localize';
import type { Role } from '../../sdk/index.js';

/** The roles every workspace has: `roleLabel` names them without asking the server for the workspace's roles. */
export const BUILT_IN_ROLE_IDS: readonly string[] = ['owner', 'admin', 'member', 'viewer'];

/** A role's display name: built-in roles in the reader's language, custom roles by their own name. */
export function roleLabel(roleId: string, roles: readonly Pick<Role, 'id' | 'name' | 'builtIn'>[] = []): string {
  switch (roleId) {
    case 'owner': return msg('Owner', { id: 'tk.role.owner' });
    case 'admin': return msg('Admin', { id: 'tk.role.admin' });
    case 'member': return msg('Member', { id: 'tk.role.member' });
    case 'viewer': return msg('Viewer', { id: 'tk.role.viewer' });
    default: return roles.find((role) => role.id === roleId)?.name ?? roleId;
  }
}
