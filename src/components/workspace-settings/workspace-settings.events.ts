import type { Group } from '../../sdk/index.js';
import { TeamkitEvent } from '../shared/events.js';

/** An item was chosen: `item`. */
export class WorkspaceSettingsSelectEvent extends TeamkitEvent {
  constructor(readonly item: Group) {
    super('tk-workspace-settings-select');
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-workspace-settings-select': WorkspaceSettingsSelectEvent;
  }
}
