import type { Group } from '../../sdk/index.js';
import { TeamkitEvent } from '../shared/events.js';

/** An item was chosen: `item`. */
export class EmailChangeFormSelectEvent extends TeamkitEvent {
  constructor(readonly item: Group) {
    super('tk-email-change-form-select');
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-email-change-form-select': EmailChangeFormSelectEvent;
  }
}
