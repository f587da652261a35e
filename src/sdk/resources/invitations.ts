import type { CallOptions, Http } from '../http.js';
import { seg, validateInput } from '../http.js';
import { paginate } from '../pagination.js';
import * as s from '../schemas/index.js';

const base = (workspaceId: string) => `workspaces/${seg(workspaceId, 'workspaceId')}/invitations`;

/** Invitations: bulk invite, resend, revoke, and the public accept flow by token. */
export class InvitationsResource {
  constructor(private readonly http: Http) {}

  /**
   * Invites every email, to this workspace and to each of `workspaceIds`, with one role and an optional message.
   * Resolves to one result per email and workspace (`sent`, `already_member`, `seat_limit_reached`…).
   */
  async create(workspaceId: string, input: s.InvitationCreate, options: CallOptions = {}): Promise<s.InviteResults> {
    const json = validateInput(s.InvitationCreate, input);
    return this.http.call('POST', base(workspaceId), s.InviteResults, { ...options, json });
  }

  async list(workspaceId: string, query: s.InvitationQuery = {}, options: CallOptions = {}): Promise<s.Page<s.Invitation>> {
    const q = validateInput(s.InvitationQuery, query);
    return this.http.call('GET', base(workspaceId), s.page(s.Invitation), { ...options, query: q });
  }

  iterate(workspaceId: string, query: Omit<s.InvitationQuery, 'cursor'> = {}, options: CallOptions = {}): AsyncGenerator<s.Invitation, void, undefined> {
    return paginate((cursor) => this.list(workspaceId, { ...query, cursor }, options));
  }

  /** Sends the invitation again with a new token and a fresh expiry; the old link stops working. */
  async resend(workspaceId: string, invitationId: string, options: CallOptions = {}): Promise<s.Invitation> {
    return this.http.call('POST', `${base(workspaceId)}/${seg(invitationId, 'invitationId')}/resend`, s.Invitation, options);
  }

  async revoke(workspaceId: string, invitationId: string, options: CallOptions = {}): Promise<s.Invitation> {
    return this.http.call('POST', `${base(workspaceId)}/${seg(invitationId, 'invitationId')}/revoke`, s.Invitation, options);
  }

  /** Public: what an invitation link is for (workspace, inviter, email, expiry, status). */
  async lookup(token: string, options: CallOptions = {}): Promise<s.InvitationLookup> {
    return this.http.call('GET', `invitations/${seg(token, 'token')}`, s.InvitationLookup, options);
  }

  /** Public: accepts the invitation (creating the account when the email has none) and signs the person in. */
  async accept(token: string, input: s.InvitationAccept, options: CallOptions = {}): Promise<s.InvitationAccepted> {
    const json = validateInput(s.InvitationAccept, input);
    return this.http.call('POST', `invitations/${seg(token, 'token')}/accept`, s.InvitationAccepted, { ...options, json });
  }
}
