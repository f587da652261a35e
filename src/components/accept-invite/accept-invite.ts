import { defineElement } from '../shared/registry.js';
import { AcceptInvite } from './accept-invite.component.js';

defineElement('accept-invite', AcceptInvite);

declare global {
  interface HTMLElementTagNameMap {
    'accept-invite': AcceptInvite;
  }
}
