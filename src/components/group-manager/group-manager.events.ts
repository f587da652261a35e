import type { Group, GroupCreate, GroupMemberResult, GroupMembersChange } from '../../sdk/index.js';
import { TeamkitEvent } from '../shared/events.js';

/** Cancelable. A group is about to be created: `workspaceId`, `input` (its name). */
export class BeforeGroupCreateEvent extends TeamkitEvent {
  constructor(readonly workspaceId: string, readonly input: GroupCreate) {
    super('tk-before-group-create', { cancelable: true });
  }
}

/** A group was created: `group`. */
export class GroupCreatedEvent extends TeamkitEvent {
  constructor(readonly group: Group) {
    super('tk-group-created');
  }
}

/** Cancelable. A group is about to be renamed: `group` as it was, `name` the new one. */
export class BeforeGroupRenameEvent extends TeamkitEvent {
  constructor(readonly group: Group, readonly name: string) {
    super('tk-before-group-rename', { cancelable: true });
  }
}

/** A group was renamed: `group` with its new name. */
export class GroupRenamedEvent extends TeamkitEvent {
  constructor(readonly group: Group) {
    super('tk-group-renamed');
  }
}

/** Cancelable. A confirmed deletion is about to be sent: `group`. */
export class BeforeGroupDeleteEvent extends TeamkitEvent {
  constructor(readonly group: Group) {
    super('tk-before-group-delete', { cancelable: true });
  }
}

/** A group was deleted; its members lost it: `group`. */
export class GroupDeletedEvent extends TeamkitEvent {
  constructor(readonly group: Group) {
    super('tk-group-deleted');
  }
}

/** Cancelable. Members are about to be added to and removed from a group: `group`, `change` (`add`, `remove`: member ids). */
export class BeforeGroupMembersChangeEvent extends TeamkitEvent {
  constructor(readonly group: Group, readonly change: GroupMembersChange) {
    super('tk-before-group-members-change', { cancelable: true });
  }
}

/** Who is in a group changed: `group` (its new count), `results` (one per member: `added`, `removed`, `unchanged`, `not_found`, `forbidden`). */
export class GroupMembersChangedEvent extends TeamkitEvent {
  constructor(readonly group: Group, readonly results: readonly GroupMemberResult[]) {
    super('tk-group-members-changed');
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-before-group-create': BeforeGroupCreateEvent;
    'tk-group-created': GroupCreatedEvent;
    'tk-before-group-rename': BeforeGroupRenameEvent;
    'tk-group-renamed': GroupRenamedEvent;
    'tk-before-group-delete': BeforeGroupDeleteEvent;
    'tk-group-deleted': GroupDeletedEvent;
    'tk-before-group-members-change': BeforeGroupMembersChangeEvent;
    'tk-group-members-changed': GroupMembersChangedEvent;
  }
}
