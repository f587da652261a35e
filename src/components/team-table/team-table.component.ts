import { msg, str } from '@lit/localize';
import { initialState, Task, TaskStatus } from '@lit/task';
import { FlowLayout } from '@lit-labs/virtualizer/layouts/flow.js';
import { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import type { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { isNotFoundError, type Member, type MemberSort, type MemberStatus, type Page, type Role } from '../../sdk/index.js';
import { announce } from '../shared/announce.js';
import { renderEmpty, renderTask } from '../shared/async-state.js';
import { ConfirmController } from '../shared/confirm-controller.js';
import { describeError } from '../shared/describe-error.js';
import { formatDate, formatNumber, formatRelative, initials } from '../shared/format.js';
import { roleLabel } from '../shared/labels.js';
import { PermissionController } from '../shared/permission-controller.js';
import { TeamkitElement } from '../shared/teamkit-element.js';
import { renderReport, reportSummary, type BulkReport } from './bulk-report.js';
import { columnLabel, gridTemplate, nextSort, parseColumns, SORT_FIELDS, type Column } from './columns.js';
import { gridMove } from './grid-keys.js';
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

type Outcome = 'done' | 'cancelled' | 'gone' | { error: unknown };

const BUILT_IN = ['owner', 'admin', 'member', 'viewer'];
const rowLayout = (rowHeight: () => number) => ({
  type: class extends FlowLayout {
    override _getAverageSize(): number {
      return this._metricsCache.averageChildSize || rowHeight();
    }
  },
});
const keyOf = (row: Row) => (row === MORE ? MORE : row.id);
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
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
 * @fires tk-before-member-role-change - Cancelable. `member` and the new `role`, before the change is sent.
 * @fires tk-member-role-changed - The server changed the role. `member` (updated) and `previousRole`.
 * @fires tk-before-member-remove - Cancelable. `member`, after the confirmation and before the removal is sent.
 * @fires tk-member-removed - The server removed `member`.
 * @fires tk-row-action - A host row action was activated: `action` (its id) and `member`.
 * @fires tk-error - A load or a change failed: `error` and `action` (`load`, `member-role-change`, `member-remove`).
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
 * @csspart report - The outcome of a bulk action.
 * @csspart scroller - The scrolling box around the grid.
 * @csspart grid - The grid.
 * @csspart header-row - The row of column headers.
 * @csspart header - Each column header (also `header <column>`).
 * @csspart sort-button - The button in a sortable column header.
 * @csspart body - The virtualized row group.
 * @csspart row - Each member row; selected rows also have `row-selected`.
 * @csspart cell - Each cell (also `cell <column>`).
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
  #usedInitialPage: Page<Member> | undefined;

  #listTask = new Task(this, {
    task: async ([api, workspaceId, query, role, status, sort, limit, initialPage], { signal }) => {
      this.#listTask.value?.abort.abort();
      this.#selected.clear();
      if (initialPage && initialPage !== this.#usedInitialPage) {
        this.#usedInitialPage = initialPage;
        return new MemberList(initialPage);
      }
      if (!api || !workspaceId) return initialState;
      try {
        const page = await api.members.list(workspaceId, {
          query: query || undefined, role: role || undefined, status: status || undefined, sort, limit: Math.min(Math.max(limit, 1), 200),
        }, { signal });
        return new MemberList(page);
      } catch (error) {
        if (!signal.aborted) this.reportError(error, 'load');
        throw error;
      }
    },
    args: () => [this.api, this.currentWorkspaceId, this.query, this.roleFilter, this.statusFilter, this.sort, this.pageSize, this.initialPage] as const,
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
  /** The roving tab stop: a body row index (-1 = header) and a column. */
  #focus: { row: number; col: Column } = { row: 0, col: 'name' };
  #range = { first: 0, last: -1 };
  /** Whether focus was in the grid when its row was recycled or removed, so it can come back. */
  #hadFocus = false;
  /** Values the row renderer reads; set on each render, since the virtualizer renders rows on its own too. */
  #cols: Column[] = [];
  /**
   * Rows have one fixed height. The layout's first estimate is that height (read from the header row, which
   * shares it), so measuring the rendered rows changes nothing: a size that changed in the middle of the
   * virtualizer's ResizeObserver callback would make the browser report a ResizeObserver loop.
   */
  #layout = rowLayout(() => this.renderRoot.querySelector('.head')?.getBoundingClientRect().height || 52);
  #tabRow = 0;

  get #list(): MemberList | undefined {
    return this.#listTask.value;
  }

  get #canManage(): boolean {
    return this.#permissions.can('members:manage');
  }

  get #roleList(): readonly Pick<Role, 'id' | 'name' | 'builtIn' | 'permissions'>[] {
    return this.#roles.value ?? [];
  }

  /** Whether the reader may change or remove this member; the server has the last word. */
  #canActOn(member: Member): boolean {
    if (!this.#canManage || member.role === 'owner') return false;
    if (this.#permissions.isOwner) return true;
    const held = this.#permissions.membership?.permissions ?? [];
    return this.#roleList.find((role) => role.id === member.role)?.permissions.every((p) => held.includes(p)) ?? true;
  }

  /** Roles the reader may hand out: never owner, never more than they hold themselves. */
  #grantable(): string[] {
    const held = this.#permissions.membership?.permissions ?? [];
    const roles = this.#roleList.length ? this.#roleList : BUILT_IN.map((id) => ({ id, permissions: [] as string[] }));
    return roles.filter((role) => role.id !== 'owner' && (this.#permissions.isOwner || role.permissions.every((p) => held.includes(p)))).map((role) => role.id);
  }

  #label(roleId: string): string {
    return roleLabel(roleId, this.#roleList);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query') && this.query.trim() !== this.#draft.trim()) this.#draft = this.query;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#debounce);
  }

  protected override updated(): void {
    if (this.#hadFocus) this.#restoreFocus();
  }

  // ——— rendering ———

  protected override render() {
    const pending = this.#listTask.status === TaskStatus.PENDING;
    return html`
      ${this.#renderToolbar(pending)}
      ${this.#permissions.membership && !this.#canManage
        ? html`<p class="banner" part="notice" id="read-only">${msg("You can see the team, but not change roles or remove members.", { id: 'tk.team-table.read_only' })} ${this.#permissions.deniedReason()}</p>`
        : nothing}
      ${this.#alert ? html`<div class="banner danger" part="alert" role="alert"><span>${this.#alert}</span>
        <button type="button" @click=${() => { this.#alert = ''; this.requestUpdate(); }}>${msg('Dismiss', { id: 'tk.team-table.dismiss' })}</button></div>` : nothing}
      ${this.#report ? renderReport(this.#report, this.#summary(this.#report), () => { this.#report = undefined; this.requestUpdate(); }) : nothing}
      ${this.#selected.size ? this.#renderBulkBar() : nothing}
      ${renderTask(this.#listTask, {
        complete: (list) => (list ? this.#renderGrid(list, pending) : nothing),
        isEmpty: (list) => !list?.items.length,
        empty: () => this.#renderEmpty(),
      })}
      ${this.#confirm.render()}`;
  }

  #renderToolbar(pending: boolean): TemplateResult {
    const total = this.#list?.total;
    const settings = this.formatSettings;
    const roles = this.#roleList.length ? this.#roleList.map((role) => role.id) : BUILT_IN;
    return html`<div class="toolbar" part="toolbar">
      <input type="search" part="search" autocomplete="off" .value=${live(this.#draft)}
        aria-label=${msg('Search members', { id: 'tk.team-table.search' })}
        placeholder=${msg('Search by name or email', { id: 'tk.team-table.search_placeholder' })}
        @input=${this.#onSearch} @keydown=${(event: KeyboardEvent) => event.key === 'Enter' && this.#commitSearch()} />
      <select part="filter-role" aria-label=${msg('Filter by role', { id: 'tk.team-table.filter_role' })}
        @change=${(event: Event) => { this.roleFilter = (event.target as HTMLSelectElement).value; }}>
        <option value="" ?selected=${!this.roleFilter}>${msg('All roles', { id: 'tk.team-table.all_roles' })}</option>
        ${roles.map((id) => html`<option value=${id} ?selected=${id === this.roleFilter}>${this.#label(id)}</option>`)}
      </select>
      <select part="filter-status" aria-label=${msg('Filter by status', { id: 'tk.team-table.filter_status' })}
        @change=${(event: Event) => { this.statusFilter = (event.target as HTMLSelectElement).value as MemberStatus | ''; }}>
        <option value="" ?selected=${!this.statusFilter}>${msg('All statuses', { id: 'tk.team-table.all_statuses' })}</option>
        <option value="active" ?selected=${this.statusFilter === 'active'}>${this.#statusLabel('active')}</option>
        <option value="pending" ?selected=${this.statusFilter === 'pending'}>${this.#statusLabel('pending')}</option>
      </select>
      <span part="total" class="total" role="status">${pending ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${total === undefined ? '' : new Intl.PluralRules(settings.locale).select(total) === 'one'
        ? msg(str`${formatNumber(total, settings)} member`, { id: 'tk.team-table.total_one' })
        : msg(str`${formatNumber(total, settings)} members`, { id: 'tk.team-table.total' })}</span>
      <slot name="toolbar"></slot>
    </div>`;
  }

  #renderBulkBar(): TemplateResult {
    const count = formatNumber(this.#selected.size, this.formatSettings);
    return html`<div class="toolbar bulk" part="bulk-bar" role="group" aria-label=${msg('Bulk actions', { id: 'tk.team-table.bulk' })}>
      <strong>${msg(str`${count} selected`, { id: 'tk.team-table.selected' })}</strong>
      <select aria-label=${msg('New role for the selected members', { id: 'tk.team-table.bulk_role' })} .value=${live(this.#bulkRole)}
        @change=${(event: Event) => { this.#bulkRole = (event.target as HTMLSelectElement).value; this.requestUpdate(); }}>
        <option value="">${msg('Choose a role…', { id: 'tk.team-table.choose_role' })}</option>
        ${this.#grantable().map((id) => html`<option value=${id}>${this.#label(id)}</option>`)}
      </select>
      <button type="button" ?disabled=${this.#busy || !this.#bulkRole} @click=${() => this.#bulk('role')}>${msg('Change role', { id: 'tk.team-table.change_role' })}</button>
      <button type="button" class="danger" ?disabled=${this.#busy} @click=${() => this.#bulk('remove')}>${msg('Remove selected', { id: 'tk.team-table.remove_selected' })}</button>
      <button type="button" class="link" @click=${() => { this.#selected.clear(); this.requestUpdate(); }}>${msg('Clear selection', { id: 'tk.team-table.clear_selection' })}</button>
    </div>`;
  }

  #renderEmpty(): unknown {
    if (!(this.query || this.roleFilter || this.statusFilter)) {
      return renderEmpty(msg('No members yet', { id: 'tk.team-table.empty' }), msg('Invite people to work with you in this workspace.', { id: 'tk.team-table.empty_hint' }));
    }
    return renderEmpty(
      msg('No members match', { id: 'tk.team-table.no_match' }),
      msg('Try another search, or clear the filters.', { id: 'tk.team-table.no_match_hint' }),
      html`<button type="button" @click=${() => { this.#draft = this.query = this.roleFilter = this.statusFilter = ''; }}>${msg('Clear search and filters', { id: 'tk.team-table.clear_filters' })}</button>`,
    );
  }

  #renderGrid(list: MemberList, pending: boolean): TemplateResult {
    const columns = (this.#cols = [...(this.#canManage ? ['select' as const] : []), ...parseColumns(this.columns)]);
    const rows = list.rows.length;
    const row = Math.min(this.#focus.row, rows - 1);
    this.#tabRow = row >= this.#range.first && row <= this.#range.last ? row : -1;
    const { template, minWidth } = gridTemplate(columns);
    // The box's height follows from the row count, never from the virtualizer's sizing of its content: a size
    // that depends on what a ResizeObserver reports would make the observer loop.
    return html`<div class="scroller" part="scroller" style="--_rows:${rows + 1}">
      <div role="grid" part="grid" aria-label=${msg('Team members', { id: 'tk.team-table.label' })} aria-rowcount=${list.total + 1}
        aria-colcount=${columns.length} aria-multiselectable=${ifDefined(this.#canManage ? 'true' : undefined)} aria-busy=${pending}
        style="--_cols:${template};min-width:${minWidth}px"
        @keydown=${this.#onKeydown} @focusin=${this.#onFocusin} @focusout=${this.#onFocusout}>
        <div role="row" part="header-row" class="row head" aria-rowindex="1" data-row="-1">${columns.map((column) => this.#renderHeader(column, list))}</div>
        <div role="rowgroup" part="body" class="body" @rangeChanged=${this.#onRange}>
          ${virtualize({ items: list.rows, renderItem: this.#renderRow, keyFunction: keyOf, layout: this.#layout })}
        </div>
      </div>
    </div>`;
  }

  #tab(row: number, column: Column): string {
    const col = this.#cols.includes(this.#focus.col) ? this.#focus.col : this.#cols[0];
    return row === this.#tabRow && column === col ? '0' : '-1';
  }

  #renderHeader(column: Column, list: MemberList): TemplateResult {
    const field = SORT_FIELDS[column];
    const sorted = field && (this.sort === field ? 'ascending' : this.sort === `-${field}` ? 'descending' : undefined);
    const tab = this.#tab(-1, column);
    const label = columnLabel(column);
    let content: TemplateResult | string = label;
    let own = true;
    if (column === 'select') {
      const selectable = list.items.filter((member) => this.#canActOn(member));
      const chosen = selectable.filter((member) => this.#selected.has(member.id)).length;
      own = false;
      content = html`<input type="checkbox" tabindex=${tab} aria-label=${msg('Select all loaded members', { id: 'tk.team-table.select_all' })}
        .checked=${live(chosen > 0 && chosen === selectable.length)} .indeterminate=${chosen > 0 && chosen < selectable.length} ?disabled=${!selectable.length}
        @change=${(event: Event) => this.#selectAll((event.target as HTMLInputElement).checked, selectable)} />`;
      if (!selectable.length) own = true;
    } else if (field) {
      own = false;
      content = html`<button type="button" part="sort-button" class="sort" tabindex=${tab} @click=${() => { this.sort = nextSort(column, this.sort) ?? this.sort; }}>
        ${label}<span aria-hidden="true">${sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}</span></button>`;
    } else if (column === 'actions') {
      content = html`<span class="visually-hidden">${label}</span>`;
    }
    return html`<div role="columnheader" part="header header-${column}" data-col=${column} aria-sort=${ifDefined(sorted)}
      tabindex=${ifDefined(own ? tab : undefined)}>${content}</div>`;
  }

  #renderRow = (row: Row, index: number): TemplateResult => {
    if (row === MORE) return this.#renderMore(index);
    const member = row;
    const selected = this.#selected.has(member.id);
    const busy = this.#pending.has(member.id);
    return html`<div role="row" part=${selected ? 'row row-selected' : 'row'} class="row" data-row=${index} aria-rowindex=${index + 2}
      aria-selected=${ifDefined(this.#canManage ? String(selected) : undefined)} aria-busy=${busy}>
      ${this.#cols.map((column) => this.#renderCell(member, index, column, selected))}
    </div>`;
  };

  #renderMore(index: number): TemplateResult {
    const list = this.#list;
    const tab = this.#tabRow === index ? '0' : '-1';
    const failed = list?.error !== undefined;
    return html`<div role="row" part="row loading-row" class="row more" data-row=${index}>
      <div role="gridcell" part="cell" data-col="*" aria-colspan=${this.#cols.length} tabindex=${ifDefined(failed ? undefined : tab)}>
        ${failed
          ? html`<span class="error">${msg('More members could not be loaded.', { id: 'tk.team-table.more_failed' })} ${reasonOf(list?.error)}</span>
            <button type="button" tabindex=${tab} @click=${() => this.#loadMore(true)}>${msg('Try again', { id: 'tk.state.retry' })}</button>`
          : html`<span class="spinner" aria-hidden="true"></span>${msg('Loading more members…', { id: 'tk.team-table.loading_more' })}`}
      </div>
    </div>`;
  }

  #renderCell(member: Member, index: number, column: Column, selected: boolean): TemplateResult {
    const tab = this.#tab(index, column);
    const settings = this.formatSettings;
    const actsOn = this.#canActOn(member);
    let own = true;
    let content: unknown = nothing;
    switch (column) {
      case 'select':
        own = !actsOn;
        content = html`<input type="checkbox" tabindex=${ifDefined(own ? undefined : tab)} .checked=${live(selected)} ?disabled=${!actsOn}
          aria-label=${msg(str`Select ${member.name}`, { id: 'tk.team-table.select' })}
          @change=${(event: Event) => this.#toggle(member, (event.target as HTMLInputElement).checked)} />`;
        break;
      case 'name':
        content = html`<span class="avatar" part="avatar" aria-hidden="true">${member.avatarUrl ? html`<img src=${member.avatarUrl} alt="" />` : initials(member.name)}</span>
          <span class="truncate" title=${member.name}>${member.name}</span>
          ${member.id === this.#permissions.membership?.member.id ? html`<span class="badge accent">${msg('You', { id: 'tk.team-table.you' })}</span>` : nothing}`;
        break;
      case 'email':
        content = html`<span class="truncate" title=${member.email}>${member.email}</span>`;
        break;
      case 'role':
        content = actsOn
          ? html`<select part="role-select" tabindex="-1" aria-label=${msg(str`Role of ${member.name}`, { id: 'tk.team-table.role_of' })} .value=${live(member.role)}
              ?disabled=${this.#pending.has(member.id)} @change=${(event: Event) => this.#changeRole(member, (event.target as HTMLSelectElement))}>
              ${[...new Set([...this.#grantable(), member.role])].map((id) => html`<option value=${id} ?selected=${id === member.role}>${this.#label(id)}</option>`)}
            </select>`
          : member.role === 'owner' && this.#canManage
            ? html`<span class="stack"><span>${this.#label('owner')}</span><span class="hint truncate" id="owner-${index}" title=${this.#ownerNote()}>${this.#ownerNote()}</span></span>`
            : html`<span class="truncate">${this.#label(member.role)}</span>`;
        break;
      case 'groups': {
        const names = member.groupIds.map((id) => this.groups.find((group) => group.id === id)?.name ?? id).join(', ');
        content = names ? html`<span class="truncate" title=${names}>${names}</span>` : html`<span class="muted">—</span>`;
        break;
      }
      case 'status':
        content = html`<span part="status-badge" class="badge ${member.status === 'active' ? 'success' : 'warning'}">${this.#statusLabel(member.status)}</span>`;
        break;
      case 'added':
        content = formatDate(member.addedAt, settings);
        break;
      case 'last-login':
        content = member.lastLoginAt
          ? html`<time datetime=${member.lastLoginAt} title=${formatDate(member.lastLoginAt, settings, 'datetime')}>${formatRelative(member.lastLoginAt, settings)}</time>`
          : html`<span class="muted">${msg('Never', { id: 'tk.team-table.never' })}</span>`;
        break;
      case 'actions': {
        const buttons = this.#actionButtons(member, index);
        own = buttons.length !== 1;
        content = buttons.map((button) => button(own ? '-1' : tab));
        break;
      }
    }
    return html`<div role="gridcell" part="cell cell-${column}" data-col=${column} tabindex=${ifDefined(own ? tab : undefined)}>${content}</div>`;
  }

  #actionButtons(member: Member, index: number): ((tab: string) => TemplateResult)[] {
    const buttons: ((tab: string) => TemplateResult)[] = [];
    const label = msg('Remove', { id: 'tk.team-table.remove' });
    if (this.#canActOn(member)) {
      buttons.push((tab) => html`<button type="button" part="remove-button" tabindex=${tab} ?disabled=${this.#pending.has(member.id)}
        aria-label=${msg(str`Remove ${member.name}`, { id: 'tk.team-table.remove_member' })} @click=${() => this.#removeOne(member)}>${label}</button>`);
    } else if (member.role === 'owner' && this.#canManage) {
      buttons.push((tab) => html`<button type="button" part="remove-button" tabindex=${tab} aria-disabled="true" aria-describedby="owner-${index}">${label}</button>`);
    }
    for (const action of this.rowActions?.(member) ?? []) {
      buttons.push((tab) => html`<button type="button" part="row-action" tabindex=${tab}
        @click=${() => this.dispatchEvent(new RowActionEvent(action.id, member))}>${action.label}</button>`);
    }
    return buttons;
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
    const wasVisible = this.#tabRow >= 0;
    this.#range = { first: event.first, last: event.last };
    const row = this.#focus.row;
    if (wasVisible !== (row >= event.first && row <= event.last)) this.requestUpdate();
    const list = this.#list;
    if (list && event.last >= list.items.length - 10) void this.#loadMore();
    if (this.#hadFocus) void this.updateComplete.then(() => this.#restoreFocus());
  };

  async #loadMore(retry = false): Promise<void> {
    const list = this.#list;
    const { api, currentWorkspaceId: workspaceId } = this;
    if (!list?.nextCursor || list.loading || (list.error !== undefined && !retry) || !api || !workspaceId) return;
    list.loading = true;
    list.error = undefined;
    this.requestUpdate();
    try {
      list.append(await api.members.list(workspaceId, {
        query: this.query || undefined, role: this.roleFilter || undefined, status: this.statusFilter || undefined,
        sort: this.sort, limit: Math.min(Math.max(this.pageSize, 1), 200), cursor: list.nextCursor,
      }, { signal: list.abort.signal }));
    } catch (error) {
      if (list.abort.signal.aborted) return;
      list.error = error;
      list.rows = [...list.rows];
      this.reportError(error, 'load');
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

  #selectAll(on: boolean, members: Member[]): void {
    for (const member of members) this.#toggle(member, on);
  }

  // ——— changes ———

  async #changeRole(member: Member, select: HTMLSelectElement): Promise<void> {
    const outcome = await this.#setRole(member, select.value);
    select.value = this.#list?.get(member.id)?.role ?? member.role;
    if (outcome === 'done') announce(msg(str`${member.name} is now ${this.#label(select.value)}.`, { id: 'tk.team-table.role_changed' }));
    else if (typeof outcome === 'object') this.#showAlert(msg(str`The role of ${member.name} was not changed. ${reasonOf(outcome.error)}`, { id: 'tk.team-table.role_failed' }));
  }

  /** Shows the new role at once; puts the old one back if the server refuses. */
  async #setRole(member: Member, role: string): Promise<Outcome> {
    const { api, currentWorkspaceId: workspaceId } = this;
    const list = this.#list;
    if (!api || !workspaceId || !list) return 'cancelled';
    if (!this.allowed(new BeforeMemberRoleChangeEvent(member, role))) {
      this.requestUpdate();
      return 'cancelled';
    }
    const optimistic = { ...member, role };
    list.replace(optimistic);
    this.#pending.add(member.id);
    this.requestUpdate();
    try {
      const updated = await api.members.update(workspaceId, member.id, { role });
      if (list.get(member.id) === optimistic) list.replace(updated);
      this.#selected.delete(member.id);
      this.dispatchEvent(new MemberRoleChangedEvent(updated, member.role));
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

  async #removeOne(member: Member): Promise<void> {
    const confirmed = await this.#confirm.ask({
      title: msg(str`Remove ${member.name}?`, { id: 'tk.team-table.remove_title' }),
      message: msg('They lose access to this workspace at once, and their sessions in it end.', { id: 'tk.team-table.remove_message' }),
      confirmLabel: msg('Remove', { id: 'tk.team-table.remove' }),
      danger: true,
    });
    if (!confirmed) return;
    const outcome = await this.#remove(member);
    if (outcome === 'done' || outcome === 'gone') announce(msg(str`${member.name} was removed.`, { id: 'tk.team-table.removed' }));
    else if (typeof outcome === 'object') this.#showAlert(msg(str`${member.name} was not removed. ${reasonOf(outcome.error)}`, { id: 'tk.team-table.remove_failed' }));
  }

  /** Takes the row out at once; puts it back where it was if the server refuses. A 404 means it is gone already. */
  async #remove(member: Member): Promise<Outcome> {
    const { api, currentWorkspaceId: workspaceId } = this;
    const list = this.#list;
    if (!api || !workspaceId || !list) return 'cancelled';
    if (!this.allowed(new BeforeMemberRemoveEvent(member))) return 'cancelled';
    const index = list.remove(member.id);
    this.#selected.delete(member.id);
    this.requestUpdate();
    try {
      await api.members.remove(workspaceId, member.id);
      this.dispatchEvent(new MemberRemovedEvent(member));
      return 'done';
    } catch (error) {
      if (isNotFoundError(error)) return 'gone';
      list.insert(member, index);
      this.reportError(error, 'member-remove');
      return { error };
    } finally {
      this.requestUpdate();
    }
  }

  async #bulk(kind: 'role' | 'remove'): Promise<void> {
    const members = [...this.#selected.values()];
    const role = this.#bulkRole;
    const count = formatNumber(members.length, this.formatSettings);
    if (kind === 'remove' && !(await this.#confirm.ask({
      title: msg(str`Remove ${count} members?`, { id: 'tk.team-table.bulk_remove_title' }),
      message: msg('They lose access to this workspace at once, and their sessions in it end.', { id: 'tk.team-table.remove_message' }),
      confirmLabel: msg('Remove', { id: 'tk.team-table.remove' }),
      danger: true,
    }))) return;
    this.#busy = true;
    this.#report = undefined;
    const report: BulkReport = { kind, role, done: [], failed: [], skipped: [] };
    for (const member of members) {
      const current = this.#list?.get(member.id) ?? member;
      if (!this.#canActOn(current)) {
        report.skipped.push({ member: current, reason: this.#ownerNote() });
        continue;
      }
      if (kind === 'role' && current.role === role) {
        report.skipped.push({ member: current, reason: msg(str`Already ${this.#label(role)}`, { id: 'tk.team-table.already' }) });
        continue;
      }
      const outcome = kind === 'role' ? await this.#setRole(current, role) : await this.#remove(current);
      if (outcome === 'done' || outcome === 'gone') report.done.push(current);
      else if (outcome === 'cancelled') report.skipped.push({ member: current, reason: msg('Cancelled', { id: 'tk.team-table.cancelled' }) });
      else report.failed.push({ member: current, reason: reasonOf(outcome.error) });
    }
    // The failed ones stay selected, ready for another try.
    this.#selected = new Map(report.failed.map(({ member }) => [member.id, member]));
    this.#busy = false;
    this.#report = report;
    announce(this.#summary(report));
    this.requestUpdate();
  }

  #summary(report: BulkReport): string {
    return reportSummary(report, this.#label(report.role), (n) => formatNumber(n, this.formatSettings));
  }

  #showAlert(message: string): void {
    this.#alert = message;
    this.requestUpdate();
  }

  // ——— keyboard and focus ———

  #onKeydown = (event: KeyboardEvent) => {
    const origin = event.composedPath()[0];
    if (!(origin instanceof HTMLElement) || event.altKey) return;
    const cell = origin.closest<HTMLElement>('[data-col]');
    const rowElement = origin.closest<HTMLElement>('[data-row]');
    if (!cell || !rowElement) return;
    if (origin !== cell && cell.hasAttribute('tabindex')) {
      // Inside a cell's controls: Escape (or F2) goes back to the cell; Left/Right walk its buttons.
      if (event.key === 'Escape' || event.key === 'F2') {
        event.preventDefault();
        cell.focus();
      } else if (origin.localName === 'button' && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
        const buttons = [...cell.querySelectorAll('button')];
        buttons[buttons.indexOf(origin as HTMLButtonElement) + (event.key === 'ArrowRight' ? 1 : -1)]?.focus();
        event.preventDefault();
      }
      return;
    }
    const columns = this.#cols;
    const row = Number(rowElement.dataset.row);
    const col = cell.dataset.col === '*' ? this.#focus.col : (cell.dataset.col as Column);
    const rows = this.#list?.rows.length ?? 0;
    const page = Math.max(1, Math.floor((this.#scroller()?.clientHeight ?? 0) / rowElement.offsetHeight) - 2);
    const next = gridMove(event, { row, col: Math.max(0, columns.indexOf(col)) }, { rows, cols: columns.length, page });
    if (next) {
      event.preventDefault();
      void this.#moveFocus(next.row, columns[next.col] ?? col);
      return;
    }
    if (origin !== cell) return; // checkboxes and buttons handle Space and Enter themselves
    const control = cell.querySelector<HTMLElement>('select, button, input');
    if (control && (event.key === 'Enter' || event.key === 'F2' || event.key === ' ')) {
      event.preventDefault();
      control.focus();
    } else if (event.key === ' ' && row >= 0) {
      event.preventDefault();
      const member = this.#list?.items[row];
      if (member && this.#canActOn(member)) this.#toggle(member, !this.#selected.has(member.id));
    }
  };

  #onFocusin = (event: FocusEvent) => {
    this.#hadFocus = true;
    const origin = event.composedPath()[0] as HTMLElement;
    const row = Number(origin.closest<HTMLElement>('[data-row]')?.dataset.row ?? NaN);
    const col = origin.closest<HTMLElement>('[data-col]')?.dataset.col;
    if (Number.isNaN(row) || !col) return;
    const next = { row, col: col === '*' ? this.#focus.col : (col as Column) };
    if (next.row !== this.#focus.row || next.col !== this.#focus.col) {
      this.#focus = next;
      this.requestUpdate();
    }
  };

  #onFocusout = (event: FocusEvent) => {
    const to = event.relatedTarget as Node | null;
    const from = event.composedPath()[0] as Element;
    if (to) this.#hadFocus = Boolean(this.renderRoot.querySelector('[role=grid]')?.contains(to));
    // Focus went nowhere: if its element is still there, the reader left; if not, its row was recycled.
    else void frame().then(() => { if (from.isConnected) this.#hadFocus = false; });
  };

  #scroller(): HTMLElement | null {
    return this.renderRoot.querySelector('.scroller');
  }

  /** The element that takes focus for a cell: the cell itself, or its one control. */
  #target(row: number, col: Column): HTMLElement | null {
    const rowElement = this.renderRoot.querySelector(`[data-row="${row}"]`);
    const cell = rowElement?.querySelector<HTMLElement>(`[data-col="${col}"]`) ?? rowElement?.querySelector<HTMLElement>('[data-col="*"]');
    return cell?.hasAttribute('tabindex') ? cell : cell?.querySelector<HTMLElement>('[tabindex]') ?? null;
  }

  async #moveFocus(row: number, col: Column): Promise<void> {
    this.#focus = { row, col };
    this.requestUpdate();
    await this.updateComplete;
    let target = this.#target(row, col);
    if (!target && row >= 0) {
      const body = this.renderRoot.querySelector<VirtualizerHostElement>('.body');
      body?.[virtualizerRef]?.element(row)?.scrollIntoView({ block: 'nearest' });
      for (let i = 0; !target && i < 30; i++) {
        await frame();
        target = this.#target(row, col);
      }
    }
    target?.focus({ preventScroll: true });
    target?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  /** Puts focus back on the tracked cell when virtualization or a removal took its element away. */
  #restoreFocus(): void {
    const active = document.activeElement;
    if (this.shadowRoot?.activeElement || (active && active !== document.body)) return;
    const rows = this.#list?.rows.length ?? 0;
    const row = Math.min(this.#focus.row, rows - 1);
    this.#target(row, this.#cols.includes(this.#focus.col) ? this.#focus.col : this.#cols[0] ?? 'name')?.focus({ preventScroll: true });
  }
}
