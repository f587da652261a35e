import { defineElement } from '../shared/registry.js';
import { WorkspaceForm } from './workspace-form.component.js';

defineElement('workspace-form', WorkspaceForm);

declare global {
  interface HTMLElementTagNameMap {
    'workspace-form': WorkspaceForm;
  }
}
