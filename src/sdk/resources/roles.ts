import type { CallOptions, Http, UpdateOptions, WithETag } from '../http.js';
import { seg, validateInput } from '../http.js';
import * as s from '../schemas/index.js';

const base = (workspaceId: string) => `workspaces/${seg(workspaceId)}/roles`;

/** Built-in and custom roles of a workspace. */
export class RolesResource {
  constructor(private readonly http: Http) {}

  async list(workspaceId: string, options: CallOptions = {}): Promise<s.Role[]> {
    return (await this.http.call({ operation: 'roles.list', method: 'GET', path: base(workspaceId), response: s.RoleList, signal: options.signal })).items;
  }

  /** One role, with its ETag for a later `update`. */
  async get(workspaceId: string, roleId: string, options: CallOptions = {}): Promise<WithETag<s.Role>> {
    const { data, etag } = await this.http.send({ operation: 'roles.get', method: 'GET', path: `${base(workspaceId)}/${seg(roleId)}`, response: s.Role, signal: options.signal });
    return { ...data, etag };
  }

  async create(workspaceId: string, input: s.RoleCreate, options: CallOptions = {}): Promise<s.Role> {
    const json = validateInput(s.RoleCreate, input);
    return this.http.call({ operation: 'roles.create', method: 'POST', path: base(workspaceId), json, response: s.Role, signal: options.signal });
  }

  async update(workspaceId: string, roleId: string, patch: s.RoleUpdate, options: UpdateOptions = {}): Promise<WithETag<s.Role>> {
    const json = validateInput(s.RoleUpdate, patch);
    const { data, etag } = await this.http.send({
      operation: 'roles.update', method: 'PATCH', path: `${base(workspaceId)}/${seg(roleId)}`, json, response: s.Role, ifMatch: options.ifMatch, signal: options.signal,
    });
    return { ...data, etag };
  }

  /** Deletes a custom role that nobody holds. */
  async delete(workspaceId: string, roleId: string, options: CallOptions = {}): Promise<void> {
    await this.http.send({ operation: 'roles.delete', method: 'DELETE', path: `${base(workspaceId)}/${seg(roleId)}`, signal: options.signal });
  }
}

/** The permission catalog that roles are made of. */
export class PermissionsResource {
  constructor(private readonly http: Http) {}

  async list(options: CallOptions = {}): Promise<s.Permission[]> {
    return (await this.http.call({ operation: 'permissions.list', method: 'GET', path: 'permissions', response: s.PermissionList, signal: options.signal })).items;
  }
}
