import type { VirtualizeDirectiveConfig } from '@lit-labs/virtualizer/virtualize.js';

// The layout contract's types, reached through the one module that exports them indirectly.
type LayoutConstructor = Extract<NonNullable<VirtualizeDirectiveConfig<unknown>['layout']>, { type: unknown }>['type'];
type Layout = InstanceType<LayoutConstructor>;
type LayoutHostSink = ConstructorParameters<LayoutConstructor>[0];
type PinOptions = NonNullable<Layout['pin']>;
type Positions = Layout['viewportScroll'];
type Size = Layout['viewportSize'];
type ScrollToCoordinates = ReturnType<Layout['getScrollIntoViewCoordinates']>;

/** Rows rendered beyond each edge of the visible area, in px, so that scrolling rarely shows an empty band. */
const OVERHANG = 520;

const whenIdle = (callback: () => void) => ('requestIdleCallback' in globalThis ? requestIdleCallback(callback, { timeout: 300 }) : setTimeout(callback, 50));

/**
 * A `@lit-labs/virtualizer` layout for a vertical list whose rows all have one height. Positions are
 * arithmetic, so nothing is measured: no ResizeObserver work per row, and no estimate that later corrects
 * itself (which would make the browser report a ResizeObserver loop). It replaces the general flow layout,
 * which weighs ten times as much. The first pass renders the visible rows only, so that they paint sooner;
 * the rows beyond the edges follow when the browser is idle, or at the first scroll.
 */
export class FixedRows implements Layout {
  readonly direction = 'vertical';
  viewportSize: Size = { width: 0, height: 0 };
  #viewportScroll: Positions = { top: 0, left: 0 };
  totalScrollSize: Size = { width: 0, height: 0 };
  offsetWithinScroller: Positions = { top: 0, left: 0 };
  #items: unknown[] = [];
  #pin: PinOptions | null = null;
  /** Whether the scroll position was measured since the pin was set (the virtualizer sets it before each reflow). */
  #measured = true;
  /** Whatever was last sent, so that an unchanged state is not sent again on every scroll. */
  #sent = '';
  #overhang = 0;
  #scrolledTo = 0;

  readonly #rowHeight: () => number;
  readonly #headerHeight: () => number;

  /**
   * `config.rowHeight` reads the rows' height in px (it may follow a CSS custom property); `headerHeight` that
   * of a sticky header above the rows, which a row scrolled into view must not end up under (WCAG 2.4.11).
   */
  constructor(private readonly sink: LayoutHostSink, config: { rowHeight?: () => number; headerHeight?: () => number } = {}) {
    this.#rowHeight = config.rowHeight ?? (() => 52);
    this.#headerHeight = config.headerHeight ?? (() => 0);
  }

  get viewportScroll(): Positions {
    return this.#viewportScroll;
  }

  set viewportScroll(scroll: Positions) {
    this.#viewportScroll = scroll;
    this.#measured = true;
  }

  get items(): unknown[] {
    return this.#items;
  }

  set items(items: unknown[]) {
    if (items !== this.#items) this.#sent = '';
    this.#items = items;
  }

  get pin(): PinOptions | null {
    return this.#pin;
  }

  set pin(options: PinOptions | null) {
    this.#pin = options;
    this.#measured = false;
    this.#sent = '';
    void Promise.resolve().then(() => this.reflowIfNeeded());
  }

  unpin(): void {
    if (this.#pin === null) return;
    this.#pin = null;
    this.sink({ type: 'unpinned' });
  }

  /** Where the scroller must scroll to show row `index` (`block` as in `scrollIntoView`). */
  getScrollIntoViewCoordinates({ index, block = 'start' }: PinOptions): ScrollToCoordinates {
    const height = this.#rowHeight();
    const header = this.#headerHeight();
    const view = this.viewportSize.height;
    const top = Math.min(Math.max(index, 0), this.#items.length) * height;
    const start = top - header;
    const end = top - view + height;
    const current = this.viewportScroll.top;
    const position = block === 'start' ? start : block === 'end' ? end : block === 'center' ? (start + end) / 2
      : Math.abs(current - start) < Math.abs(current - end) ? start : end;
    const offset = this.offsetWithinScroller.top;
    return { top: Math.max(-offset, Math.min(position + offset, this.totalScrollSize.height - view)) };
  }

  reflowIfNeeded(): void {
    if (this.#overhang === 0 && this.#sent && this.viewportScroll.top !== this.#scrolledTo) this.#overhang = OVERHANG;
    this.#scrolledTo = this.viewportScroll.top;
    const height = this.#rowHeight();
    const count = this.#items.length;
    let scrollError: Positions | undefined;
    let top = this.viewportScroll.top;
    if (this.#pin) {
      // Positions are exact, so one correction lands the row where asked, and the pin goes at once, so that the
      // reader's next scroll is never pulled back to it. The pass right after the pin is set may read a scroll
      // position the virtualizer has not measured yet (the reader scrolled a moment ago): the pin then stays
      // for the pass the correction's scroll brings, which measures first.
      const pinned = (this.getScrollIntoViewCoordinates(this.#pin).top ?? 0) - this.offsetWithinScroller.top;
      if (Math.abs(top - pinned) >= 1) scrollError = { top: top - pinned, left: 0 };
      top = pinned;
      if (this.#measured) this.#pin = null;
    }
    const row = (y: number) => Math.min(Math.max(Math.floor(y / height), 0), count - 1);
    const bottom = top + this.viewportSize.height;
    const first = count ? row(top - this.#overhang) : -1;
    const last = count ? row(bottom + this.#overhang) : -1;
    const state = `${count}|${height}|${first}|${last}`;
    if (state === this.#sent && !scrollError) return;
    if (!this.#sent && count) {
      whenIdle(() => {
        this.#overhang = OVERHANG;
        this.reflowIfNeeded();
      });
    }
    this.#sent = state;
    const childPositions = new Map<number, Positions>();
    for (let index = first; index >= 0 && index <= last; index++) childPositions.set(index, { top: index * height, left: 0 });
    this.sink({
      type: 'stateChanged',
      scrollSize: { height: count * height, width: 0 },
      range: { first, last, firstVisible: count ? row(top) : -1, lastVisible: count ? row(bottom - 1) : -1 },
      childPositions,
      ...(scrollError && { scrollError }),
    });
  }
}
