import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long after the last fast scroll step the reader counts as having slowed down or stopped. */
const SETTLE_MS = 150;
/**
 * A scroll step (one frame's) this long or longer is fast: a fling, a drag of the scrollbar, Page Down. A wheel
 * notch scrolls ~100 px over several frames; at that pace rows come in one or two a frame and render in full.
 */
const FAST_PX = 100;
/** Rows given their full form per frame once scrolling stopped: few enough that each frame stays short. */
const PER_FRAME = 3;

/**
 * Which rows may render their costly controls now. While the reader scrolls fast, rows come into view by the
 * dozen every frame; a row seen for the first time then renders its light form. Once scrolling slows down or
 * stops, the light rows get their full form a few per frame. A row that has its full form keeps it, so nothing
 * is torn down while scrolling (react-window's `isScrolling` placeholders follow the same idea).
 */
export class SettledRows implements ReactiveController {
  #scrolling = false;
  #scrollTop = 0;
  /** Scrolling stopped and light rows are left: they are given their full form over the next frames. */
  #settling = false;
  #budget = PER_FRAME;
  #deferred = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #frame = 0;
  readonly #full = new WeakSet<object>();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostUpdate(): void {
    this.#budget = PER_FRAME;
    this.#deferred = false;
  }

  hostUpdated(): void {
    if (!this.#settling) return;
    if (this.#deferred) this.#frame = requestAnimationFrame(() => this.host.requestUpdate());
    else this.#settling = false;
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    cancelAnimationFrame(this.#frame);
    this.#scrolling = this.#settling = false;
  }

  /** The scroller's `scroll` listener. */
  readonly onScroll = (event: Event) => {
    const { scrollTop } = event.currentTarget as HTMLElement;
    const step = Math.abs(scrollTop - this.#scrollTop);
    this.#scrollTop = scrollTop;
    if (step < FAST_PX) return;
    this.#scrolling = true;
    clearTimeout(this.#timer);
    cancelAnimationFrame(this.#frame);
    this.#timer = setTimeout(() => {
      this.#scrolling = false;
      this.#settling = true;
      this.host.requestUpdate();
    }, SETTLE_MS);
  };

  /** Whether `row` renders in full now; once it has, it stays full. */
  has(row: object): boolean {
    if (this.#full.has(row)) return true;
    if (this.#scrolling || (this.#settling && this.#budget <= 0)) {
      this.#deferred ||= !this.#scrolling;
      return false;
    }
    this.#budget -= 1;
    this.#full.add(row);
    return true;
  }
}
