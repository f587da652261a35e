import type { User, UserUpdate } from '../../sdk/index.js';
import { TeamkitEvent } from '../shared/events.js';

/** Before the profile is saved. `patch` holds only the changed fields; `preventDefault()` stops the save. */
export class BeforeProfileSaveEvent extends TeamkitEvent {
  constructor(readonly patch: UserUpdate) {
    super('tk-before-profile-save', { cancelable: true });
  }
}

/** The profile was saved. `user` is the account as the server now has it. */
export class ProfileSavedEvent extends TeamkitEvent {
  constructor(readonly user: User) {
    super('tk-profile-saved');
  }
}

/** Before a chosen photo (already checked for type and size) is uploaded; `preventDefault()` stops it. */
export class BeforeAvatarUploadEvent extends TeamkitEvent {
  constructor(readonly file: File) {
    super('tk-before-avatar-upload', { cancelable: true });
  }
}

/** The new photo was uploaded. `user.avatarUrl` is where the server now serves it. */
export class AvatarUploadedEvent extends TeamkitEvent {
  constructor(readonly user: User) {
    super('tk-avatar-uploaded');
  }
}

/** Before the photo is removed (after the user confirmed); `preventDefault()` stops it. */
export class BeforeAvatarRemoveEvent extends TeamkitEvent {
  constructor() {
    super('tk-before-avatar-remove', { cancelable: true });
  }
}

/** The photo was removed. */
export class AvatarRemovedEvent extends TeamkitEvent {
  constructor(readonly user: User) {
    super('tk-avatar-removed');
  }
}

/**
 * The user asked to change their email. Unless a listener calls `preventDefault()` (to run its own flow), the
 * form opens `<email-change-form>` in a dialog, or follows `email-change-href` when it is set.
 */
export class EmailChangeRequestEvent extends TeamkitEvent {
  constructor(readonly email: string) {
    super('tk-email-change-request', { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-before-profile-save': BeforeProfileSaveEvent;
    'tk-profile-saved': ProfileSavedEvent;
    'tk-before-avatar-upload': BeforeAvatarUploadEvent;
    'tk-avatar-uploaded': AvatarUploadedEvent;
    'tk-before-avatar-remove': BeforeAvatarRemoveEvent;
    'tk-avatar-removed': AvatarRemovedEvent;
    'tk-email-change-request': EmailChangeRequestEvent;
  }
}
