import type { AuditEntry, AuditExportQuery } from '../../sdk/index.js';
import { TeamkitEvent } from '../shared/events.js';

/**
 * What the log shows, as the reader set it: `actor` (an id or an email), `action` (an action or a resource such
 * as `member`), `targetType`, and `from`/`to` as calendar days (`YYYY-MM-DD`) in the reader's time zone. Empty
 * strings mean no filter.
 */
export interface AuditFilters {
  actor: string;
  action: string;
  targetType: string;
  from: string;
  to: string;
}

/** Fired when the reader changed a filter (or cleared them all); the log reloads from the server with `filters`. */
export class AuditFilterChangeEvent extends TeamkitEvent {
  constructor(readonly filters: AuditFilters) {
    super('tk-audit-filter-change');
  }
}

/** Fired when the reader opened an entry's details. */
export class AuditEntryOpenEvent extends TeamkitEvent {
  constructor(readonly entry: AuditEntry) {
    super('tk-audit-entry-open');
  }
}

/**
 * Fired before the CSV export is requested, with the query the server will get (times as ISO instants).
 * Cancel it (`preventDefault()`) to export some other way.
 */
export class BeforeAuditExportEvent extends TeamkitEvent {
  constructor(readonly query: AuditExportQuery) {
    super('tk-before-audit-export', { cancelable: true });
  }
}

/** Fired once the CSV export has downloaded in full: the file's `filename` and its size in `bytes`. */
export class AuditExportedEvent extends TeamkitEvent {
  constructor(readonly filename: string, readonly bytes: number) {
    super('tk-audit-exported');
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-audit-filter-change': AuditFilterChangeEvent;
    'tk-audit-entry-open': AuditEntryOpenEvent;
    'tk-before-audit-export': BeforeAuditExportEvent;
    'tk-audit-exported': AuditExportedEvent;
  }
}
