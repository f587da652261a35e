import type { Role, RoleCreate, RoleDeletion, RoleUpdate } from '../../sdk/index.js';
import { TeamkitEvent } from '../shared/events.js';

/** Cancelable. A new custom role is about to be created: `workspaceId`, `input` (name, description, permissions). */
export class BeforeRoleCreateEvent extends TeamkitEvent {
  constructor(readonly workspaceId: string, readonly input: RoleCreate) {
    super('tk-before-role-create', { cancelable: true });
  }
}

/** A custom role was created: `role`. */
export class RoleCreatedEvent extends TeamkitEvent {
  constructor(readonly role: Role) {
    super('tk-role-created');
  }
}

/** Cancelable. A custom role is about to be saved: `role` as it was, `patch` (only the changed fields). */
export class BeforeRoleUpdateEvent extends TeamkitEvent {
  constructor(readonly role: Role, readonly patch: RoleUpdate) {
    super('tk-before-role-update', { cancelable: true });
  }
}

/** A custom role was saved: `role` as it is now. */
export class RoleUpdatedEvent extends TeamkitEvent {
  constructor(readonly role: Role) {
    super('tk-role-updated');
  }
}

/** Cancelable. A custom role is about to be deleted: `role`, and `reassignTo`, the role its holders get (if any). */
export class BeforeRoleDeleteEvent extends TeamkitEvent {
  constructor(readonly role: Role, readonly reassignTo: string | undefined) {
    super('tk-before-role-delete', { cancelable: true });
  }
}

/** A custom role was deleted: `role`, and `deletion` (where its holders went, and how many members, invitations and domains moved). */
export class RoleDeletedEvent extends TeamkitEvent {
  constructor(readonly role: Role, readonly deletion: RoleDeletion) {
    super('tk-role-deleted');
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-before-role-create': BeforeRoleCreateEvent;
    'tk-role-created': RoleCreatedEvent;
    'tk-before-role-update': BeforeRoleUpdateEvent;
    'tk-role-updated': RoleUpdatedEvent;
    'tk-before-role-delete': BeforeRoleDeleteEvent;
    'tk-role-deleted': RoleDeletedEvent;
  }
}
