import { defineElement } from '../shared/registry.js';
import { SessionList } from './session-list.component.js';

defineElement('session-list', SessionList);

declare global {
  interface HTMLElementTagNameMap {
    'session-list': SessionList;
  }
}
