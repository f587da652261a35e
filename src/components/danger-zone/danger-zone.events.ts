import type { Group } from '../../sdk/index.js';
import { TeamkitEvent } from '../shared/events.js';

/** An item was chosen: `item`. */
export class DangerZoneSelectEvent extends TeamkitEvent {
  constructor(readonly item: Group) {
    super('tk-danger-zone-select');
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-danger-zone-select': DangerZoneSelectEvent;
  }
}
