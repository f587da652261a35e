import { defineElement } from '../shared/registry.js';
import { PrivacySettings } from './privacy-settings.component.js';

defineElement('privacy-settings', PrivacySettings);

declare global {
  interface HTMLElementTagNameMap {
    'privacy-settings': PrivacySettings;
  }
}
