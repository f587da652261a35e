import { defineElement } from '../shared/registry.js';
import { WorkspaceSettings } from './workspace-settings.component.js';

defineElement('workspace-settings', WorkspaceSettings);

declare global {
  interface HTMLElementTagNameMap {
    'workspace-settings': WorkspaceSettings;
  }
}
