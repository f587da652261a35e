import type { Session, SignIn } from '../../sdk/index.js';
import { TeamkitEvent } from '../shared/events.js';

/** Cancelable: a confirmed sign-out of one device is about to be sent. `preventDefault()` keeps it signed in. */
export class BeforeSessionRevokeEvent extends TeamkitEvent {
  constructor(readonly session: Session) {
    super('tk-before-session-revoke', { cancelable: true });
  }
}

/** A device was signed out: `session` is the one that ended. */
export class SessionRevokedEvent extends TeamkitEvent {
  constructor(readonly session: Session) {
    super('tk-session-revoked');
  }
}

/** Cancelable: a confirmed sign-out of every other device is about to be sent. `sessions`: those on screen. */
export class BeforeOtherSessionsRevokeEvent extends TeamkitEvent {
  constructor(readonly sessions: readonly Session[]) {
    super('tk-before-other-sessions-revoke', { cancelable: true });
  }
}

/** Every device but this one was signed out: `revoked` says how many the server ended. */
export class OtherSessionsRevokedEvent extends TeamkitEvent {
  constructor(readonly revoked: number) {
    super('tk-other-sessions-revoked');
  }
}

/** Cancelable: a confirmed "This wasn't me" about `signIn` is about to be sent. */
export class BeforeSignInReportEvent extends TeamkitEvent {
  constructor(readonly signIn: SignIn) {
    super('tk-before-sign-in-report', { cancelable: true });
  }
}

/**
 * "This wasn't me" went through: every other device was signed out (`revoked` of them) and a pending email or
 * phone change was cancelled. The reader should change their password next: open your password form here.
 */
export class SignInReportedEvent extends TeamkitEvent {
  constructor(readonly signIn: SignIn, readonly revoked: number) {
    super('tk-sign-in-reported');
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-before-session-revoke': BeforeSessionRevokeEvent;
    'tk-session-revoked': SessionRevokedEvent;
    'tk-before-other-sessions-revoke': BeforeOtherSessionsRevokeEvent;
    'tk-other-sessions-revoked': OtherSessionsRevokedEvent;
    'tk-before-sign-in-report': BeforeSignInReportEvent;
    'tk-sign-in-reported': SignInReportedEvent;
  }
}
