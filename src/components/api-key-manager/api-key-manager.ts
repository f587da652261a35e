import { defineElement } from '../shared/registry.js';
import { ApiKeyManager } from './api-key-manager.component.js';

defineElement('api-key-manager', ApiKeyManager);

declare global {
  interface HTMLElementTagNameMap {
    'api-key-manager': ApiKeyManager;
  }
}
