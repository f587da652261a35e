/**
 * "Usable at 360 px": the narrowest phone width a host page may give an element. At that viewport nothing the
 * element draws may stick out sideways, which would make the page scroll horizontally or cut controls off.
 * Content inside a box that scrolls sideways on purpose (a wide table in its scroller) is reachable, and passes.
 */
import { setViewport } from '@web/test-runner-commands';
import { deepElements, describeNode, frames, isVisible } from './screen.js';

export const NARROW = 360;

/** Runs `check` with the viewport `width` px wide, then puts the viewport back as it was. */
export async function atWidth<T>(width: number, check: () => Promise<T>): Promise<T> {
  const previous = { width: window.innerWidth, height: window.innerHeight };
  await setViewport({ width, height: Math.max(640, previous.height) });
  try {
    await frames(3);
    return await check();
  } finally {
    await setViewport(previous);
    await frames();
  }
}

/** Whether an ancestor of `element` inside the host scrolls sideways, so its overflow is reachable. */
function inSideScroller(element: Element, host: Element): boolean {
  for (let current = element.parentElement ?? parentAcrossShadow(element); current && current !== host; current = current.parentElement ?? parentAcrossShadow(current)) {
    const { overflowX } = getComputedStyle(current);
    if (overflowX === 'auto' || overflowX === 'scroll') return true;
  }
  return false;
}

function parentAcrossShadow(element: Element): Element | null {
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

export interface Overflow {
  /** How far the page scrolls sideways, in px. */
  page: number;
  /** Visible nodes of the element that reach past the viewport's edges. */
  sticking: string[];
}

/** What sticks out sideways at the current viewport width. */
export function overflowOf(host: HTMLElement): Overflow {
  const width = document.documentElement.clientWidth;
  const sticking = [host, ...deepElements(host)]
    .filter((element) => isVisible(element) && !inSideScroller(element, host))
    .filter((element) => {
      const box = element.getBoundingClientRect();
      return box.right > width + 0.5 || box.left < -0.5;
    })
    .map((element) => `${describeNode(element)} spans ${Math.round(element.getBoundingClientRect().left)}–${Math.round(element.getBoundingClientRect().right)} px`);
  return { page: document.documentElement.scrollWidth - width, sticking };
}
