import { useTranslations } from './localization.js';

export interface DefineOptions {
  /** Registers `<prefix>-<tag>` (`acme-team-table`), so two products embedding teamkit on one page do not collide. */
  prefix?: string;
}

/**
 * Registers a teamkit element once; a second registration of the same tag is ignored, not an error. Each
 * registration defines a subclass, so one class can be registered under several prefixes. The element's
 * strings join the page's languages (see `useTranslations`).
 */
export function defineElement(tag: string, element: CustomElementConstructor, options: DefineOptions = {}): void {
  const name = options.prefix ? `${options.prefix}-${tag}` : tag;
  void useTranslations(tag);
  if (!customElements.get(name)) customElements.define(name, class extends element {});
}

/** Like `defineElement`, once the element's strings in the active language are there: it never shows English first. */
export async function defineElementTranslated(tag: string, element: CustomElementConstructor, options: DefineOptions = {}): Promise<void> {
  await useTranslations(tag);
  defineElement(tag, element, options);
}
