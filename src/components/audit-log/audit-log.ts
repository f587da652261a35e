import { defineElement } from '../shared/registry.js';
import { AuditLog } from './audit-log.component.js';

defineElement('audit-log', AuditLog);

declare global {
  interface HTMLElementTagNameMap {
    'audit-log': AuditLog;
  }
}
