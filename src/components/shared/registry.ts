/** Registers a custom element once; a second registration of the same tag is ignored, not an error. */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, class extends element {});
}
