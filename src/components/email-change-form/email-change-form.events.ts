import type { User, VerificationPending } from '../../sdk/index.js';
import { TeamkitEvent } from '../shared/events.js';

/** Before a code is sent to a new address; `preventDefault()` stops it. `newEmail`; never the password. */
export class BeforeEmailChangeStartEvent extends TeamkitEvent {
  constructor(readonly newEmail: string) {
    super('tk-before-email-change-start', { cancelable: true });
  }
}

/** A code was sent to the new address. `pending`: where it went, until when it works, when a new one may be asked for. */
export class EmailChangeStartedEvent extends TeamkitEvent {
  constructor(readonly pending: VerificationPending) {
    super('tk-email-change-started');
  }
}

/** Before the typed code is checked; `preventDefault()` stops it. `newEmail`. */
export class BeforeEmailChangeConfirmEvent extends TeamkitEvent {
  constructor(readonly newEmail: string) {
    super('tk-before-email-change-confirm', { cancelable: true });
  }
}

/** The new address is confirmed and is the account's email now. `user`: the account as the server has it; refresh views of it. */
export class EmailChangedEvent extends TeamkitEvent {
  constructor(readonly user: User) {
    super('tk-email-changed');
  }
}

/** Before a new code is sent; `preventDefault()` stops it. `newEmail`. */
export class BeforeEmailChangeResendEvent extends TeamkitEvent {
  constructor(readonly newEmail: string) {
    super('tk-before-email-change-resend', { cancelable: true });
  }
}

/** A new code was sent. `pending`, with the new expiry and cooldown. */
export class EmailChangeResentEvent extends TeamkitEvent {
  constructor(readonly pending: VerificationPending) {
    super('tk-email-change-resent');
  }
}

/** Before the pending change is cancelled; `preventDefault()` stops it. `newEmail`. */
export class BeforeEmailChangeCancelEvent extends TeamkitEvent {
  constructor(readonly newEmail: string) {
    super('tk-before-email-change-cancel', { cancelable: true });
  }
}

/** The pending change was cancelled; the email stays as it was. `newEmail`: the address it was for. */
export class EmailChangeCancelledEvent extends TeamkitEvent {
  constructor(readonly newEmail: string) {
    super('tk-email-change-cancelled');
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-before-email-change-start': BeforeEmailChangeStartEvent;
    'tk-email-change-started': EmailChangeStartedEvent;
    'tk-before-email-change-confirm': BeforeEmailChangeConfirmEvent;
    'tk-email-changed': EmailChangedEvent;
    'tk-before-email-change-resend': BeforeEmailChangeResendEvent;
    'tk-email-change-resent': EmailChangeResentEvent;
    'tk-before-email-change-cancel': BeforeEmailChangeCancelEvent;
    'tk-email-change-cancelled': EmailChangeCancelledEvent;
  }
}
