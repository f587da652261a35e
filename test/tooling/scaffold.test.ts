/**
 * `npm run new-element` writes an element that works as written. Scaffolded into a throwaway copy of the
 * repository (never into this checkout, where others work), it type-checks, lints and passes the registration,
 * manifest and i18n tests; a tag that is invalid or taken is refused and nothing is written. The copy is removed
 * whatever happens. (Its browser test, conformance suite included, runs in Chromium like every element's.)
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { refusal, scaffold } from '../../scripts/new-element.js';

const TAG = 'sample-widget';
const run = promisify(execFile);

/** What the copy needs to build and test elements; node_modules is linked, not copied. */
const COPIED = [
  'src', 'test', 'scripts', 'public', 'docs/demos', 'docs/src', 'README.md', 'package.json', 'tsconfig.json',
  'custom-elements-manifest.config.mjs', 'eslint.config.js',
];

/** The files the scaffold writes, and the registries it edits. */
const WRITTEN = [
  `src/components/${TAG}/${TAG}.component.ts`, `src/components/${TAG}/${TAG}.styles.ts`, `src/components/${TAG}/${TAG}.events.ts`,
  `src/components/${TAG}/${TAG}.es.ts`, `src/components/${TAG}/${TAG}.ts`, `test/components/${TAG}.test.ts`, `docs/demos/${TAG}.html`,
];
const EDITED = ['src/components/elements.ts', 'src/components/start-autoloader.ts', 'src/components/index.ts', 'src/components/shared/translations/es.ts', 'README.md'];

let copy = '';

/** Every file under the folders the scaffold writes to, with its size and time: to see that nothing changed. */
function snapshot(): string {
  return ['src/components', 'test/components', 'docs/demos', 'README.md']
    .flatMap((path) => (statSync(join(copy, path)).isDirectory()
      ? readdirSync(join(copy, path), { recursive: true }).map((name) => join(path, String(name)))
      : [path]))
    .map((path) => `${path} ${statSync(join(copy, path)).size} ${statSync(join(copy, path)).mtimeMs}`)
    .sort().join('\n');
}

/** Runs a command in the copy; resolves with its output and exit code instead of throwing. */
async function inCopy(command: string, args: string[]): Promise<{ code: number; output: string }> {
  // Without this, node:test in the child sees it runs inside a test and skips the test files it is given.
  const { NODE_TEST_CONTEXT: _inTest, ...env } = process.env;
  try {
    const { stdout, stderr } = await run(command, args, { cwd: copy, env, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

before(() => {
  copy = mkdtempSync(join(tmpdir(), 'teamkit-scaffold-'));
  for (const path of COPIED) cpSync(path, join(copy, path), { recursive: true });
  symlinkSync(resolve('node_modules'), join(copy, 'node_modules'), 'dir');
});

after(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

test('refuses what is not a tag, or one HTML reserves, and writes nothing', () => {
  const before = snapshot();
  for (const tag of ['samplewidget', 'Sample-Widget', 'sample--widget', 'sample-widget-', '-sample-widget', 'sample_widget', 'sample-widget2', 'font-face', `a-${'b'.repeat(40)}`]) {
    assert.ok(refusal(copy, tag), `${tag} was accepted`);
    assert.throws(() => scaffold(copy, tag), Error, `${tag} was scaffolded`);
  }
  assert.equal(snapshot(), before);
});

test('refuses a tag that is taken, by its folder or by its class name, and writes nothing', () => {
  const before = snapshot();
  assert.match(refusal(copy, 'team-table') ?? '', /src\/components\/team-table\/ exists/);
  assert.match(refusal(copy, 'teamkit-element') ?? '', /already exports a TeamkitElement/);
  assert.throws(() => scaffold(copy, 'invitation-list'), /taken/);
  assert.equal(snapshot(), before);
});

describe(`npm run new-element ${TAG}`, () => {
  let cli: { code: number; output: string };

  before(async () => {
    cli = await inCopy(process.execPath, ['--import', 'tsx', 'scripts/new-element.ts', TAG]);
  });

  test('writes the element, its test and its demo, and registers it everywhere', () => {
    assert.equal(cli.code, 0, cli.output);
    for (const path of WRITTEN) assert.ok(existsSync(join(copy, path)), `${path} was not written`);
    const read = (path: string) => readFileSync(join(copy, path), 'utf8');
    assert.match(read('src/components/elements.ts'), /'sample-widget': SampleWidget,/);
    assert.match(read('src/components/start-autoloader.ts'), /'sample-widget': \(\) => import\('\.\/sample-widget\/sample-widget\.component\.js'\)/);
    assert.match(read('src/components/index.ts'), /export \{ SampleWidget \} from '\.\/sample-widget\/sample-widget\.component\.js';/);
    assert.match(read('src/components/shared/translations/es.ts'), /'sample-widget': \(\) => import\('\.\.\/\.\.\/sample-widget\/sample-widget\.es\.js'\)/);
    assert.match(read('README.md'), /`<sample-widget>`\) with their live docs pages/);
    assert.match(read(`test/components/${TAG}.test.ts`), /describeConformance<SampleWidget>\(/);
    assert.doesNotMatch(WRITTEN.map(read).join('\n'), /__(tag|Class|camel|Title)__/, 'a template placeholder was left');
  });

  test('refuses to write it a second time', async () => {
    const before = snapshot();
    const again = await inCopy(process.execPath, ['--import', 'tsx', 'scripts/new-element.ts', TAG]);
    assert.equal(again.code, 1);
    assert.match(again.output, /<sample-widget> is taken/);
    assert.equal(snapshot(), before);
  });

  describe('what it wrote', { concurrency: true }, () => {
    test('type-checks', async () => {
      // Only what the new element reaches: the whole project takes twice as long and says nothing more about it.
      writeFileSync(join(copy, 'tsconfig.scaffold.json'), JSON.stringify({
        extends: './tsconfig.json',
        include: [],
        files: [...WRITTEN.filter((path) => path.endsWith('.ts')), ...EDITED.filter((path) => path.endsWith('.ts')), 'test/components/mocha-globals.d.ts'],
      }));
      const { code, output } = await inCopy(join(copy, 'node_modules', '.bin', 'tsc'), ['--noEmit', '-p', 'tsconfig.scaffold.json']);
      assert.equal(code, 0, output);
    });

    test('lints', async () => {
      const { code, output } = await inCopy(join(copy, 'node_modules', '.bin', 'eslint'), [...WRITTEN.filter((path) => path.endsWith('.ts')), ...EDITED.filter((path) => path.endsWith('.ts'))]);
      assert.equal(code, 0, output);
    });

    test('passes the registration, manifest and i18n tests', async () => {
      const files = ['test/tooling/registration.test.ts', 'test/tooling/manifest.test.ts', 'test/i18n/translations.test.ts'];
      const { code, output } = await inCopy(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=tap', ...files]);
      assert.equal(code, 0, output);
      assert.match(output, /^\s*ok \d+ - <sample-widget> is registered everywhere a host can reach it$/m, 'the registration test did not check it');
      assert.match(output, /^\s*ok \d+ - <sample-widget>$/m, 'the manifest test did not check it');
    });
  });
});
