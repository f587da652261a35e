/**
 * The generated references `npm start` serves: typedoc's SDK reference (`npm run docs`, docs/api/) and
 * Redocly's HTML rendering of docs/openapi.json (docs/openapi/). Neither is committed, so a fresh clone has
 * neither: the server builds each in the background when it starts, if it is missing or older than what it
 * is generated from. A build goes to a dot-folder beside its target (never served) and replaces the target
 * only once complete, so a page never sees half a build and two servers building at once cannot mix files.
 *
 * Until a first build exists, its pages answer 503 with a short page that reloads itself; if the build
 * fails, a page that says so and names the command to run by hand. An older build stays served meanwhile.
 */
import { spawn } from 'node:child_process';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Middleware } from '../lib/dev-server.mjs';

type Context = Parameters<Middleware>[0];

export interface Reference {
  /** What the pages call it, e.g. "SDK reference". */
  title: string;
  /** Where it is served, with a trailing slash: `/docs/api/`. */
  path: string;
  /** The folder it is built into, relative to the server's root: `docs/api`. */
  dir: string;
  /** Files and folders it is generated from: newer ones mean a rebuild. */
  inputs: readonly string[];
  /** The command that builds it by hand, for the failure page. */
  manual: string;
  /** Node arguments that build it into `out` (a folder that does not exist yet). */
  command(out: string): string[];
}

const require = createRequire(import.meta.url);
const redocTemplate = 'scripts/serve/redoc-template.hbs';

export const references: readonly Reference[] = [
  {
    title: 'HTTP API reference',
    path: '/docs/openapi/',
    dir: 'docs/openapi',
    inputs: ['docs/openapi.json', redocTemplate],
    manual: `npx redocly build-docs docs/openapi.json --inlineBundle -t ${redocTemplate} --openapi.scrollYOffset 48 -o docs/openapi/index.html`,
    // --inlineBundle: without it the page loads Redoc from Redocly's CDN, which the docs' CSP (and no network) refuses.
    // The template adds a 48 px bar back to the docs; scrollYOffset keeps Redoc's sidebar and anchors below it.
    command: (out) => [require.resolve('@redocly/cli/bin/cli.js'), 'build-docs', 'docs/openapi.json', '--inlineBundle',
      '-t', redocTemplate, '--openapi.scrollYOffset', '48', '--title', 'teamkit HTTP API reference', '-o', join(out, 'index.html')],
  },
  {
    title: 'SDK reference',
    path: '/docs/api/',
    dir: 'docs/api',
    inputs: ['src/sdk', 'typedoc.json', 'tsconfig.json'],
    manual: 'npm run docs',
    command: (out) => [join(dirname(require.resolve('typedoc/package.json')), 'bin', 'typedoc'), '--out', out],
  },
];

export type BuildState = { status: 'building' } | { status: 'ready' } | { status: 'failed'; output: string };

/** Newest modification time under `path` (a file, or a folder walked whole); 0 when it does not exist. */
async function newest(path: string): Promise<number> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  const times = await Promise.all(entries.filter((entry) => entry.isFile()).map((entry) => newest(join(entry.parentPath, entry.name))));
  return Math.max(info.mtimeMs, ...times);
}

/** When the built reference was written, or undefined when there is none. */
async function builtAt(rootDir: string, reference: Reference): Promise<number | undefined> {
  return (await stat(join(rootDir, reference.dir, 'index.html')).catch(() => undefined))?.mtimeMs;
}

export async function isBuilt(rootDir: string, reference: Reference): Promise<boolean> {
  return (await builtAt(rootDir, reference)) !== undefined;
}

async function isFresh(rootDir: string, reference: Reference): Promise<boolean> {
  const built = await builtAt(rootDir, reference);
  if (built === undefined) return false;
  const inputs = await Promise.all(reference.inputs.map((input) => newest(join(rootDir, input))));
  return Math.max(...inputs) <= built;
}

/** Runs node with `args` in `rootDir`; resolves with its output, rejects with it when the exit code is not 0. */
function run(rootDir: string, args: string[], signal: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: rootDir,
      signal,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (chunk: Buffer) => (output += chunk.toString());
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('error', reject);
    child.once('exit', (code, signal) => (code === 0 ? resolve(output) : reject(new Error(`exited with ${signal ?? code}\n${output}`))));
  });
}

