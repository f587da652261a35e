import { defineElement } from '../shared/registry.js';
import { AccountSettings } from './account-settings.component.js';

defineElement('account-settings', AccountSettings);

declare global {
  interface HTMLElementTagNameMap {
    'account-settings': AccountSettings;
  }
}
