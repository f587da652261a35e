import { msg } from '@lit/localize';
import type { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import { html, type TemplateResult } from 'lit';
import type { AuditEntry } from '../../sdk/index.js';
import type { TeamkitHost } from '../shared/controllers/host.js';
import type { BoundFormat } from '../shared/format.js';
import { FixedRows } from '../shared/grid/fixed-rows.js';
import { GridFocus } from '../shared/grid/grid-focus.js';
import { COLUMNS, MORE, renderHeader, renderRow, type LogRow, type LogView } from './audit-log.rows.js';

const keyOf = (row: LogRow | undefined, index: number) => (row === undefined ? index : row === MORE ? 'more' : row.id);

/** What the grid shows, read at each render of the element. */
export interface LogSource {
  items: readonly AuditEntry[];
  total: number;
  hasMore: boolean;
  moreError: unknown;
  pending: boolean;
  format: BoundFormat;
  /** Loads the next page (`retry` after a failure: the loading row's Try again). */
  loadMore(retry: boolean): void;
  open(entry: AuditEntry): void;
}

/**
 * The log's rows as an ARIA grid over the virtualizer, with the shared grid kit: fixed-height rows (FixedRows)
 * and one tab stop moved by the arrow keys (GridFocus). Its own chunk, with the virtualizer: the element's
 * entry stays within budget, and this loads while the first page does.
 */
export class LogGrid {
  readonly focus: GridFocus;
  #rows: { for: unknown[]; rows: LogRow[] } = { for: [], rows: [] };
  /** Rows are as tall as `.sizer`, which follows `--tk-audit-log-row-height` (or the card height in a narrow box). */
  readonly #layout;

  constructor(host: TeamkitHost & HTMLElement) {
    this.focus = new GridFocus(host, { rowCount: () => this.#rows.rows.length, columns: () => COLUMNS });
    this.#layout = {
      type: FixedRows,
      rowHeight: () => host.renderRoot.querySelector('.sizer')?.getBoundingClientRect().height || 44,
      headerHeight: () => host.renderRoot.querySelector('.head')?.getBoundingClientRect().height ?? 0,
    };
  }

  /** How many rows show: the entries, and the loading row while more can come (the scroller's height follows). */
  get rowCount(): number {
    return this.#rows.rows.length;
  }

  /** The entries, and a loading row while more can come; a new array only when they changed. */
  #rowsOf(source: LogSource): LogRow[] {
    const key = [source.items, source.hasMore, source.moreError];
    if (key.some((part, index) => part !== this.#rows.for[index])) {
      this.#rows = { for: key, rows: source.hasMore ? [...source.items, MORE] : [...source.items] };
    }
    return this.#rows.rows;
  }

  render(source: LogSource): TemplateResult {
    const focus = this.focus;
    const rows = this.#rowsOf(source);
    const view: LogView = {
      format: source.format,
      tab: (row, column) => focus.tab(row, column),
      tabRow: focus.tabRow,
      moreError: source.moreError,
      retryMore: () => source.loadMore(true),
      open: (entry) => source.open(entry),
    };
    const onRange = (event: RangeChangedEvent) => {
      focus.onRange(event);
      if (event.last >= source.items.length - 10) source.loadMore(false);
    };
    return html`<div class="scroller" part="scroller">
      <div class="sizer" aria-hidden="true"></div>
      <div role="grid" part="grid" aria-label=${msg('Audit log entries', { id: 'tk.audit-log.grid' })} aria-rowcount=${source.total + 1}
        aria-colcount=${COLUMNS.length} aria-busy=${source.pending ? 'true' : 'false'}
        @keydown=${focus.onKeydown} @focusin=${focus.onFocusin} @focusout=${focus.onFocusout}>
        ${renderHeader(view)}
        <div role="rowgroup" part="body" @rangeChanged=${onRange}>
          ${virtualize({ items: rows, renderItem: (row: LogRow | undefined, index: number) => renderRow(row, index, view), keyFunction: keyOf, layout: this.#layout })}
        </div>
      </div>
    </div>`;
  }
}
