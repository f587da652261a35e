import type { Group } from '../../sdk/index.js';
import { TeamkitEvent } from '../shared/events.js';

/** An item was chosen: `item`. */
export class DomainListSelectEvent extends TeamkitEvent {
  constructor(readonly item: Group) {
    super('tk-domain-list-select');
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-domain-list-select': DomainListSelectEvent;
  }
}
