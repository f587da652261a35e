import type { Invitation } from '../../sdk/index.js';
import { TeamkitEvent } from '../shared/events.js';

/** Cancelable: an invitation is about to be sent again. `preventDefault()` keeps the current one. */
export class BeforeInvitationResendEvent extends TeamkitEvent {
  constructor(readonly invitation: Invitation) {
    super('tk-before-invitation-resend', { cancelable: true });
  }
}

/** An invitation was sent again: `invitation` carries its new token and expiry. */
export class InvitationResentEvent extends TeamkitEvent {
  constructor(readonly invitation: Invitation) {
    super('tk-invitation-resent');
  }
}

/** Cancelable: a confirmed revoke is about to be sent. `preventDefault()` keeps the invitation valid. */
export class BeforeInvitationRevokeEvent extends TeamkitEvent {
  constructor(readonly invitation: Invitation) {
    super('tk-before-invitation-revoke', { cancelable: true });
  }
}

/** An invitation was revoked: its link no longer works. */
export class InvitationRevokedEvent extends TeamkitEvent {
  constructor(readonly invitation: Invitation) {
    super('tk-invitation-revoked');
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-before-invitation-resend': BeforeInvitationResendEvent;
    'tk-invitation-resent': InvitationResentEvent;
    'tk-before-invitation-revoke': BeforeInvitationRevokeEvent;
    'tk-invitation-revoked': InvitationRevokedEvent;
  }
}
