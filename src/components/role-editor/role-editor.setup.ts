import { msg } from '@lit/localize';
import type { Client, Permission, Role, Workspace } from '../../sdk/index.js';
import type { RoleCreate } from '../../sdk/schemas/permissions.js';
import type * as Matrix from './role-editor.matrix.js';

/** A catalog group, in the reader's language, with its permissions in the catalog's order. */
export interface PermissionGroup {
  label: string;
  entries: { key: string; label: string; description: string }[];
}

/** What the editor shows and checks against, loaded at once. */
export interface RoleSetup {
  roles: Role[];
  catalog: Permission[];
  workspace: Workspace;
  /** The SDK's own schema for the role form: it loads with the data, so the element's entry carries no zod. */
  schema: typeof RoleCreate;
  /** The permissions in words and their matrix: they load with the data too, out of the element's entry. */
  matrix: typeof Matrix;
}

export async function loadRoleSetup(client: Client, workspaceId: string, signal: AbortSignal): Promise<RoleSetup> {
  const [roles, catalog, workspace, schemas, matrix] = await Promise.all([
    client.roles.list(workspaceId, { signal }),
    client.permissions.list({ signal }),
    client.workspaces.get(workspaceId, { signal }),
    import('../../sdk/schemas/permissions.js'),
    import('./role-editor.matrix.js'),
  ]);
  return { roles, catalog, workspace, schema: schemas.RoleCreate, matrix };
}

/** A built-in role's description in the reader's language; a custom role's as its author wrote it. */
export function roleDescription(role: Pick<Role, 'id' | 'description' | 'builtIn'>): string {
  if (!role.builtIn) return role.description;
  switch (role.id) {
    case 'owner': return msg('Full control, including deleting the workspace and transferring it.', { id: 'tk.role-editor.description.owner' });
    case 'admin': return msg('Manages members, roles and settings.', { id: 'tk.role-editor.description.admin' });
    case 'member': return msg('Works in the workspace and sees billing.', { id: 'tk.role-editor.description.member' });
    case 'viewer': return msg('Reads only.', { id: 'tk.role-editor.description.viewer' });
    default: return role.description;
  }
}

/** Permissions in one order, so that the same set always compares equal. */
export const sortedPermissions = (permissions: readonly string[]): string[] => [...new Set(permissions)].sort();
