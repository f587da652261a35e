// `npm run size`: what each browser entry costs a host page, with every dependency bundled in
// (lit, ky, zod/mini…), minified with terser and gzipped at level 9. Fails when an entry is over budget.
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import { componentTags } from './lib/components.mjs';
import { typescriptTranspile } from './lib/rollup-typescript-transpile.mjs';
import { moduleSideEffects } from './lib/side-effects.mjs';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

/** Budgets in KB (1 KB = 1000 bytes) of min + gzip -9, from the issues. */
const BUDGETS = { sdk: 15, 'team-table': 30, define: 60 };

const entries = [
  { name: 'sdk', file: 'src/sdk/index.ts' },
  ...componentTags().map((tag) => ({ name: tag, file: `src/components/${tag}/${tag}.ts` })),
  { name: 'define', file: 'src/components/define.ts' },
].filter((entry) => existsSync(entry.file));

const kb = (bytes) => (bytes / 1000).toFixed(1);

/** Parsed and transformed modules, shared by the builds: each entry re-reads only what is new to it. */
let cache;

/**
 * Bundles one entry. Lazily loaded chunks (a dynamic `import()`, e.g. a translation) are reported apart:
 * the page pays for them only when it asks.
 */
async function measure(file) {
  const bundle = await rollup({
    input: file,
    cache,
    treeshake: { moduleSideEffects },
    plugins: [
      typescriptTranspile(),
      minifyHTML(),
      nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
    ],
    onwarn(warning, warn) {
      // Dependencies' own comments and cycles are theirs to fix, and change nothing measured here.
      const inDependency = warning.id?.includes('/node_modules/') || warning.ids?.some((id) => id.includes('/node_modules/'));
      if (warning.code === 'INVALID_ANNOTATION' && inDependency) return;
      if (warning.code === 'CIRCULAR_DEPENDENCY' && inDependency) return;
      warn(warning);
    },
  });
  cache = bundle.cache;
  try {
    const { output } = await bundle.generate({
      format: 'es',
      plugins: [terser({ module: true, ecma: 2022, compress: { passes: 2 }, format: { comments: false } })],
    });
    const chunks = new Map(output.filter((item) => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
    const entry = output.find((item) => item.type === 'chunk' && item.isEntry);
    const eager = new Set();
    const visit = (fileName) => {
      if (eager.has(fileName)) return;
      eager.add(fileName);
      for (const imported of chunks.get(fileName)?.imports ?? []) visit(imported);
    };
    visit(entry.fileName);
    const sizes = (names) => {
      const code = names.map((name) => chunks.get(name).code).join('\n');
      return { min: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
    };
    const lazy = [...chunks.keys()].filter((name) => !eager.has(name));
    return { ...sizes([...eager]), lazy: lazy.length ? sizes(lazy).gzip : 0 };
  } finally {
    await bundle.close();
  }
}

const rows = [];
let failed = false;
for (const { name, file } of entries) {
  let sizes;
  try {
    sizes = await measure(file);
  } catch (error) {
    console.error(`${name}: cannot bundle ${file}: ${error.message}`);
    failed = true;
    rows.push([name, '-', '-', '', `${BUDGETS[name] ?? ''}`, 'ERROR']);
    continue;
  }
  const { min, gzip, lazy } = sizes;
  const budget = BUDGETS[name];
  const over = budget !== undefined && gzip > budget * 1000;
  failed ||= over;
  rows.push([name, kb(min), kb(gzip), lazy ? `+${kb(lazy)}` : '', budget === undefined ? '' : `${budget}`, budget === undefined ? '' : over ? 'OVER' : 'ok']);
}

const header = ['entry', 'min KB', 'gzip KB', 'lazy gz', 'budget', ''];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
const line = (cells) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ').trimEnd();
console.log(line(header));
for (const row of rows) console.log(line(row));
console.log('min: terser; gzip: zlib level 9; 1 KB = 1000 bytes; lazy gz: chunks loaded on demand (dynamic import), not in gzip KB.');
if (failed) {
  console.error('Over budget.');
  process.exitCode = 1;
}
