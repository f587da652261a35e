/**
 * An element exists for hosts only once it is registered everywhere a host reaches it: its define file,
 * `defineAll` (elements.ts), the autoloader's table, the package index, and, when it shows text, its Spanish
 * catalog. A folder missing from one of them works in some pages and silently not in others.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const root = 'src/components';
const tags = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
  .map((entry) => entry.name);
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const showsText = (tag: string) =>
  readdirSync(join(root, tag)).some((name) => name.endsWith('.ts') && /\bmsg\(/.test(read(join(tag, name))));

test('there are elements to check', () => {
  assert.ok(tags.length >= 6);
});

for (const tag of tags) {
  test(`<${tag}> is registered everywhere a host can reach it`, () => {
    assert.ok(existsSync(join(root, tag, `${tag}.ts`)), `no define file ${tag}/${tag}.ts`);
    assert.match(read(join(tag, `${tag}.ts`)), new RegExp(`defineElement\\('${tag}',`), 'the define file does not register it');
    assert.match(read('elements.ts'), new RegExp(`'${tag}':`), 'missing from elements.ts (defineAll, define.js)');
    assert.match(read('start-autoloader.ts'), new RegExp(`'${tag}': \\(\\) => import\\('\\./${tag}/${tag}\\.component\\.js'\\)`), 'missing from the autoloader');
    assert.match(read('index.ts'), new RegExp(`from '\\./${tag}/${tag}\\.component\\.js'`), 'its class is not exported from the package index');
    if (showsText(tag)) {
      assert.match(read('shared/translations/es.ts'), new RegExp(`'${tag}': \\(\\) => import\\('\\.\\./\\.\\./${tag}/${tag}\\.es\\.js'\\)`), 'no Spanish catalog in shared/translations/es.ts');
    }
  });
}
