import type { Member, Workspace } from '../../sdk/index.js';
import { TeamkitEvent } from '../shared/events.js';

// Leaving and deleting fire the shared workspace events (shared/workspaces/workspace-events.ts), as <workspace-list>
// does; only the transfer is the danger zone's own.

/**
 * Before ownership of `workspace` passes to `member` (the owner confirmed); `preventDefault()` stops it and keeps
 * the pick.
 */
export class BeforeOwnershipTransferEvent extends TeamkitEvent {
  constructor(readonly workspace: Workspace, readonly member: Member) {
    super('tk-before-ownership-transfer', { cancelable: true });
  }
}

/**
 * `member` now owns the workspace and was told by email; the former owner is an admin. `workspace` is as the reader
 * now sees it (their role `admin`).
 */
export class OwnershipTransferredEvent extends TeamkitEvent {
  constructor(readonly workspace: Workspace, readonly member: Member) {
    super('tk-ownership-transferred');
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-before-ownership-transfer': BeforeOwnershipTransferEvent;
    'tk-ownership-transferred': OwnershipTransferredEvent;
  }
}
