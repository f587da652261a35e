import { TeamkitEvent } from '../events.js';

/**
 * The reader opened another section of a settings page (a tab, a nav link, or back and forward through the URL
 * hash): `section`, its id. Not fired when the host sets `section` itself.
 */
export class SectionChangeEvent extends TeamkitEvent {
  constructor(readonly section: string) {
    super('tk-section-change');
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-section-change': SectionChangeEvent;
  }
}
