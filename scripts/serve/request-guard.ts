/**
 * What `npm start` answers at all, decided before a file is looked up or the backend sees the request.
 * The dev server underneath would serve any file of the repository (`.git/`, `scripts/`, and with
 * `/__wds-outside-root__/<n>/` even files above it) to anyone who can name a Host, so everything here is
 * an allow-list:
 *
 * - the request names this server: origin-form target, `Host` one of 127.0.0.1, localhost or [::1] with
 *   our port (else 421: a DNS-rebinding page reaches us under its own name), and an `Origin`, when the
 *   browser sends one, of those same hosts (else 403: another site's form or fetch);
 * - the path, percent-decoded once, has no segment starting with "." (so no `..`, `.git`, `.bin`, dotfiles),
 *   no backslash, NUL or leftover `%`, and is one of the routes below (else 404, the same answer as for a
 *   file that does not exist);
 * - the method is one the route answers (else 405 with `Allow`).
 */
import type { Middleware } from '../lib/dev-server.mjs';

type Context = Parameters<Middleware>[0];

export interface GuardOptions {
  port: number;
  /** Where the reference backend lives, e.g. `/api`. */
  apiBase: string;
  /** The methods the API contract uses; they pass to the backend, which answers per endpoint. */
  apiMethods: readonly string[];
  /** npm packages whose files pages may import (see browser-packages.ts). */
  packages: ReadonlySet<string>;
}

const STATIC = ['GET', 'HEAD'];

/** The hosts a browser on this machine uses for us; anything else reached us under a name we do not own. */
export const localHosts = (port: number) => [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`];

/** The path as the file server will read it, or undefined when it could escape or hide: see the header. */
export function safePath(rawPath: string): string | undefined {
  if (/\\|%5c|%00/i.test(rawPath)) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return undefined;
  }
  // A `%` left after one decoding was encoded twice: no file here has one, and a later decoding could turn
  // it into `..` or `/`.
  if (!path.startsWith('/') || /[\\\0%]/.test(path)) return undefined;
  return path.split('/').some((segment) => segment.startsWith('.')) ? undefined : path;
}

/** `/node_modules/<package>/<file>.js` (scoped names and nested node_modules too) of an allowed package. */
function isPackageFile(segments: string[], packages: ReadonlySet<string>): boolean {
  let index = 0;
  while (segments[index] === 'node_modules') {
    const scope = segments[index + 1] ?? '';
    const name = scope.startsWith('@') ? `${scope}/${segments[index + 2] ?? ''}` : scope;
    if (!packages.has(name)) return false;
    index += scope.startsWith('@') ? 3 : 2;
  }
  const file = segments.slice(index);
  return index > 0 && file.length > 0 && !file.includes('node_modules') && /\.(m?js|map)$/.test(file.at(-1) ?? '');
}

/** The methods `path` answers, or undefined when it is not served at all. */
function allowedMethods(path: string, options: GuardOptions): readonly string[] | undefined {
  const { apiBase } = options;
  if (path === apiBase || path.startsWith(`${apiBase}/`)) return options.apiMethods;
  switch (path) {
    case '/': // redirects to /docs/
    case '/custom-elements.json': // the component pages' API tables
    case '/favicon.ico':
    case '/mockServiceWorker.js':
    case '/public/mockServiceWorker.js':
      return STATIC;
    case '/demo/sign-in':
    case '/demo/outbox':
      return ['GET'];
    case '/demo/reset':
      return ['POST'];
  }
  if (path.startsWith('/docs/') || path.startsWith('/src/')) return STATIC;
  const segments = path.split('/').slice(1);
  return isPackageFile(segments, options.packages) ? STATIC : undefined;
}

function refuse(context: Context, status: number, message: string): void {
  context.status = status;
  context.type = 'text/plain';
  context.body = `${message}\n`;
}

export function requestGuard(options: GuardOptions): Middleware {
  const hosts = new Set(localHosts(options.port));
  const origins = new Set([...hosts].map((host) => `http://${host}`));
  return async (context, next) => {
    // `GET http://other.example/x` would make Koa's URL and the Host header disagree about who is asked.
    if (!context.req.url?.startsWith('/')) return refuse(context, 400, 'Send a path, not an absolute URL.');
    if (!hosts.has(context.get('Host').toLowerCase())) {
      return refuse(context, 421, `This server answers only to ${[...hosts].join(', ')}.`);
    }
    const origin = context.get('Origin');
    if (origin && !origins.has(origin.toLowerCase())) return refuse(context, 403, 'Requests from other sites are refused.');

    const path = safePath(context.path);
    const methods = path === undefined ? undefined : allowedMethods(path, options);
    if (!methods) return refuse(context, 404, 'Not Found');
    if (!methods.includes(context.method)) {
      context.set('Allow', methods.join(', '));
      return refuse(context, 405, `${path} answers ${methods.join(', ')} only.`);
    }
    return next();
  };
}
