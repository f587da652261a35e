import type { CallOptions, Http, UpdateOptions, WithETag } from '../http.js';
import { seg, validateInput } from '../http.js';
import { paginate } from '../pagination.js';
import * as s from '../schemas/index.js';
import { imageForm } from './upload.js';

/** The caller's workspaces. Which one is current is client state: see the provider or your own store. */
export class WorkspacesResource {
  constructor(private readonly http: Http) {}

  async list(query: s.PageQuery = {}, options: CallOptions = {}): Promise<s.Page<s.Workspace>> {
    const q = validateInput(s.PageQuery, query);
    return this.http.call({ operation: 'workspaces.list', method: 'GET', path: 'workspaces', query: q, response: s.page(s.Workspace), signal: options.signal });
  }

  /** Every workspace, page after page. */
  iterate(query: Omit<s.PageQuery, 'cursor'> = {}, options: CallOptions = {}): AsyncGenerator<s.Workspace, void, undefined> {
    return paginate((cursor) => this.list({ ...query, cursor }, options));
  }

  /** One workspace, with its ETag for a later `update`. */
  async get(workspaceId: string, options: CallOptions = {}): Promise<WithETag<s.Workspace>> {
    const { data, etag } = await this.http.send({ operation: 'workspaces.get', method: 'GET', path: `workspaces/${seg(workspaceId)}`, response: s.Workspace, signal: options.signal });
    return { ...data, etag };
  }

  /** Creates a workspace owned by the caller. Fails with `workspace_limit_reached` or `plan_required`. */
  async create(input: s.WorkspaceCreate, options: CallOptions = {}): Promise<s.Workspace> {
    const json = validateInput(s.WorkspaceCreate, input);
    return this.http.call({ operation: 'workspaces.create', method: 'POST', path: 'workspaces', json, response: s.Workspace, signal: options.signal });
  }

  async update(workspaceId: string, patch: s.WorkspaceUpdate, options: UpdateOptions = {}): Promise<WithETag<s.Workspace>> {
    const json = validateInput(s.WorkspaceUpdate, patch);
    const { data, etag } = await this.http.send({
      operation: 'workspaces.update', method: 'PATCH', path: `workspaces/${seg(workspaceId)}`, json, response: s.Workspace, ifMatch: options.ifMatch, signal: options.signal,
    });
    return { ...data, etag };
  }

  async uploadLogo(workspaceId: string, file: Blob, options: CallOptions = {}): Promise<s.Workspace> {
    const form = imageForm(file);
    return this.http.call({ operation: 'workspaces.uploadLogo', method: 'POST', path: `workspaces/${seg(workspaceId)}/logo`, form, response: s.Workspace, signal: options.signal });
  }

  async removeLogo(workspaceId: string, options: CallOptions = {}): Promise<s.Workspace> {
    return this.http.call({ operation: 'workspaces.removeLogo', method: 'DELETE', path: `workspaces/${seg(workspaceId)}/logo`, response: s.Workspace, signal: options.signal });
  }

  /** Deletes the workspace (owner only). `confirmation` is its name typed again. */
  async delete(workspaceId: string, input: s.WorkspaceDeletion, options: CallOptions = {}): Promise<void> {
    const json = validateInput(s.WorkspaceDeletion, input);
    await this.http.send({ operation: 'workspaces.delete', method: 'DELETE', path: `workspaces/${seg(workspaceId)}`, json, signal: options.signal });
  }

  /** Leaves the workspace. The owner cannot leave: transfer ownership first. */
  async leave(workspaceId: string, options: CallOptions = {}): Promise<void> {
    await this.http.send({ operation: 'workspaces.leave', method: 'POST', path: `workspaces/${seg(workspaceId)}/leave`, signal: options.signal });
  }

  /** Makes another active member the owner; the caller becomes an admin. */
  async transferOwnership(workspaceId: string, input: s.OwnershipTransfer, options: CallOptions = {}): Promise<s.Workspace> {
    const json = validateInput(s.OwnershipTransfer, input);
    return this.http.call({ operation: 'workspaces.transferOwnership', method: 'POST', path: `workspaces/${seg(workspaceId)}/transfer-ownership`, json, response: s.Workspace, signal: options.signal });
  }
}
