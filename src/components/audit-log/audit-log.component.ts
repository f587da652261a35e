import { msg, str } from '@lit/localize';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { AuditEntry, AuditExportQuery } from '../../sdk/index.js';
import { DialogController } from '../shared/controllers/dialog-controller.js';
import { ListController, pageLimit } from '../shared/controllers/list-controller.js';
import { renderGate } from '../shared/feedback/gate.js';
import { renderEmpty, renderLoading } from '../shared/feedback/states.js';
import { MemberPicker } from '../shared/member-picker/member-picker.js';
import { memberPickerStyles } from '../shared/member-picker/member-picker.styles.js';
import { PermissionController } from '../shared/permission-controller.js';
import { TeamkitElement } from '../shared/teamkit-element.js';
import { dayOf } from '../shared/zoned-day.js';
import { AuditEntryOpenEvent, AuditFilterChangeEvent, type AuditFilters } from './audit-log.events.js';
import type { CsvExport } from './audit-log.export.js';
import { NO_FILTERS, queryOf, renderFilters } from './audit-log.filters.js';
import type { LogGrid } from './audit-log.grid.js';
import { styles } from './audit-log.styles.js';

/** What the reader needs to see the log; without it the gate says why, and nothing is requested. */
const NEEDED = 'audit:view';

/**
 * The workspace's audit log: every change anyone made, newest first, as an accessible virtualized grid that loads
 * further pages as the reader scrolls, through logs of any size. Filters by person (a search over the members, or
 * any email or id typed), action (the actions the log holds, by resource), target and date range (days in the
 * reader's time zone) are applied by the server, over the whole log. An entry opens to its details: who, from
 * where, and what changed, field by field. Export CSV downloads every entry matching the filters, as the server
 * streams it, with the bytes so far and Cancel. People whose role does not allow reading the log are told why.
 *
 * The filters are the element's state (`actor`, `action`, `target-type`, `from`, `to`), not the page's address:
 * set them to open the log filtered, listen to `tk-audit-filter-change` to keep them somewhere, and call
 * `resetFilters()` (or Clear filters) to show everything again.
 *
 * Keyboard: the grid is one tab stop. Arrow keys move between cells, Home/End to the row's ends, Ctrl+Home/End to
 * the first and last cells, PageUp/PageDown by a screenful; the action cell's button (Enter or Space) opens the
 * entry's details, and Escape closes them, back to that button.
 *
 * @summary Server-filtered, virtualized audit log with entry diffs and CSV export.
 *
 * @fires {AuditFilterChangeEvent} tk-audit-filter-change - The reader changed a filter: `filters`.
 * @fires {AuditEntryOpenEvent} tk-audit-entry-open - The reader opened an entry's details: `entry`.
 * @fires {BeforeAuditExportEvent} tk-before-audit-export - Cancelable. `query`, before the CSV export is requested.
 * @fires {AuditExportedEvent} tk-audit-exported - The CSV downloaded in full: `filename` and `bytes`.
 * @fires {TeamkitErrorEvent} tk-error - A load or the export failed: `error` and `action` (`load`, `load-more`, `members-search`, `audit-export`).
 *
 * @slot heading - Replaces the heading.
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - The heading row (also the details dialog's).
 * @csspart title - The default heading.
 * @csspart filters - The filters.
 * @csspart filter - Each filter (also `filter-actor`, `filter-action`, `filter-target`, `filter-from`, `filter-to`).
 * @csspart input - A filter's control (selects also `select`).
 * @csspart chip - The chosen person, in place of the person search.
 * @csspart clear-actor - The chip's button that drops the person filter.
 * @csspart field-error - Why the end of the date range is left out.
 * @csspart toolbar - The row with the count, Clear filters and the export.
 * @csspart total - How many entries match.
 * @csspart clear - Clear filters.
 * @csspart export - Export CSV.
 * @csspart export-progress - The bytes received while the export runs.
 * @csspart cancel - Cancel export.
 * @csspart download - "Download again", in the notice of a finished export.
 * @csspart notice - The export's outcome (also `success`, `info`, `danger`), and choices that failed to load (also `warning`).
 * @csspart dismiss - A notice's Dismiss button.
 * @csspart scroller - The scrolling box around the grid.
 * @csspart grid - The grid.
 * @csspart header-row - The row of column headers.
 * @csspart column-header - Each column header (also `column-header-<column>`: `time`, `actor`, `action`, `target`).
 * @csspart body - The virtualized row group.
 * @csspart row - Each entry (the details' diff rows also `diff-added`, `diff-removed`, `diff-changed`).
 * @csspart cell - Each cell (also `cell-<column>`).
 * @csspart action - The action's button in each row, which opens the details (also `details`).
 * @csspart loading-row - The row shown while (or after failing) loading the next page.
 * @csspart retry - Try again, after a failure.
 * @csspart dialog - The details dialog.
 * @csspart dialog-title - Its heading, the action.
 * @csspart close - Its Close button.
 * @csspart entry-details - Its list of when, who, target, action, address and id.
 * @csspart table - The diff table (also `diff`).
 * @csspart badge - A field's kind of change (also `badge-added`, `badge-removed`, `badge-changed`).
 * @csspart diff-empty - What the details say when the entry holds no field changes.
 * @csspart state - Loading, empty, error and denied panels (also `loading`, `empty`, `error`, `denied`).
 *
 * @cssprop [--tk-audit-log-row-height=44px] - Height of every row (rows are virtualized at a fixed height).
 * @cssprop [--tk-audit-log-card-height=64px] - Height of every row in a narrow box, where each entry takes two lines.
 * @cssprop [--tk-audit-log-height=560px] - Maximum height of the scrolling grid.
 *
 * @example
 * ```html
 * <teamkit-provider base-url="/api" workspace-id="ws_acme">
 *   <audit-log action="member" from="2026-01-01"></audit-log>
 * </teamkit-provider>
 * ```
 */
