/**
 * Keyboard reachability: walks the element with Tab as a keyboard user does, and checks that every control it
 * renders is on that path (or is part of a composite widget that is, such as a grid with one roving tab stop)
 * and has a name to be announced by.
 */
import { sendKeys } from '@web/test-runner-commands';
import { accessibleName, deepActiveElement, deepContains, deepElements, describeNode, isVisible } from './screen.js';

/** What a reader operates: native controls, ARIA widgets, and anything put in the tab order on purpose. */
const CONTROLS = [
  'a[href]', 'button', 'input:not([type="hidden"])', 'select', 'textarea', 'summary', '[contenteditable=""]', '[contenteditable="true"]',
  '[tabindex]:not([tabindex="-1"])',
  ...['button', 'link', 'checkbox', 'switch', 'radio', 'tab', 'menuitem', 'option', 'slider', 'spinbutton', 'combobox', 'textbox', 'searchbox']
    .map((role) => `[role="${role}"]`),
].join(', ');

/** Widgets that keep one tab stop and move inside with the arrow keys (APG's roving tabindex). */
const COMPOSITES = '[role="grid"], [role="treegrid"], [role="listbox"], [role="menu"], [role="menubar"], [role="radiogroup"], [role="tablist"], [role="toolbar"], [role="tree"]';

export interface Reachability {
  /** Controls a keyboard user cannot get to. */
  unreachable: string[];
  /** Controls announced without a name. */
  unnamed: string[];
  /** How many controls were checked. */
  controls: number;
  /** How many Tab presses it took to get through the element. */
  stops: number;
}

/** The element's controls a reader can meet: shown, enabled, not hidden from assistive technology. */
function controlsOf(host: Element): HTMLElement[] {
  return deepElements(host).filter((element): element is HTMLElement => element instanceof HTMLElement
    && element.matches(CONTROLS)
    && !element.matches(':disabled')
    && !element.closest('[aria-hidden="true"]')
    && (isVisible(element) || drawnControl(element)));
}

/** A native checkbox or radio drawn by CSS (a switch) is visually hidden on purpose, yet focusable and operable. */
function drawnControl(element: HTMLElement): boolean {
  return element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio') && element.checkVisibility();
}

/** The composite widget a control belongs to (or the name group of a native radio button). */
function compositeOf(control: HTMLElement): Element | string | undefined {
  const composite = control.parentElement?.closest(COMPOSITES) ?? undefined;
  if (composite) return composite;
  if (control instanceof HTMLInputElement && control.type === 'radio' && control.name) return `radio:${control.name}`;
  return undefined;
}

/**
 * Presses Tab from just before the element until focus comes out after it, or comes round to a control it already
 * visited (a modal dialog keeps Tab inside, passing through the browser's own controls on the way round), and
 * returns each element focused inside it, in order. A modal dialog that took focus when it opened starts there.
 */
export async function tabThrough(host: HTMLElement): Promise<Element[]> {
  const anchor = host.parentElement ?? host;
  const before = Object.assign(document.createElement('button'), { textContent: 'Before' });
  const after = Object.assign(document.createElement('button'), { textContent: 'After' });
  anchor.before(before);
  anchor.after(after);
  try {
    // Behind a modal dialog the page is inert, so `before` cannot take focus and the walk starts where focus is.
    before.focus();
    const focused: Element[] = [];
    const start = deepActiveElement();
    if (start && deepContains(host, start)) focused.push(start);
    for (let press = 0; press < 400; press += 1) {
      await sendKeys({ press: 'Tab' });
      const active = deepActiveElement();
      // A native date or time input takes one Tab per field (day, month, year) and stays the active element meanwhile.
      if (active && active === focused.at(-1) && active instanceof HTMLInputElement && /^(date|time|datetime-local|month|week)$/.test(active.type)) continue;
      if (active === after || (active && focused.includes(active))) break;
      if (active && deepContains(host, active)) focused.push(active);
    }
    return focused;
  } finally {
    before.remove();
    after.remove();
  }
}

/** Checks every control of `host` against a Tab walk through it. */
export async function reachability(host: HTMLElement): Promise<Reachability> {
  const controls = controlsOf(host);
  const focused = await tabThrough(host);
  const reached = new Set(focused);
  const reachedComposites = new Set(focused.map((element) => (element instanceof HTMLElement ? compositeOf(element) : undefined)));
  const unreachable = controls.filter((control) => {
    if (reached.has(control)) return false;
    const composite = compositeOf(control);
    return composite === undefined || !reachedComposites.has(composite);
  });
  const unnamed = controls.filter((control) => !accessibleName(control));
  return { unreachable: unreachable.map(describeNode), unnamed: unnamed.map(describeNode), controls: controls.length, stops: focused.length };
}
