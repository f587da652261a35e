import { msg } from '@lit/localize';
import type { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Member } from '../../sdk/index.js';
import type { TeamkitHost } from '../shared/controllers/host.js';
import { FixedRows } from '../shared/grid/fixed-rows.js';
import { GridFocus } from '../shared/grid/grid-focus.js';
import type { Column } from './columns.js';
import { columnLayout, ContainerWidth, type ColumnLayout } from './layout.js';
import { MORE, renderHeader, renderRow, type GridView, type Row } from './rows.js';
import { SettledRows } from './settled-rows.js';

/**
 * The virtualizer passes the rows of its last range, which for a moment may reach past a list that just got
 * shorter (it learns of the new list a tick after the directive does): such a row is empty until it re-ranges.
 */
const keyOf = (row: Row | undefined, index: number) => (row === undefined ? index : row === MORE ? MORE : row.id);
const rowOf = (row: Row | undefined, index: number, view: GridView) => (row === undefined ? html`` : renderRow(row, index, view));

/** What the grid reads of its table at each render: the rows' view, less what the grid itself knows (focus, scrolling). */
export interface MemberSource extends Omit<GridView, 'columns' | 'tab' | 'tabRow' | 'settled'> {
  total: number;
  /** A first page is on its way (a new search, filter or sort): the grid is busy. */
  loading: boolean;
  /** The reader neared the end of the loaded rows. */
  loadMore(): void;
}

/**
 * The table's members as an ARIA grid over the virtualizer, with the shared grid kit: fixed-height rows
 * (FixedRows) and one tab stop moved by the arrow keys (GridFocus), the columns laid out by container queries
 * (layout.ts), light rows while the reader scrolls fast (SettledRows). Its own chunk, with the virtualizer, which
 * the table loads beside its first page: the element's entry stays within budget and the reader waits no longer.
 */
export class MemberGrid {
  readonly #host: TeamkitHost;
  readonly #focus: GridFocus;
  readonly #settled: SettledRows;
  readonly #width: ContainerWidth;
  /** Chosen columns, how they lay out, and those shown at the element's width now. */
  #columns: readonly Column[] = [];
  #layout: ColumnLayout = columnLayout([]);
  #shown: readonly Column[] = [];
  /** The virtualized rows: the members, then the loading row while more can be loaded. */
  #rows: Row[] = [];
  #rowsOf: readonly Member[] = [];
  /** Rows are as tall as `.sizer`, which follows `--tk-team-table-row-height` (or the card height). */
  readonly #rowLayout;

  /** `toggleRow(index)`: Space on a plain cell of that row. */
  constructor(host: TeamkitHost, toggleRow: (index: number) => void) {
    this.#host = host;
    this.#settled = new SettledRows(host);
    this.#width = new ContainerWidth(host, (width) => this.#layout.shown(width) !== this.#shown);
    this.#focus = new GridFocus(host, { rowCount: () => this.#rows.length, columns: () => this.#shown, toggleRow });
    this.#rowLayout = {
      type: FixedRows,
      rowHeight: () => host.renderRoot.querySelector('.sizer')?.getBoundingClientRect().height || 52,
      headerHeight: () => host.renderRoot.querySelector('.head')?.getBoundingClientRect().height ?? 0,
    };
  }

  /** How many rows show, the loading row included: the scroller's height follows. */
  get rowCount(): number {
    return this.#rows.length;
  }

  /**
   * Before each render of the table (its `willUpdate`, ahead of the focus controller's update): the columns'
   * stylesheet, the columns shown, and the rows.
   */
  prepare(columns: readonly Column[], items: readonly Member[], hasMore: boolean): void {
    this.#columns = columns;
    const layout = columnLayout(columns);
    if (layout !== this.#layout) {
      // Constructed stylesheets, not a `style` attribute: a strict Content-Security-Policy allows them.
      const root = this.#host.renderRoot as ShadowRoot;
      root.adoptedStyleSheets = [...root.adoptedStyleSheets.filter((sheet) => sheet !== this.#layout.sheet), layout.sheet];
      this.#layout = layout;
    }
    this.#shown = layout.shown(this.#width.width);
    this.#updateRows(items, hasMore);
  }

  /**
   * A changed row (a role shown at once, the server's answer) keeps the rows' array, so that the virtualizer
   * re-renders the rows in view with this render; a new array, for rows that came or went, waits for its next
   * layout pass.
   */
  #updateRows(items: readonly Member[], hasMore: boolean): void {
    if (items === this.#rowsOf) return;
    const count = items.length + (hasMore ? 1 : 0);
    if (count === this.#rows.length && (this.#rows[items.length] === MORE) === hasMore) items.forEach((member, index) => { this.#rows[index] = member; });
    else this.#rows = hasMore ? [...items, MORE] : [...items];
    this.#rowsOf = items;
  }

  render(source: MemberSource): TemplateResult {
    const focus = this.#focus;
    const settled = this.#settled;
    const view: GridView = {
      ...source,
      columns: this.#columns,
      tab: (row, column) => focus.tab(row, column),
      tabRow: focus.tabRow,
      // The focused row always has its controls: the keyboard may move into them at once.
      settled: (member, index) => index === focus.row || settled.has(member),
    };
    /** Loads the page after the last one as the reader nears the end of the loaded rows. */
    const onRange = (event: RangeChangedEvent) => {
      focus.onRange(event);
      if (event.last >= this.#rowsOf.length - 10) source.loadMore();
    };
    // The box's height follows from the row count (`--_rows`, see the table's updated()), never from the virtualizer's sizing.
    return html`<div class="scroller" part="scroller" @scroll=${settled.onScroll}>
      <div class="sizer" aria-hidden="true"></div>
      <div role="grid" part="grid" aria-label=${msg('Team members', { id: 'tk.team-table.label' })} aria-rowcount=${source.total + 1}
        aria-multiselectable=${ifDefined(source.canManage ? 'true' : undefined)} aria-busy=${source.loading}
        @keydown=${focus.onKeydown} @focusin=${focus.onFocusin} @focusout=${focus.onFocusout}>
        <div role="row" part="header-row" class="tr head" aria-rowindex="1" data-row="-1">${this.#columns.map((column) => renderHeader(column, view))}</div>
        <div role="rowgroup" part="body" @rangeChanged=${onRange}>
          ${virtualize({ items: this.#rows, renderItem: (row: Row | undefined, index: number) => rowOf(row, index, view), keyFunction: keyOf, layout: this.#rowLayout })}
        </div>
      </div>
    </div>`;
  }
}
