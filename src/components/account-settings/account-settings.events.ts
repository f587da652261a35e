import type { Group } from '../../sdk/index.js';
import { TeamkitEvent } from '../shared/events.js';

/** An item was chosen: `item`. */
export class AccountSettingsSelectEvent extends TeamkitEvent {
  constructor(readonly item: Group) {
    super('tk-account-settings-select');
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-account-settings-select': AccountSettingsSelectEvent;
  }
}
