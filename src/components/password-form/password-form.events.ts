import { TeamkitEvent } from '../shared/events.js';

/**
 * Before the password is changed, once the form is valid; `preventDefault()` stops it. It carries nothing: the
 * passwords never leave the form except to the API.
 */
export class BeforePasswordChangeEvent extends TeamkitEvent {
  constructor() {
    super('tk-before-password-change', { cancelable: true });
  }
}

/** The password was changed. `revoked`: how many other devices were signed out (this one stays signed in). */
export class PasswordChangedEvent extends TeamkitEvent {
  constructor(readonly revoked: number) {
    super('tk-password-changed');
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-before-password-change': BeforePasswordChangeEvent;
    'tk-password-changed': PasswordChangedEvent;
  }
}
