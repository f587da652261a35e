/**
 * custom-elements.json is what IDEs, Storybook and the generated framework types read. Every element folder in
 * src/components must come out of the analyzer as a registered element with a typed event for each `@fires`
 * and a default for each CSS custom property, or those tools show nothing (or `any`).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { publicProperties, registeredElements } from '../../scripts/manifest/elements.js';
import { analyze, type Analysis } from './analyze.js';

const root = 'src/components';
const tags = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
  .map((entry) => entry.name)
  .sort();

/** Every source file of an element's folder, joined: where its styles and events really live. */
const folderSource = (tag: string) =>
  readdirSync(join(root, tag))
    .filter((name) => name.endsWith('.ts'))
    .map((name) => readFileSync(join(root, tag, name), 'utf8'))
    .join('\n');

/** Events several elements fire live once in the foundation: shared/events.ts, or the shared piece that fires them. */
const sharedSource = () =>
  readdirSync(join(root, 'shared'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => readFileSync(join(root, 'shared', name), 'utf8'))
    .join('\n');

let analysis: Analysis;
before(async () => {
  analysis = await analyze();
});

test('the analyzer reports no problem', () => {
  assert.equal(analysis.stderr.trim(), '', 'cem analyze (with the teamkit plugin) printed problems');
});

test('there are elements to check', () => {
  assert.ok(tags.length >= 6, `only ${tags.length} element folders in ${root}`);
});

test('the only registered elements are the element folders, each once', () => {
  const registered = registeredElements(analysis.manifest).map(({ element }) => element.tagName).sort();
  assert.deepEqual(registered, tags);
});

for (const tag of tags) {
  describe(`<${tag}>`, () => {
    const found = () => {
      const entry = registeredElements(analysis.manifest).find(({ element }) => element.tagName === tag);
      assert.ok(entry, `no declaration with tagName "${tag}": is it registered with defineElement('${tag}', …) in ${root}/${tag}/${tag}.ts?`);
      return entry;
    };

    test('is a custom element declared in its own folder', () => {
      const { path, element } = found();
      assert.equal(element.customElement, true);
      assert.equal(path, `${root}/${tag}/${tag}.component.ts`);
      assert.ok(element.summary || element.description, 'no summary or description');
    });

    test('its define file is listed as the definition', () => {
      const definitions = analysis.manifest.modules
        .filter((module) => module.path === `${root}/${tag}/${tag}.ts`)
        .flatMap((module) => module.exports ?? [])
        .filter((entry) => entry.kind === 'custom-element-definition');
      assert.deepEqual(definitions.map((entry) => [entry.name, entry.declaration.name]), [[tag, found().element.name]]);
    });

    test('every event is a tk- event with its class as type', () => {
      const { element } = found();
      const events = element.events ?? [];
      assert.ok(events.length > 0, 'no @fires');
      const source = folderSource(tag) + sharedSource();
      for (const event of events) {
        assert.match(event.name, /^tk-[a-z]+(-[a-z]+)*$/, `"${event.name}" is not an event name`);
        const type = event.type?.text ?? '';
        assert.match(type, /^[A-Z]\w*Event$/, `${event.name} has no event class as type`);
        assert.match(source, new RegExp(`class ${type} extends`), `${type} is not declared in the element's folder or in shared/`);
        assert.ok(event.description, `${event.name} has no description`);
      }
      assert.equal(new Set(events.map((event) => event.name)).size, events.length, 'an event is listed twice');
    });

    test('every CSS custom property has a default and is used', () => {
      const source = folderSource(tag);
      for (const property of found().element.cssProperties ?? []) {
        assert.match(property.name, new RegExp(`^--tk-${tag}-`), `${property.name} is not namespaced by the tag`);
        assert.ok(property.default, `${property.name} has no default: write @cssprop [${property.name}=value]`);
        assert.ok(source.includes(`var(${property.name}`), `${property.name} is documented but no style reads it`);
      }
    });

    test('public properties are documented; internal state is not listed', () => {
      const properties = publicProperties(found().element);
      assert.ok(properties.length > 0, 'no public property');
      for (const property of properties) assert.ok(property.description, `property ${property.name} has no description`);
    });
  });
}
