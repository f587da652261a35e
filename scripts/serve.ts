/**
 * `npm start`: one process on 127.0.0.1 serving the docs site and the reference backend under `/api`, plus
 * demo-only routes:
 *   GET /demo/sign-in?email=…  → { token } for that seed user ("view as")
 *   GET /demo/outbox           → every mail and SMS the backend "sent"
 *   POST /demo/reset           → a fresh seeded backend, for the docs' "Reset demo data"
 * Files: /docs/…, /src/… (the live demos import the elements' TypeScript), the runtime packages the pages
 * import from /node_modules/…, msw's worker and /custom-elements.json; nothing else of the repository
 * (scripts/serve/request-guard.ts). Every answer carries the headers of scripts/serve/security-headers.ts.
 * The SDK reference (/docs/api/) and the HTTP API reference (/docs/openapi/) are generated, not committed:
 * built in the background on start when missing or out of date (scripts/serve/references.ts), unless
 * TEAMKIT_SKIP_REFERENCES is set (tests that do not open them).
 * Port: $PORT or 8787, or the next free one.
 */
import { createServer, type RequestListener, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { startDevServer } from '@web/dev-server';
import { createBackend, SEED, type Backend } from '../src/backend/index.js';
import { endpoints } from '../src/sdk/contract.js';
import { mockServiceWorkerMiddleware, nodeResolve, typescriptPlugin, type Middleware } from './lib/dev-server.mjs';
import { browserPackages } from './serve/browser-packages.js';
import { buildReferences, references, referencesMiddleware } from './serve/references.js';
import { requestGuard } from './serve/request-guard.js';
import { fixedHeaders, securityHeaders, sitePolicy } from './serve/security-headers.js';

/** Koa's context, as the dev server hands it to middleware. */
type Context = Parameters<Middleware>[0];

const HOST = '127.0.0.1';
const API = '/api';

/** The backend of the moment: POST /demo/reset replaces it (see `freshBackend` below, once the port is known). */
let backend: Backend;

/** Headers that name the client's address: only this server, which sees the socket, may set them. */
const addressHeaders = new Set(['x-forwarded-for', 'forwarded', 'x-real-ip']);

/**
 * Koa's request as a Fetch `Request`: same method, URL and headers, except that `X-Forwarded-For` is the
 * socket's address (the backend throttles public endpoints per client address, so a client must not pick
 * its own); the body streamed, not buffered.
 */
function toFetchRequest(context: Context): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(context.req.headers)) {
    if (addressHeaders.has(name)) continue;
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  const address = context.req.socket.remoteAddress;
  if (address) headers.set('x-forwarded-for', address);
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
  if (context.method !== 'GET' && context.method !== 'HEAD') return next();
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
      // The visitor's browser, so that <session-list> and its sign-ins show this device as what it is.
      context.body = { token: backend.signIn(email, { userAgent: context.get('user-agent'), ip: context.ip }) };
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

/** Pages without an icon link (typedoc's) ask for /favicon.ico: the docs' icon answers. */
const faviconMiddleware: Middleware = (context, next) => {
  if (context.path === '/favicon.ico') context.path = '/docs/favicon.svg';
  return next();
};

/** CONNECT never reaches Koa (Node hands it to 'connect' listeners or drops the connection): answer 405. */
function refuseConnect(_request: unknown, socket: Duplex): void {
  const headers = { ...fixedHeaders, 'Content-Security-Policy': sitePolicy(), Allow: 'GET, HEAD', 'Content-Length': '0', Connection: 'close' };
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  socket.end(`HTTP/1.1 405 Method Not Allowed\r\n${lines.join('\r\n')}\r\n\r\n`);
}

/** Listens on HOST at `start` or the next free port. */
async function listen(server: Server, start: number, tries = 20): Promise<number> {
  for (let port = start; port < start + tries; port += 1) {
    const listening = await new Promise<boolean>((resolve, reject) => {
      const onError = (error: NodeJS.ErrnoException) => (error.code === 'EADDRINUSE' ? resolve(false) : reject(error));
      server.once('error', onError).listen(port, HOST, () => {
        server.off('error', onError);
        resolve(true);
      });
    });
    if (listening) return port;
  }
  throw new Error(`No free port on ${HOST} between ${start} and ${start + tries - 1}`);
}

/** Until the dev server is ready: the port is taken first, so the Host check knows it. */
const starting: RequestListener = (_request, response) => response.writeHead(503, { ...fixedHeaders, 'Retry-After': '1' }).end();
const http = createServer(starting);
http.on('connect', refuseConnect);
const port = await listen(http, Number(process.env.PORT) || 8787);

/**
 * Invitation mails link to the docs' <accept-invite> page (docs/src/pages.ts, `acceptInviteHref`) by an absolute
 * URL, as a real mail must: the link is opened from a mail client, not from this page.
 */
const freshBackend = () => {
  const fresh = createBackend({
    basePath: API,
    latency: [80, 300],
    invitationUrl: `http://${HOST}:${port}/docs/component.html?tag=accept-invite&token={token}`,
  });
  // The demo's DNS holds the pending seed domain's TXT record, so that <domain-list>'s Verify can succeed there;
  // a domain a visitor adds has no record, and its check says why it failed.
  const { hostname, token } = SEED.domains.pending;
  fresh.dns.set(`_teamkit-verify.${hostname}`, [`teamkit-verify=${token}`]);
  return fresh;
};
backend = freshBackend();
const generated = buildReferences('.', process.env.TEAMKIT_SKIP_REFERENCES ? [] : references);

// Middleware mode: the dev server's own listener binds every interface when told 127.0.0.1, so it only
// supplies the request handler and `http` above is the one socket.
const devServer = await startDevServer({
  config: {
    rootDir: '.',
    port,
    middlewareMode: true,
    nodeResolve,
    plugins: [typescriptPlugin({ inlineScripts: false })],
    middleware: [
      securityHeaders('docs'),
      requestGuard({ port, apiBase: API, apiMethods: [...new Set(endpoints.map((endpoint) => endpoint.method))], packages: browserPackages('.') }),
      referencesMiddleware('.', generated.states),
      mockServiceWorkerMiddleware,
      faviconMiddleware,
      demoMiddleware,
      backendMiddleware,
    ],
    watch: false,
  },
  readCliArgs: false,
  readFileConfig: false,
  autoExitProcess: false,
  logStartMessage: false,
});
http.off('request', starting).on('request', devServer.koaApp.callback());

console.log(`teamkit docs and reference backend: http://${HOST}:${port}/`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    if (stopping) return;
    stopping = true;
    http.closeAllConnections();
    Promise.all([new Promise((resolve) => http.close(resolve)), devServer.stop(), generated.stop()]).then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
