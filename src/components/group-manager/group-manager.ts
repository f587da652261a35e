import { defineElement } from '../shared/registry.js';
import { GroupManager } from './group-manager.component.js';

defineElement('group-manager', GroupManager);

declare global {
  interface HTMLElementTagNameMap {
    'group-manager': GroupManager;
  }
}
