import type { Group } from '../../sdk/index.js';
import { TeamkitEvent } from '../shared/events.js';

/** An item was chosen: `item`. */
export class RoleEditorSelectEvent extends TeamkitEvent {
  constructor(readonly item: Group) {
    super('tk-role-editor-select');
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-role-editor-select': RoleEditorSelectEvent;
  }
}
