import { defineElement } from '../shared/registry.js';
import { InvitationList } from './invitation-list.component.js';

defineElement('invitation-list', InvitationList);

declare global {
  interface HTMLElementTagNameMap {
    'invitation-list': InvitationList;
  }
}
