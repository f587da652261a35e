import { defineElement } from '../shared/registry.js';
import { SessionListElement } from './session-list.component.js';

defineElement('session-list', SessionListElement);

declare global {
  interface HTMLElementTagNameMap {
    'session-list': SessionListElement;
  }
}
