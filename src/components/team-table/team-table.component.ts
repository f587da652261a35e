import { msg } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Client, Member, MemberQuery, MemberSort, MemberStatus, Page } from '../../sdk/index.js';
import type { ConfirmController } from '../shared/confirm-controller.js';
import { ListController } from '../shared/controllers/list-controller.js';
import type { ErrorAction } from '../shared/events.js';
import { renderNotice } from '../shared/feedback/notice.js';
import { renderEmpty, renderLoading } from '../shared/feedback/states.js';
import { roleLabel } from '../shared/labels.js';
import { PermissionController } from '../shared/permission-controller.js';
import { badges, base, buttons, dialogs, feedback, inputs, tokens } from '../shared/styles.js';
import { TeamkitBase } from '../shared/teamkit-element.js';
import type { MemberChanges } from './changes.js';
import { parseColumns, type Column } from './columns.js';
import type { MemberGrid, MemberSource } from './grid.js';
import { MemberRights } from './rights.js';
import type { RowAction } from './rows.js';
import { Selection } from './selection.js';
import { RowActionEvent } from './team-table.events.js';
import { styles } from './team-table.styles.js';
import { renderToolbar } from './toolbar.js';

export type { RowAction } from './rows.js';

/** What the list of members depends on: any change asks for the first page again. */
type ListArgs = readonly [Client | undefined, string | undefined, Page<Member> | undefined, string, string, string, MemberStatus | '', MemberSort, number];

/** A group as the table shows it: its name for its id. */
type GroupName = { readonly id: string; readonly name: string };

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
 * @csspart filter - A filter select; also `filter-role`, `filter-group` (shown when the workspace has groups), `filter-status`.
 * @csspart total - The member count.
 * @csspart notice - A notice, with its tone (`info`, `success`, `warning`, `danger`): the read-only explanation, or what a role change, a removal or a bulk action did. A refusal says why, and the row is back as it was; a bulk action names each member it failed for or skipped, and why (was `report`).
 * @csspart dismiss - A notice's Dismiss button.
 * @csspart bulk-bar - The actions for the selected members.
 * @csspart bulk-role - The role select in the bulk actions.
 * @csspart scroller - The scrolling box around the grid.
 * @csspart grid - The grid.
 * @csspart header-row - The row of column headers.
 * @csspart column-header - Each column header; also `column-header-<column>` (was `header`, `header-<column>`).
 * @csspart sort-button - The button in a sortable column header.
 * @csspart body - The virtualized row group.
 * @csspart row - Each member row; selected rows also have `row-selected`.
 * @csspart cell - Each cell (also `cell-<column>`).
 * @csspart avatar - The avatar image or initials.
 * @csspart email-line - The email under the name, where the email column folds into the name cell (narrow tables, cards).
 * @csspart role-select - The inline role select.
 * @csspart badge - The status badge; also `badge-active`, `badge-pending` (was `status-badge`).
 * @csspart action - A row's action button: `action remove` (was `remove-button`), and each of the host's row actions, `action action-<id>` (was `row-action`).
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
export class TeamTable extends TeamkitBase {
  // The shared sheets it uses (no form fields): a page with only this element carries no other CSS.
  static override styles = [tokens, base, buttons, inputs, feedback, badges, dialogs, styles];

  /** Visible columns, comma separated, from `name,email,role,groups,status,added,last-login,actions`. Default: all. */
  @property() accessor columns: string | undefined = undefined;

  /** Server-side search on name and email. Typing in the search box sets it after a 250 ms pause. */
  @property() accessor query = '';

  /** Shows only members with this role id. */
  @property({ attribute: 'role-filter' }) accessor roleFilter = '';

  /** Shows only the members of the group with this id. */
  @property({ attribute: 'group-filter' }) accessor groupFilter = '';

  /** Shows only `active` or `pending` members. */
  @property({ attribute: 'status-filter' }) accessor statusFilter: MemberStatus | '' = '';

  /** Sort field, `-field` for descending: `name`, `email`, `role`, `addedAt`, `lastLoginAt`. */
  @property() accessor sort: MemberSort = 'name';

  /** Members fetched per page (1–200). */
  @property({ attribute: 'page-size', type: Number }) accessor pageSize = 50;

  /** Buttons to add to each row, e.g. `(member) => [{ id: 'profile', label: 'Profile' }]`. */
  @property({ attribute: false }) accessor rowActions: ((member: Member) => readonly RowAction[]) | undefined = undefined;

  /**
   * The groups for the Groups column's names and the group filter. Unset, the table loads the workspace's groups
   * (up to 200) with its members; an id without a name shows as itself.
   */
  @property({ attribute: false }) accessor groups: readonly GroupName[] | undefined = undefined;

