import type { CallOptions, Http, UpdateOptions, WithETag } from '../http.js';
import { seg, validateInput } from '../http.js';
import { paginate } from '../pagination.js';
import * as s from '../schemas/index.js';

const base = (workspaceId: string) => `workspaces/${seg(workspaceId, 'workspaceId')}/groups`;
const one = (workspaceId: string, groupId: string) => `${base(workspaceId)}/${seg(groupId, 'groupId')}`;

/**
 * A workspace's groups. Everyone in the workspace can read them; changing them needs `groups:manage`, and changing
 * someone's groups the role rule too (`canActOn`). Members carry their groups as `groupIds`: to show names, join
 * on `list()` (one page of up to 200 holds most workspaces' groups; `iterate()` walks the rest).
 */
export class GroupsResource {
  constructor(private readonly http: Http) {}

  /** One page of groups, by name, each with its member count. `query` matches part of the name. */
  async list(workspaceId: string, query: s.GroupQuery = {}, options: CallOptions = {}): Promise<s.Page<s.Group>> {
    const q = validateInput(s.GroupQuery, query);
    return this.http.call('GET', base(workspaceId), s.page(s.Group), { ...options, query: q });
  }

  /** Every group, page after page. */
  iterate(workspaceId: string, query: Omit<s.GroupQuery, 'cursor'> = {}, options: CallOptions = {}): AsyncGenerator<s.Group, void, undefined> {
    return paginate((cursor) => this.list(workspaceId, { ...query, cursor }, options));
  }

  /** One group, with its ETag for a later `update` or `delete`. */
  async get(workspaceId: string, groupId: string, options: CallOptions = {}): Promise<WithETag<s.Group>> {
    const { data, etag } = await this.http.send('GET', one(workspaceId, groupId), s.Group, options);
    return { ...data, etag };
  }

  /** Creates a group. Fails with `ConflictError` when the workspace has a group of that name, whatever its case. */
  async create(workspaceId: string, input: s.GroupCreate, options: CallOptions = {}): Promise<WithETag<s.Group>> {
    const json = validateInput(s.GroupCreate, input);
    const { data, etag } = await this.http.send('POST', base(workspaceId), s.Group, { ...options, json });
    return { ...data, etag };
  }

  /** Renames a group; pass the ETag you read as `ifMatch` to fail with 412 if someone renamed it meanwhile. */
  async update(workspaceId: string, groupId: string, patch: s.GroupUpdate, options: UpdateOptions = {}): Promise<WithETag<s.Group>> {
    const json = validateInput(s.GroupUpdate, patch);
    const { data, etag } = await this.http.send('PATCH', one(workspaceId, groupId), s.Group, { ...options, json });
    return { ...data, etag };
  }

  /**
   * Deletes a group; its members lose it. Refused (`PermissionError`) while it holds someone whose groups the caller
   * may not change, such as the owner for anyone but the owner.
   */
  async delete(workspaceId: string, groupId: string, options: UpdateOptions = {}): Promise<void> {
    await this.http.send('DELETE', one(workspaceId, groupId), undefined, options);
  }

  /** One page of the group's members, searched, filtered and sorted as `members.list` does. */
  async members(workspaceId: string, groupId: string, query: Omit<s.MemberQuery, 'group'> = {}, options: CallOptions = {}): Promise<s.Page<s.Member>> {
    const q = validateInput(s.MemberQuery, query);
    return this.http.call('GET', `${one(workspaceId, groupId)}/members`, s.page(s.Member), { ...options, query: q });
  }

  /** Every member of the group matching the query, page after page. */
  iterateMembers(workspaceId: string, groupId: string, query: Omit<s.MemberQuery, 'cursor' | 'group'> = {}, options: CallOptions = {}): AsyncGenerator<s.Member, void, undefined> {
    return paginate((cursor) => this.members(workspaceId, groupId, { ...query, cursor }, options));
  }

  /**
   * Adds and removes members (at most 500 ids each) in one step. Resolves to the group and one result per distinct
   * id: `added`, `removed`, `unchanged`, `not_found` or `forbidden` (their rights exceed yours).
   *
   * @example
   * ```ts
   * const { results } = await client.groups.changeMembers(workspaceId, groupId, { add: [adaId], remove: [bobId] });
   * const refused = results.filter((result) => result.outcome === 'forbidden');
   * ```
   */
  async changeMembers(workspaceId: string, groupId: string, change: s.GroupMembersChange, options: CallOptions = {}): Promise<s.GroupMembersChanged> {
    const json = validateInput(s.GroupMembersChange, change);
    return this.http.call('POST', `${one(workspaceId, groupId)}/members`, s.GroupMembersChanged, { ...options, json });
  }
}
