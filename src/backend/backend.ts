import { endpoints, type Endpoint } from '../sdk/contract.js';
import { authenticatePrincipal, optionalSession, startSession, type Principal, type SignInOrigin } from './auth.js';
import type { AuditLog } from './audit.js';
import { systemClock, type Clock } from './clock.js';
import { mapResolver, type DnsResolver } from './dns.js';
import { Context, clientAddress, type BackendState, type Handler, type HandlerTable } from './context.js';
import { Faults } from './faults.js';
import { IdempotencyStore } from './idempotency.js';
import { DEFAULT_LIMITS, type Limits } from './limits.js';
import { Outbox } from './outbox.js';
import { ProblemError, fieldProblem, problemResponse } from './problems.js';
import { createIdFactory } from './random.js';
import { readRequestBody, type RequestBody } from './request-body.js';
import { createRouter } from './router.js';
import { handlers } from './routes/index.js';
import { seedStore, type SeedOptions } from './seed.js';
import { Serial } from './serial.js';
import { recordSignIn } from './sign-ins.js';
import { Store, type SessionRecord } from './store.js';
import { Throttle } from './throttle.js';
import { WebhookDeliveries, resolveWebhookOptions, type WebhookOptions } from './webhooks/deliveries.js';

export interface BackendOptions<C extends Clock = Clock> {
  /** What to fill the store with: the default seed (`{}`), a bigger one (`{ members: 100_000 }`) or nothing (`false`). */
  seed?: SeedOptions | false;
  /** The time source; pass `createClock()` to move time by hand. Defaults to the real time. */
  clock?: C;
  /** Quotas and delays to change (see {@link DEFAULT_LIMITS}). */
  limits?: Partial<Limits>;
  /** Artificial delay per request in ms, or a `[min, max]` range to pick from, for demos. */
  latency?: number | [number, number];
  /**
   * Looks up TXT records to verify domains (see `dns.ts`). Defaults to one that reads {@link Backend.dns}, since
   * the reference backend never goes to the network; a host passes `node:dns/promises`' `resolveTxt`, adapted.
   */
  dnsResolver?: DnsResolver;
  /** A path prefix to strip from request URLs, e.g. `/api` when the API is mounted there. Default `''`. */
  basePath?: string;
  /**
   * The link invitation mails carry, with `{token}` where the invitation's token goes: an absolute URL of the
   * host's accept page, e.g. `https://app.example.com/invite?token={token}`. Default `/accept-invite?token={token}`.
   */
  invitationUrl?: string;
  /** How webhooks are sent: retries, timeouts' scheduler, loopback endpoints for tests (see {@link WebhookOptions}). */
  webhooks?: WebhookOptions;
}

/** The reference backend: a Fetch handler over an in-memory store, with its outbox, clock and test hooks. */
export interface Backend<C extends Clock = Clock> {
  /** Answers a request as the API would. Rejects with a `TypeError` only for an injected network fault. */
  fetch(request: Request): Promise<Response>;
  /** Answers a request whose API path (below any base path) is already known, e.g. from an msw handler. */
  handle(request: Request, path: string): Promise<Response>;
  /** Signs a user in and returns a bearer token for them (tests; the demo's "view as"). Recorded as a successful sign-in. */
  signIn(email: string, origin?: SignInOrigin): string;
  /**
   * Records a failed sign-in to the account of `email` (a wrong password in the host's own sign-in), so it shows
   * in the account's recent sign-ins. An email without an account records nothing: there is nobody to show it to.
   */
  recordFailedSignIn(email: string, origin?: SignInOrigin): void;
  readonly store: Store;
  readonly outbox: Outbox;
  readonly clock: C;
  /** The limits in force; change a field to change the rule for the next requests. */
  readonly limits: Limits;
  readonly faults: Faults;
  readonly audit: AuditLog;
  /**
   * The DNS the default resolver answers from: TXT records (one string each) by lower-case name. Tests and demos
   * publish a domain's verification record here, e.g. `backend.dns.set('_teamkit-verify.acme.test', [value])`.
   */
  readonly dns: Map<string, string[]>;
  /** The webhook delivery engine: `emit()` publishes the host's own events, `settled()` waits for attempts in flight. */
  readonly webhooks: WebhookDeliveries;
  /** How many `Idempotency-Key`s are remembered now (running or answered); bounded by the limits. */
  readonly idempotencyKeys: number;
}

/**
 * Creates a reference backend. With no options: real time, default limits and the default seed.
 * Given a clock, the backend is typed with it, so that `backend.clock.advance()` type-checks with a manual one.
 */
