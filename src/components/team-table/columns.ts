import { msg } from '@lit/localize';
import type { MemberSort } from '../../sdk/index.js';

/** The columns a host can choose with the `columns` attribute, in display order. */
export const COLUMN_KEYS = ['name', 'email', 'role', 'groups', 'status', 'added', 'last-login', 'actions'] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];
/** `select` (the checkboxes) is shown whenever the reader may act on several members at once. */
export type Column = ColumnKey | 'select';

/** The API sort field behind a sortable column. */
export const SORT_FIELDS: Partial<Record<Column, string>> = {
  name: 'name', email: 'email', role: 'role', added: 'addedAt', 'last-login': 'lastLoginAt',
};

/** The sort after a click on a column's header: the other direction, or a new field (dates newest first). */
export function nextSort(column: Column, current: MemberSort): MemberSort {
  const field = SORT_FIELDS[column];
  if (!field) return current;
  if (current === field) return `-${field}` as MemberSort;
  return (current !== `-${field}` && field.endsWith('At') ? `-${field}` : field) as MemberSort;
}

/** `"name, email ,bogus"` → `['name', 'email']`; nothing valid → every column. */
export function parseColumns(value: string | undefined): ColumnKey[] {
  const wanted = new Set((value ?? '').split(',').map((part) => part.trim()));
  const chosen = COLUMN_KEYS.filter((key) => wanted.has(key));
  return chosen.length ? chosen : [...COLUMN_KEYS];
}

export function columnLabel(column: Column): string {
  switch (column) {
    case 'select': return msg('Selection', { id: 'tk.team-table.col.select' });
    case 'name': return msg('Name', { id: 'tk.team-table.col.name' });
    case 'email': return msg('Email', { id: 'tk.team-table.col.email' });
    case 'role': return msg('Role', { id: 'tk.team-table.col.role' });
    case 'groups': return msg('Groups', { id: 'tk.team-table.col.groups' });
    case 'status': return msg('Status', { id: 'tk.team-table.col.status' });
    case 'added': return msg('Added', { id: 'tk.team-table.col.added' });
    case 'last-login': return msg('Last login', { id: 'tk.team-table.col.last_login' });
    case 'actions': return msg('Actions', { id: 'tk.team-table.col.actions' });
  }
}
