import type { Group } from '../../sdk/index.js';
import { TeamkitEvent } from '../shared/events.js';

/** An item was chosen: `item`. */
export class PhoneChangeFormSelectEvent extends TeamkitEvent {
  constructor(readonly item: Group) {
    super('tk-phone-change-form-select');
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-phone-change-form-select': PhoneChangeFormSelectEvent;
  }
}
