import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Member, MemberSort, MemberStatus } from '../../sdk/index.js';
import type { FormatSettings } from '../shared/context.js';
import { describeError } from '../shared/describe-error.js';
import { formatDate, formatRelative, initials } from '../shared/format.js';
import { columnLabel, nextSort, SORT_FIELDS, type Column } from './columns.js';

/** Stands in the virtualized rows for the page being loaded (or that failed to load) after the last one. */
export const MORE = Symbol('more');
export type Row = Member | typeof MORE;

/** A button the host adds to a member's row; activating it fires `tk-row-action` with this `id`. */
export interface RowAction {
  id: string;
  label: string;
}

/** What the header and every row read, worked out once per render of the table instead of once per row. */
export interface GridView {
  columns: readonly Column[];
  sort: MemberSort;
  setSort(sort: MemberSort): void;
  /** The loaded members the reader may select, and how many of them are. */
  selectable: readonly Member[];
  chosen: number;
  canManage: boolean;
  /** The reader's own membership, marked "You". */
  selfId: string | undefined;
  settings: FormatSettings;
  /** Roles the reader may grant, as `[id, label]`. */
  roleOptions: readonly (readonly [string, string])[];
  groupNames: ReadonlyMap<string, string>;
  /** The failure of the page after the last one, shown in the loading row. */
  moreError: unknown;
  /** `"0"` for the cell holding the grid's tab stop, else `"-1"`. */
  tab(row: number, column: string): string;
  tabRow: number;
  selected(member: Member): boolean;
  pending(member: Member): boolean;
  canActOn(member: Member): boolean;
  /** Whether the row renders in full, with its controls, or light (see `renderLightRow`). */
  settled(member: Member, index: number): boolean;
  roleLabel(roleId: string): string;
  statusLabel(status: MemberStatus): string;
  ownerNote: string;
  rowActions: ((member: Member) => readonly RowAction[]) | undefined;
  toggle(member: Member, on: boolean): void;
  changeRole(member: Member, select: HTMLSelectElement): void;
  remove(member: Member): void;
  rowAction(action: string, member: Member): void;
  retryMore(): void;
}

/** Why something failed, in the reader's words: "You don't have permission to do this. Your role…". */
export function reasonOf(error: unknown): string {
  const { title, detail } = describeError(error);
  return `${title}. ${detail}`;
}

export function renderHeader(column: Column, view: GridView): TemplateResult {
  const field = SORT_FIELDS[column];
  const sorted = view.sort === field ? 'ascending' : view.sort === `-${field}` ? 'descending' : undefined;
  const tab = view.tab(-1, column);
  const label = columnLabel(column);
  const { selectable, chosen } = view;
  const control = column === 'select' && selectable.length
    ? html`<input type="checkbox" tabindex=${tab} aria-label=${msg('Select all loaded members', { id: 'tk.team-table.select_all' })}
        .checked=${live(chosen === selectable.length)} .indeterminate=${chosen > 0 && chosen < selectable.length}
        @change=${(event: Event) => { for (const member of selectable) view.toggle(member, (event.target as HTMLInputElement).checked); }} />`
    : field
      ? html`<button type="button" part="sort-button" class="sort" tabindex=${tab} @click=${() => view.setSort(nextSort(column, view.sort))}>
          ${label}<span aria-hidden="true">${sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}</span></button>`
      : undefined;
  return html`<div role="columnheader" part="column-header column-header-${column}" data-col=${column} aria-sort=${ifDefined(sorted)}
    tabindex=${ifDefined(control ? undefined : tab)}>${control ?? html`<span class=${column === 'actions' ? 'visually-hidden' : ''}>${label}</span>`}</div>`;
}

/** Each member's row as last rendered, for the view (one render of the table) and index it was rendered for. */
const rendered = new WeakMap<Member, { view: GridView; index: number; row: TemplateResult }>();

/**
 * A row, built once per render of the table. While the reader scrolls, the virtualizer asks again for every row
 * it shows each time one comes into view; the rows already there get back what they showed, without formatting
 * their dates and names again.
 */
export function renderRow(row: Row, index: number, view: GridView): TemplateResult {
  if (row === MORE) return renderMoreRow(index, view);
  const last = rendered.get(row);
  if (last && last.view === view && last.index === index) return last.row;
  const result = view.settled(row, index) ? renderFullRow(row, index, view) : renderLightRow(row, index, view);
  rendered.set(row, { view, index, row: result });
  return result;
}