/** Builds `reference` into a dot-folder beside its target, then swaps it in. */
async function build(rootDir: string, reference: Reference, signal: AbortSignal): Promise<void> {
  const target = join(rootDir, reference.dir);
  const parent = dirname(target);
  const name = reference.dir.split('/').at(-1) ?? 'reference';
  const fresh = join(parent, `.build-${name}-${process.pid}`);
  const old = join(parent, `.old-${name}-${process.pid}`);
  await rm(fresh, { recursive: true, force: true });
  try {
    await mkdir(parent, { recursive: true });
    await run(rootDir, reference.command(fresh), signal);
    await rename(target, old).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    await rename(fresh, target);
  } finally {
    await Promise.all([rm(fresh, { recursive: true, force: true }), rm(old, { recursive: true, force: true })]);
  }
}

/**
 * Brings every reference up to date, one after another (the machine may have two cores): the quick
 * OpenAPI page first. `states` tells the middleware where each stands meanwhile; `stop()` ends a running
 * build (its half-built folder is removed) and resolves once nothing is left running.
 */
export function buildReferences(rootDir: string, list: readonly Reference[] = references) {
  const states = new Map<Reference, BuildState>(list.map((reference) => [reference, { status: 'building' }]));
  const abort = new AbortController();
  const done = (async () => {
    for (const reference of list) {
      if (abort.signal.aborted) return;
      if (await isFresh(rootDir, reference)) {
        states.set(reference, { status: 'ready' });
        continue;
      }
      const started = Date.now();
      try {
        await build(rootDir, reference, abort.signal);
        states.set(reference, { status: 'ready' });
        console.log(`Built the ${reference.title} into ${reference.dir}/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      } catch (error) {
        if (abort.signal.aborted) return;
        const output = error instanceof Error ? error.message : String(error);
        states.set(reference, { status: 'failed', output });
        console.error(`Could not build the ${reference.title} (${reference.manual}):\n${output}`);
      }
    }
  })();
  return {
    states: states as ReadonlyMap<Reference, BuildState>,
    done,
    stop: async () => {
      abort.abort();
      await done;
    },
  };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** A page of the docs' own look, for a reference that is not there yet. */
function statusPage(title: string, body: string, reload: boolean): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="color-scheme" content="light dark">
  ${reload ? '<meta http-equiv="refresh" content="3">' : ''}
  <title>${escapeHtml(title)} · teamkit</title>
  <link rel="icon" href="/docs/favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="/docs/site.css">
</head>
<body>
  <main class="status-page">
    <p class="eyebrow">teamkit</p>
    <h1>${escapeHtml(title)}</h1>
    ${body}
    <p><a href="/docs/">Back to the docs</a></p>
  </main>
</body>
</html>
`;
}

/**
 * Answers for a reference that has no build yet: "building" (503, reloads itself) or "failed" (503, with
 * the tool's output). Everything else, a built reference included, passes on to the file server.
 */
export function referencesMiddleware(rootDir: string, states: ReadonlyMap<Reference, BuildState>): Middleware {
  return async (context: Context, next) => {
    const reference = [...states.keys()].find((each) => context.path.startsWith(each.path) || context.path === each.path.slice(0, -1));
    const state = reference && states.get(reference);
    if (!reference || !state || state.status === 'ready' || (await isBuilt(rootDir, reference))) return next();
    context.status = 503;
    context.type = 'html';
    context.set('Cache-Control', 'no-store');
    if (state.status === 'building') {
      context.set('Retry-After', '3');
      context.body = statusPage(`Building the ${reference.title}…`,
        `<p>The first <code>npm start</code> generates it in the background; this page reloads by itself when it is ready.</p>`, true);
    } else {
      context.body = statusPage(`The ${reference.title} could not be built`,
        `<p>Run <code>${escapeHtml(reference.manual)}</code> to see why, then reload.</p><pre class="status-output">${escapeHtml(state.output.slice(-4000))}</pre>`, false);
    }
  };
}
