import type { Group } from '../../sdk/index.js';
import { TeamkitEvent } from '../shared/events.js';

/** An item was chosen: `item`. */
export class BillingSummarySelectEvent extends TeamkitEvent {
  constructor(readonly item: Group) {
    super('tk-billing-summary-select');
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-billing-summary-select': BillingSummarySelectEvent;
  }
}
