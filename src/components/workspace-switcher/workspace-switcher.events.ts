import type { Group } from '../../sdk/index.js';
import { TeamkitEvent } from '../shared/events.js';

/** An item was chosen: `item`. */
export class WorkspaceSwitcherSelectEvent extends TeamkitEvent {
  constructor(readonly item: Group) {
    super('tk-workspace-switcher-select');
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-workspace-switcher-select': WorkspaceSwitcherSelectEvent;
  }
}
