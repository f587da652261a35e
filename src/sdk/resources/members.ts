import type { CallOptions, Http } from '../http.js';
import { seg, validateInput } from '../http.js';
import { paginate } from '../pagination.js';
import * as s from '../schemas/index.js';

const base = (workspaceId: string) => `workspaces/${seg(workspaceId, 'workspaceId')}/members`;

/** A workspace's members: server-side search, filters, sort and cursor pages. */
export class MembersResource {
  constructor(private readonly http: Http) {}

  /** One page of members. `query` matches name or email; `sort` is a field, `-field` for descending. */
  async list(workspaceId: string, query: s.MemberQuery = {}, options: CallOptions = {}): Promise<s.Page<s.Member>> {
    const q = validateInput(s.MemberQuery, query);
    return this.http.call('GET', base(workspaceId), s.page(s.Member), { ...options, query: q });
  }

  /** Every member matching the query, page after page. */
  iterate(workspaceId: string, query: Omit<s.MemberQuery, 'cursor'> = {}, options: CallOptions = {}): AsyncGenerator<s.Member, void, undefined> {
    return paginate((cursor) => this.list(workspaceId, { ...query, cursor }, options));
  }

  async get(workspaceId: string, memberId: string, options: CallOptions = {}): Promise<s.Member> {
    return this.http.call('GET', `${base(workspaceId)}/${seg(memberId, 'memberId')}`, s.Member, options);
  }

  /** The caller's own membership and effective permissions in the workspace. */
  async me(workspaceId: string, options: CallOptions = {}): Promise<s.Membership> {
    return this.http.call('GET', `${base(workspaceId)}/me`, s.Membership, options);
  }

  /** Changes a member's role or groups. Ownership moves only through `workspaces.transferOwnership`. */
  async update(workspaceId: string, memberId: string, patch: s.MemberUpdate, options: CallOptions = {}): Promise<s.Member> {
    const json = validateInput(s.MemberUpdate, patch);
    return this.http.call('PATCH', `${base(workspaceId)}/${seg(memberId, 'memberId')}`, s.Member, { ...options, json });
  }

  /** Removes a member; their access to the workspace ends at once. */
  async remove(workspaceId: string, memberId: string, options: CallOptions = {}): Promise<void> {
    await this.http.send('DELETE', `${base(workspaceId)}/${seg(memberId, 'memberId')}`, undefined, options);
  }
}