export class AuditLog extends TeamkitElement {
  static override styles = [...TeamkitElement.styles, memberPickerStyles, styles];

  /** Only entries by this person: a user id, or an email they acted under. */
  @property() accessor actor = '';

  /** Only entries of this action (`member.removed`) or resource (`member`); comma-separated for several. */
  @property() accessor action = '';

  /** Only entries whose target is of this type: `member`, `invitation`, `role`, `workspace`… */
  @property({ attribute: 'target-type' }) accessor targetType = '';

  /** Only entries on or after this day (`YYYY-MM-DD`), in the reader's time zone. */
  @property() accessor from = '';

  /** Only entries on or before this day (`YYYY-MM-DD`), in the reader's time zone. */
  @property() accessor to = '';

  /** Entries fetched per page (1–200). */
  @property({ attribute: 'page-size', type: Number }) accessor pageSize = 50;

  /** The picked member's name, shown for the `actor` filter (an email) while it is theirs. */
  #actorName = '';
  #opened: AuditEntry | undefined;
  #detail: typeof import('./audit-log.detail.js') | undefined;
  /** The export, loaded with its first use. */
  #export: CsvExport | undefined;
  /** The grid and the virtualizer, loaded once the reader may see the log, while its first page loads. */
  #grid: LogGrid | undefined;
  #gridLoading = false;
  /** The query of the entries shown, and of those asked for: a new one scrolls back to the top once it has loaded. */
  #shownQuery = '';
  #askedQuery = '';

  readonly #permissions = new PermissionController(this, () => [this.api, this.currentWorkspaceId]);

