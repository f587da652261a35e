import { elements } from './elements.js';
import { defineElement } from './shared/registry.js';

/**
 * Registers every teamkit element. With a prefix, tags become `<prefix>-<tag>` (`acme-team-table`), so two
 * products embedding different teamkit versions on one page do not collide.
 */
export function defineAll(options: { prefix?: string } = {}): void {
  for (const [tag, element] of Object.entries(elements)) {
    defineElement(options.prefix ? `${options.prefix}-${tag}` : tag, element);
  }
}
