import type { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';
import { virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the focus controller needs to know of the grid it serves. */
export interface GridModel {
  /** Body rows, the loading row included. */
  rowCount(): number;
  /** Column keys shown now, in order (columns the element's width hides are left out). */
  columns(): readonly string[];
  /** Space on a cell without controls: select or unselect that row. A grid without selection leaves it out. */
  toggleRow?(row: number): void;
}

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * The ARIA grid pattern over virtualized rows: one tab stop (roving tabindex), arrow keys, Home/End,
 * Ctrl+Home/End, PageUp/PageDown, Enter/F2 into a cell's controls and Escape out. Focus is tracked as a row
 * index and a column, not as an element, so it survives the row being recycled or removed: it comes back
 * when the row is rendered again. Cells carry `data-col` (`*` for a row-wide cell), rows `data-row`
 * (-1 for the header); a cell with `tabindex` is its own focus target, otherwise its one control is.
 * The virtualized row group is `part~="body"` inside the scrolling box `part~="scroller"` (PageUp/PageDown
 * move by what the scroller shows); render the grid's events on the element with `role="grid"`:
 * `@keydown=${focus.onKeydown} @focusin=${focus.onFocusin} @focusout=${focus.onFocusout}`, and pass the
 * virtualizer's `rangeChanged` to `onRange`. team-table and audit-log use it.
 */
export class GridFocus implements ReactiveController {
  row = 0;
  col = '';
  /** The row with the tab stop: the focused row while it is rendered, else the header. */
  tabRow = -1;
  /** The rendered rows; the first rows are taken as rendered until the virtualizer says otherwise. */
  #range = { first: 0, last: 0 };
  #hadFocus = false;
  /** The tab stop's column, worked out once per render: every cell asks. */
  #tabCol = '';

  constructor(private readonly host: Host, private readonly model: GridModel) {
    host.addController(this);
  }

  hostUpdate(): void {
    const row = Math.min(this.row, this.model.rowCount() - 1);
    this.tabRow = row >= this.#range.first && row <= this.#range.last ? row : -1;
    this.#tabCol = this.#col();
  }

  hostUpdated(): void {
    if (this.#hadFocus) this.#restore();
  }

  /** `"0"` for the cell holding the tab stop, else `"-1"`. */
  tab(row: number, col: string): string {
    return row === this.tabRow && col === this.#tabCol ? '0' : '-1';
  }

  #col(): string {
    const columns = this.model.columns();
    return columns.includes(this.col) ? this.col : columns[0] ?? '';
  }

  readonly onRange = (event: RangeChangedEvent) => {
    const shown = (first: number, last: number) => this.row >= first && this.row <= last;
    if (shown(event.first, event.last) !== shown(this.#range.first, this.#range.last)) this.host.requestUpdate();
    this.#range = { first: event.first, last: event.last };
    if (this.#hadFocus) void this.host.updateComplete.then(() => this.#restore());
  };

  readonly onFocusin = (event: FocusEvent) => {
    this.#hadFocus = true;
    const origin = event.composedPath()[0] as Element;
    const row = Number(origin.closest<HTMLElement>('[data-row]')?.dataset.row ?? NaN);
    const col = origin.closest<HTMLElement>('[data-col]')?.dataset.col;
    if (Number.isNaN(row) || !col) return;
    const next = col === '*' ? this.col : col;
    if (row !== this.row || next !== this.col) {
      this.row = row;
      this.col = next;
      this.host.requestUpdate();
    }
  };

  readonly onFocusout = (event: FocusEvent) => {
    const to = event.relatedTarget as Node | null;
    const from = event.composedPath()[0] as Element;
    if (to) this.#hadFocus = (event.currentTarget as Element).contains(to);
    // Focus went nowhere: if its element is still there the reader left; if not, its row was recycled.
    else void frame().then(() => { if (from.isConnected) this.#hadFocus = false; });
  };

  readonly onKeydown = (event: KeyboardEvent) => {
    const origin = event.composedPath()[0] as HTMLElement;
    const cell = origin.closest<HTMLElement>('[data-col]');
    const rowElement = origin.closest<HTMLElement>('[data-row]');
    if (!cell || !rowElement || event.altKey) return;
    // Left and Right follow the reading direction: in a right-to-left page, Right moves to the previous cell.
    const key = this.host.matches(':dir(rtl)') ? ({ ArrowLeft: 'ArrowRight', ArrowRight: 'ArrowLeft' }[event.key] ?? event.key) : event.key;
    if (origin !== cell && cell.hasAttribute('tabindex')) {
      // Inside a cell's controls: Escape (or F2) goes back to the cell; Left/Right walk its buttons.
      const buttons = [...cell.querySelectorAll('button')];
      const step = key === 'ArrowRight' ? 1 : key === 'ArrowLeft' ? -1 : 0;
      if (key === 'Escape' || key === 'F2') cell.focus();
      else if (step && origin.localName === 'button') buttons[buttons.indexOf(origin as HTMLButtonElement) + step]?.focus();
      else return;
      event.preventDefault();
      return;
    }
    const columns = this.model.columns();
    const last = this.model.rowCount() - 1;
    let row = Number(rowElement.dataset.row);
    let col = Math.max(0, columns.indexOf(cell.dataset.col === '*' ? this.#col() : cell.dataset.col ?? ''));
    const page = Math.max(1, Math.floor((rowElement.closest('[part~="scroller"]')?.clientHeight ?? 0) / rowElement.offsetHeight) - 2);
    const ctrl = event.ctrlKey || event.metaKey;
    switch (key) {
      case 'ArrowRight': col++; break;
      case 'ArrowLeft': col--; break;
      case 'ArrowDown': row++; break;
      case 'ArrowUp': row--; break;
      case 'PageDown': row += page; break;
      case 'PageUp': row -= page; break;
      case 'Home': col = 0; if (ctrl) row = -1; break;
      case 'End': col = columns.length - 1; if (ctrl) row = last; break;
      default: {
        if (origin !== cell) return; // checkboxes and buttons handle Space and Enter themselves
        const control = cell.querySelector<HTMLElement>('select, button, input');
        if (control && (key === 'Enter' || key === 'F2' || key === ' ')) control.focus();
        else if (key === ' ' && row >= 0 && this.model.toggleRow) this.model.toggleRow(row);
        else return;
        event.preventDefault();
        return;
      }
    }
    event.preventDefault();
    void this.moveTo(Math.min(Math.max(row, -1), last), columns[Math.min(Math.max(col, 0), columns.length - 1)] ?? '');
  };

  /** Moves the tab stop and focus to a cell, scrolling its row into view (and into the DOM) first. */
  async moveTo(row: number, col: string): Promise<void> {
    this.row = row;
    this.col = col;
    this.host.requestUpdate();
    await this.host.updateComplete;
    let target = this.#target();
    if (!target && row >= 0) {
      this.host.renderRoot.querySelector<VirtualizerHostElement>('[part~="body"]')?.[virtualizerRef]?.element(row)?.scrollIntoView({ block: 'nearest' });
      for (let i = 0; !target && i < 30; i++) {
        await frame();
        target = this.#target();
      }
    }
    target?.focus({ preventScroll: true });
    // The whole cell, not just its control, comes into view: below the sticky header (the scroller's
    // scroll-padding-top) and above the bottom edge.
    target?.closest('[data-col]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  /** The element that takes focus for the tracked cell: the cell itself, or its one control. */
  #target(): HTMLElement | null {
    const rowElement = this.host.renderRoot.querySelector(`[data-row="${Math.min(this.row, this.model.rowCount() - 1)}"]`);
    const cell = rowElement?.querySelector<HTMLElement>(`[data-col="${this.#col()}"], [data-col="*"]`);
    return cell?.hasAttribute('tabindex') ? cell : cell?.querySelector<HTMLElement>('[tabindex]') ?? null;
  }

  /** Puts focus back on the tracked cell when virtualization or a removal took its element away. */
  #restore(): void {
    const active = document.activeElement;
    if (!this.host.shadowRoot?.activeElement && (!active || active === document.body)) this.#target()?.focus({ preventScroll: true });
  }
}
