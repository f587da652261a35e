import type { Group } from '../../sdk/index.js';
import { TeamkitEvent } from '../shared/events.js';

/** An item was chosen: `item`. */
export class SessionListSelectEvent extends TeamkitEvent {
  constructor(readonly item: Group) {
    super('tk-session-list-select');
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-session-list-select': SessionListSelectEvent;
  }
}
