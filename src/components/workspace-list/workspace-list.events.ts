import type { Group } from '../../sdk/index.js';
import { TeamkitEvent } from '../shared/events.js';

/** An item was chosen: `item`. */
export class WorkspaceListSelectEvent extends TeamkitEvent {
  constructor(readonly item: Group) {
    super('tk-workspace-list-select');
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-workspace-list-select': WorkspaceListSelectEvent;
  }
}
