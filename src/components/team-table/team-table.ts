import { defineElement } from '../shared/registry.js';
import { TeamTable } from './team-table.component.js';

defineElement('team-table', TeamTable);

declare global {
  interface HTMLElementTagNameMap {
    'team-table': TeamTable;
  }
}
