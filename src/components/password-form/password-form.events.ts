import type { Group } from '../../sdk/index.js';
import { TeamkitEvent } from '../shared/events.js';

/** An item was chosen: `item`. */
export class PasswordFormSelectEvent extends TeamkitEvent {
  constructor(readonly item: Group) {
    super('tk-password-form-select');
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-password-form-select': PasswordFormSelectEvent;
  }
}
