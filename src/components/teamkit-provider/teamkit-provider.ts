import { defineElement } from '../shared/registry.js';
import { TeamkitProvider } from './teamkit-provider.component.js';

defineElement('teamkit-provider', TeamkitProvider);

declare global {
  interface HTMLElementTagNameMap {
    'teamkit-provider': TeamkitProvider;
  }
}