function renderMoreRow(index: number, view: GridView): TemplateResult {
  const rowTab = index === view.tabRow ? '0' : '-1';
  const error = view.moreError;
  return html`<div role="row" part="row loading-row" class="tr more" data-row=${index}>
    <div role="gridcell" data-col="*" aria-colspan=${view.columns.length} tabindex=${ifDefined(error ? undefined : rowTab)}>${error
      ? html`<span class="error">${msg('More members could not be loaded.', { id: 'tk.team-table.more_failed' })} ${reasonOf(error)}</span>
        <button type="button" tabindex=${rowTab} @click=${view.retryMore}>${msg('Try again', { id: 'tk.state.retry' })}</button>`
      : html`<span class="spinner" aria-hidden="true"></span>${msg('Loading more members…', { id: 'tk.team-table.loading_more' })}`}</div>
  </div>`;
}

function renderFullRow(member: Member, index: number, view: GridView): TemplateResult {
  const selected = view.selected(member);
  const actsOn = view.canActOn(member);
  return html`<div role="row" part=${selected ? 'row row-selected' : 'row'} class="tr" data-row=${index} aria-rowindex=${index + 2}
    aria-selected=${ifDefined(view.canManage ? String(selected) : undefined)} aria-busy=${view.pending(member)}>${view.columns.map((column) => renderCell(member, index, column, selected, actsOn, view))}</div>`;
}

/**
 * A row as it shows while the reader scrolls fast past it (see SettledRows): its cells and their text, in one
 * template, without the controls, avatar and badges, which cost a row several times what its text does while
 * rows come into view by the dozen every frame. It gets them once scrolling slows down or stops. Every column
 * is in it; the columns not chosen are hidden by the layout's stylesheet.
 */
function renderLightRow(member: Member, index: number, view: GridView): TemplateResult {
  const selected = view.selected(member);
  const groups = member.groupIds.map((id) => view.groupNames.get(id) ?? id).join(', ');
  return html`<div role="row" part=${selected ? 'row row-selected' : 'row'} class="tr light" data-row=${index} aria-rowindex=${index + 2}
      aria-selected=${ifDefined(view.canManage ? String(selected) : undefined)}>
    <div role="gridcell" part="cell cell-select" data-col="select" tabindex="-1"></div>
    <div role="gridcell" part="cell cell-name" data-col="name" tabindex="-1">${member.name}</div>
    <div role="gridcell" part="cell cell-email" data-col="email" tabindex="-1">${member.email}</div>
    <div role="gridcell" part="cell cell-role" data-col="role" tabindex="-1">${view.roleLabel(member.role)}</div>
    <div role="gridcell" part="cell cell-groups" data-col="groups" tabindex="-1">${groups || '—'}</div>
    <div role="gridcell" part="cell cell-status" data-col="status" tabindex="-1">${view.statusLabel(member.status)}</div>
    <div role="gridcell" part="cell cell-added" data-col="added" tabindex="-1">${formatDate(member.addedAt, view.settings)}</div>
    <div role="gridcell" part="cell cell-last-login" data-col="last-login" tabindex="-1">${member.lastLoginAt
      ? formatRelative(member.lastLoginAt, view.settings) : msg('Never', { id: 'tk.team-table.never' })}</div>
    <div role="gridcell" part="cell cell-actions" data-col="actions" tabindex="-1"></div>
  </div>`;
}

/**
 * One cell, as one template: rows are rendered by the thousand while scrolling, and every nested template is
 * one more clone. A cell whose one control takes focus leaves its `tabindex` to that control.
 */
