import type { Group } from '../../sdk/index.js';
import { TeamkitEvent } from '../shared/events.js';

/** An item was chosen: `item`. */
export class GroupManagerSelectEvent extends TeamkitEvent {
  constructor(readonly item: Group) {
    super('tk-group-manager-select');
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-group-manager-select': GroupManagerSelectEvent;
  }
}
