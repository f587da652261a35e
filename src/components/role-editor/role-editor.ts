import { defineElement } from '../shared/registry.js';
import { RoleEditor } from './role-editor.component.js';

defineElement('role-editor', RoleEditor);

declare global {
  interface HTMLElementTagNameMap {
    'role-editor': RoleEditor;
  }
}