export function createBackend<C extends Clock>(options: BackendOptions<C> & { clock: C }): Backend<C>;
export function createBackend(options?: BackendOptions): Backend;
export function createBackend(options: BackendOptions = {}): Backend {
  const clock = options.clock ?? systemClock;
  const dns = new Map<string, string[]>();
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const store = new Store(() => clock.now());
  const newId = createIdFactory();
  const state: BackendState = {
    store,
    outbox: new Outbox(clock),
    clock,
    limits,
    dnsResolver: options.dnsResolver ?? mapResolver(dns),
    throttle: new Throttle(clock),
    newId,
    invitationUrl: options.invitationUrl ?? '/accept-invite?token={token}',
    webhooks: new WebhookDeliveries({ store, clock, newId }, resolveWebhookOptions(options.webhooks)),
  };
  const idempotency = new IdempotencyStore(clock, limits);
  const writes = new Serial();
  if (options.seed !== false) seedStore(state, options.seed ?? {});
  // Subscribed after seeding: seeded history is not news to any endpoint.
  store.audit.subscribe((entry) => state.webhooks.publishEntry(entry));
  const route = createRouter(bindHandlers(endpoints, handlers));
  const faults = new Faults();
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');

  /**
   * The caller, checked now: their session (its last activity noted) or their API key (its last use noted);
   * null on a public endpoint called without a session (public endpoints take no API keys).
   */
  async function caller(endpoint: Endpoint, request: Request): Promise<Principal | null> {
    const principal = endpoint.public ? sessionPrincipal(optionalSession(state, request)) : await authenticatePrincipal(state, request, endpoint);
    if (principal?.session) state.store.sessions.update(principal.session, { lastActiveAt: clock.now().toISOString() });
    return principal;
  }

  const context = (request: Request, params: Record<string, string>, principal: Principal | null, body: RequestBody) =>
    new Context(state, request, params, principal?.session ?? null, body, principal?.apiKey ?? null);

  /**
   * Reads run at once. Writes follow the atomicity rule of `serial.ts`: the body is read whole first, then
   * the caller is authenticated again and the route checks and changes inside the serial queue.
   */
  async function dispatch(request: Request, path: string): Promise<Response> {
    const match = route(request.method, path);
    if (!match) return noEndpoint(request.method, path);
    const { route: { endpoint, handler }, params } = match;
    try {
      const early = await caller(endpoint, request);
      if (endpoint.public) {
        state.throttle.take(`public:${clientAddress(request) ?? 'unknown'}`, limits.publicTokenRequests, 'Too many invitation look-ups from your address. Try again later.');
      }
      if (request.method === 'GET') return await answer(endpoint, handler, context(request, params, early, NO_BODY));
      const body = await readRequestBody(request, endpoint, limits);
      // Authenticated again inside the queue: a session ended or a key revoked while the body streamed stops here.
      const write = () => writes.run(async () => answer(endpoint, handler, context(request, params, await caller(endpoint, request), body)));
      const key = request.method === 'POST' ? request.headers.get('idempotency-key') : null;
      if (key === null) return await write();
      const who = early?.apiKey?.id ?? early?.session?.userId ?? 'anonymous';
      return await keyed(JSON.stringify([who, endpoint.operationId, checkKey(key)]), body, write, endpoint.secret === true);
    } catch (error) {
      return errorResponse(error);
    }
  }

  async function keyed(id: string, body: RequestBody, write: () => Promise<Response>, secret: boolean): Promise<Response> {
    const decision = idempotency.begin(id, body.fingerprint);
    switch (decision.kind) {
      case 'replay': return decision.response;
      case 'secret_shown': throw new ProblemError('secret_already_shown', 'A request with this Idempotency-Key already succeeded; its answer held a secret, which is shown only once. Find what it made in the list, revoke it and make another if the secret was lost.');
      case 'in_progress': throw new ProblemError('idempotency_in_progress', 'A request with this Idempotency-Key is still running. Retry in a moment.', { retryAfter: 1 });
      case 'mismatch': throw fieldProblem('Idempotency-Key', 'key_reused', 'This Idempotency-Key was used with another request body.', 'idempotency_mismatch');
      case 'proceed': break;
    }
    try {
      return await idempotency.finish(id, await write(), secret);
    } finally {
      idempotency.abandon(id);
    }
  }

  async function handle(request: Request, path: string): Promise<Response> {
    await pause(options.latency);
    const fault = faults.take(request.method, path);
    if (fault?.network) throw new TypeError('Failed to fetch');
    if (fault) {
      // Marked, so a test can tell an injected failure from a real one.
      const injected = problemResponse(fault.problem);
      injected.headers.set('Teamkit-Fault', 'injected');
      return withApiHeaders(injected);
    }
    return withApiHeaders(await dispatch(request, path));
  }

  return {
    handle,
    async fetch(request) {
      const { pathname } = new URL(request.url);
      if (pathname !== basePath && !pathname.startsWith(`${basePath}/`)) return withApiHeaders(noEndpoint(request.method, pathname));
      return handle(request, pathname.slice(basePath.length) || '/');
    },
    signIn(email, origin) {
      const user = state.store.users.byEmail(email);
      if (!user) throw new Error(`signIn: no account has the email ${email}`);
      return startSession(state, user, origin).token;
    },
    recordFailedSignIn(email, origin = {}) {
      const user = state.store.users.byEmail(email);
      if (user) recordSignIn(state, user, 'failure', origin, null);
    },
    store: state.store,
    outbox: state.outbox,
    clock,
    limits: state.limits,
    faults,
    audit: state.store.audit,
    dns,
    webhooks: state.webhooks,
    get idempotencyKeys() {
      return idempotency.size;
    },
  };
}

