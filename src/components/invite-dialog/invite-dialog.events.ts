import type { InvitationCreate, InviteResult } from '../../sdk/index.js';
import { TeamkitEvent } from '../shared/events.js';

/**
 * Fired before invitations are sent; `preventDefault()` stops the request (the form keeps everything).
 * `input` is exactly what will be sent to `workspaceId`'s invitations endpoint.
 */
export class BeforeInviteEvent extends TeamkitEvent {
  constructor(readonly workspaceId: string, readonly input: Readonly<InvitationCreate>) {
    super('tk-before-invite', { cancelable: true });
  }
}

/** Fired after the server answered: one result per email and workspace (`sent`, `already_member`…). */
export class InvitationsSentEvent extends TeamkitEvent {
  constructor(readonly workspaceId: string, readonly input: Readonly<InvitationCreate>, readonly results: readonly InviteResult[]) {
    super('tk-invitations-sent');
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-before-invite': BeforeInviteEvent;
    'tk-invitations-sent': InvitationsSentEvent;
  }
}
