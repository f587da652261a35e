// Editor data from custom-elements.json: VS Code's HTML and CSS custom data, and JetBrains' web-types.
// Both describe the default tags; a page that registers the elements with a prefix gets no completion for them.
import type { Attribute } from 'custom-elements-manifest/schema.js';
import { publicProperties, type ElementDeclaration } from './elements.js';

export interface PackageInfo {
  name: string;
  version: string;
}

/** `'a' | 'b'` → ['a', 'b']; anything that is not a union of string literals → undefined. */
function literalValues(type: string | undefined): string[] | undefined {
  const values: string[] = [];
  for (const part of (type ?? '').split('|').map((text) => text.trim())) {
    if (part === 'undefined') continue;
    const literal = /^'([^']*)'$/.exec(part);
    if (!literal) return undefined;
    values.push(literal[1] ?? '');
  }
  return values.length ? values : undefined;
}

/** A list for the element's markdown description, or nothing when it has none. */
function section(title: string, items: { name: string; description?: string; default?: string }[] = []): string {
  if (!items.length) return '';
  const line = (item: { name: string; description?: string; default?: string }) =>
    `- \`${item.name}\`${item.default ? ` (default \`${item.default}\`)` : ''}${item.description ? ` — ${item.description}` : ''}`;
  return `\n\n**${title}**\n${items.map(line).join('\n')}`;
}

/** What an editor shows when hovering the tag: the summary, then events, slots, parts and custom properties. */
export function elementMarkdown(element: ElementDeclaration): string {
  const slots = (element.slots ?? []).map((slot) => ({ ...slot, name: slot.name || '(default)' }));
  return [
    element.summary ?? element.description ?? '',
    section('Events', element.events?.map((event) => ({ name: event.name, description: event.description }))),
    section('Slots', slots),
    section('CSS parts', element.cssParts),
    section('CSS custom properties', element.cssProperties),
  ].join('').trim();
}

const attributesOf = (element: ElementDeclaration): Attribute[] => element.attributes ?? [];

/** `vscode.html-custom-data.json`: tags and attributes for VS Code's `html.customData` setting. */
export function vscodeHtmlData(elements: ElementDeclaration[]) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tagName,
      description: { kind: 'markdown', value: elementMarkdown(element) },
      attributes: attributesOf(element).map((attribute) => {
        const values = literalValues(attribute.type?.text);
        const boolean = attribute.type?.text?.replace(/\s*\|\s*undefined/, '') === 'boolean';
        return {
          name: attribute.name,
          description: attribute.description ?? '',
          ...(values ? { values: values.map((name) => ({ name })) } : {}),
          ...(boolean ? { valueSet: 'v' } : {}),
        };
      }),
    })),
  };
}

/** `vscode.css-custom-data.json`: the elements' CSS custom properties for VS Code's `css.customData` setting. */
export function vscodeCssData(elements: ElementDeclaration[]) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-css-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    properties: elements.flatMap((element) =>
      (element.cssProperties ?? []).map((property) => ({
        name: property.name,
        description: `<${element.tagName}>: ${property.description ?? ''}${property.default ? ` Default: \`${property.default}\`.` : ''}`.trim(),
      })),
    ),
  };
}

/** `web-types.json`: JetBrains IDEs read it through package.json's `web-types` field. */
export function webTypes(elements: ElementDeclaration[], pkg: PackageInfo) {
  return {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elements.map((element) => ({
          name: element.tagName,
          description: elementMarkdown(element),
          attributes: attributesOf(element).map((attribute) => ({
            name: attribute.name,
            description: attribute.description ?? '',
            value: { type: attribute.type?.text ?? 'string' },
          })),
          slots: (element.slots ?? []).map((slot) => ({ name: slot.name, description: slot.description ?? '' })),
          events: (element.events ?? []).map((event) => ({ name: event.name, description: event.description ?? '' })),
          js: {
            properties: publicProperties(element).map((property) => ({
              name: property.name,
              description: property.description ?? '',
              type: property.type?.text ?? 'unknown',
            })),
            events: (element.events ?? []).map((event) => ({ name: event.name, description: event.description ?? '' })),
          },
          css: {
            properties: (element.cssProperties ?? []).map((property) => ({
              name: property.name,
              description: `${property.description ?? ''}${property.default ? ` Default: \`${property.default}\`.` : ''}`.trim(),
            })),
            parts: (element.cssParts ?? []).map((part) => ({ name: part.name, description: part.description ?? '' })),
          },
        })),
      },
    },
  };
}
