import { msg, str } from '@lit/localize';
import { initialState, Task, TaskStatus } from '@lit/task';
import type { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Member, MemberQuery, MemberSort, MemberStatus, Page } from '../../sdk/index.js';
import { renderEmpty, renderLoading, renderTask } from '../shared/async-state.js';
import type { ConfirmController } from '../shared/confirm-controller.js';
import { renderNotice } from '../shared/feedback/notice.js';
import { formatNumber } from '../shared/format.js';
import { FixedRows } from '../shared/grid/fixed-rows.js';
import { GridFocus } from '../shared/grid/grid-focus.js';
import { roleLabel } from '../shared/labels.js';
import { PermissionController } from '../shared/permission-controller.js';
import { TeamkitElement } from '../shared/teamkit-element.js';
import { BulkActions } from './bulk.js';
import { MemberChanges } from './changes.js';
import { parseColumns, type Column } from './columns.js';
import { columnLayout, ContainerWidth, type ColumnLayout } from './layout.js';
import { MemberList, MORE, type Row } from './member-list.js';
import { MemberRights } from './rights.js';
import { reasonOf, renderHeader, renderRow, type GridView, type RowAction } from './rows.js';
import { SettledRows } from './settled-rows.js';
import { RowActionEvent } from './team-table.events.js';
import { styles } from './team-table.styles.js';
import { renderToolbar } from './toolbar.js';

export type { RowAction } from './rows.js';

/**
 * The virtualizer passes the rows of its last range, which for a moment may reach past a list that just got
 * shorter (it learns of the new list a tick after the directive does): such a row is empty until it re-ranges.
 */
const keyOf = (row: Row | undefined, index: number) => (row === undefined ? index : row === MORE ? MORE : row.id);
const rowOf = (row: Row | undefined, index: number, view: GridView) => (row === undefined ? html`` : renderRow(row, index, view));