async function answer(endpoint: Endpoint, handler: Handler, ctx: Context): Promise<Response> {
  let reply;
  try {
    reply = await handler(ctx);
  } catch (error) {
    return errorResponse(error);
  }
  const headers = new Headers();
  if (reply.file) {
    headers.set('content-type', reply.file.contentType);
    headers.set('content-disposition', attachment(reply.file.filename));
    return new Response(reply.file.stream, { status: endpoint.status ?? 200, headers });
  }
  if (endpoint.etag && reply.version !== undefined) headers.set('ETag', `"${reply.version}"`);
  const status = endpoint.status ?? 200;
  if (status === 204) return new Response(null, { status, headers });
  headers.set('content-type', 'application/json');
  return new Response(JSON.stringify(reply.body ?? null), { status, headers });
}

function withApiHeaders(response: Response): Response {
  response.headers.set('Access-Control-Expose-Headers', 'ETag, Retry-After');
  response.headers.set('Cache-Control', 'no-store');
  return response;
}

const NO_BODY: RequestBody = { kind: 'none', fingerprint: '' };

const sessionPrincipal = (session: SessionRecord | null): Principal | null => session && { session, apiKey: null };

/** `Content-Disposition` for a download: an ASCII fallback name and the exact one (RFC 6266, RFC 8187). */
function attachment(filename: string): string {
  const fallback = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/** An `Idempotency-Key` as sent: 1 to 255 visible ASCII characters. */
function checkKey(key: string): string {
  if (!/^[\x21-\x7e]{1,255}$/.test(key)) {
    throw fieldProblem('Idempotency-Key', 'invalid_key', 'An Idempotency-Key is 1 to 255 visible ASCII characters.');
  }
  return key;
}

const noEndpoint = (method: string, path: string) => problemResponse(new ProblemError('not_found', `No endpoint ${method} ${path}.`));

function errorResponse(error: unknown): Response {
  if (error instanceof ProblemError) return problemResponse(error);
  console.error('teamkit backend: unexpected error', error);
  return problemResponse(new ProblemError('internal_error', 'Something went wrong on our side.'));
}

function pause(latency: BackendOptions['latency']): Promise<void> {
  if (latency === undefined) return Promise.resolve();
  const [min, max] = typeof latency === 'number' ? [latency, latency] : latency;
  const ms = min + Math.random() * (max - min);
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

/** The contract is the source of truth: refuse to start with an endpoint that has no handler, or a handler no endpoint. */
function bindHandlers(contract: readonly Endpoint[], table: HandlerTable): { endpoint: Endpoint; handler: Handler }[] {
  const operations = new Set(contract.map((endpoint) => endpoint.operationId));
  const unknown = Object.keys(table).filter((operation) => !operations.has(operation));
  const missing: string[] = [];
  const bound = contract.flatMap((endpoint) => {
    const handler = table[endpoint.operationId];
    if (!handler) missing.push(endpoint.operationId);
    return handler ? [{ endpoint, handler }] : [];
  });
  if (missing.length || unknown.length) {
    throw new Error(`Backend out of step with the contract. Missing: ${missing.join(', ') || 'none'}; unknown: ${unknown.join(', ') || 'none'}.`);
  }
  return bound;
}
