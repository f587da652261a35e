import type { Group } from '../../sdk/index.js';
import { TeamkitEvent } from '../shared/events.js';

/** An item was chosen: `item`. */
export class NotificationPreferencesSelectEvent extends TeamkitEvent {
  constructor(readonly item: Group) {
    super('tk-notification-preferences-select');
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-notification-preferences-select': NotificationPreferencesSelectEvent;
  }
}
