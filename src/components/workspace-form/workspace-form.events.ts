import type { Workspace, WorkspaceUpdate } from '../../sdk/index.js';
import { TeamkitEvent } from '../shared/events.js';

/** Before the workspace's settings are saved. `patch` holds only the changed fields; `preventDefault()` stops the save. */
export class BeforeWorkspaceUpdateEvent extends TeamkitEvent {
  constructor(readonly workspaceId: string, readonly patch: WorkspaceUpdate) {
    super('tk-before-workspace-update', { cancelable: true });
  }
}

/** The workspace's settings were saved. `workspace` is the workspace as the server now has it. */
export class WorkspaceUpdatedEvent extends TeamkitEvent {
  constructor(readonly workspace: Workspace) {
    super('tk-workspace-updated');
  }
}

/** Before a chosen logo (already checked for type and size) is uploaded; `preventDefault()` stops it. */
export class BeforeLogoUploadEvent extends TeamkitEvent {
  constructor(readonly workspaceId: string, readonly file: File) {
    super('tk-before-logo-upload', { cancelable: true });
  }
}

/** The new logo was uploaded. `workspace.logoUrl` is where the server now serves it. */
export class LogoUploadedEvent extends TeamkitEvent {
  constructor(readonly workspace: Workspace) {
    super('tk-logo-uploaded');
  }
}

/** Before the logo is removed (after the reader confirmed); `preventDefault()` stops it. */
export class BeforeLogoRemoveEvent extends TeamkitEvent {
  constructor(readonly workspaceId: string) {
    super('tk-before-logo-remove', { cancelable: true });
  }
}

/** The logo was removed; the workspace's initials show instead. */
export class LogoRemovedEvent extends TeamkitEvent {
  constructor(readonly workspace: Workspace) {
    super('tk-logo-removed');
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-before-workspace-update': BeforeWorkspaceUpdateEvent;
    'tk-workspace-updated': WorkspaceUpdatedEvent;
    'tk-before-logo-upload': BeforeLogoUploadEvent;
    'tk-logo-uploaded': LogoUploadedEvent;
    'tk-before-logo-remove': BeforeLogoRemoveEvent;
    'tk-logo-removed': LogoRemovedEvent;
  }
}
