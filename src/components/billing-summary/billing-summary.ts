import { defineElement } from '../shared/registry.js';
import { BillingSummaryElement } from './billing-summary.component.js';

defineElement('billing-summary', BillingSummaryElement);

declare global {
  interface HTMLElementTagNameMap {
    'billing-summary': BillingSummaryElement;
  }
}
