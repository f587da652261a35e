/**
 * Reading an element as a reader meets it, through every open shadow root inside it: its text, its labels, what
 * is visible, and the names controls are announced by. The conformance checks are written on these.
 */

/** Text that is never shown: style sheets, scripts, inert templates. */
const SILENT = new Set(['STYLE', 'SCRIPT', 'TEMPLATE', 'NOSCRIPT']);

/** Attributes whose text a screen reader announces, or a sighted reader sees on hover or in an empty field. */
const SPOKEN_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt'];

/** Every element in `host`'s shadow root and in the open shadow roots below it (not the host's own children). */
export function deepElements(host: Element): Element[] {
  const found: Element[] = [];
  const visit = (root: ParentNode) => {
    for (const element of root.querySelectorAll('*')) {
      found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  if (host.shadowRoot) visit(host.shadowRoot);
  return found;
}

/** The first element matching `selector` in the host's shadow tree, if any. */
export function deepQuery(host: Element, selector: string): HTMLElement | undefined {
  return deepElements(host).find((element): element is HTMLElement => element instanceof HTMLElement && element.matches(selector));
}

/** Collapses runs of white space, as the page shows them. */
export const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * What the element says, one piece per text node or spoken attribute, in document order: the unit the Spanish
 * check compares. Slotted content belongs to the host page and is left out.
 */
export function spokenPieces(host: Element): string[] {
  const pieces: string[] = [];
  const visit = (root: Node) => {
    for (let node = root.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === Node.TEXT_NODE) {
        const text = normalize(node.textContent ?? '');
        if (text) pieces.push(text);
      } else if (node instanceof Element && !SILENT.has(node.tagName)) {
        for (const name of SPOKEN_ATTRIBUTES) {
          const value = normalize(node.getAttribute(name) ?? '');
          if (value) pieces.push(value);
        }
        if (node instanceof HTMLInputElement && (node.type === 'button' || node.type === 'submit')) pieces.push(node.value);
        if (node.shadowRoot) visit(node.shadowRoot);
        visit(node);
      }
    }
  };
  if (host.shadowRoot) visit(host.shadowRoot);
  return pieces;
}

/** Everything the reader can read off the element: its text, spoken attributes, and the values in its fields. */
export function shownText(host: Element): string {
  const values = deepElements(host)
    .filter((element): element is HTMLInputElement | HTMLTextAreaElement => element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)
    .map((field) => field.value);
  return normalize([...spokenPieces(host), ...values].join(' '));
}

/** Rendered, not hidden, and bigger than the 1 px box of visually hidden text. */
export function isVisible(element: Element): boolean {
  if (!element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
  const box = element.getBoundingClientRect();
  return box.width > 1 && box.height > 1;
}

/** The visible elements of the host's shadow tree matching `selector`. */
export function visibleMatches(host: Element, selector: string): HTMLElement[] {
  return deepElements(host).filter((element): element is HTMLElement => element instanceof HTMLElement && element.matches(selector) && isVisible(element));
}

/** The innermost visible element whose text matches `pattern`: where a sighted reader reads it. */
export function visibleText(host: Element, pattern: RegExp): HTMLElement | undefined {
  const holders = deepElements(host)
    .filter((element): element is HTMLElement => element instanceof HTMLElement && pattern.test(normalize(element.textContent ?? '')));
  const innermost = holders.filter((element) => !holders.some((other) => other !== element && element.contains(other)));
  return innermost.find(isVisible);
}

/** The focused element, looking through open shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Whether `node` is `container` or inside it, across shadow roots. */
export function deepContains(container: Node, node: Node | null): boolean {
  for (let current = node; current; current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null)) {
    if (current === container) return true;
  }
  return false;
}

/**
 * The name a control is announced by, as the accessible-name rules pick it for the cases teamkit renders:
 * aria-labelledby, aria-label, its `<label>`s, its own text (buttons, links, summaries), then title and placeholder.
 */
export function accessibleName(control: Element): string {
  const root = control.getRootNode() as Document | ShadowRoot;
  const labelledBy = control.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy.split(/\s+/).map((id) => root.getElementById(id)?.textContent ?? '').join(' ');
    if (normalize(text)) return normalize(text);
  }
  const label = normalize(control.getAttribute('aria-label') ?? '');
  if (label) return label;
  const labels = 'labels' in control ? (control as HTMLInputElement).labels : null;
  const fromLabels = normalize([...(labels ?? [])].map((each) => each.textContent ?? '').join(' '));
  if (fromLabels) return fromLabels;
  const own = control instanceof HTMLInputElement || control instanceof HTMLSelectElement || control instanceof HTMLTextAreaElement
    ? '' : normalize(control.textContent ?? '');
  return own || normalize(control.getAttribute('title') ?? '') || normalize(control.getAttribute('placeholder') ?? '');
}

/** Waits for the browser to lay out and paint what changed. */
export async function frames(count = 2): Promise<void> {
  for (let index = 0; index < count; index += 1) await new Promise(requestAnimationFrame);
}

/** How a failing check names an element: its tag and parts, or its id. */
export function describeNode(element: Element): string {
  const part = element.getAttribute('part');
  const id = element.id ? `#${element.id}` : '';
  return `<${element.localName}${id}${part ? ` part="${part}"` : ''}> "${normalize(element.textContent ?? '').slice(0, 40)}"`;
}
