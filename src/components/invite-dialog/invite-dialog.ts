import { defineElement } from '../shared/registry.js';
import { InviteDialog } from './invite-dialog.component.js';

defineElement('invite-dialog', InviteDialog);

declare global {
  interface HTMLElementTagNameMap {
    'invite-dialog': InviteDialog;
  }
}
