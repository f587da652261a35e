import { defineElement } from '../shared/registry.js';
import { NotificationPreferencesElement } from './notification-preferences.component.js';

defineElement('notification-preferences', NotificationPreferencesElement);

declare global {
  interface HTMLElementTagNameMap {
    'notification-preferences': NotificationPreferencesElement;
  }
}