function renderCell(member: Member, index: number, column: Column, selected: boolean, actsOn: boolean, view: GridView): TemplateResult {
  const tab = view.tab(index, column);
  switch (column) {
    case 'select':
      return html`<div role="gridcell" part="cell cell-select" data-col="select" tabindex=${ifDefined(actsOn ? undefined : tab)}><input type="checkbox"
        tabindex=${ifDefined(actsOn ? tab : undefined)} .checked=${live(selected)} ?disabled=${!actsOn} aria-label=${msg(str`Select ${member.name}`, { id: 'tk.team-table.select' })}
        @change=${(event: Event) => view.toggle(member, (event.target as HTMLInputElement).checked)} /></div>`;
    case 'name':
      // The email line shows when the email column folds into this cell (see layout.ts).
      return html`<div role="gridcell" part="cell cell-name" data-col="name" tabindex=${tab}><span class="avatar" part="avatar" aria-hidden="true">${member.avatarUrl
        ? html`<img src=${member.avatarUrl} alt="" />` : initials(member.name)}</span><span class="truncate" title=${member.name}>${member.name}</span>${member.id === view.selfId
        ? html`<span class="badge accent">${msg('You', { id: 'tk.team-table.you' })}</span>` : nothing}<span class="truncate email-line" part="email-line">${member.email}</span></div>`;
    case 'email':
      return html`<div role="gridcell" part="cell cell-email" data-col="email" tabindex=${tab}><span class="truncate" title=${member.email}>${member.email}</span></div>`;
    case 'role':
      return renderRole(member, index, actsOn, tab, view);
    case 'groups': {
      const names = member.groupIds.map((id) => view.groupNames.get(id) ?? id).join(', ');
      return html`<div role="gridcell" part="cell cell-groups" data-col="groups" tabindex=${tab}><span class="truncate ${names ? '' : 'muted'}" title=${names}>${names || '—'}</span></div>`;
    }
    case 'status':
      return html`<div role="gridcell" part="cell cell-status" data-col="status" tabindex=${tab}><span part="badge badge-${member.status}"
        class="badge ${member.status === 'active' ? 'success' : 'warning'}">${view.statusLabel(member.status)}</span></div>`;
    case 'added':
      return html`<div role="gridcell" part="cell cell-added" data-col="added" tabindex=${tab}>${formatDate(member.addedAt, view.settings)}</div>`;
    case 'last-login':
      return html`<div role="gridcell" part="cell cell-last-login" data-col="last-login" tabindex=${tab}>${member.lastLoginAt
        ? html`<time datetime=${member.lastLoginAt} title=${formatDate(member.lastLoginAt, view.settings, 'datetime')}>${formatRelative(member.lastLoginAt, view.settings)}</time>`
        : html`<span class="muted">${msg('Never', { id: 'tk.team-table.never' })}</span>`}</div>`;
    case 'actions':
      return renderActions(member, index, actsOn, tab, view);
  }
}

function renderRole(member: Member, index: number, actsOn: boolean, tab: string, view: GridView): TemplateResult {
  if (!actsOn) {
    return html`<div role="gridcell" part="cell cell-role" data-col="role" tabindex=${tab}><span class="stack"><span class="truncate">${view.roleLabel(member.role)}</span>${member.role === 'owner' && view.canManage
      ? html`<span class="hint truncate" id="owner-${index}" title=${view.ownerNote}>${view.ownerNote}</span>` : nothing}</span></div>`;
  }
  const options = view.roleOptions.some(([id]) => id === member.role) ? view.roleOptions : [...view.roleOptions, [member.role, view.roleLabel(member.role)] as const];
  return html`<div role="gridcell" part="cell cell-role" data-col="role" tabindex=${tab}><select part="role-select" tabindex="-1" .value=${live(member.role)}
    aria-label=${msg(str`Role of ${member.name}`, { id: 'tk.team-table.role_of' })} ?disabled=${view.pending(member)}
    @change=${(event: Event) => view.changeRole(member, event.target as HTMLSelectElement)}>${options.map(([id, label]) => html`<option value=${id} ?selected=${id === member.role}>${label}</option>`)}</select></div>`;
}

function renderActions(member: Member, index: number, actsOn: boolean, tab: string, view: GridView): TemplateResult {
  const label = msg('Remove', { id: 'tk.team-table.remove' });
  const buttons = [
    ...(actsOn ? [[label, 'action remove', () => view.remove(member), msg(str`Remove ${member.name}`, { id: 'tk.team-table.remove_member' })]] as const : []),
    ...(member.role === 'owner' && view.canManage ? [[label, 'action remove', undefined, undefined]] as const : []),
    ...(view.rowActions?.(member) ?? []).map((action) => [action.label, `action action-${action.id}`, () => view.rowAction(action.id, member), undefined] as const),
  ];
  const single = buttons.length === 1;
  // The owner's Remove stays focusable, disabled in words: its description (and title) says why.
  return html`<div role="gridcell" part="cell cell-actions" data-col="actions" tabindex=${ifDefined(single ? undefined : tab)}>${buttons.map(([text, part, click, name]) => html`<button
    type="button" part=${part} tabindex=${single ? tab : '-1'} aria-label=${ifDefined(name)} aria-disabled=${ifDefined(click ? undefined : 'true')}
    title=${ifDefined(click ? undefined : view.ownerNote)} aria-describedby=${ifDefined(click ? undefined : `owner-remove-${index}`)}
    ?disabled=${view.pending(member)} @click=${click}>${text}</button>${click ? nothing
    : html`<span class="visually-hidden" id="owner-remove-${index}">${view.ownerNote}</span>`}`)}</div>`;
}
