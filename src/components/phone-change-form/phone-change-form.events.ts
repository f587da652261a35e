import type { User, VerificationPending } from '../../sdk/index.js';
import { TeamkitEvent } from '../shared/events.js';

/** Before a code is sent by SMS to a new number (E.164); `preventDefault()` stops it. `newPhone`; never the password. */
export class BeforePhoneChangeStartEvent extends TeamkitEvent {
  constructor(readonly newPhone: string) {
    super('tk-before-phone-change-start', { cancelable: true });
  }
}

/** A code was sent by SMS to the new number. `pending`: where it went, until when it works, when a new one may be asked for. */
export class PhoneChangeStartedEvent extends TeamkitEvent {
  constructor(readonly pending: VerificationPending) {
    super('tk-phone-change-started');
  }
}

/** Before the typed code is checked; `preventDefault()` stops it. `newPhone`. */
export class BeforePhoneChangeConfirmEvent extends TeamkitEvent {
  constructor(readonly newPhone: string) {
    super('tk-before-phone-change-confirm', { cancelable: true });
  }
}

/** The new number is confirmed and is the account's verified phone now. `user`: the account as the server has it; refresh views of it. */
export class PhoneChangedEvent extends TeamkitEvent {
  constructor(readonly user: User) {
    super('tk-phone-changed');
  }
}

/** Before a new code is sent; `preventDefault()` stops it. `newPhone`. */
export class BeforePhoneChangeResendEvent extends TeamkitEvent {
  constructor(readonly newPhone: string) {
    super('tk-before-phone-change-resend', { cancelable: true });
  }
}

/** A new code was sent. `pending`, with the new expiry and cooldown. */
export class PhoneChangeResentEvent extends TeamkitEvent {
  constructor(readonly pending: VerificationPending) {
    super('tk-phone-change-resent');
  }
}

/** Before the pending change is cancelled; `preventDefault()` stops it. `newPhone`. */
export class BeforePhoneChangeCancelEvent extends TeamkitEvent {
  constructor(readonly newPhone: string) {
    super('tk-before-phone-change-cancel', { cancelable: true });
  }
}

/** The pending change was cancelled; the phone stays as it was. `newPhone`: the number it was for. */
export class PhoneChangeCancelledEvent extends TeamkitEvent {
  constructor(readonly newPhone: string) {
    super('tk-phone-change-cancelled');
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-before-phone-change-start': BeforePhoneChangeStartEvent;
    'tk-phone-change-started': PhoneChangeStartedEvent;
    'tk-before-phone-change-confirm': BeforePhoneChangeConfirmEvent;
    'tk-phone-changed': PhoneChangedEvent;
    'tk-before-phone-change-resend': BeforePhoneChangeResendEvent;
    'tk-phone-change-resent': PhoneChangeResentEvent;
    'tk-before-phone-change-cancel': BeforePhoneChangeCancelEvent;
    'tk-phone-change-cancelled': PhoneChangeCancelledEvent;
  }
}
