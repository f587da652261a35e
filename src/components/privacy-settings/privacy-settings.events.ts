import type { DataExport, OwnedWorkspaceImpact } from '../../sdk/index.js';
import { TeamkitEvent } from '../shared/events.js';

/** Before a data export is requested; `preventDefault()` stops it. */
export class BeforeExportRequestEvent extends TeamkitEvent {
  constructor() {
    super('tk-before-export-request', { cancelable: true });
  }
}

/** An export was requested: `dataExport` is being prepared (`pending`). */
export class ExportRequestedEvent extends TeamkitEvent {
  constructor(readonly dataExport: DataExport) {
    super('tk-export-requested');
  }
}

/** An export the element was watching became ready: `dataExport.downloadUrl` works until `dataExport.expiresAt`. */
export class ExportReadyEvent extends TeamkitEvent {
  constructor(readonly dataExport: DataExport) {
    super('tk-export-ready');
  }
}

/** Before the account is deleted (password and confirmation typed); `preventDefault()` stops it. */
export class BeforeAccountDeleteEvent extends TeamkitEvent {
  constructor() {
    super('tk-before-account-delete', { cancelable: true });
  }
}

/** The account was deleted and every session of it ended: sign the person out. */
export class AccountDeletedEvent extends TeamkitEvent {
  constructor() {
    super('tk-account-deleted');
  }
}

/**
 * The reader asked to open a workspace that stands in the way of deleting the account, to transfer or delete it:
 * open that workspace's danger zone (e.g. `<danger-zone>`). `preventDefault()` also stops the default link's
 * navigation when `danger-zone-href` is set.
 */
export class DangerZoneRequestEvent extends TeamkitEvent {
  constructor(readonly workspace: OwnedWorkspaceImpact) {
    super('tk-danger-zone-request', { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-before-export-request': BeforeExportRequestEvent;
    'tk-export-requested': ExportRequestedEvent;
    'tk-export-ready': ExportReadyEvent;
    'tk-before-account-delete': BeforeAccountDeleteEvent;
    'tk-account-deleted': AccountDeletedEvent;
    'tk-danger-zone-request': DangerZoneRequestEvent;
  }
}
