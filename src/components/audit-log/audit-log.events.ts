import type { Group } from '../../sdk/index.js';
import { TeamkitEvent } from '../shared/events.js';

/** An item was chosen: `item`. */
export class AuditLogSelectEvent extends TeamkitEvent {
  constructor(readonly item: Group) {
    super('tk-audit-log-select');
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-audit-log-select': AuditLogSelectEvent;
  }
}
