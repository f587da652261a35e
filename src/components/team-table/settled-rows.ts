import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long after the last scroll event the reader counts as having stopped (a wheel notch scrolls for ~100 ms). */
const SETTLE_MS = 150;

/**
 * Which rows may render their costly controls now. While the reader scrolls, rows come into view by the
 * dozen every frame; a row seen for the first time then renders its light form, and every row gets its full
 * form one re-render after scrolling stops. A row that already has its full form keeps it, so nothing is
 * torn down while scrolling (react-window's `isScrolling` placeholders follow the same idea).
 */
export class SettledRows implements ReactiveController {
  #scrolling = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #full = new WeakSet<object>();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#scrolling = false;
  }

  /** The scroller's `scroll` listener. */
  readonly onScroll = () => {
    this.#scrolling = true;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#scrolling = false;
      this.host.requestUpdate();
    }, SETTLE_MS);
  };

  /** Whether `row` renders in full now; once it has, it stays full. */
  has(row: object): boolean {
    if (this.#scrolling && !this.#full.has(row)) return false;
    this.#full.add(row);
    return true;
  }
}
