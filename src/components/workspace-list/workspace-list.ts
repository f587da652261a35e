import { defineElement } from '../shared/registry.js';
import { WorkspaceList } from './workspace-list.component.js';

defineElement('workspace-list', WorkspaceList);

declare global {
  interface HTMLElementTagNameMap {
    'workspace-list': WorkspaceList;
  }
}
