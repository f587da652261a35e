import { defineElement } from '../shared/registry.js';
import { BillingSummary } from './billing-summary.component.js';

defineElement('billing-summary', BillingSummary);

declare global {
  interface HTMLElementTagNameMap {
    'billing-summary': BillingSummary;
  }
}
