import { defineElement } from '../shared/registry.js';
import { PhoneChangeForm } from './phone-change-form.component.js';

defineElement('phone-change-form', PhoneChangeForm);

declare global {
  interface HTMLElementTagNameMap {
    'phone-change-form': PhoneChangeForm;
  }
}
