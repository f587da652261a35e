import type { CallOptions, Http, UpdateOptions, WithETag } from '../http.js';
import { seg, validateInput } from '../http.js';
import * as s from '../schemas/index.js';

const base = (workspaceId: string) => `workspaces/${seg(workspaceId, 'workspaceId')}/roles`;

/** Built-in and custom roles of a workspace. */
export class RolesResource {
  constructor(private readonly http: Http) {}

  async list(workspaceId: string, options: CallOptions = {}): Promise<s.Role[]> {
    return (await this.http.call('GET', base(workspaceId), s.RoleList, options)).items;
  }

  /** One role, with its ETag for a later `update`. */
  async get(workspaceId: string, roleId: string, options: CallOptions = {}): Promise<WithETag<s.Role>> {
    const { data, etag } = await this.http.send('GET', `${base(workspaceId)}/${seg(roleId, 'roleId')}`, s.Role, options);
    return { ...data, etag };
  }

  async create(workspaceId: string, input: s.RoleCreate, options: CallOptions = {}): Promise<s.Role> {
    const json = validateInput(s.RoleCreate, input);
    return this.http.call('POST', base(workspaceId), s.Role, { ...options, json });
  }

  async update(workspaceId: string, roleId: string, patch: s.RoleUpdate, options: UpdateOptions = {}): Promise<WithETag<s.Role>> {
    const json = validateInput(s.RoleUpdate, patch);
    const { data, etag } = await this.http.send('PATCH', `${base(workspaceId)}/${seg(roleId, 'roleId')}`, s.Role, { ...options, json });
    return { ...data, etag };
  }

  /**
   * What deleting a custom role would move to the role you choose: how many members hold it, and how many pending
   * invitations and auto-join domains give it. Needs `roles:manage`.
   */
  async usage(workspaceId: string, roleId: string, options: CallOptions = {}): Promise<s.RoleUsage> {
    return this.http.call('GET', `${base(workspaceId)}/${seg(roleId, 'roleId')}/usage`, s.RoleUsage, options);
  }

  /**
   * Deletes a custom role. While members hold it, or pending invitations or auto-join domains give it, pass
   * `reassignTo` (a role you may give): they all move to it in the same step, and the answer says how many moved.
   * Without it such a role is refused with a `ConflictError`.
   *
   * @example
   * ```ts
   * const { members } = await client.roles.delete(workspaceId, roleId, { reassignTo: 'member' });
   * ```
   */
  async delete(workspaceId: string, roleId: string, input: s.RoleDeletionQuery = {}, options: UpdateOptions = {}): Promise<s.RoleDeletion> {
    const query = validateInput(s.RoleDeletionQuery, input);
    return this.http.call('DELETE', `${base(workspaceId)}/${seg(roleId, 'roleId')}`, s.RoleDeletion, { ...options, query });
  }
}

/** The permission catalog that roles are made of. */
export class PermissionsResource {
  constructor(private readonly http: Http) {}

  async list(options: CallOptions = {}): Promise<s.Permission[]> {
    return (await this.http.call('GET', 'permissions', s.PermissionList, options)).items;
  }
}
