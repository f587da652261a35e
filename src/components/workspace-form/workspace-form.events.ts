import type { Group } from '../../sdk/index.js';
import { TeamkitEvent } from '../shared/events.js';

/** An item was chosen: `item`. */
export class WorkspaceFormSelectEvent extends TeamkitEvent {
  constructor(readonly item: Group) {
    super('tk-workspace-form-select');
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-workspace-form-select': WorkspaceFormSelectEvent;
  }
}
