/**
 * `npm run new-element <tag>`: starts an element the way docs/guide/building-elements.md builds one. Writes its
 * folder (component, styles, events, Spanish strings, define file), a browser test that runs the conformance suite,
 * and a docs demo, from scripts/templates/element/; then registers it everywhere a host reaches elements: defineAll
 * (elements.ts), the autoloader's table, the package index, the Spanish catalog table and the README's list. The
 * docs site lists it from elements.ts. What it writes passes typecheck, lint, the registration, manifest and i18n
 * tests and its own browser test as it is (test/tooling/scaffold.test.ts checks this).
 *
 * It refuses a name that is not a valid tag, or one that is taken, and then writes nothing.
 *
 *   npm run new-element session-list
 *   node --import tsx scripts/new-element.ts session-list --root /path/to/a/copy
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const templates = join(dirname(fileURLToPath(import.meta.url)), 'templates', 'element');

/** The names one tag gives its element. */
export interface ElementNames {
  /** `session-list` */
  tag: string;
  /** `SessionList`: the class. */
  className: string;
  /** `sessionList`: its Spanish catalog's export. */
  camel: string;
  /** `Session list`: how its documentation names it. */
  title: string;
}

export function namesOf(tag: string): ElementNames {
  const words = tag.split('-');
  const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  const className = words.map(capital).join('');
  return { tag, className, camel: className.charAt(0).toLowerCase() + className.slice(1), title: capital(words.join(' ')) };
}

/** Names the HTML standard keeps for SVG and MathML, which `customElements.define` refuses. */
const RESERVED = new Set(['annotation-xml', 'color-profile', 'font-face', 'font-face-src', 'font-face-uri', 'font-face-format', 'font-face-name', 'missing-glyph']);

/**
 * Why `tag` cannot be a new element in `root`, or undefined when it can. Tags are lower-case words joined by
 * single hyphens: a valid custom element name whose events (`tk-<tag>-select`) and custom properties
 * (`--tk-<tag>-gap`) are valid names too.
 */
export function refusal(root: string, tag: string): string | undefined {
  if (!/^[a-z]+(?:-[a-z]+)+$/.test(tag)) {
    return `"${tag}" is not a tag teamkit accepts: lower-case letters in two or more words joined by single hyphens, e.g. session-list`;
  }
  if (tag.length > 40) return `"${tag}" is longer than 40 characters`;
  if (RESERVED.has(tag)) return `"${tag}" is reserved by HTML for SVG and MathML`;
  const { className } = namesOf(tag);
  const taken = [
    existsSync(join(root, 'src/components', tag)) && `src/components/${tag}/ exists`,
    new RegExp(`'${tag}':`).test(read(root, 'src/components/elements.ts')) && `elements.ts already registers <${tag}>`,
    new RegExp(`\\b${className}\\b`).test(read(root, 'src/components/index.ts')) && `the package index already exports a ${className}`,
    ...files(namesOf(tag)).map(([path]) => existsSync(join(root, path)) && `${path} exists`),
  ].filter((reason): reason is string => typeof reason === 'string');
  return taken.length ? `<${tag}> is taken: ${taken.join('; ')}` : undefined;
}

const read = (root: string, path: string) => readFileSync(join(root, path), 'utf8');

/** The new files: path in the repository → template. */
function files({ tag }: ElementNames): [string, string][] {
  const folder = `src/components/${tag}`;
  return [
    [`${folder}/${tag}.component.ts`, 'component.ts.tmpl'],
    [`${folder}/${tag}.styles.ts`, 'styles.ts.tmpl'],
    [`${folder}/${tag}.events.ts`, 'events.ts.tmpl'],
    [`${folder}/${tag}.es.ts`, 'es.ts.tmpl'],
    [`${folder}/${tag}.ts`, 'define.ts.tmpl'],
    [`test/components/${tag}.test.ts`, 'test.ts.tmpl'],
    [`docs/demos/${tag}.html`, 'demo.html.tmpl'],
  ];
}

