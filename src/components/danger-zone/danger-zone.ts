import { defineElement } from '../shared/registry.js';
import { DangerZone } from './danger-zone.component.js';

defineElement('danger-zone', DangerZone);

declare global {
  interface HTMLElementTagNameMap {
    'danger-zone': DangerZone;
  }
}