  /**
   * Members the host already holds (a server render, a cache, a benchmark), shown at once instead of fetching
   * the first page. Later pages load from its `nextCursor`; any change of search, filter or sort asks the server.
   * Pass `{ items, nextCursor: null, total: items.length }` to show a complete in-memory list.
   */
  @property({ attribute: false }) accessor initialPage: Page<Member> | undefined = undefined;

  #permissions = new PermissionController(this, () => [this.api, this.currentWorkspaceId]);
  #selection = new Selection(this);
  #usedInitialPage: Page<Member> | undefined;
  /** The members, a page at a time as the reader scrolls; the next page's failure shows in the last row. */
  #list = new ListController<Member, ListArgs>(this, {
    args: () => [this.api, this.currentWorkspaceId, this.initialPage, this.query, this.roleFilter, this.groupFilter, this.statusFilter, this.sort, this.pageSize] as const,
    load: async ([client, workspaceId, initialPage, ...query], cursor, signal) => {
      if (cursor !== undefined) return client && workspaceId ? client.members.list(workspaceId, { ...memberQuery(...query), cursor }, { signal }) : undefined;
      // Another search or filter: what was selected may not even be shown any more.
      this.#selection.clear();
      if (initialPage && initialPage !== this.#usedInitialPage) {
        this.#usedInitialPage = initialPage;
        await this.#loadGrid().catch((error: unknown) => {
          // Not shown after all: Try again shows it, unless another search or filter has been asked for meanwhile.
          if (!signal.aborted) this.#usedInitialPage = undefined;
          throw error;
        });
        return initialPage;
      }
      if (!client || !workspaceId) return undefined;
      // The grid's code comes beside the first page, and the list shows loading until both are here.
      const [page] = await Promise.all([client.members.list(workspaceId, { ...memberQuery(...query), cursor }, { signal }), this.#loadGrid()]);
      return page;
    },
    announceMore: false,
  });
  #roles = new Task(this, {
    task: async ([api, workspaceId], { signal }) => (api && workspaceId ? api.roles.list(workspaceId, { signal }).catch(() => []) : []),
    args: () => [this.api, this.currentWorkspaceId] as const,
  });
  /** The host's groups, else the workspace's: without them the column shows ids and the group filter hides. */
  #groups = new Task(this, {
    task: async ([api, workspaceId, given], { signal }): Promise<readonly GroupName[]> => given
      ?? (api && workspaceId ? api.groups.list(workspaceId, { limit: 200 }, { signal }).then((page) => page.items, () => []) : []),
    args: () => [this.api, this.currentWorkspaceId, this.groups] as const,
  });
  /** Role changes, removals and bulk actions, whose code loads with the first of them (most visits change nobody). */
  #changes: MemberChanges | undefined;
  #loadingChanges: Promise<MemberChanges> | undefined;
  /** The confirm step, loaded (with the dialog code) by the first removal. */
  #confirm: ConfirmController | undefined;
  /** Code an interaction is waiting for: `updateComplete` waits for it too. */
  readonly #loading = new Set<Promise<unknown>>();
  /**
   * The grid, the virtualizer and the rows' templates: their own chunk (most of the element's code), loaded with
   * the first page. A failure to load it is the list's failure, with its Try again, which loads it again.
   */
  #grid: MemberGrid | undefined;
  #gridLoading: Promise<MemberGrid> | undefined;

  /** What the search box holds; `query` follows it after a pause. */
  #draft = '';
  #debounce: ReturnType<typeof setTimeout> | undefined;
  /** Chosen columns, the checkboxes first when the reader may act on members. */
  #cols: Column[] = [];
  /** What every row reads, worked out once per render of the element instead of once per row. */
  #rights = new MemberRights(false, undefined, []);
  #roleOptions: (readonly [string, string])[] = [];
  #groupsFor: readonly GroupName[] | undefined;
  #groupOptions: (readonly [string, string])[] = [];
  #groupNames: ReadonlyMap<string, string> = new Map();
  #selectable: { for: unknown[]; members: Member[] } = { for: [], members: [] };

  get #canManage(): boolean {
    return this.#permissions.can('members:manage');
  }

  #label(roleId: string): string {
    return roleLabel(roleId, this.#roles.value);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query') && this.query.trim() !== this.#draft.trim()) this.#draft = this.query;
    this.#cols = [...(this.#canManage ? ['select' as const] : []), ...parseColumns(this.columns)];
    this.#rights = new MemberRights(this.#canManage, this.#permissions.membership, this.#roles.value ?? []);
    this.#roleOptions = this.#rights.grantable().map((id) => [id, this.#label(id)] as const);
    // Worked out once when the groups arrive, not on every render (each row looks its names up in the map).
    if (this.#groups.value !== this.#groupsFor) {
      this.#groupsFor = this.#groups.value;
      this.#groupOptions = (this.#groupsFor ?? []).map((group) => [group.id, group.name] as const);
      this.#groupNames = new Map(this.#groupOptions);
    }
    this.#grid?.prepare(this.#cols, this.#list.items, this.#list.hasMore);
  }

  #loadGrid(): Promise<MemberGrid> {
    this.#gridLoading ??= import('./grid.js').then(({ MemberGrid }) => {
      this.#grid = new MemberGrid(this, (row) => {
        const member = this.#list.items[row];
        if (member && this.#rights.canActOn(member)) this.#toggle(member, !this.#selection.has(member));
      });
      return this.#grid;
    }, (error: unknown) => {
      this.#gridLoading = undefined;
      throw error;
    });
    return this.#gridLoading;
  }

  /** The loaded members the reader may act on, recounted only when the members or the reader's rights change. */
  #selectableMembers(): Member[] {
    const key = [this.#list.items, this.#permissions.membership, this.#roles.value];
    if (key.some((part, index) => part !== this.#selectable.for[index])) {
      this.#selectable = { for: key, members: this.#list.items.filter((member) => this.#rights.canActOn(member)) };
    }
    return this.#selectable.members;
  }

  protected override updated(): void {
    // The scroller's height follows the row count. Set through the CSSOM, not a style attribute (styleMap writes
    // the attribute on its first render), so that a Content-Security-Policy without 'unsafe-inline' allows it.
    this.renderRoot.querySelector<HTMLElement>('.scroller')?.style.setProperty('--_rows', String(this.#grid?.rowCount ?? 0));
  }

  /** Also waits for code that an interaction loads on first use, and for what the interaction then renders. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    if (!this.#loading.size) return complete;
    await Promise.allSettled(this.#loading);
    return this.getUpdateComplete();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#debounce);
  }

  // ——— rendering ———

  protected override render() {
    const pending = this.#list.task.status === TaskStatus.PENDING;
    const changes = this.#changes;
    return html`${renderToolbar({
        draft: this.#draft, onSearch: this.#onSearch, commitSearch: () => this.#commitSearch(), total: this.#list.task.value ? this.#list.total : undefined, pending, settings: this.formatSettings,
        roleFilter: this.roleFilter, roles: this.#rights.roleIds().map((id) => [id, this.#label(id)] as const), setRoleFilter: (value) => { this.roleFilter = value; },
        groupFilter: this.groupFilter, groups: this.#groupOptions, setGroupFilter: (value) => { this.groupFilter = value; },
        statusFilter: this.statusFilter, statuses: (['active', 'pending'] as const).map((status) => [status, this.#statusLabel(status)] as const),
        setStatusFilter: (value) => { this.statusFilter = value as MemberStatus; },
      })}
      ${this.#permissions.membership && !this.#canManage ? renderNotice({
        tone: 'info', title: msg('You can see the team, but not change roles or remove members.', { id: 'tk.team-table.read_only' }), detail: this.#permissions.deniedReason(),
      }) : nothing}
      ${renderNotice(changes?.actions.notice, { onDismiss: () => changes?.actions.dismiss() })}
      ${changes?.renderBar(this.#roleOptions) ?? nothing}
      ${this.#list.render({
        // Rows wait for the reader's rights, the roles and the group names: rendered once, complete, never twice.
        items: () => (!this.#grid || [this.#permissions.task, this.#roles, this.#groups].some((task) => task.value === undefined && task.status < TaskStatus.COMPLETE)
          ? renderLoading() : this.#renderGrid(this.#grid, pending)),
        empty: () => this.#renderEmpty(),
      })}
      ${this.#confirm?.render() ?? nothing}`;
  }

  #renderEmpty(): unknown {
    return this.query || this.roleFilter || this.groupFilter || this.statusFilter
      ? renderEmpty(
        msg('No members match', { id: 'tk.team-table.no_match' }),
        msg('Try another search, or clear the filters.', { id: 'tk.team-table.no_match_hint' }),
        html`<button type="button" @click=${() => { this.#draft = this.query = this.roleFilter = this.groupFilter = this.statusFilter = ''; }}>${msg('Clear search and filters', { id: 'tk.team-table.clear_filters' })}</button>`,
      )
      : renderEmpty(msg('No members yet', { id: 'tk.team-table.empty' }), msg('Invite people to work with you in this workspace.', { id: 'tk.team-table.empty_hint' }));
  }

  #renderGrid(grid: MemberGrid, pending: boolean): TemplateResult {
    const selectable = this.#selectableMembers();
    const changes = this.#changes;
    const source: MemberSource = {
      total: this.#list.total,
      loading: pending,
      loadMore: () => void this.#list.loadMore(),
      sort: this.sort,
      setSort: (sort) => { this.sort = sort; },
      selectable,
      chosen: selectable.filter((member) => this.#selection.has(member)).length,
      canManage: this.#canManage,
      selfId: this.#permissions.membership?.member.id,
      settings: this.formatSettings,
      roleOptions: this.#roleOptions,
      groupNames: this.#groupNames,
      moreError: this.#list.loadMoreError,
      selected: (member) => this.#selection.has(member),
      pending: (member) => changes?.pending(member) ?? false,
      canActOn: (member) => this.#rights.canActOn(member),
      roleLabel: (id) => this.#label(id),
      statusLabel: (status) => this.#statusLabel(status),
      ownerNote: this.#ownerNote(),
      rowActions: this.rowActions,
      toggle: (member, on) => this.#toggle(member, on),
      changeRole: (member, select) => {
        // Read the choice now: until the changes' code has loaded, a render (focus moving into the row) sets the
        // select back to the role the member has.
        const role = select.value;
        this.#withChanges('member-role-change', (loaded) => loaded.changeRole(member, role, select));
      },
      remove: (member) => this.#withChanges('member-remove', (loaded) => loaded.remove(member)),
      rowAction: (action, member) => this.emit(new RowActionEvent(action, member)),
      retryMore: () => void this.#list.loadMore({ retry: true }),
    };
    return grid.render(source);
  }

  #ownerNote(): string {
    return msg('Transfer ownership to change the owner', { id: 'tk.team-table.owner_note' });
  }

  #statusLabel(status: MemberStatus): string {
    return status === 'active' ? msg('Active', { id: 'tk.team-table.active' }) : msg('Pending', { id: 'tk.team-table.pending' });
  }

  // ——— search, paging, selection, changes ———

  #onSearch = (event: InputEvent) => {
    this.#draft = (event.target as HTMLInputElement).value;
    clearTimeout(this.#debounce);
    this.#debounce = setTimeout(() => this.#commitSearch(), 250);
  };

  #commitSearch(): void {
    clearTimeout(this.#debounce);
    this.query = this.#draft.trim();
  }

  /** A selection brings the bulk actions, whose code loads with the first one. */
  #toggle(member: Member, on: boolean): void {
    this.#selection.toggle(member, on);
    if (on) this.#withChanges();
  }

  /**
   * Runs `use` with the changes, loading their code the first time. If it cannot be loaded (the network is
   * down), `tk-error` names the action, the row shows what it showed before, and the next try loads it again.
   */
  #withChanges(action?: ErrorAction, use?: (changes: MemberChanges) => Promise<void>): void {
    this.#loadingChanges ??= this.#whileLoading(import('./changes.js').then(({ MemberChanges }) => {
      this.#changes = new MemberChanges(this, {
        list: this.#list,
        selection: this.#selection,
        client: () => this.api,
        workspaceId: () => this.currentWorkspaceId,
        roleLabel: (id) => this.#label(id),
        canActOn: (member) => this.#rights.canActOn(member),
        ownerNote: () => this.#ownerNote(),
        roleChanged: (member) => member.id === this.#permissions.membership?.member.id && this.#permissions.refresh(),
        confirmRemove: (title) => this.#askRemove(title),
      });
      this.requestUpdate();
      return this.#changes;
    }));
    this.#loadingChanges.then(use, (error: unknown) => {
      this.#loadingChanges = undefined;
      if (action) this.reportError(error, action);
      this.requestUpdate();
    });
  }

  async #askRemove(title: string): Promise<boolean> {
    const { ConfirmController } = await this.#whileLoading(import('../shared/confirm-controller.js'));
    this.#confirm ??= new ConfirmController(this);
    return this.#confirm.ask({
      title,
      message: msg('They lose access to this workspace at once, and their sessions in it end.', { id: 'tk.team-table.remove_message' }),
      confirmLabel: msg('Remove', { id: 'tk.team-table.remove' }),
      danger: true,
    });
  }

  #whileLoading<T>(loading: Promise<T>): Promise<T> {
    this.#loading.add(loading);
    const done = () => this.#loading.delete(loading);
    loading.then(done, done);
    return loading;
  }
}

/** The API query for the list's arguments, the page size kept within what the server accepts. */
function memberQuery(query: string, role: string, group: string, status: MemberStatus | '', sort: MemberSort, pageSize: number): MemberQuery {
  return { query: query || undefined, role: role || undefined, group: group || undefined, status: status || undefined, sort, limit: Math.min(Math.max(Math.trunc(pageSize) || 50, 1), 200) };
}