/**
 * The members of a workspace as an accessible, virtualized grid: search, filters, sort, pages loaded as you
 * scroll, inline role changes, removal, and bulk actions that report each member's outcome. Role changes and
 * removals show at once, say what they did in a notice, and roll back, with the reason, if the server refuses
 * them. People whose role does not allow managing members get a read-only table that says why.
 *
 * It fits the box the page gives it (container queries, not the window's width): as the element narrows, the
 * least needed columns give way first (groups, then added, then the email, which moves under the name, then
 * last login); below about 600 px (or where the chosen columns no longer fit) each member is a two-line card
 * with the same controls. Give it a width where it is shrink-wrapped (a float, an inline-flex box).
 *
 * Keyboard: the grid is one tab stop. Arrow keys move between cells, Home/End to the row's ends, Ctrl+Home/End
 * to the first and last cells, PageUp/PageDown by a screenful. Enter (or F2) on a cell with controls moves into
 * it, Escape back out; Space on a plain cell selects the row. Arrows visit only the columns shown; in a card,
 * Left/Right go through its cells in reading order and Up/Down to the same cell of the next card. The focused
 * row always scrolls fully into view below the sticky header.
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
 * @csspart notice - A notice, with its tone (`info`, `success`, `danger`): the read-only explanation, or what a role change or removal did (a refusal says why, and the row is back as it was).
 * @csspart dismiss - A notice's Dismiss button.
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
 * @csspart email-line - The email under the name, where the email column folds into the name cell (narrow tables, cards).
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
 * @cssprop [--tk-team-table-card-height=104px] - Height of every card, below about 600 px.
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
  /** The confirm step, loaded (with the dialog code) by the first removal: most visits remove nobody. */
  #confirm: ConfirmController | undefined;
  #changes = new MemberChanges(this, {
    list: () => this.#list,
    client: () => this.api,
    workspaceId: () => this.currentWorkspaceId,
    emit: (event) => this.emit(event),
    reportError: (error, action) => this.reportError(error, action),
    roleLabel: (id) => this.#label(id),
    roleChanged: (member) => member.id === this.#permissions.membership?.member.id && this.#permissions.refresh(),
    confirmRemove: (title) => this.#askRemove(title),
    starting: () => this.#bulk.dismissReport(),
    removed: (member) => this.#bulk.has(member) && this.#bulk.toggle(member, false),
  });
  /** The selection and what can be done to all of it at once. */
  #bulk = new BulkActions(this, {
    latest: (member) => this.#list?.get(member.id) ?? member,
    skip: (member, kind, role) => (!this.#rights.canActOn(member) ? this.#ownerNote()
      : kind === 'role' && member.role === role ? msg(str`Already ${this.#label(role)}`, { id: 'tk.team-table.already' }) : ''),
    apply: (member, kind, role) => this.#changes.apply(member, kind, role),
    confirmRemove: (count) => this.#askRemove(msg(str`Remove ${count} members?`, { id: 'tk.team-table.bulk_remove_title' })),
    starting: () => this.#changes.actions.dismiss(),
    roleLabel: (id) => this.#label(id),
    reason: reasonOf,
    count: (n) => formatNumber(n, this.formatSettings),
  });
  #settled = new SettledRows(this);
  #width = new ContainerWidth(this, (width) => this.#layout.shown(width) !== this.#shown);
  #grid = new GridFocus(this, {
    rowCount: () => this.#list?.rows.length ?? 0,
    columns: () => this.#shown,
    toggleRow: (row) => {
      const member = this.#list?.items[row];
      if (member && this.#rights.canActOn(member)) this.#bulk.toggle(member, !this.#bulk.has(member));
    },
  });
  /** Rows are as tall as `.sizer`, which follows `--tk-team-table-row-height` (or the card height). */
  #rows = {
    type: FixedRows,
    rowHeight: () => this.renderRoot.querySelector('.sizer')?.getBoundingClientRect().height || 52,
    headerHeight: () => this.renderRoot.querySelector('.head')?.getBoundingClientRect().height ?? 0,
  };
  #usedInitialPage: Page<Member> | undefined;

  #listTask = new Task(this, {
    task: async ([api, workspaceId, initialPage], { signal }) => {
      this.#list?.abort.abort();
      this.#bulk.clear();
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
  /** Chosen columns, the checkboxes first when the reader may act on members; how they lay out; those shown now. */
  #cols: Column[] = [];
  #layout: ColumnLayout = columnLayout([]);
  #shown: readonly Column[] = [];
  /** What every row reads, worked out once per render of the element instead of once per row. */
  #rights = new MemberRights(false, undefined, []);
  #roleOptions: (readonly [string, string])[] = [];
  #selectable: { for: unknown[]; members: Member[] } = { for: [], members: [] };

  get #list(): MemberList | undefined {
    return this.#listTask.value;
  }

  get #canManage(): boolean {
    return this.#permissions.can('members:manage');
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
    const layout = columnLayout(this.#cols);
    if (layout !== this.#layout) {
      // Constructed stylesheets, not a `style` attribute: a strict Content-Security-Policy allows them.
      const root = this.renderRoot as ShadowRoot;
      root.adoptedStyleSheets = [...root.adoptedStyleSheets.filter((sheet) => sheet !== this.#layout.sheet), layout.sheet];
      this.#layout = layout;
    }
    this.#shown = layout.shown(this.#width.width);
    this.#rights = new MemberRights(this.#canManage, this.#permissions.membership, this.#roles.value ?? []);
    this.#roleOptions = this.#rights.grantable().map((id) => [id, this.#label(id)] as const);
  }

  /** The loaded members the reader may act on, recounted only when the rows or the reader's rights change. */
  #selectableMembers(list: MemberList): Member[] {
    const key = [list.rows, this.#permissions.membership, this.#roles.value];
    if (key.some((part, index) => part !== this.#selectable.for[index])) {
      this.#selectable = { for: key, members: list.items.filter((member) => this.#rights.canActOn(member)) };
    }
    return this.#selectable.members;
  }

  protected override updated(): void {
    // The scroller's height follows the row count. Set through the CSSOM, not a style attribute (styleMap writes
    // the attribute on its first render), so that a Content-Security-Policy without 'unsafe-inline' allows it.
    this.renderRoot.querySelector<HTMLElement>('.scroller')?.style.setProperty('--_rows', String(this.#list?.rows.length ?? 0));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#debounce);
  }

  // ——— rendering ———

  protected override render() {
    const pending = this.#listTask.status === TaskStatus.PENDING;
    return html`${renderToolbar({
        draft: this.#draft, onSearch: this.#onSearch, commitSearch: () => this.#commitSearch(), total: this.#list?.total, pending, settings: this.formatSettings,
        roleFilter: this.roleFilter, roles: this.#rights.roleIds().map((id) => [id, this.#label(id)] as const), setRoleFilter: (value) => { this.roleFilter = value; },
        statusFilter: this.statusFilter, statuses: (['active', 'pending'] as const).map((status) => [status, this.#statusLabel(status)] as const),
        setStatusFilter: (value) => { this.statusFilter = value as MemberStatus; },
      })}
      ${this.#permissions.membership && !this.#canManage ? renderNotice({
        tone: 'info', title: msg('You can see the team, but not change roles or remove members.', { id: 'tk.team-table.read_only' }), detail: this.#permissions.deniedReason(),
      }) : nothing}
      ${renderNotice(this.#changes.actions.notice, { onDismiss: () => this.#changes.actions.dismiss() })}
      ${this.#bulk.render(this.#roleOptions)}
      ${renderTask(this.#listTask, {
        // Rows wait for the reader's rights and the roles: rendered once, with their controls, never twice.
        complete: (list) => ([this.#permissions.task, this.#roles].some((task) => task.value === undefined && task.status < TaskStatus.COMPLETE)
          ? renderLoading() : this.#renderGrid(list, pending)),
        isEmpty: (list) => !list.items.length,
        empty: () => this.#renderEmpty(),
      })}
      ${this.#confirm?.render() ?? nothing}`;
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
    const grid = this.#grid;
    const view = this.#gridView(list);
    // The box's height follows from the row count (`--_rows`, see updated()), never from the virtualizer's sizing.
    return html`<div class="scroller" part="scroller" @scroll=${this.#settled.onScroll}>
      <div class="sizer" aria-hidden="true"></div>
      <div role="grid" part="grid" aria-label=${msg('Team members', { id: 'tk.team-table.label' })} aria-rowcount=${list.total + 1}
        aria-multiselectable=${ifDefined(this.#canManage ? 'true' : undefined)} aria-busy=${pending}
        @keydown=${grid.onKeydown} @focusin=${grid.onFocusin} @focusout=${grid.onFocusout}>
        <div role="row" part="header-row" class="tr head" aria-rowindex="1" data-row="-1">${this.#cols.map((column) => renderHeader(column, view))}</div>
        <div role="rowgroup" part="body" @rangeChanged=${this.#onRange}>
          ${virtualize({ items: list.rows, renderItem: (row: Row | undefined, index: number) => rowOf(row, index, view), keyFunction: keyOf, layout: this.#rows })}
        </div>
      </div>
    </div>`;
  }

  #gridView(list: MemberList): GridView {
    const selectable = this.#selectableMembers(list);
    return {
      columns: this.#cols,
      sort: this.sort,
      setSort: (sort) => { this.sort = sort; },
      selectable,
      chosen: selectable.filter((member) => this.#bulk.has(member)).length,
      canManage: this.#canManage,
      selfId: this.#permissions.membership?.member.id,
      settings: this.formatSettings,
      roleOptions: this.#roleOptions,
      groupNames: new Map(this.groups.map((group) => [group.id, group.name])),
      moreError: list.error,
      tab: (row, column) => this.#grid.tab(row, column),
      tabRow: this.#grid.tabRow,
      selected: (member) => this.#bulk.has(member),
      pending: (member) => this.#changes.pending(member),
      canActOn: (member) => this.#rights.canActOn(member),
      // The focused row always has its controls: the keyboard may move into them at once.
      settled: (member, index) => index === this.#grid.row || this.#settled.has(member),
      roleLabel: (id) => this.#label(id),
      statusLabel: (status) => this.#statusLabel(status),
      ownerNote: this.#ownerNote(),
      rowActions: this.rowActions,
      toggle: (member, on) => this.#bulk.toggle(member, on),
      changeRole: (member, select) => void this.#changes.changeRole(member, select),
      remove: (member) => void this.#changes.remove(member),
      rowAction: (action, member) => this.emit(new RowActionEvent(action, member)),
      retryMore: () => void this.#loadMore(true),
    };
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
    const { api, currentWorkspaceId: workspaceId } = this;
    if (!api || !workspaceId) return;
    const error = await this.#list?.loadNext(retry, (cursor, signal) => api.members.list(workspaceId, { ...this.#query(), cursor }, { signal }), () => this.requestUpdate());
    if (error) this.reportError(error, 'load-more');
  }

  async #askRemove(title: string): Promise<boolean> {
    const { ConfirmController } = await import('../shared/confirm-controller.js');
    this.#confirm ??= new ConfirmController(this);
    return this.#confirm.ask({
      title,
      message: msg('They lose access to this workspace at once, and their sessions in it end.', { id: 'tk.team-table.remove_message' }),
      confirmLabel: msg('Remove', { id: 'tk.team-table.remove' }),
      danger: true,
    });
  }
}
