// Framework types from custom-elements.json, so `<team-table columns="…">` type-checks in a host's React or Vue
// app. Property types are not copied from the manifest's text: they are picked from the element classes the
// package exports (`Pick<TeamTable, 'columns'>`), so they are exactly the classes' own, JSDoc included.
// React and Vue live in separate files: each imports its framework's types, which a host of the other lacks.
import { publicProperties, type ElementDeclaration } from './elements.js';

const HEADER = '// Generated from custom-elements.json by scripts/generate-types.ts. Do not edit.';

/** A JSDoc block at `indent`, or nothing for an empty text. `*\/` inside the text must not end the comment. */
function doc(text: string | undefined, indent: string): string {
  const lines = (text ?? '').replaceAll('*/', '*\\/').trim().split('\n');
  if (!lines.join('')) return '';
  return lines.length === 1 ? `${indent}/** ${lines[0]} */\n` : `${indent}/**\n${lines.map((line) => `${indent} * ${line}`.trimEnd()).join('\n')}\n${indent} */\n`;
}

const quote = (text: string) => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

/** `'a' | 'b'`, or `never` for none. */
const union = (names: string[]) => (names.length ? names.map(quote).join(' | ') : 'never');

/** An object type of `members` (already indented), closing at `indent`; `{}` for none. */
const objectType = (members: string[], indent: string) => (members.length ? `{\n${members.join('\n')}\n${indent}}` : '{}');

/** Event classes by event name; the plugin guarantees each has one. */
function eventsOf(element: ElementDeclaration): { name: string; type: string; description?: string }[] {
  return (element.events ?? []).map((event) => ({ name: event.name, type: event.type?.text ?? 'Event', description: event.description }));
}

/** Attributes whose name differs from their property's (`page-size` for `pageSize`): HTML authors write those. */
function kebabAttributes(element: ElementDeclaration): { name: string; description?: string }[] {
  return (element.attributes ?? []).filter((attribute) => attribute.name !== attribute.fieldName);
}

/** `import type { AcceptInvite, … } from 'teamkit';`: every element class and event class the types name. */
function imports(elements: ElementDeclaration[], packageName: string): string {
  const names = new Set<string>();
  for (const element of elements) {
    names.add(element.name);
    for (const event of eventsOf(element)) names.add(event.type);
  }
  names.delete('Event');
  return `import type {\n  ${[...names].sort().join(',\n  ')},\n} from ${quote(packageName)};`;
}

/**
 * React 19 sets a custom element's props as properties when the element has one by that name (else as
 * attributes), and listens for `on<event>` props: `ontk-member-removed` for `tk-member-removed`.
 */
export function reactTypes(elements: ElementDeclaration[], packageName: string): string {
  const entries = elements.map((element) => {
    const properties = union(publicProperties(element).map((property) => property.name));
    const attributes = kebabAttributes(element).map((attribute) => `${doc(attribute.description, '          ')}          ${quote(attribute.name)}?: string;`);
    const events = eventsOf(element).map((event) => `${doc(event.description, '          ')}          ${quote(`on${event.name}`)}?: (event: ${event.type}) => void;`);
    return `${doc(element.summary ?? element.description, '      ')}      ${quote(element.tagName)}: ElementProps<
        ${element.name},
        ${properties},
        ${objectType(attributes, '        ')},
        ${objectType(events, '        ')}
      >;`;
  });
  return `${HEADER}
// React 19 JSX types for teamkit's elements (default tags). Load them once, e.g. in a .d.ts of the app:
//   import type {} from '${packageName}/jsx-react';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
${imports(elements, packageName)}

/** React's own props for an element of this class, its public properties, its attributes and its event props. */
type ElementProps<Element extends HTMLElement, Properties extends keyof Element, Attributes, Events> = Omit<
  DetailedHTMLProps<HTMLAttributes<Element>, Element>,
  Properties | keyof Attributes | keyof Events
> &
  Partial<Pick<Element, Properties>> &
  Attributes &
  Events;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${entries.join('\n')}
    }
  }
}
`;
}

/**
 * Vue 3 reads a custom element's template types from `$props` and `$emit` on the type registered in
 * `GlobalComponents` under the hyphenated tag (Vue's guide, "Web Components and TypeScript"). Vue templates
 * normalise `page-size` to `pageSize`, so only properties are listed: bind non-strings, `:page-size="100"`.
 */
export function vueTypes(elements: ElementDeclaration[], packageName: string): string {
  const entries = elements.map((element) => {
    const properties = union(publicProperties(element).map((property) => property.name));
    const events = eventsOf(element).map((event) => `${doc(event.description, '        ')}        ${quote(event.name)}: ${event.type};`);
    return `${doc(element.summary ?? element.description, '    ')}    ${quote(element.tagName)}: DefineCustomElement<
      ${element.name},
      ${properties},
      ${objectType(events, '      ')}
    >;`;
  });
  return `${HEADER}
// Vue 3 template types for teamkit's elements (default tags). Load them once, e.g. in a .d.ts of the app:
//   import type {} from '${packageName}/jsx-vue';
// and tell Vue's compiler they are custom elements: compilerOptions.isCustomElement.
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
${imports(elements, packageName)}

type DefineCustomElement<Element extends HTMLElement, Properties extends keyof Element, Events extends Record<string, Event>> =
  new () => Element & {
    /** @deprecated For template type-checking only: an element has no \`$props\`. */
    $props: HTMLAttributes & Partial<Pick<Element, Properties>> & PublicProps;
    /** @deprecated For template type-checking only: an element has no \`$emit\`. */
    $emit: EmitFn<{ [Name in keyof Events]: (event: Events[Name]) => void }>;
  };

declare module 'vue' {
  interface GlobalComponents {
${entries.join('\n')}
  }
}
`;
}
