// `npm test`: typecheck, lint, the OpenAPI contract, bundle sizes, Node tests, browser tests — in that order, each
// one's output streamed as it runs. Ends with one plain line, `N passed, N failed`, summed over every step.
// A failing check (typecheck, lint, contract, size) counts as one failure. A run with no test at all fails.
//
// `node scripts/test.mjs node browser` runs only the named steps.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);

/** Test files directly in `dir` (Node 20's --test does not expand globs itself). */
const testFilesIn = (dir) =>
  existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.test.ts')).sort().map((name) => join(dir, name)) : [];

/** Any `*.test.ts` under `dir`, at any depth. */
const hasTestsUnder = (dir) =>
  existsSync(dir) &&
  readdirSync(dir, { recursive: true, withFileTypes: true }).some((entry) => entry.isFile() && entry.name.endsWith('.test.ts'));

const nodeTestFiles = [
  ...testFilesIn('test/sdk'), ...testFilesIn('test/backend'), ...testFilesIn('test/i18n'), ...testFilesIn('test/tooling'),
];
const docsTestFiles = testFilesIn('test/docs');

const steps = [
  { name: 'typecheck', kind: 'check', commands: [[bin('tsc'), '--noEmit', '-p', 'tsconfig.json']] },
  { name: 'lint', kind: 'check', commands: [[bin('eslint'), '.']] },
  {
    name: 'openapi',
    kind: 'check',
    commands: [
      [process.execPath, '--import', 'tsx', 'scripts/openapi.ts', '--check'],
      [bin('redocly'), 'lint', '--extends', 'recommended-strict', 'docs/openapi.json'],
    ],
  },
  // Bundle sizes of the built package and warnings from bundling it (scripts/size.mjs).
  { name: 'size', kind: 'check', commands: [[process.execPath, 'scripts/size.mjs']] },
  {
    name: 'node',
    kind: 'tests',
    skip: nodeTestFiles.length === 0 && 'no test/sdk, test/backend, test/i18n or test/tooling tests',
    commands: [[process.execPath, '--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', ...nodeTestFiles]],
  },
  {
    name: 'browser',
    kind: 'tests',
    skip: !hasTestsUnder('test/components') && 'no test/components tests',
    commands: [[bin('wtr')]],
  },
  {
    name: 'docs',
    kind: 'tests',
    skip: docsTestFiles.length === 0 && 'no test/docs tests',
    // The docs pages read custom-elements.json, which `npm start` builds first (prestart) and a fresh clone lacks.
    commands: [
      [process.execPath, join('node_modules', '@custom-elements-manifest', 'analyzer', 'cem.js'), 'analyze'],
      [process.execPath, '--import', 'tsx', '--test', '--test-reporter=spec', ...docsTestFiles],
    ],
  },
];

// eslint-disable-next-line no-control-regex -- ESC starts the colour codes this strips
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;

/**
 * Test counts from the runners' own summaries: node's spec reporter ends with `ℹ pass N` / `ℹ fail N`
 * (`# pass N` in TAP); our WTR reporter prints `# pass N` / `# fail N`. Cancelled tests count as failed.
 */
function countsIn(output) {
  const text = output.replace(ANSI, '');
  const last = (label) => {
    const matches = [...text.matchAll(new RegExp(`^[#ℹ] ${label} (\\d+)\\s*$`, 'gm'))];
    return matches.length ? Number(matches.at(-1)[1]) : 0;
  };
  return { passed: last('pass'), failed: last('fail') + last('cancelled') };
}

function run([command, ...args]) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => process.stderr.write(chunk));
    child.on('error', (error) => {
      console.error(`cannot run ${command}: ${error.message}`);
      resolve({ code: 1, output });
    });
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

const only = process.argv.slice(2);
const unknown = only.filter((name) => !steps.some((step) => step.name === name));
if (unknown.length) {
  console.error(`unknown step ${unknown.join(', ')}; steps: ${steps.map((step) => step.name).join(', ')}`);
  process.exit(2);
}

const results = [];
for (const step of steps) {
  if (only.length && !only.includes(step.name)) continue;
  if (step.skip) {
    console.log(`\n── ${step.name}: skipped (${step.skip})`);
    results.push({ name: step.name, kind: step.kind, passed: 0, failed: 0, seconds: 0, note: 'skipped' });
    continue;
  }
  console.log(`\n── ${step.name}: ${step.commands.map((command) => command.join(' ')).join(' && ')}`);
  const started = performance.now();
  let passed = 0;
  let failed = 0;
  let ok = true;
  for (const command of step.commands) {
    const { code, output } = await run(command);
    if (step.kind === 'tests') {
      const counts = countsIn(output);
      passed += counts.passed;
      // A runner that crashed without reporting a failed test still failed.
      failed += code !== 0 && counts.failed === 0 ? 1 : counts.failed;
    }
    if (code !== 0) {
      ok = false;
      break;
    }
  }
  if (step.kind === 'check' && !ok) failed += 1;
  const seconds = (performance.now() - started) / 1000;
  results.push({ name: step.name, kind: step.kind, passed, failed, seconds, note: ok ? 'ok' : 'FAILED' });
}

const total = results.reduce((sum, result) => ({ passed: sum.passed + result.passed, failed: sum.failed + result.failed }), { passed: 0, failed: 0 });

console.log('\n── summary');
for (const result of results) {
  const counts = result.kind === 'tests' && result.note !== 'skipped' ? `${result.passed} passed, ${result.failed} failed` : '';
  console.log(`${result.name.padEnd(10)} ${result.note.padEnd(8)} ${result.seconds.toFixed(1).padStart(6)} s  ${counts}`.trimEnd());
}
// Zero tests is a failure whenever tests were asked for (always, for a plain `npm test`).
const noTests = total.passed === 0 && results.some((result) => result.kind === 'tests');
if (noTests) console.log('No test ran.');
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exitCode = total.failed > 0 || noTests ? 1 : 0;
