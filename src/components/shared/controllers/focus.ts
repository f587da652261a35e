/** The focused element, looking through open shadow roots, so focus can go back to the real trigger. */
export function deepActiveElement(): HTMLElement | undefined {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}

/**
 * Whether focus fell to the page: the focused control was removed or re-rendered away. Focus the reader moved
 * somewhere else on purpose is not lost, and is left alone.
 */
export function focusLost(): boolean {
  const active = document.activeElement;
  return !active || active === document.body;
}

/** Puts focus on `target` when focus was lost, so a keyboard user carries on from a sensible place. */
export function recoverFocus(target: HTMLElement | null | undefined): void {
  if (focusLost() && target?.isConnected) target.focus();
}
