import { defineElement } from '../shared/registry.js';
import { ProfileForm } from './profile-form.component.js';

defineElement('profile-form', ProfileForm);

declare global {
  interface HTMLElementTagNameMap {
    'profile-form': ProfileForm;
  }
}
