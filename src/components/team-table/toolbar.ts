import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FormatSettings } from '../shared/context.js';
import { formatNumber } from '../shared/format.js';

type Options = readonly (readonly [value: string, label: string])[];

/** A select whose first option ("All roles", "Choose a role…") stands for no value. */
export function filterSelect(part: string, label: string, all: string, value: string, options: Options, change: (value: string) => void): TemplateResult {
  return html`<select part=${part} aria-label=${label} @change=${(event: Event) => change((event.target as HTMLSelectElement).value)}>
    <option value="" ?selected=${!value}>${all}</option>
    ${options.map(([id, text]) => html`<option value=${id} ?selected=${id === value}>${text}</option>`)}
  </select>`;
}

export interface ToolbarView {
  /** What the search box holds (the query follows it after a pause). */
  draft: string;
  onSearch(event: InputEvent): void;
  commitSearch(): void;
  roleFilter: string;
  roles: Options;
  setRoleFilter(value: string): void;
  groupFilter: string;
  /** The workspace's groups by name; without any, there is nothing to filter by and no select. */
  groups: Options;
  setGroupFilter(value: string): void;
  statusFilter: string;
  statuses: Options;
  setStatusFilter(value: string): void;
  /** The member count, once known. */
  total: number | undefined;
  pending: boolean;
  settings: FormatSettings;
}

/** Search, filters, the member count and the host's own `toolbar` slot. */
export function renderToolbar(view: ToolbarView): TemplateResult {
  const { total, settings } = view;
  return html`<div class="toolbar" part="toolbar">
    <input type="search" part="search" autocomplete="off" maxlength="200" .value=${live(view.draft)}
      aria-label=${msg('Search members', { id: 'tk.team-table.search' })}
      placeholder=${msg('Search by name or email', { id: 'tk.team-table.search_placeholder' })}
      @input=${view.onSearch} @keydown=${(event: KeyboardEvent) => event.key === 'Enter' && view.commitSearch()} />
    ${filterSelect('filter filter-role', msg('Filter by role', { id: 'tk.team-table.filter_role' }), msg('All roles', { id: 'tk.team-table.all_roles' }),
      view.roleFilter, view.roles, view.setRoleFilter)}
    ${view.groups.length ? filterSelect('filter filter-group', msg('Filter by group', { id: 'tk.team-table.filter_group' }), msg('All groups', { id: 'tk.team-table.all_groups' }),
      view.groupFilter, view.groups, view.setGroupFilter) : nothing}
    ${filterSelect('filter filter-status', msg('Filter by status', { id: 'tk.team-table.filter_status' }), msg('All statuses', { id: 'tk.team-table.all_statuses' }),
      view.statusFilter, view.statuses, view.setStatusFilter)}
    <span part="total" class="total" role="status">${view.pending ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${total === undefined ? ''
      : new Intl.PluralRules(settings.locale).select(total) === 'one'
        ? msg(str`${formatNumber(total, settings)} member`, { id: 'tk.team-table.total_one' })
        : msg(str`${formatNumber(total, settings)} members`, { id: 'tk.team-table.total' })}</span>
    <slot name="toolbar"></slot>
  </div>`;
}