  readonly #list = new ListController(this, {
    args: () => {
      const { actor, action, targetType, from, to } = this.#query();
      return [this.api, this.currentWorkspaceId, this.#permissions.can(NEEDED), actor, action, targetType, from, to, this.#limit] as const;
    },
    load: ([client, workspaceId, allowed, actor, action, targetType, from, to, limit], cursor, signal) => (client && workspaceId && allowed
      ? client.audit.list(workspaceId, { actor, action, targetType, from, to, limit, cursor }, { signal })
      : undefined),
    // Pages come as the reader scrolls: saying so each time would interrupt them.
    announceMore: false,
  });

  readonly #facets = new Task(this, {
    args: () => [this.api, this.currentWorkspaceId, this.#permissions.can(NEEDED)] as const,
    task: async ([client, workspaceId, allowed], { signal }) => {
      if (!client || !workspaceId || !allowed) return initialState;
      try {
        return await client.audit.facets(workspaceId, { signal });
      } catch (error) {
        if (!signal.aborted) this.reportError(error, 'load');
        throw error;
      }
    },
  });

  readonly #picker = new MemberPicker(this, {
    id: 'actor',
    search: (query, signal) => {
      const { api, currentWorkspaceId: workspaceId } = this;
      return api && workspaceId ? api.members.list(workspaceId, { query: query || undefined, limit: 8 }, { signal }) : undefined;
    },
    onPick: (member) => this.#setActor(member.email, member.name),
    onError: (error) => this.reportError(error, 'members-search'),
  });

  readonly #dialog = new DialogController(this, {
    id: 'detail',
    fallbackFocus: () => this.renderRoot.querySelector<HTMLElement>('[part~="grid"] [tabindex="0"]'),
    onClose: () => { this.#opened = undefined; },
  });

  /** The filters as they are now. */
  get filters(): AuditFilters {
    return { actor: this.actor, action: this.action, targetType: this.targetType, from: this.from, to: this.to };
  }

  /** Shows every entry again. */
  resetFilters(): void {
    this.#set(NO_FILTERS);
  }

  /** Reads the first page again, e.g. after changes made elsewhere on the page. */
  async refresh(): Promise<void> {
    await this.#list.refresh();
  }

  get #limit(): number {
    return pageLimit(this.pageSize, 50);
  }

  #query(): AuditExportQuery {
    return queryOf(this.filters, this.formatSettings.timeZone);
  }

  #set(change: Partial<AuditFilters>): void {
    const next = { ...this.filters, ...change };
    if (next.actor !== this.actor) this.#actorName = '';
    Object.assign(this, next);
    this.emit(new AuditFilterChangeEvent(next));
  }

  /** The reader dropped the person filter (or all of them): the search box is back, and focus goes there. */
  #backToPicker(change: Partial<AuditFilters>): void {
    this.#set(change);
    this.#picker.clear();
    void this.updateComplete.then(() => this.#picker.focus());
  }

  #setActor(actor: string, name: string): void {
    // The chip takes the search box's place: leave the box first, or its blur would come in the middle of a render.
    const active = (this.renderRoot as ShadowRoot).activeElement;
    if (active instanceof HTMLInputElement) active.blur();
    this.#set({ actor });
    this.#actorName = name;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="clear-actor"]')?.focus());
  }

  #onActorKeydown = (event: KeyboardEvent): void => {
    const typed = this.#picker.text.trim();
    if (event.key !== 'Enter' || event.defaultPrevented || !typed) return;
    event.preventDefault();
    this.#picker.clear();
    this.#setActor(typed, '');
  };

  protected override willUpdate(): void {
    if (!this.#gridLoading && this.#permissions.can(NEEDED)) {
      this.#gridLoading = true;
      void import('./audit-log.grid.js').then(({ LogGrid }) => {
        this.#grid = new LogGrid(this);
        this.requestUpdate();
      });
    }
    // New filters: the keyboard's place goes back to the first entry, as the scroll position does (see updated()).
    const query = JSON.stringify(this.#query());
    if (query !== this.#askedQuery) {
      this.#askedQuery = query;
      if (this.#grid) this.#grid.focus.row = 0;
    }
  }

  protected override updated(): void {
    const scroller = this.renderRoot.querySelector<HTMLElement>('.scroller');
    // The box's height follows the row count, set through the CSSOM (no style attribute, for a strict CSP).
    scroller?.style.setProperty('--_rows', String(this.#grid?.rowCount ?? 0));
    // New filters show the newest matching entries: back to the top, the keyboard's place with it.
    const shown = JSON.stringify(this.#query());
    if (shown !== this.#shownQuery && this.#list.task.status === TaskStatus.COMPLETE) {
      this.#shownQuery = shown;
      if (scroller) scroller.scrollTop = 0;
    }
  }

  protected override render(): TemplateResult {
    return html`<section part="base" aria-labelledby="heading">
      <header part="header">
        <div id="heading"><slot name="heading"><h2 part="title">${msg('Audit log', { id: 'tk.audit-log.title' })}</h2></slot></div>
      </header>
      ${renderGate(this.#permissions, { need: NEEDED, denied: msg("You can't see this workspace's audit log", { id: 'tk.audit-log.denied' }) })
        ?? this.#renderBody()}
    </section>
    <dialog id=${this.#dialog.id} part="dialog" aria-labelledby=${this.#dialog.titleId}>${this.#dialog.open && this.#opened && this.#detail
      ? this.#detail.renderDetail(this.#opened, this.format, this.#dialog.titleId, () => void this.#dialog.hide()) : nothing}</dialog>`;
  }

  #renderBody(): TemplateResult {
    const query = this.#query();
    const filtered = Object.values(this.filters).some(Boolean);
    return html`${renderFilters({
        filters: this.filters,
        actorName: this.#actorName,
        picker: this.#picker,
        facets: this.#facets.value,
        facetsFailed: this.#facets.status === TaskStatus.ERROR,
        retryFacets: () => void this.#facets.run(),
        today: dayOf(Date.now(), this.formatSettings.timeZone),
        set: (change) => this.#set(change),
        clearActor: () => this.#backToPicker({ actor: '' }),
        onActorKeydown: this.#onActorKeydown,
      })}
      <div class="toolbar" part="toolbar">
        <p class="total" part="total" role="status">${this.#totalText()}</p>
        ${filtered ? html`<button type="button" part="clear" @click=${() => this.#backToPicker(NO_FILTERS)}>${msg('Clear filters', { id: 'tk.audit-log.clear' })}</button>` : nothing}
        ${this.#export?.running ? this.#export.renderProgress()
          : html`<button type="button" part="export" @click=${() => void this.#startExport(query)}>${msg('Export CSV', { id: 'tk.audit-log.export' })}</button>`}
      </div>
      ${this.#export?.renderOutcome() ?? nothing}
      ${this.#list.render({ items: () => this.#renderGrid(), empty: () => this.#renderEmpty(filtered) })}`;
  }

  #totalText(): string {
    if (this.#list.task.status !== TaskStatus.COMPLETE) return '';
    const total = this.#list.total;
    const count = this.format.number(total);
    return this.format.plural(total) === 'one'
      ? msg(str`${count} entry`, { id: 'tk.audit-log.total_one' })
      : msg(str`${count} entries`, { id: 'tk.audit-log.total' });
  }

  #renderEmpty(filtered: boolean): TemplateResult {
    return filtered
      ? renderEmpty(
        msg('No entries match', { id: 'tk.audit-log.no_match' }),
        msg('Try other filters, or clear them.', { id: 'tk.audit-log.no_match_hint' }),
        html`<button type="button" part="clear" @click=${() => this.#backToPicker(NO_FILTERS)}>${msg('Clear filters', { id: 'tk.audit-log.clear' })}</button>`,
      )
      : renderEmpty(
        msg('Nothing recorded yet', { id: 'tk.audit-log.empty' }),
        msg('Changes to members, invitations, roles, settings, keys and webhooks appear here.', { id: 'tk.audit-log.empty_hint' }),
      );
  }

  #renderGrid(): TemplateResult {
    const list = this.#list;
    return this.#grid?.render({
      items: list.items,
      total: list.total,
      hasMore: list.hasMore,
      moreError: list.loadMoreError,
      pending: list.task.status === TaskStatus.PENDING,
      format: this.format,
      loadMore: (retry) => void list.loadMore({ retry }),
      open: (entry) => void this.#open(entry),
    }) ?? renderLoading();
  }

  async #startExport(query: AuditExportQuery): Promise<void> {
    if (!this.#export) {
      const { CsvExport } = await import('./audit-log.export.js');
      this.#export ??= new CsvExport(this, {
        client: () => this.api,
        workspaceId: () => this.currentWorkspaceId,
        fallbackName: () => `audit-log-${this.currentWorkspaceId ?? 'workspace'}-${dayOf(Date.now(), this.formatSettings.timeZone)}.csv`,
      });
    }
    await this.#export.start(query);
  }

  async #open(entry: AuditEntry): Promise<void> {
    // The details' code (the diff) loads with the first entry opened: many visits only read the list.
    this.#detail ??= await import('./audit-log.detail.js');
    this.#opened = entry;
    this.emit(new AuditEntryOpenEvent(entry));
    await this.#dialog.showModal();
  }
}