function fill(template: string, { tag, className, camel, title }: ElementNames): string {
  return readFileSync(join(templates, template), 'utf8')
    .replaceAll('__tag__', tag).replaceAll('__Class__', className).replaceAll('__camel__', camel).replaceAll('__Title__', title);
}

/** Inserts `line` as the last entry of the object literal that `opening` starts, before its closing `};`. */
function addEntry(source: string, opening: string, line: string, file: string): string {
  const start = source.indexOf(opening);
  const end = start < 0 ? -1 : source.indexOf('\n};', start);
  if (end < 0) throw new Error(`${file}: cannot find the object that starts with "${opening}"`);
  return `${source.slice(0, end)}\n${line}${source.slice(end)}`;
}

/** Inserts `line` after the last line that starts with `prefix`. */
function addAfterLast(source: string, prefix: string, line: string, file: string): string {
  const lines = source.split('\n');
  const last = lines.findLastIndex((each) => each.startsWith(prefix));
  if (last < 0) throw new Error(`${file}: no line starts with "${prefix}"`);
  lines.splice(last + 1, 0, line);
  return lines.join('\n');
}

/** The README's status sentence lists the elements that exist: "(`<teamkit-provider>`, … `<accept-invite>`) with…". */
function addToReadme(source: string, tag: string): string {
  const list = /(\((?:`<[a-z-]+>`,\s*)*`<[a-z-]+>`)(\) with their live docs pages)/;
  if (!list.test(source)) throw new Error('README.md: the status sentence listing the elements was not found');
  return source.replace(list, `$1, \`<${tag}>\`$2`);
}

/** Every registry an element must be in, as edits: path → the file's new text. */
function registrations(root: string, element: ElementNames): [string, string][] {
  const { tag, className, camel } = element;
  const edit = (path: string, change: (source: string) => string): [string, string] => [path, change(read(root, path))];
  return [
    edit('src/components/elements.ts', (source) => addEntry(
      addAfterLast(source, 'import ', `import { ${className} } from './${tag}/${tag}.component.js';`, 'elements.ts'),
      'export const elements', `  '${tag}': ${className},`, 'elements.ts',
    )),
    edit('src/components/start-autoloader.ts', (source) => addEntry(source, 'const loaders',
      `  '${tag}': () => import('./${tag}/${tag}.component.js').then((module) => module.${className}),`, 'start-autoloader.ts')),
    edit('src/components/index.ts', (source) =>
      `${source.trimEnd()}\nexport { ${className} } from './${tag}/${tag}.component.js';\nexport * from './${tag}/${tag}.events.js';\n`),
    edit('src/components/shared/translations/es.ts', (source) => addEntry(source, 'export const spanish',
      `  '${tag}': () => import('../../${tag}/${tag}.es.js').then((module) => module.${camel}),`, 'translations/es.ts')),
    edit('README.md', (source) => addToReadme(source, tag)),
  ];
}

/**
 * Writes the element into the repository at `root` and registers it. Everything is prepared before anything is
 * written, so a refusal or a registry that cannot be found leaves the repository as it was.
 */
export function scaffold(root: string, tag: string): string[] {
  const reason = refusal(root, tag);
  if (reason) throw new Error(reason);
  const element = namesOf(tag);
  const changes = [
    ...files(element).map(([path, template]): [string, string] => [path, fill(template, element)]),
    ...registrations(root, element),
  ];
  for (const [path, text] of changes) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return changes.map(([path]) => path);
}

function main(): void {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { root: { type: 'string', default: '.' } } });
  const [tag] = positionals;
  if (!tag || positionals.length > 1) {
    console.error('usage: npm run new-element <tag>      e.g. npm run new-element session-list');
    process.exit(2);
  }
  try {
    const written = scaffold(values.root, tag);
    const { className } = namesOf(tag);
    console.log(`<${tag}> (${className}) is ready:\n${written.map((path) => `  ${relative('.', join(values.root, path))}`).join('\n')}`);
    console.log(`\nNext: npm run analyze (its manifest entry and docs tables), then
  npx wtr --files test/components/${tag}.test.ts
and make it the element it is to be: docs/guide/building-elements.md has the recipe and the definition of done.`);
  } catch (error) {
    console.error(`new-element: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
