import { defineElement } from '../shared/registry.js';
import { DomainListElement } from './domain-list.component.js';

defineElement('domain-list', DomainListElement);

declare global {
  interface HTMLElementTagNameMap {
    'domain-list': DomainListElement;
  }
}
