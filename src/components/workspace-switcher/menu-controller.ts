import type { ReactiveController } from 'lit';
import type { TeamkitHost } from '../shared/controllers/host.js';

/** How long typed characters add up to one search, as the APG's examples do. */
const TYPE_AHEAD_MS = 500;
/** Space kept between the menu and the edges of the viewport. */
const EDGE = 8;

const ITEMS = '[role="menuitem"], [role="menuitemradio"], [role="menuitemcheckbox"]';

/**
 * The ARIA menu button pattern (APG) for a `<button>` and a `role="menu"` popover in the host's shadow root: Enter,
 * Space and Down Arrow open the menu on its first item, Up Arrow on its last; in the menu the arrows move (and wrap),
 * Home and End go to the ends, printable characters jump to the next item starting with what was typed (a space within
 * half a second of a letter is part of it), Escape
 * closes it and focus goes back to the button, Tab closes it and moves on. A click outside closes it. The menu
 * sits in the top layer (`popover="manual"`), placed under the button (above it when there is no room below) and
 * kept inside the viewport, so a header's `overflow: hidden` never cuts it off.
 */
export class MenuController implements ReactiveController {
  #open = false;
  #typed = '';
  #typedAt = 0;

  constructor(private readonly host: TeamkitHost, private readonly ids: { button: string; menu: string }) {
    host.addController(this);
  }

  get open(): boolean {
    return this.#open;
  }

  hostDisconnected(): void {
    this.#listen(false);
  }

  get #button(): HTMLButtonElement | null {
    return this.host.renderRoot.querySelector<HTMLButtonElement>(`#${this.ids.button}`);
  }

  get #menu(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>(`#${this.ids.menu}`);
  }

  #items(): HTMLElement[] {
    return [...(this.#menu?.querySelectorAll<HTMLElement>(ITEMS) ?? [])].filter((item) => item.getAttribute('aria-disabled') !== 'true');
  }

  /** Opens the menu with focus on its first item (`'last'`: its last). */
  async show(focus: 'first' | 'last' = 'first'): Promise<void> {
    if (!this.#open) {
      this.#open = true;
      this.host.requestUpdate();
      await this.host.updateComplete;
      const menu = this.#menu;
      if (!menu) return;
      if (!menu.matches(':popover-open')) menu.showPopover();
      this.#place();
      this.#listen(true);
    }
    const items = this.#items();
    (focus === 'first' ? items[0] : items.at(-1))?.focus();
  }

  /** Closes the menu; with `restoreFocus`, focus goes back to the button (Escape, a choice), else it stays where it went. */
  hide(restoreFocus: boolean): void {
    if (!this.#open) return;
    this.#open = false;
    this.#listen(false);
    const menu = this.#menu;
    if (menu?.matches(':popover-open')) menu.hidePopover();
    this.host.requestUpdate();
    if (restoreFocus) this.#button?.focus();
  }

  /** For the button's `@click`. */
  readonly onButtonClick = (): void => {
    if (this.#open) this.hide(true);
    else void this.show('first');
  };

  /** For the button's `@keydown`. */
  readonly onButtonKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      void this.show(event.key === 'ArrowUp' ? 'last' : 'first');
    }
  };

  /** For the menu's `@keydown`. */
  readonly onMenuKeydown = (event: KeyboardEvent): void => {
    const items = this.#items();
    const current = items.indexOf(event.target as HTMLElement);
    const go = (index: number) => {
      event.preventDefault();
      items[(index + items.length) % items.length]?.focus();
    };
    switch (event.key) {
      case 'ArrowDown': return go(current + 1);
      case 'ArrowUp': return go(current - 1);
      case 'Home': case 'PageUp': return go(0);
      case 'End': case 'PageDown': return go(items.length - 1);
      case 'Escape':
        event.preventDefault();
        return this.hide(true);
      case 'Tab': return this.hide(false);
      case ' ':
        // Within a search a space is part of the name typed ("Acme L"); otherwise it chooses, as Enter does.
        if (Date.now() - this.#typedAt <= TYPE_AHEAD_MS) {
          event.preventDefault();
          return this.#typeAhead(event.key, items, current);
        }
        event.preventDefault();
        (event.target as HTMLElement).click();
        return;
      case 'Enter':
        event.preventDefault();
        (event.target as HTMLElement).click();
        return;
      default:
        if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) this.#typeAhead(event.key, items, current);
    }
  };

  /** Moves to the next item whose text starts with what was typed within the last half second. */
  #typeAhead(key: string, items: HTMLElement[], current: number): void {
    const now = Date.now();
    this.#typed = now - this.#typedAt > TYPE_AHEAD_MS ? key : this.#typed + key;
    this.#typedAt = now;
    const typed = this.#typed.toLocaleLowerCase();
    // One letter pressed again and again cycles through the items starting with it; a word starts at the current item.
    const repeated = [...typed].every((char) => char === typed[0]);
    const search = repeated ? typed.slice(0, 1) : typed;
    const from = repeated ? current + 1 : current;
    const label = (item: HTMLElement) => (item.dataset.label ?? item.textContent ?? '').trim().toLocaleLowerCase();
    for (let step = 0; step < items.length; step += 1) {
      const item = items[(Math.max(from, 0) + step) % items.length];
      if (item && label(item).startsWith(search)) {
        item.focus();
        return;
      }
    }
  }

  /** Under the button, inside the viewport; above it when there is more room there. */
  #place(): void {
    const button = this.#button;
    const menu = this.#menu;
    if (!button || !menu) return;
    const anchor = button.getBoundingClientRect();
    const width = Math.min(menu.offsetWidth, innerWidth - 2 * EDGE);
    const left = Math.max(EDGE, Math.min(anchor.left, innerWidth - width - EDGE));
    const below = innerHeight - anchor.bottom - EDGE;
    const above = anchor.top - EDGE;
    const up = menu.offsetHeight > below && above > below;
    // Through the CSSOM: a style attribute would be refused by a strict style-src-attr policy.
    menu.style.setProperty('left', `${left}px`);
    menu.style.setProperty('top', up ? 'auto' : `${anchor.bottom + 4}px`);
    menu.style.setProperty('bottom', up ? `${innerHeight - anchor.top + 4}px` : 'auto');
    menu.style.setProperty('max-height', `${Math.max(up ? above : below, 120) - 4}px`);
  }

  #listen(on: boolean): void {
    if (on) {
      document.addEventListener('pointerdown', this.#onOutside, true);
      window.addEventListener('resize', this.#onMove);
      window.addEventListener('scroll', this.#onMove, true);
      this.host.addEventListener('focusout', this.#onFocusOut);
    } else {
      document.removeEventListener('pointerdown', this.#onOutside, true);
      window.removeEventListener('resize', this.#onMove);
      window.removeEventListener('scroll', this.#onMove, true);
      this.host.removeEventListener('focusout', this.#onFocusOut);
    }
  }

  #onOutside = (event: PointerEvent): void => {
    if (!event.composedPath().includes(this.host)) this.hide(false);
  };

  #onMove = (): void => this.#place();

  /** Focus that leaves the element (a click elsewhere, the host page moving it) closes the menu. */
  #onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget;
    if (next instanceof Node && (this.host.contains(next) || this.host.renderRoot.contains(next))) return;
    if (next !== null) this.hide(false);
  };
}
