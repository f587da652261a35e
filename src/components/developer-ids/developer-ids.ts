import { defineElement } from '../shared/registry.js';
import { DeveloperIds } from './developer-ids.component.js';

defineElement('developer-ids', DeveloperIds);

declare global {
  interface HTMLElementTagNameMap {
    'developer-ids': DeveloperIds;
  }
}
