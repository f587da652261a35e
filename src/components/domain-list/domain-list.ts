import { defineElement } from '../shared/registry.js';
import { DomainList } from './domain-list.component.js';

defineElement('domain-list', DomainList);

declare global {
  interface HTMLElementTagNameMap {
    'domain-list': DomainList;
  }
}
