/**
 * The headers every `npm start` answer carries (refusals and errors included) and the Content Security
 * Policy the docs pages are written to satisfy:
 *
 * - scripts: this origin's files, plus the inline scripts the site ships on disk, by hash: the demo
 *   snippets' `<script type="module">` (docs/demos/*.html, revived by docs/src/demo.ts). An injected script
 *   matches none. The dev server serves HTML untransformed (typescriptPlugin({ inlineScripts: false })) so
 *   the hashes of the files are the hashes of what runs.
 * - styles: this origin's files and the elements' constructed stylesheets; no `<style>` element and no
 *   `style="…"` attribute (`style-src-attr` follows `style-src`). Elements set what varies at runtime through
 *   the CSSOM (`element.style.setProperty`, constructed sheets), which CSP does not govern, never as an attribute.
 * - images from this origin and `data:`/`blob:` (uploaded avatars and logos, their local previews);
 *   fetches, workers (msw's service worker) and form posts to this origin only; no plugins, no <base>, and
 *   no page may be framed: the docs frame nothing of their own.
 *
 * The generated references (scripts/serve/references.ts) each get a policy of their own, the site's plus
 * only what that generator's pages need (see `generatedPages`); the site's pages never get those additions.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Middleware } from '../lib/dev-server.mjs';

type Context = Parameters<Middleware>[0];

/** `'sha256-…'` of every inline script in `html`, hashed as the browser will (line breaks as LF). */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const [, attributes = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const digest = createHash('sha256').update(body.replace(/\r\n?/g, '\n')).digest('base64');
    hashes.push(`'sha256-${digest}'`);
  }
  return hashes;
}

const cache = new Map<string, { version: string; hashes: string[] }>();

/** The inline script hashes of one HTML file ([] when it does not exist), re-read only when it changed. */
async function fileScriptHashes(path: string): Promise<string[]> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return [];
  const version = `${info.mtimeMs}:${info.size}`;
  const cached = cache.get(path);
  if (cached?.version === version) return cached.hashes;
  const hashes = inlineScriptHashes(await readFile(path, 'utf8').catch(() => ''));
  cache.set(path, { version, hashes });
  return hashes;
}

/** Hashes of the inline scripts the demo snippets run (docs/src/demo.ts revives them). */
async function demoScriptHashes(docsDir: string): Promise<string[]> {
  const demosDir = join(docsDir, 'demos');
  const demos = (await readdir(demosDir).catch(() => [])).filter((name) => name.endsWith('.html')).sort();
  const hashes = await Promise.all(demos.map((name) => fileScriptHashes(join(demosDir, name))));
  return [...new Set(hashes.flat())];
}

interface PolicyOptions {
  scripts: readonly string[];
  inlineStyles: boolean;
  /** Font sources besides this origin's files. */
  fonts?: readonly string[];
}

function policy({ scripts, inlineStyles, fonts = [] }: PolicyOptions): string {
  return [
    "default-src 'self'",
    `script-src ${["'self'", ...scripts].join(' ')}`,
    inlineStyles ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    "img-src 'self' data: blob:",
    ...(fonts.length ? [`font-src ${["'self'", ...fonts].join(' ')}`] : []),
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The policy of everything but the generated references: scripts from files and the demo snippets' hashes. */
export const sitePolicy = (demoHashes: readonly string[] = []) => policy({ scripts: demoHashes, inlineStyles: false });

/**
 * typedoc's generated pages (docs/api/) add a `<style>` element for their member filters and grow it at
 * runtime, so no hash can name it: inline styles are allowed there. Their scripts stay held to files and
 * the hash of typedoc's theme bootstrap (the same on every page).
 */
export const typedocPolicy = (typedocHashes: readonly string[] = []) => policy({ scripts: typedocHashes, inlineStyles: true });

/**
 * Redocly's `build-docs` page (docs/openapi/index.html) is one file: its bundle and the API description
 * inline in a module script, and a colour-mode bootstrap script, both allowed by hash; styled-components
 * writes `<style>` elements at runtime (inline styles allowed); its icon font is a `data:` URL. Two things
 * it tries stay refused, and it has a fallback for each: `Function()` to start a search worker (search
 * then runs on the page), and its logo from cdn.redoc.ly (the "API docs by" link then shows text only).
 */
export const redocPolicy = (redocHashes: readonly string[] = []) => policy({ scripts: redocHashes, inlineStyles: true, fonts: ['data:'] });

/** The generated references: where they are served, the page whose inline scripts they run, their policy. */
const generatedPages = [
  { prefix: '/docs/api/', entry: join('api', 'index.html'), policy: typedocPolicy },
  { prefix: '/docs/openapi/', entry: join('openapi', 'index.html'), policy: redocPolicy },
] as const;

export const fixedHeaders = {
  'X-Content-Type-Options': 'nosniff',
  // Invitation links carry their token in the query string: it must never travel on in a Referer.
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
} as const;

/**
 * Sets the headers on every answer, whatever a later middleware did. Runs first; an error below it becomes
 * a plain 500 here, because Koa's own error answer drops every header set before.
 */
export function securityHeaders(docsDir: string): Middleware {
  let site = sitePolicy();
  let generated: string[] = generatedPages.map((page) => page.policy());
  const refresh = async () => {
    [site, ...generated] = await Promise.all([
      demoScriptHashes(docsDir).then(sitePolicy),
      ...generatedPages.map((page) => fileScriptHashes(join(docsDir, page.entry)).then(page.policy)),
    ]);
  };
  const ready = refresh();
  return async (context: Context, next) => {
    await ready;
    try {
      await next();
    } catch (error) {
      console.error(error);
      context.status = 500;
      context.type = 'text/plain';
      context.body = 'Internal Server Error\n';
    }
    if (context.headerSent) return;
    // A page gets the hashes of the files as they are now, so an edited demo or a new build runs after a reload.
    if (context.response.is('html')) await refresh();
    const index = generatedPages.findIndex((page) => context.path.startsWith(page.prefix));
    context.set({ ...fixedHeaders, 'Content-Security-Policy': (index === -1 ? undefined : generated[index]) ?? site });
  };
}
