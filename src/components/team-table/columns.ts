import { msg } from '@lit/localize';
import type { MemberSort } from '../../sdk/index.js';

/** The columns a host can choose with the `columns` attribute, in display order. */
export const COLUMN_KEYS = ['name', 'email', 'role', 'groups', 'status', 'added', 'last-login', 'actions'] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];
/** `select` (the checkboxes) is shown whenever the reader may act on several members at once. */
export type Column = ColumnKey | 'select';

/**
 * Track sizes for CSS grid; the minimums add up to the grid's minimum width, past which it scrolls sideways.
 * Every row is its own grid, so no track may depend on a row's content: the actions column has a set width
 * (`--tk-team-table-actions-width`) that a host with its own row actions can widen.
 */
const ACTIONS = 'var(--tk-team-table-actions-width, 120px)';
const TRACKS: Record<Column, [min: number, track: string]> = {
  select: [44, '44px'],
  name: [180, 'minmax(180px,2fr)'],
  email: [180, 'minmax(180px,2fr)'],
  role: [160, 'minmax(160px,1fr)'],
  groups: [110, 'minmax(110px,1fr)'],
  status: [100, '100px'],
  added: [120, '120px'],
  'last-login': [130, '130px'],
  actions: [0, ACTIONS],
};

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

/** The rows' `grid-template-columns` and the grid's CSS `min-width`. */
export function gridTemplate(columns: readonly Column[]): { template: string; minWidth: string } {
  const fixed = columns.reduce((sum, column) => sum + TRACKS[column][0], 0);
  return {
    template: columns.map((column) => TRACKS[column][1]).join(' '),
    minWidth: columns.includes('actions') ? `calc(${fixed}px + ${ACTIONS})` : `${fixed}px`,
  };
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
