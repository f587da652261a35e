import type { Workspace } from '../../../sdk/index.js';
import { TeamkitEvent } from '../events.js';

// Events of the elements that switch, create, delete and leave workspaces (the switcher and the list fire the same
// ones; a danger zone deletes and leaves with the same).

/**
 * Before the current workspace switches to `workspace`; `preventDefault()` keeps the current one, e.g. for a host
 * that routes to the workspace's own URL instead.
 */
export class BeforeWorkspaceSwitchEvent extends TeamkitEvent {
  constructor(readonly workspace: Workspace) {
    super('tk-before-workspace-switch', { cancelable: true });
  }
}

/** The current workspace is now `workspace`; every teamkit element under the same provider reloads for it. */
export class WorkspaceSwitchedEvent extends TeamkitEvent {
  constructor(readonly workspace: Workspace) {
    super('tk-workspace-switched');
  }
}

/** Before a workspace is created with `name`; `preventDefault()` stops it. */
export class BeforeWorkspaceCreateEvent extends TeamkitEvent {
  constructor(readonly name: string) {
    super('tk-before-workspace-create', { cancelable: true });
  }
}

/** A workspace was created; the reader owns it. */
export class WorkspaceCreatedEvent extends TeamkitEvent {
  constructor(readonly workspace: Workspace) {
    super('tk-workspace-created');
  }
}

/** Before a workspace is deleted (the owner typed its name); `preventDefault()` stops it. */
export class BeforeWorkspaceDeleteEvent extends TeamkitEvent {
  constructor(readonly workspace: Workspace) {
    super('tk-before-workspace-delete', { cancelable: true });
  }
}

/** A workspace was deleted with everything in it; its members lost access. */
export class WorkspaceDeletedEvent extends TeamkitEvent {
  constructor(readonly workspace: Workspace) {
    super('tk-workspace-deleted');
  }
}

/** Before the reader leaves a workspace (after confirming); `preventDefault()` stops it. */
export class BeforeWorkspaceLeaveEvent extends TeamkitEvent {
  constructor(readonly workspace: Workspace) {
    super('tk-before-workspace-leave', { cancelable: true });
  }
}

/** The reader left a workspace and lost access to it. */
export class WorkspaceLeftEvent extends TeamkitEvent {
  constructor(readonly workspace: Workspace) {
    super('tk-workspace-left');
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-before-workspace-switch': BeforeWorkspaceSwitchEvent;
    'tk-workspace-switched': WorkspaceSwitchedEvent;
    'tk-before-workspace-create': BeforeWorkspaceCreateEvent;
    'tk-workspace-created': WorkspaceCreatedEvent;
    'tk-before-workspace-delete': BeforeWorkspaceDeleteEvent;
    'tk-workspace-deleted': WorkspaceDeletedEvent;
    'tk-before-workspace-leave': BeforeWorkspaceLeaveEvent;
    'tk-workspace-left': WorkspaceLeftEvent;
  }
}
