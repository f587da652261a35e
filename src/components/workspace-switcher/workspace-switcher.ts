import { defineElement } from '../shared/registry.js';
import { WorkspaceSwitcher } from './workspace-switcher.component.js';

defineElement('workspace-switcher', WorkspaceSwitcher);

declare global {
  interface HTMLElementTagNameMap {
    'workspace-switcher': WorkspaceSwitcher;
  }
}
