/**
 * `npm start`: one process on 127.0.0.1 serving the docs site (the repo root, so pages import `/src/….ts`
 * directly) and the reference backend under `/api`, plus demo-only routes:
 *   GET /demo/sign-in?email=…  → { token } for that seed user ("view as")
 *   GET /demo/outbox           → every mail and SMS the backend "sent"
 *   POST /demo/reset           → a fresh seeded backend, for the docs' "Reset demo data"
 * Port: $PORT or 8787, or the next free one.
 */
import { createServer } from 'node:net';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { startDevServer } from '@web/dev-server';
import { createBackend } from '../src/backend/index.js';
import { mockServiceWorkerMiddleware, nodeResolve, typescriptPlugin, type Middleware } from './lib/dev-server.mjs';

/** Koa's context, as the dev server hands it to middleware. */
type Context = Parameters<Middleware>[0];

const HOST = '127.0.0.1';
const API = '/api';

const freshBackend = () => createBackend({ basePath: API, latency: [80, 300] });
let backend = freshBackend();

/** The first port from `start` on that nobody listens to on HOST. */
async function freePort(start: number, tries = 20): Promise<number> {
  for (let port = start; port < start + tries; port += 1) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer()
        .once('error', () => resolve(false))
        .once('listening', () => probe.close(() => resolve(true)))
        .listen(port, HOST);
    });
    if (free) return port;
  }
  throw new Error(`No free port on ${HOST} between ${start} and ${start + tries - 1}`);
}

/** Koa's request as a Fetch `Request`: same method, URL and headers; the body streamed, not buffered. */
function toFetchRequest(context: Context): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(context.req.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  const hasBody = context.method !== 'GET' && context.method !== 'HEAD';
  return new Request(new URL(context.originalUrl, `http://${context.host}`), {
    method: context.method,
    headers,
    body: hasBody ? (Readable.toWeb(context.req) as ReadableStream<Uint8Array>) : null,
    // Required by Node's fetch to send a streamed body.
    duplex: 'half',
  } as RequestInit);
}

/** Writes a Fetch `Response` back through Koa: status, every header (each Set-Cookie apart), streamed body. */
function sendFetchResponse(context: Context, response: Response): void {
  context.status = response.status;
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') context.set(name, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) context.set('Set-Cookie', cookies);
  if (response.body && context.method !== 'HEAD' && response.status !== 204 && response.status !== 304) {
    context.body = Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>);
  }
}

const backendMiddleware: Middleware = async (context, next) => {
  if (context.path !== API && !context.path.startsWith(`${API}/`)) return next();
  sendFetchResponse(context, await backend.fetch(toFetchRequest(context)));
};

const demoMiddleware: Middleware = async (context, next) => {
  if (context.method === 'POST' && context.path === '/demo/reset') {
    backend = freshBackend();
    context.status = 204;
    return;
  }
  if (context.method !== 'GET') return next();
  if (context.path === '/') {
    context.redirect('/docs/');
  } else if (context.path === '/demo/sign-in') {
    const email = context.query.email;
    if (typeof email !== 'string' || !email) {
      context.status = 400;
      context.body = { error: 'Pass ?email= of a seed user, e.g. owner@acme.test' };
      return;
    }
    try {
      context.body = { token: backend.signIn(email) };
    } catch (error) {
      context.status = 404;
      context.body = { error: error instanceof Error ? error.message : `No user ${email}` };
    }
  } else if (context.path === '/demo/outbox') {
    context.body = backend.outbox.messages;
  } else {
    return next();
  }
  context.set('Cache-Control', 'no-store');
};

const port = await freePort(Number(process.env.PORT) || 8787);
const server = await startDevServer({
  config: {
    rootDir: '.',
    hostname: HOST,
    port,
    nodeResolve,
    plugins: [typescriptPlugin()],
    middleware: [mockServiceWorkerMiddleware, demoMiddleware, backendMiddleware],
    watch: false,
  },
  readCliArgs: false,
  readFileConfig: false,
  autoExitProcess: false,
  logStartMessage: false,
});

console.log(`teamkit docs and reference backend: http://${HOST}:${port}/`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    if (stopping) return;
    stopping = true;
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
