import type { InvitationAccept, InvitationAccepted, InvitationLookup } from '../../sdk/index.js';
import { TeamkitEvent } from '../shared/events.js';

/**
 * Cancelable: the invitation is about to be accepted. `preventDefault()` stops it. `input` holds the names and
 * the opt-in as they will be sent; the password, if any, is never exposed to listeners.
 */
export class BeforeInvitationAcceptEvent extends TeamkitEvent {
  constructor(
    /** The invitation token from the link. */
    readonly invitationToken: string,
    readonly invitation: InvitationLookup,
    readonly input: Omit<InvitationAccept, 'password'>,
  ) {
    super('tk-before-invitation-accept', { cancelable: true });
  }
}

/**
 * The invitation was accepted. For a new account `token` is its first session's bearer token, for the host to
 * sign the person in with; for someone who was already signed in it is null and their session goes on.
 */
export class InvitationAcceptedEvent extends TeamkitEvent {
  readonly token: string | null;
  readonly userId: string;
  readonly workspaceId: string;
  readonly memberId: string;

  constructor(accepted: InvitationAccepted) {
    super('tk-invitation-accepted');
    this.token = accepted.token;
    this.userId = accepted.userId;
    this.workspaceId = accepted.workspaceId;
    this.memberId = accepted.memberId;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-before-invitation-accept': BeforeInvitationAcceptEvent;
    'tk-invitation-accepted': InvitationAcceptedEvent;
  }
}
