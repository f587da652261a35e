import { msg, str } from '@lit/localize';
import { initialState, Task, TaskStatus } from '@lit/task';
import type { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { isNotFoundError } from '../../sdk/errors/kinds.js';
import type { Member, MemberQuery, MemberSort, MemberStatus, Page } from '../../sdk/index.js';
import { announce } from '../shared/announce.js';
import { renderEmpty, renderLoading, renderTask } from '../shared/async-state.js';
import { ConfirmController } from '../shared/confirm-controller.js';
import { describeError } from '../shared/describe-error.js';
import { formatDate, formatNumber, formatRelative, initials } from '../shared/format.js';
import { roleLabel } from '../shared/labels.js';
import { PermissionController } from '../shared/permission-controller.js';
import { TeamkitElement } from '../shared/teamkit-element.js';
import { renderReport, reportSummary, type BulkReport } from './bulk-report.js';
import { columnLabel, gridTemplate, nextSort, parseColumns, SORT_FIELDS, type Column } from './columns.js';
import { FixedRows } from './fixed-rows.js';
import { GridFocus } from './grid-focus.js';
import { MemberList, MORE, type Row } from './member-list.js';
import {
  BeforeMemberRemoveEvent, BeforeMemberRoleChangeEvent, MemberRemovedEvent, MemberRoleChangedEvent, RowActionEvent,
} from './team-table.events.js';
import { styles } from './team-table.styles.js';

/** A button the host adds to a member's row; activating it fires `tk-row-action` with this `id`. */
export interface RowAction {
  id: string;
  label: string;
}

/** How one change ended: sent and accepted, cancelled by a listener, or refused. */
type Outcome = 'done' | 'cancelled' | { error: unknown };

const BUILT_IN = ['owner', 'admin', 'member', 'viewer'];
const keyOf = (row: Row) => (row === MORE ? MORE : row.id);
const reasonOf = (error: unknown) => {
  const { title, detail } = describeError(error);
  return `${title}. ${detail}`;
};

/**
 * The members of a workspace as an accessible, virtualized grid: search, filters, sort, pages loaded as you
 * scroll, inline role changes, removal, and bulk actions that report each member's outcome. Role changes and
 * removals show at once and roll back, with a message, if the server refuses them. People whose role does not
 * allow managing members get a read-only table that says why.
 *
 * Keyboard: the grid is one tab stop. Arrow keys move between cells, Home/End to the row's ends, Ctrl+Home/End
 * to the first and last cells, PageUp/PageDown by a screenful. Enter (or F2) on a cell with controls moves into
 * it, Escape back out; Space on a plain cell selects the row.
 *
 * Host row actions: light-DOM slots cannot be placed per row inside a virtualized shadow list, so set
 * `rowActions` to a function returning buttons for a member; activating one fires `tk-row-action`.
 *
 * @summary Workspace members table with search, sort, inline roles and bulk actions.
 *
 * @fires {BeforeMemberRoleChangeEvent} tk-before-member-role-change - Cancelable. `member` and the new `role`, before the change is sent.
 * @fires {MemberRoleChangedEvent} tk-member-role-changed - The server changed the role. `member` (updated) and `previousRole`.
 * @fires {BeforeMemberRemoveEvent} tk-before-member-remove - Cancelable. `member`, after the confirmation and before the removal is sent.
 * @fires {MemberRemovedEvent} tk-member-removed - The server removed `member`.
 * @fires {RowActionEvent} tk-row-action - A host row action was activated: `action` (its id) and `member`.
 * @fires {TeamkitErrorEvent} tk-error - A load or a change failed: `error` and `action` (`load`, `load-more`, `member-role-change`, `member-remove`).
 *
 * @slot toolbar - The host's own toolbar controls, e.g. an "Invite" button, shown after the filters.
 *
 * @csspart toolbar - The bar with search, filters, total and the `toolbar` slot.
 * @csspart search - The search input.
 * @csspart filter-role - The role filter select.
 * @csspart filter-status - The status filter select.
 * @csspart total - The member count.
 * @csspart notice - The read-only explanation for people who may not manage members.
 * @csspart alert - The message shown when a change was refused and rolled back.
 * @csspart bulk-bar - The actions for the selected members.
 * @csspart bulk-role - The role select in the bulk actions.
 * @csspart report - The outcome of a bulk action.
 * @csspart scroller - The scrolling box around the grid.
 * @csspart grid - The grid.
 * @csspart header-row - The row of column headers.
 * @csspart header - Each column header (also `header-<column>`).
 * @csspart sort-button - The button in a sortable column header.
 * @csspart body - The virtualized row group.
 * @csspart row - Each member row; selected rows also have `row-selected`.
 * @csspart cell - Each cell (also `cell-<column>`).
 * @csspart avatar - The avatar image or initials.
 * @csspart role-select - The inline role select.
 * @csspart status-badge - The active/pending badge.
 * @csspart remove-button - A row's remove button.
 * @csspart row-action - A host row action button.
 * @csspart loading-row - The row shown while (or after failing) loading the next page.
 * @csspart state - Loading, empty, error and permission-denied panels (see the shared states).
 * @csspart confirm-dialog - The confirmation dialog.
 *
 * @cssprop [--tk-team-table-row-height=52px] - Height of every row (rows are virtualized at a fixed height).
 * @cssprop [--tk-team-table-height=560px] - Maximum height of the scrolling grid.
 * @cssprop [--tk-team-table-selected-bg=var(--tk-color-accent-soft)] - Background of selected rows.
 * @cssprop [--tk-team-table-actions-width=120px] - Width of the actions column; widen it for host row actions.
 *
 * @example
 * ```html
 * <teamkit-provider base-url="/api" workspace-id="ws_acme">
 *   <team-table columns="name,email,role,status,actions" page-size="100">
 *     <button slot="toolbar" onclick="invite.show()">Invite</button>
 *   </team-table>
 * </teamkit-provider>
 * <script type="module">
 *   const table = document.querySelector('team-table');
 *   table.rowActions = (member) => [{ id: 'profile', label: 'Profile' }];
 *   table.addEventListener('tk-row-action', (event) => openProfile(event.member));
 * </script>
 * ```
 */
export class TeamTable extends TeamkitElement {
  static override styles = [...TeamkitElement.styles, styles];

  /** Visible columns, comma separated, from `name,email,role,groups,status,added,last-login,actions`. Default: all. */
  @property() accessor columns: string | undefined = undefined;

  /** Server-side search on name and email. Typing in the search box sets it after a 250 ms pause. */
  @property() accessor query = '';

  /** Shows only members with this role id. */
  @property({ attribute: 'role-filter' }) accessor roleFilter = '';

  /** Shows only `active` or `pending` members. */
  @property({ attribute: 'status-filter' }) accessor statusFilter: MemberStatus | '' = '';

  /** Sort field, `-field` for descending: `name`, `email`, `role`, `addedAt`, `lastLoginAt`. */
  @property() accessor sort: MemberSort = 'name';

  /** Members fetched per page (1–200). */
  @property({ attribute: 'page-size', type: Number }) accessor pageSize = 50;

  /** Buttons to add to each row, e.g. `(member) => [{ id: 'profile', label: 'Profile' }]`. */
  @property({ attribute: false }) accessor rowActions: ((member: Member) => readonly RowAction[]) | undefined = undefined;

  /** Names for group ids in the Groups column; an id without a name shows as itself. */
  @property({ attribute: false }) accessor groups: readonly { id: string; name: string }[] = [];

  /**
   * Members the host already holds (a server render, a cache, a benchmark), shown at once instead of fetching
   * the first page. Later pages load from its `nextCursor`; any change of search, filter or sort asks the server.
   * Pass `{ items, nextCursor: null, total: items.length }` to show a complete in-memory list.
   */
  @property({ attribute: false }) accessor initialPage: Page<Member> | undefined = undefined;

  #permissions = new PermissionController(this, () => [this.api, this.currentWorkspaceId]);
  #confirm = new ConfirmController(this);
  #grid = new GridFocus(this, {
    rowCount: () => this.#list?.rows.length ?? 0,
    columns: () => this.#cols,
    toggleRow: (row) => {
      const member = this.#list?.items[row];
      if (member && this.#canActOn(member)) this.#toggle(member, !this.#selected.has(member.id));
    },
  });
  /** Every row is as tall as the header row (both follow `--tk-team-table-row-height`). */
  #layout = { type: FixedRows, rowHeight: () => this.renderRoot.querySelector('.head')?.getBoundingClientRect().height || 52 };
  #usedInitialPage: Page<Member> | undefined;

  #listTask = new Task(this, {
    task: async ([api, workspaceId, initialPage], { signal }) => {
      this.#list?.abort.abort();
      this.#selected.clear();
      if (initialPage && initialPage !== this.#usedInitialPage) {
        this.#usedInitialPage = initialPage;
        return new MemberList(initialPage);
      }
      if (!api || !workspaceId) return initialState;
      try {
        return new MemberList(await api.members.list(workspaceId, this.#query(), { signal }));
      } catch (error) {
        if (!signal.aborted) this.reportError(error, 'load');
        throw error;
      }
    },
    args: () => [this.api, this.currentWorkspaceId, this.initialPage, this.query, this.roleFilter, this.statusFilter, this.sort, this.pageSize] as const,
  });

  #roles = new Task(this, {
    task: async ([api, workspaceId], { signal }) => (api && workspaceId ? api.roles.list(workspaceId, { signal }).catch(() => []) : []),
    args: () => [this.api, this.currentWorkspaceId] as const,
  });

  /** What the search box holds; `query` follows it after a pause. */
  #draft = '';
  #debounce: ReturnType<typeof setTimeout> | undefined;
  #selected = new Map<string, Member>();
  #pending = new Set<string>();
  #alert = '';
  #report: BulkReport | undefined;
  #bulkRole = '';
  #busy = false;
  /** Visible columns, the checkboxes first when the reader may act on members. */
  #cols: Column[] = [];
  /** What every row reads, worked out once per render of the element instead of once per row. */
  #roleOptions: [string, string][] = [];
  #selectable: { for: unknown[]; members: Member[] } = { for: [], members: [] };

  get #list(): MemberList | undefined {
    return this.#listTask.value;
  }

  get #canManage(): boolean {
    return this.#permissions.can('members:manage');
  }

  /** True when the reader holds every permission of `roleId` (the server's rule for acting on or granting it). */
  #covers(roleId: string): boolean {
    const held = this.#permissions.membership?.permissions ?? [];
    return this.#permissions.isOwner || (this.#roles.value?.find((role) => role.id === roleId)?.permissions.every((p) => held.includes(p)) ?? true);
  }

  /** Whether the reader may change or remove this member; the server has the last word. */
  #canActOn(member: Member): boolean {
    return this.#canManage && member.role !== 'owner' && this.#covers(member.role);
  }

  #roleIds(): string[] {
    return this.#roles.value?.length ? this.#roles.value.map((role) => role.id) : BUILT_IN;
  }

  /** Roles the reader may hand out: never owner, never more than they hold themselves. */
  #grantable(): string[] {
    return this.#roleIds().filter((id) => id !== 'owner' && this.#covers(id));
  }

  #label(roleId: string): string {
    return roleLabel(roleId, this.#roles.value);
  }

  #query(): MemberQuery {
    return {
      query: this.query || undefined, role: this.roleFilter || undefined, status: this.statusFilter || undefined,
      sort: this.sort, limit: Math.min(Math.max(Math.trunc(this.pageSize) || 50, 1), 200),
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query') && this.query.trim() !== this.#draft.trim()) this.#draft = this.query;
    this.#cols = [...(this.#canManage ? ['select' as const] : []), ...parseColumns(this.columns)];
    this.#roleOptions = this.#grantable().map((id) => [id, this.#label(id)]);
  }

  /** The loaded members the reader may act on, recounted only when the rows or the reader's rights change. */
  #selectableMembers(list: MemberList): Member[] {
    const key = [list.rows, this.#permissions.membership, this.#roles.value];
    if (key.some((part, index) => part !== this.#selectable.for[index])) {
      const roles = new Set(this.#canManage ? this.#roleIds().filter((id) => id !== 'owner' && this.#covers(id)) : []);
      // A role missing from the roles list is judged as #canActOn judges it: allowed, the server decides.
      this.#selectable = { for: key, members: list.items.filter((member) => member.role !== 'owner' && this.#canManage && (roles.has(member.role) || this.#canActOn(member))) };
    }
    return this.#selectable.members;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#debounce);
  }

  // ——— rendering ———

  protected override render() {
    const pending = this.#listTask.status === TaskStatus.PENDING;
    const total = this.#list?.total;
    const settings = this.formatSettings;
    return html`<div class="toolbar" part="toolbar">
        <input type="search" part="search" autocomplete="off" maxlength="200" .value=${live(this.#draft)}
          aria-label=${msg('Search members', { id: 'tk.team-table.search' })}
          placeholder=${msg('Search by name or email', { id: 'tk.team-table.search_placeholder' })}
          @input=${this.#onSearch} @keydown=${(event: KeyboardEvent) => event.key === 'Enter' && this.#commitSearch()} />
        ${this.#filter('filter-role', msg('Filter by role', { id: 'tk.team-table.filter_role' }), msg('All roles', { id: 'tk.team-table.all_roles' }),
          this.roleFilter, this.#roleIds().map((id) => [id, this.#label(id)] as [string, string]), (value) => { this.roleFilter = value; })}
        ${this.#filter('filter-status', msg('Filter by status', { id: 'tk.team-table.filter_status' }), msg('All statuses', { id: 'tk.team-table.all_statuses' }),
          this.statusFilter, (['active', 'pending'] as const).map((status) => [status, this.#statusLabel(status)] as [string, string]), (value) => { this.statusFilter = value as MemberStatus; })}
        <span part="total" class="total" role="status">${pending ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${total === undefined ? ''
          : new Intl.PluralRules(settings.locale).select(total) === 'one'
            ? msg(str`${formatNumber(total, settings)} member`, { id: 'tk.team-table.total_one' })
            : msg(str`${formatNumber(total, settings)} members`, { id: 'tk.team-table.total' })}</span>
        <slot name="toolbar"></slot>
      </div>
      ${this.#permissions.membership && !this.#canManage
        ? html`<p class="banner" part="notice">${msg('You can see the team, but not change roles or remove members.', { id: 'tk.team-table.read_only' })} ${this.#permissions.deniedReason()}</p>`
        : nothing}
      ${this.#alert ? html`<div class="banner danger" part="alert" role="alert"><span>${this.#alert}</span>${this.#dismiss(() => { this.#alert = ''; })}</div>` : nothing}
      ${this.#report ? renderReport(this.#report, this.#summary(this.#report), this.#dismiss(() => { this.#report = undefined; })) : nothing}
      ${this.#selected.size ? this.#renderBulkBar() : nothing}
      ${renderTask(this.#listTask, {
        // Rows wait for the reader's rights and the roles: rendered once, with their controls, never twice.
        complete: (list) => ([this.#permissions.task, this.#roles].some((task) => task.value === undefined && task.status < TaskStatus.COMPLETE)
          ? renderLoading() : this.#renderGrid(list, pending)),
        isEmpty: (list) => !list.items.length,
        empty: () => this.#renderEmpty(),
      })}
      ${this.#confirm.render()}`;
  }

  #filter(part: string, label: string, all: string, value: string, options: [string, string][], change: (value: string) => void): TemplateResult {
    return html`<select part=${part} aria-label=${label} @change=${(event: Event) => change((event.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${!value}>${all}</option>
      ${options.map(([id, text]) => html`<option value=${id} ?selected=${id === value}>${text}</option>`)}
    </select>`;
  }

  #dismiss(clear: () => void): TemplateResult {
    return html`<button type="button" @click=${() => { clear(); this.requestUpdate(); }}>${msg('Dismiss', { id: 'tk.team-table.dismiss' })}</button>`;
  }

  #renderBulkBar(): TemplateResult {
    const count = formatNumber(this.#selected.size, this.formatSettings);
    return html`<div class="toolbar bulk" part="bulk-bar" role="group" aria-label=${msg('Bulk actions', { id: 'tk.team-table.bulk' })}>
      <strong>${msg(str`${count} selected`, { id: 'tk.team-table.selected' })}</strong>
      ${this.#filter('bulk-role', msg('New role for the selected members', { id: 'tk.team-table.bulk_role' }), msg('Choose a role…', { id: 'tk.team-table.choose_role' }),
        this.#bulkRole, this.#roleOptions, (value) => { this.#bulkRole = value; this.requestUpdate(); })}
      <button type="button" ?disabled=${this.#busy || !this.#bulkRole} @click=${() => this.#bulk('role')}>${msg('Change role', { id: 'tk.team-table.change_role' })}</button>
      <button type="button" class="danger" ?disabled=${this.#busy} @click=${() => this.#bulk('remove')}>${msg('Remove selected', { id: 'tk.team-table.remove_selected' })}</button>
      <button type="button" class="link" @click=${() => { this.#selected.clear(); this.requestUpdate(); }}>${msg('Clear selection', { id: 'tk.team-table.clear_selection' })}</button>
    </div>`;
  }

  #renderEmpty(): unknown {
    return this.query || this.roleFilter || this.statusFilter
      ? renderEmpty(
        msg('No members match', { id: 'tk.team-table.no_match' }),
        msg('Try another search, or clear the filters.', { id: 'tk.team-table.no_match_hint' }),
        html`<button type="button" @click=${() => { this.#draft = this.query = this.roleFilter = this.statusFilter = ''; }}>${msg('Clear search and filters', { id: 'tk.team-table.clear_filters' })}</button>`,
      )
      : renderEmpty(msg('No members yet', { id: 'tk.team-table.empty' }), msg('Invite people to work with you in this workspace.', { id: 'tk.team-table.empty_hint' }));
  }

  #renderGrid(list: MemberList, pending: boolean): TemplateResult {
    const { template, minWidth } = gridTemplate(this.#cols);
    const grid = this.#grid;
    // The box's height follows from the row count, never from the virtualizer's sizing of its content.
    return html`<div class="scroller" part="scroller" style="--_rows:${list.rows.length + 1}">
      <div role="grid" part="grid" aria-label=${msg('Team members', { id: 'tk.team-table.label' })} aria-rowcount=${list.total + 1}
        aria-multiselectable=${ifDefined(this.#canManage ? 'true' : undefined)} aria-busy=${pending} style="--_cols:${template};min-width:${minWidth}"
        @keydown=${grid.onKeydown} @focusin=${grid.onFocusin} @focusout=${grid.onFocusout}>
        <div role="row" part="header-row" class="tr head" aria-rowindex="1" data-row="-1">${this.#cols.map((column) => this.#renderHeader(column, list))}</div>
        <div role="rowgroup" part="body" @rangeChanged=${this.#onRange}>
          ${virtualize({ items: list.rows, renderItem: this.#renderRow, keyFunction: keyOf, layout: this.#layout })}
        </div>
      </div>
    </div>`;
  }

  #renderHeader(column: Column, list: MemberList): TemplateResult {
    const field = SORT_FIELDS[column];
    const sorted = this.sort === field ? 'ascending' : this.sort === `-${field}` ? 'descending' : undefined;
    const tab = this.#grid.tab(-1, column);
    const label = columnLabel(column);
    const selectable = column === 'select' ? this.#selectableMembers(list) : [];
    const chosen = selectable.filter((member) => this.#selected.has(member.id)).length;
    const control = selectable.length
      ? html`<input type="checkbox" tabindex=${tab} aria-label=${msg('Select all loaded members', { id: 'tk.team-table.select_all' })}
          .checked=${live(chosen === selectable.length)} .indeterminate=${chosen > 0 && chosen < selectable.length}
          @change=${(event: Event) => { for (const member of selectable) this.#toggle(member, (event.target as HTMLInputElement).checked); }} />`
      : field
        ? html`<button type="button" part="sort-button" class="sort" tabindex=${tab} @click=${() => { this.sort = nextSort(column, this.sort); }}>
            ${label}<span aria-hidden="true">${sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}</span></button>`
        : undefined;
    return html`<div role="columnheader" part="header header-${column}" data-col=${column} aria-sort=${ifDefined(sorted)}
      tabindex=${ifDefined(control ? undefined : tab)}>${control ?? html`<span class=${column === 'actions' ? 'visually-hidden' : ''}>${label}</span>`}</div>`;
  }

  #renderRow = (row: Row, index: number): TemplateResult => {
    const rowTab = index === this.#grid.tabRow ? '0' : '-1';
    if (row === MORE) {
      const error = this.#list?.error;
      return html`<div role="row" part="row loading-row" class="tr more" data-row=${index}>
        <div role="gridcell" data-col="*" aria-colspan=${this.#cols.length} tabindex=${ifDefined(error ? undefined : rowTab)}>${error
          ? html`<span class="error">${msg('More members could not be loaded.', { id: 'tk.team-table.more_failed' })} ${reasonOf(error)}</span>
            <button type="button" tabindex=${rowTab} @click=${() => this.#loadMore(true)}>${msg('Try again', { id: 'tk.state.retry' })}</button>`
          : html`<span class="spinner" aria-hidden="true"></span>${msg('Loading more members…', { id: 'tk.team-table.loading_more' })}`}</div>
      </div>`;
    }
    const selected = this.#selected.has(row.id);
    const actsOn = this.#canActOn(row);
    return html`<div role="row" part=${selected ? 'row row-selected' : 'row'} class="tr" data-row=${index} aria-rowindex=${index + 2}
      aria-selected=${ifDefined(this.#canManage ? String(selected) : undefined)} aria-busy=${this.#pending.has(row.id)}>${this.#cols.map((column) => this.#renderCell(row, index, column, selected, actsOn))}</div>`;
  };

  /**
   * One cell, as one template: rows are rendered by the thousand while scrolling, and every nested template is
   * one more clone. A cell whose one control takes focus leaves its `tabindex` to that control.
   */
  #renderCell(member: Member, index: number, column: Column, selected: boolean, actsOn: boolean): TemplateResult {
    const tab = this.#grid.tab(index, column);
    const settings = this.formatSettings;
    switch (column) {
      case 'select':
        return html`<div role="gridcell" part="cell cell-select" data-col="select" tabindex=${ifDefined(actsOn ? undefined : tab)}><input type="checkbox"
          tabindex=${ifDefined(actsOn ? tab : undefined)} .checked=${live(selected)} ?disabled=${!actsOn} aria-label=${msg(str`Select ${member.name}`, { id: 'tk.team-table.select' })}
          @change=${(event: Event) => this.#toggle(member, (event.target as HTMLInputElement).checked)} /></div>`;
      case 'name':
        return html`<div role="gridcell" part="cell cell-name" data-col="name" tabindex=${tab}><span class="avatar" part="avatar" aria-hidden="true">${member.avatarUrl
          ? html`<img src=${member.avatarUrl} alt="" />` : initials(member.name)}</span><span class="truncate" title=${member.name}>${member.name}</span>${member.id === this.#permissions.membership?.member.id
          ? html`<span class="badge accent">${msg('You', { id: 'tk.team-table.you' })}</span>` : nothing}</div>`;
      case 'email':
        return html`<div role="gridcell" part="cell cell-email" data-col="email" tabindex=${tab}><span class="truncate" title=${member.email}>${member.email}</span></div>`;
      case 'role':
        return actsOn
          ? html`<div role="gridcell" part="cell cell-role" data-col="role" tabindex=${tab}><select part="role-select" tabindex="-1" .value=${live(member.role)}
            aria-label=${msg(str`Role of ${member.name}`, { id: 'tk.team-table.role_of' })} ?disabled=${this.#pending.has(member.id)}
            @change=${(event: Event) => this.#changeRole(member, event.target as HTMLSelectElement)}>${(this.#roleOptions.some(([id]) => id === member.role)
              ? this.#roleOptions : [...this.#roleOptions, [member.role, this.#label(member.role)]]).map(([id, label]) => html`<option value=${id} ?selected=${id === member.role}>${label}</option>`)}</select></div>`
          : html`<div role="gridcell" part="cell cell-role" data-col="role" tabindex=${tab}><span class="stack"><span class="truncate">${this.#label(member.role)}</span>${member.role === 'owner' && this.#canManage
            ? html`<span class="hint truncate" id="owner-${index}" title=${this.#ownerNote()}>${this.#ownerNote()}</span>` : nothing}</span></div>`;
      case 'groups': {
        const names = member.groupIds.map((id) => this.groups.find((group) => group.id === id)?.name ?? id).join(', ');
        return html`<div role="gridcell" part="cell cell-groups" data-col="groups" tabindex=${tab}><span class="truncate ${names ? '' : 'muted'}" title=${names}>${names || '—'}</span></div>`;
      }
      case 'status':
        return html`<div role="gridcell" part="cell cell-status" data-col="status" tabindex=${tab}><span part="status-badge"
          class="badge ${member.status === 'active' ? 'success' : 'warning'}">${this.#statusLabel(member.status)}</span></div>`;
      case 'added':
        return html`<div role="gridcell" part="cell cell-added" data-col="added" tabindex=${tab}>${formatDate(member.addedAt, settings)}</div>`;
      case 'last-login':
        return html`<div role="gridcell" part="cell cell-last-login" data-col="last-login" tabindex=${tab}>${member.lastLoginAt
          ? html`<time datetime=${member.lastLoginAt} title=${formatDate(member.lastLoginAt, settings, 'datetime')}>${formatRelative(member.lastLoginAt, settings)}</time>`
          : html`<span class="muted">${msg('Never', { id: 'tk.team-table.never' })}</span>`}</div>`;
      case 'actions': {
        const label = msg('Remove', { id: 'tk.team-table.remove' });
        const buttons = [
          ...(actsOn ? [[label, 'remove-button', () => this.#removeOne(member), msg(str`Remove ${member.name}`, { id: 'tk.team-table.remove_member' })]] as const : []),
          ...(member.role === 'owner' && this.#canManage ? [[label, 'remove-button', undefined, undefined]] as const : []),
          ...(this.rowActions?.(member) ?? []).map((action) => [action.label, 'row-action', () => this.emit(new RowActionEvent(action.id, member)), undefined] as const),
        ];
        const single = buttons.length === 1;
        // The owner's Remove stays focusable, disabled in words: its description (and title) says why.
        return html`<div role="gridcell" part="cell cell-actions" data-col="actions" tabindex=${ifDefined(single ? undefined : tab)}>${buttons.map(([text, part, click, name]) => html`<button
          type="button" part=${part} tabindex=${single ? tab : '-1'} aria-label=${ifDefined(name)} aria-disabled=${ifDefined(click ? undefined : 'true')}
          title=${ifDefined(click ? undefined : this.#ownerNote())} aria-describedby=${ifDefined(click ? undefined : `owner-remove-${index}`)}
          ?disabled=${this.#pending.has(member.id)} @click=${click}>${text}</button>${click ? nothing
          : html`<span class="visually-hidden" id="owner-remove-${index}">${this.#ownerNote()}</span>`}`)}</div>`;
      }
    }
  }

  #ownerNote(): string {
    return msg('Transfer ownership to change the owner', { id: 'tk.team-table.owner_note' });
  }

  #statusLabel(status: MemberStatus): string {
    return status === 'active' ? msg('Active', { id: 'tk.team-table.active' }) : msg('Pending', { id: 'tk.team-table.pending' });
  }

  // ——— search, paging, selection ———

  #onSearch = (event: InputEvent) => {
    this.#draft = (event.target as HTMLInputElement).value;
    clearTimeout(this.#debounce);
    this.#debounce = setTimeout(() => this.#commitSearch(), 250);
  };

  #commitSearch(): void {
    clearTimeout(this.#debounce);
    this.query = this.#draft.trim();
  }

  #onRange = (event: RangeChangedEvent) => {
    this.#grid.onRange(event);
    if (event.last >= (this.#list?.items.length ?? 0) - 10) void this.#loadMore();
  };

  /** Fetches the page after the last one loaded, as the reader nears the end of the loaded rows. */
  async #loadMore(retry = false): Promise<void> {
    const list = this.#list;
    const { api, currentWorkspaceId: workspaceId } = this;
    if (!list?.nextCursor || list.loading || (list.error && !retry) || !api || !workspaceId) return;
    list.loading = true;
    list.error = undefined;
    this.requestUpdate();
    try {
      list.append(await api.members.list(workspaceId, { ...this.#query(), cursor: list.nextCursor }, { signal: list.abort.signal }));
    } catch (error) {
      if (list.abort.signal.aborted) return;
      list.error = error;
      list.rows = [...list.rows];
      this.reportError(error, 'load-more');
    } finally {
      list.loading = false;
      this.requestUpdate();
    }
  }

  #toggle(member: Member, on: boolean): void {
    if (on) this.#selected.set(member.id, member);
    else this.#selected.delete(member.id);
    this.requestUpdate();
  }

  // ——— changes ———

  async #changeRole(member: Member, select: HTMLSelectElement): Promise<void> {
    const role = select.value;
    const outcome = await this.#setRole(member, role);
    select.value = this.#list?.get(member.id)?.role ?? member.role;
    this.#tell(outcome, msg(str`${member.name} is now ${this.#label(role)}.`, { id: 'tk.team-table.role_changed' }),
      (reason) => msg(str`The role of ${member.name} was not changed. ${reason}`, { id: 'tk.team-table.role_failed' }));
  }

  /** Shows the new role at once; puts the old one back if the server refuses. */
  async #setRole(member: Member, role: string): Promise<Outcome> {
    const { api, currentWorkspaceId: workspaceId } = this;
    const list = this.#list;
    if (!api || !workspaceId || !list || !this.emit(new BeforeMemberRoleChangeEvent(member, role))) return 'cancelled';
    const optimistic = { ...member, role };
    list.replace(optimistic);
    this.#pending.add(member.id);
    this.requestUpdate();
    try {
      const updated = await api.members.update(workspaceId, member.id, { role });
      if (list.get(member.id) === optimistic) list.replace(updated);
      this.emit(new MemberRoleChangedEvent(updated, member.role));
      if (updated.id === this.#permissions.membership?.member.id) this.#permissions.refresh();
      return 'done';
    } catch (error) {
      if (list.get(member.id) === optimistic) list.replace(member);
      this.reportError(error, 'member-role-change');
      return { error };
    } finally {
      this.#pending.delete(member.id);
      this.requestUpdate();
    }
  }

  #askRemove(title: string): Promise<boolean> {
    return this.#confirm.ask({
      title,
      message: msg('They lose access to this workspace at once, and their sessions in it end.', { id: 'tk.team-table.remove_message' }),
      confirmLabel: msg('Remove', { id: 'tk.team-table.remove' }),
      danger: true,
    });
  }

  async #removeOne(member: Member): Promise<void> {
    if (!(await this.#askRemove(msg(str`Remove ${member.name}?`, { id: 'tk.team-table.remove_title' })))) return;
    this.#tell(await this.#remove(member), msg(str`${member.name} was removed.`, { id: 'tk.team-table.removed' }),
      (reason) => msg(str`${member.name} was not removed. ${reason}`, { id: 'tk.team-table.remove_failed' }));
  }

  /** Takes the row out at once; puts it back where it was if the server refuses. A 404 means it is gone already. */
  async #remove(member: Member): Promise<Outcome> {
    const { api, currentWorkspaceId: workspaceId } = this;
    const list = this.#list;
    if (!api || !workspaceId || !list || !this.emit(new BeforeMemberRemoveEvent(member))) return 'cancelled';
    const index = list.remove(member.id);
    this.#selected.delete(member.id);
    this.requestUpdate();
    try {
      await api.members.remove(workspaceId, member.id);
      this.emit(new MemberRemovedEvent(member));
    } catch (error) {
      if (!isNotFoundError(error)) {
        list.insert(member, index);
        this.reportError(error, 'member-remove');
        return { error };
      }
    } finally {
      this.requestUpdate();
    }
    return 'done';
  }

  /** A single change's outcome: announced when it worked, shown (role=alert) with the reason when it did not. */
  #tell(outcome: Outcome, done: string, failed: (reason: string) => string): void {
    if (outcome === 'done') announce(done);
    else if (outcome !== 'cancelled') this.#alert = failed(reasonOf(outcome.error));
    this.requestUpdate();
  }

  /** Applies one change to every selected member, one after another, going on past failures. */
  async #bulk(kind: 'role' | 'remove'): Promise<void> {
    const members = [...this.#selected.values()];
    const role = this.#bulkRole;
    const count = formatNumber(members.length, this.formatSettings);
    if (kind === 'remove' && !(await this.#askRemove(msg(str`Remove ${count} members?`, { id: 'tk.team-table.bulk_remove_title' })))) return;
    this.#busy = true;
    this.#report = undefined;
    const report: BulkReport = { kind, role, done: [], failed: [], skipped: [] };
    for (const selected of members) {
      const member = this.#list?.get(selected.id) ?? selected;
      const skip = !this.#canActOn(member) ? this.#ownerNote()
        : kind === 'role' && member.role === role ? msg(str`Already ${this.#label(role)}`, { id: 'tk.team-table.already' }) : '';
      const outcome = skip ? 'cancelled' : kind === 'role' ? await this.#setRole(member, role) : await this.#remove(member);
      if (outcome === 'done') report.done.push(member);
      else if (outcome === 'cancelled') report.skipped.push({ member, reason: skip || msg('Cancelled', { id: 'tk.team-table.cancelled' }) });
      else report.failed.push({ member, reason: reasonOf(outcome.error) });
    }
    // The failed ones stay selected, ready for another try.
    this.#selected = new Map(report.failed.map(({ member }) => [member.id, member]));
    this.#busy = false;
    this.#report = report;
    this.requestUpdate();
    announce(this.#summary(report));
  }

  #summary(report: BulkReport): string {
    return reportSummary(report, this.#label(report.role), (n) => formatNumber(n, this.formatSettings));
  }
}
