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
    return this.http.call('GET', 'workspaces', s.page(s.Workspace), { ...options, query: q });
  }

  /** Every workspace, page after page. */
  iterate(query: Omit<s.PageQuery, 'cursor'> = {}, options: CallOptions = {}): AsyncGenerator<s.Workspace, void, undefined> {
    return paginate((cursor) => this.list({ ...query, cursor }, options));
  }

  /** One workspace, with its ETag for a later `update`. */
  async get(workspaceId: string, options: CallOptions = {}): Promise<WithETag<s.Workspace>> {
    const { data, etag } = await this.http.send('GET', `workspaces/${seg(workspaceId, 'workspaceId')}`, s.Workspace, options);
    return { ...data, etag };
  }

  /**
   * How many workspaces the caller owns, the limit of their plan, and whether they may create one more (`reason`
   * says why not: `workspace_limit_reached`, or `plan_required` when upgrading helps). Ask before showing a create
   * form, so the limit shows before anyone types.
   */
  async quota(options: CallOptions = {}): Promise<s.WorkspaceQuota> {
    return this.http.call('GET', 'me/workspace-quota', s.WorkspaceQuota, options);
  }

  /**
   * Workspaces the caller may join through the auto-join domain of their email address; none while the address is
   * unverified, none they are in already or an admin removed them from.
   */
  async joinable(options: CallOptions = {}): Promise<s.JoinableWorkspace[]> {
    return (await this.http.call('GET', 'me/joinable-workspaces', s.JoinableWorkspaceList, options)).items;
  }

  /**
   * Joins a workspace from {@link joinable}, as the role its domain gives. Fails with `PermissionError` for an
   * unverified address or someone an admin removed, `ConflictError` when already in it or no seat is free.
   */
  async join(workspaceId: string, options: CallOptions = {}): Promise<s.Workspace> {
    return this.http.call('POST', `workspaces/${seg(workspaceId, 'workspaceId')}/join`, s.Workspace, options);
  }

  /** Creates a workspace owned by the caller. Fails with `workspace_limit_reached` or `plan_required`. */
  async create(input: s.WorkspaceCreate, options: CallOptions = {}): Promise<s.Workspace> {
    const json = validateInput(s.WorkspaceCreate, input);
    return this.http.call('POST', 'workspaces', s.Workspace, { ...options, json });
  }

  async update(workspaceId: string, patch: s.WorkspaceUpdate, options: UpdateOptions = {}): Promise<WithETag<s.Workspace>> {
    const json = validateInput(s.WorkspaceUpdate, patch);
    const { data, etag } = await this.http.send('PATCH', `workspaces/${seg(workspaceId, 'workspaceId')}`, s.Workspace, { ...options, json });
    return { ...data, etag };
  }

  /** Uploads a logo of at most 2 MB; resolves to the workspace with its new ETag. */
  async uploadLogo(workspaceId: string, file: Blob, options: CallOptions = {}): Promise<WithETag<s.Workspace>> {
    const form = imageForm(file);
    const { data, etag } = await this.http.send('POST', `workspaces/${seg(workspaceId, 'workspaceId')}/logo`, s.Workspace, { ...options, form });
    return { ...data, etag };
  }

  async removeLogo(workspaceId: string, options: CallOptions = {}): Promise<WithETag<s.Workspace>> {
    const { data, etag } = await this.http.send('DELETE', `workspaces/${seg(workspaceId, 'workspaceId')}/logo`, s.Workspace, options);
    return { ...data, etag };
  }

  /** Deletes the workspace (owner only). `confirmation` is its name typed again. */
  async delete(workspaceId: string, input: s.WorkspaceDeletion, options: CallOptions = {}): Promise<void> {
    const json = validateInput(s.WorkspaceDeletion, input);
    await this.http.send('DELETE', `workspaces/${seg(workspaceId, 'workspaceId')}`, undefined, { ...options, json });
  }

  /** Leaves the workspace. The owner cannot leave: transfer ownership first. */
  async leave(workspaceId: string, options: CallOptions = {}): Promise<void> {
    await this.http.send('POST', `workspaces/${seg(workspaceId, 'workspaceId')}/leave`, undefined, options);
  }

  /** Makes another active member the owner, who is told by mail; the caller becomes an admin. */
  async transferOwnership(workspaceId: string, input: s.OwnershipTransfer, options: CallOptions = {}): Promise<s.Workspace> {
    const json = validateInput(s.OwnershipTransfer, input);
    return this.http.call('POST', `workspaces/${seg(workspaceId, 'workspaceId')}/transfer-ownership`, s.Workspace, { ...options, json });
  }
}
