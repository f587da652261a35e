import { defineElement } from '../shared/registry.js';
import { EmailChangeForm } from './email-change-form.component.js';

defineElement('email-change-form', EmailChangeForm);

declare global {
  interface HTMLElementTagNameMap {
    'email-change-form': EmailChangeForm;
  }
}
