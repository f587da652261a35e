import { defineElement } from '../shared/registry.js';
import { WebhookManager } from './webhook-manager.component.js';

defineElement('webhook-manager', WebhookManager);

declare global {
  interface HTMLElementTagNameMap {
    'webhook-manager': WebhookManager;
  }
}
