import { defineElement } from '../shared/registry.js';
import { PasswordForm } from './password-form.component.js';

defineElement('password-form', PasswordForm);

declare global {
  interface HTMLElementTagNameMap {
    'password-form': PasswordForm;
  }
}
