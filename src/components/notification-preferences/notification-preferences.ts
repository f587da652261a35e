import { defineElement } from '../shared/registry.js';
import { NotificationPreferences } from './notification-preferences.component.js';

defineElement('notification-preferences', NotificationPreferences);

declare global {
  interface HTMLElementTagNameMap {
    'notification-preferences': NotificationPreferences;
  }
}
