import { elements } from './elements.js';
import { defineElement, type DefineOptions } from './shared/registry.js';

/**
 * Registers every teamkit element. With a prefix, tags become `<prefix>-<tag>` (`acme-team-table`), so two
 * products embedding different teamkit versions on one page do not collide.
 */
export function defineAll(options: DefineOptions = {}): void {
  for (const [tag, element] of Object.entries(elements)) defineElement(tag, element, options);
}
