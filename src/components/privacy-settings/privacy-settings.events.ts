import type { Group } from '../../sdk/index.js';
import { TeamkitEvent } from '../shared/events.js';

/** An item was chosen: `item`. */
export class PrivacySettingsSelectEvent extends TeamkitEvent {
  constructor(readonly item: Group) {
    super('tk-privacy-settings-select');
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-privacy-settings-select': PrivacySettingsSelectEvent;
  }
}
