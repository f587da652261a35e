/**
 * The generated framework types, tried as a host app would: a React 19 TSX file and a Vue 3 file using
 * `<team-table>` are written into a temporary project next to a `teamkit` package holding the generated
 * declarations, and type-checked with the project's TypeScript. Right usage compiles; each wrong line fails
 * with an error naming what is wrong.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import ts from 'typescript';
import { generatedFiles } from '../../scripts/generate-types.js';
import { analyze } from './analyze.js';
import { reactFixture, reactMistakes, vueFixture, vueMistakes } from './framework-fixtures.js';

const repo = resolve('.');
const project = mkdtempSync(join(tmpdir(), 'teamkit-host-'));
const hostFiles = {
  'members.tsx': reactFixture,
  'mistakes.tsx': reactMistakes,
  'members.ts': vueFixture,
  'mistakes.ts': vueMistakes,
};
let files: Map<string, string>;
let errors: Map<string, { line: number; message: string }[]>;

/** A host app: its tsconfig, and node_modules with react's and vue's types and a `teamkit` built from src. */
before(async () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };
  files = generatedFiles((await analyze()).manifest, pkg);
  const teamkit = join(project, 'node_modules', 'teamkit');
  mkdirSync(join(project, 'node_modules', '@types'), { recursive: true });
  mkdirSync(teamkit);
  symlinkSync(join(repo, 'node_modules', '@types', 'react'), join(project, 'node_modules', '@types', 'react'));
  symlinkSync(join(repo, 'node_modules', 'vue'), join(project, 'node_modules', 'vue'));
  // The package's own types are the sources' (what dist/index.d.ts is built from), by their real path.
  writeFileSync(join(teamkit, 'index.d.ts'), `export * from ${JSON.stringify(join(repo, 'src', 'index.js'))};\n`);
  writeFileSync(join(teamkit, 'package.json'), JSON.stringify({
    name: 'teamkit',
    type: 'module',
    exports: {
      '.': { types: './index.d.ts' },
      './jsx-react': { types: './jsx-react.d.ts' },
      './jsx-vue': { types: './jsx-vue.d.ts' },
    },
  }));
  for (const name of ['jsx-react.d.ts', 'jsx-vue.d.ts']) writeFileSync(join(teamkit, name), files.get(name) ?? '');
  writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({
    compilerOptions: {
      target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', jsx: 'react-jsx', strict: true,
      lib: ['ES2023', 'DOM', 'DOM.Iterable'], types: [], skipLibCheck: true, noEmit: true,
    },
  }));
  errors = typeErrors(hostFiles);
});

after(() => rmSync(project, { recursive: true, force: true }));

/** Type errors of each of `fixtures` (file name → text), checked together in the host project. */
function typeErrors(fixtures: Record<string, string>): Map<string, { line: number; message: string }[]> {
  for (const [name, text] of Object.entries(fixtures)) writeFileSync(join(project, name), text);
  const config = ts.getParsedCommandLineOfConfigFile(join(project, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  assert.ok(config, 'cannot read the host tsconfig');
  const rootNames = Object.keys(fixtures).map((name) => join(project, name));
  const program = ts.createProgram({ rootNames, options: config.options });
  return new Map(rootNames.map((file) => {
    const source = program.getSourceFile(file);
    assert.ok(source, `${file} is not part of the program`);
    const diagnostics = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
    return [file.slice(project.length + 1), diagnostics.map((diagnostic) => ({
      line: source.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1,
      message: ts.flattenDiagnosticMessageText(diagnostic.messageText, ' '),
    }))];
  }));
}

/** Lines of `text` marked `// wrong: <what>`, by line number. */
const marked = (text: string) =>
  new Map(text.split('\n').flatMap((line, index) => {
    const what = /\/\/ wrong: (.+)$/.exec(line)?.[1];
    return what ? [[index + 1, what] as const] : [];
  }));

function assertMistakesFail(file: string, text: string, errors: { line: number; message: string }[]) {
  const expected = marked(text);
  assert.ok(expected.size >= 3, `${file} marks too few mistakes`);
  for (const [line, what] of expected) {
    const found = errors.filter((error) => error.line === line);
    assert.ok(found.length, `${file}:${line} (${what}) compiled, but must not`);
    assert.ok(found.some((error) => error.message.includes(what)), `${file}:${line}: expected an error about ${what}, got ${found.map((error) => error.message).join(' / ')}`);
  }
  const unexpected = errors.filter((error) => !expected.has(error.line));
  assert.deepEqual(unexpected, [], `${file}: errors on lines that are right`);
}

test('React 19: a TSX file setting properties, attributes and ontk- event props compiles', () => {
  assert.deepEqual(errors.get('members.tsx'), []);
});

test('React 19: wrong props and handlers do not compile', () => {
  assertMistakesFail('mistakes.tsx', reactMistakes, errors.get('mistakes.tsx') ?? []);
});

test("Vue 3: the template's props and events type-check through GlobalComponents", () => {
  assert.deepEqual(errors.get('members.ts'), []);
});

test('Vue 3: wrong props and events do not compile', () => {
  assertMistakesFail('mistakes.ts', vueMistakes, errors.get('mistakes.ts') ?? []);
});

test('each declaration file needs only its own framework', () => {
  const react = files.get('jsx-react.d.ts') ?? '';
  const vue = files.get('jsx-vue.d.ts') ?? '';
  assert.match(react, /from 'react'/);
  assert.doesNotMatch(react, /from 'vue'/);
  assert.match(vue, /from 'vue'/);
  assert.doesNotMatch(vue, /from 'react'/);
});

test('editor data lists every element with its attributes, events, slots and CSS properties', () => {
  const html = JSON.parse(files.get('vscode.html-custom-data.json') ?? '{}') as { tags: { name: string; attributes: { name: string }[] }[] };
  const css = JSON.parse(files.get('vscode.css-custom-data.json') ?? '{}') as { properties: { name: string }[] };
  const webTypes = JSON.parse(files.get('web-types.json') ?? '{}') as {
    name: string;
    contributions: { html: { elements: { name: string; js: { events: { name: string }[] }; css: { properties: { name: string }[] } }[] } };
  };
  const table = html.tags.find((tag) => tag.name === 'team-table');
  assert.ok(table?.attributes.some((attribute) => attribute.name === 'page-size'), 'VS Code: <team-table page-size> missing');
  assert.ok(css.properties.some((property) => property.name === '--tk-team-table-row-height'), 'VS Code CSS: --tk-team-table-row-height missing');
  assert.equal(webTypes.name, 'teamkit');
  const element = webTypes.contributions.html.elements.find((entry) => entry.name === 'team-table');
  assert.ok(element?.js.events.some((event) => event.name === 'tk-member-removed'), 'web-types: tk-member-removed missing');
  assert.ok(element?.css.properties.some((property) => property.name === '--tk-team-table-height'), 'web-types: --tk-team-table-height missing');
  assert.deepEqual(html.tags.map((tag) => tag.name), webTypes.contributions.html.elements.map((entry) => entry.name));
});
