import ky, { HTTPError, TimeoutError as KyTimeoutError, type KyInstance, type Options as KyOptions } from 'ky';
import type * as z from 'zod/mini';
import { NetworkError, ResponseValidationError, TimeoutError, ValidationError, isAuthError, toApiError } from './errors/index.js';
import { parseRetryAfter } from './errors/from-response.js';
import type { FieldError } from './schemas/problem.js';

/** How the client authenticates and talks to the API. Everything but `baseUrl` is optional. */
export interface ClientOptions {
  /** Where the API lives, e.g. `https://app.example.com/api` or `/api`. */
  baseUrl: string;
  /**
   * Returns a bearer token, or null to send none (cookie auth). Called before each request; after a 401 it is
   * called once more with `{ refresh: true }` and the request is retried with the new token.
   */
  getToken?: (context: { refresh: boolean }) => string | null | undefined | Promise<string | null | undefined>;
  /** Fetch's credentials mode; `'include'` for cookie auth across origins. */
  credentials?: RequestCredentials;
  /** A CSRF header sent on every unsafe request, e.g. `{ header: 'X-CSRF-Token', value: () => readCookie() }`. */
  csrf?: { header: string; value: string | (() => string | null | undefined) };
  /** A fetch implementation (tests, msw, Node polyfills). Defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Per-attempt timeout in ms (default 30 000); `false` for none. */
  timeout?: number | false;
  /**
   * Retries of GET/PUT/DELETE and keyed POSTs on network errors, 408, 429 and 5xx, with exponential backoff
   * and jitter, honouring `Retry-After`. A number is the limit (default 2). When the server asks to wait longer
   * than `maxRetryAfter` ms (default 5 000), the call fails at once with a `RateLimitError` carrying
   * `retryAfter`, so a UI can say so instead of hanging.
   */
  retry?: number | { limit?: number; backoffLimit?: number; maxRetryAfter?: number };
  /** Extra headers on every request. */
  headers?: Record<string, string>;
}

/** Options every SDK method takes last. */
export interface CallOptions {
  signal?: AbortSignal;
}

/** Options of updates to versioned singletons: pass the ETag you read to fail with 412 on a stale version. */
export interface UpdateOptions extends CallOptions {
  ifMatch?: string | null;
}

/** A resource read together with its version. Pass `etag` back as `ifMatch` when you update it. */
export type WithETag<T> = T & { readonly etag: string | null };

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** What a resource passes besides method, path and response schema. */
export interface SendOptions extends UpdateOptions {
  query?: Record<string, unknown>;
  json?: unknown;
  form?: FormData;
}

type Result<S> = S extends z.ZodMiniType ? z.infer<S> : undefined;

function randomKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Turns zod issues into the contract's field errors (`emails.2`, `name`). */
export function fieldErrorsOf(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.map((issue) => ({ field: issue.path.map(String).join('.'), code: issue.code, message: issue.message }));
}

/** Parses input with its schema; a failure throws a client-side ValidationError and nothing is sent. */
export function validateInput<S extends z.ZodMiniType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw ValidationError.fromFields(fieldErrorsOf(parsed.error.issues));
  return parsed.data;
}

/** Encodes one path segment: ids are opaque and may hold anything. */
export const seg = (value: string) => encodeURIComponent(value);

/**
 * The one place with HTTP mechanics: auth and its refresh, retries, idempotency keys, sharing of identical
 * in-flight GETs, response validation and error mapping. Resources describe requests; this sends them.
 */
export class Http {
  readonly #ky: KyInstance;
  readonly #options: ClientOptions;
  readonly #inflight = new Map<string, { promise: Promise<unknown>; controller: AbortController; users: number }>();

  constructor(options: ClientOptions) {
    this.#options = options;
    const retry = typeof options.retry === 'number' ? { limit: options.retry } : (options.retry ?? {});
    this.#ky = ky.create({
      prefixUrl: options.baseUrl,
      credentials: options.credentials,
      fetch: options.fetch,
      timeout: options.timeout ?? 30_000,
      headers: { accept: 'application/json', ...options.headers },
      throwHttpErrors: true,
      retry: {
        limit: retry.limit ?? 2,
        methods: ['get', 'put', 'delete', 'head', 'options', 'post'],
        statusCodes: [408, 429, 500, 502, 503, 504],
        afterStatusCodes: [429, 503],
        backoffLimit: retry.backoffLimit ?? 10_000,
        jitter: (delay) => delay * (0.5 + Math.random() / 2),
        retryOnTimeout: true,
        shouldRetry: ({ error }) => {
          if (!(error instanceof HTTPError)) return undefined;
          const wait = parseRetryAfter(error.response.headers.get('Retry-After'));
          return wait !== null && wait * 1000 > (retry.maxRetryAfter ?? 5_000) ? false : undefined;
        },
      },
    });
  }

  /**
   * Sends a request (path below the base URL, no leading slash) and returns the body parsed by `response`
   * (undefined when none is expected) with the response's ETag.
   */
  async send<S extends z.ZodMiniType | undefined>(method: Method, path: string, response: S, options: SendOptions = {}): Promise<{ data: Result<S>; etag: string | null }> {
    const spec = { method, path, response, ...options };
    if (method !== 'GET') return this.#sendOnce(spec, options.signal);
    const key = `${path}?${new URLSearchParams(definedEntries(options.query))}`;
    return this.#shared(key, options.signal, (signal) => this.#sendOnce(spec, signal));
  }

  /** Like {@link send}, resolving to just the parsed body. */
  async call<S extends z.ZodMiniType | undefined>(method: Method, path: string, response: S, options: SendOptions = {}): Promise<Result<S>> {
    return (await this.send(method, path, response, options)).data;
  }

  /** Identical concurrent GETs share one request; it is aborted only when every caller has aborted. */
  async #shared<T>(key: string, signal: AbortSignal | undefined, run: (signal: AbortSignal) => Promise<T>): Promise<T> {
    signal?.throwIfAborted();
    let entry = this.#inflight.get(key);
    if (!entry) {
      const controller = new AbortController();
      const promise = run(controller.signal).finally(() => {
        if (this.#inflight.get(key) === entry) this.#inflight.delete(key);
      });
      entry = { promise, controller, users: 0 };
      this.#inflight.set(key, entry);
    }
    const shared = entry;
    shared.users++;
    if (!signal) return shared.promise as Promise<T>;
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => {
        reject(signal.reason);
        if (--shared.users === 0) {
          if (this.#inflight.get(key) === shared) this.#inflight.delete(key);
          shared.controller.abort(signal.reason);
        }
      };
      signal.addEventListener('abort', onAbort, { once: true });
      (shared.promise as Promise<T>).then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  }

  async #sendOnce<S extends z.ZodMiniType | undefined>(spec: SendOptions & { method: Method; path: string; response: S }, signal: AbortSignal | undefined) {
    const headers = new Headers();
    if (spec.method === 'POST') headers.set('Idempotency-Key', randomKey());
    if (spec.ifMatch) headers.set('If-Match', spec.ifMatch);
    if (spec.method !== 'GET' && this.#options.csrf) {
      const { header, value } = this.#options.csrf;
      const token = typeof value === 'function' ? value() : value;
      if (token) headers.set(header, token);
    }
    const attempt = async (refresh: boolean) => {
      const token = await this.#options.getToken?.({ refresh });
      if (token) headers.set('Authorization', `Bearer ${token}`);
      const options: KyOptions = { method: spec.method, headers, signal };
      const query = definedEntries(spec.query);
      if (query.length) options.searchParams = new URLSearchParams(query);
      if (spec.json !== undefined) options.json = spec.json;
      if (spec.form) options.body = spec.form;
      return this.#ky(spec.path, options);
    };
    let response: Response;
    try {
      response = await attempt(false);
    } catch (error) {
      const mapped = await this.#map(error, signal);
      if (!isAuthError(mapped) || !this.#options.getToken) throw mapped;
      try {
        response = await attempt(true);
      } catch (retryError) {
        throw await this.#map(retryError, signal);
      }
    }
    const etag = response.headers.get('ETag');
    if (!spec.response || response.status === 204) return { data: undefined as Result<S>, etag };
    const body: unknown = await response.json().catch(() => undefined);
    const parsed = spec.response.safeParse(body);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
      throw new ResponseValidationError(`${spec.method} ${spec.path}`, issues[0]?.path ?? '', issues);
    }
    return { data: parsed.data as Result<S>, etag };
  }

  /** Maps whatever ky or fetch threw to the SDK's own errors; an abort stays an abort. */
  async #map(error: unknown, signal: AbortSignal | undefined): Promise<unknown> {
    if (signal?.aborted) return signal.reason;
    if (error instanceof HTTPError) return toApiError(error.response);
    if (error instanceof KyTimeoutError) {
      return new TimeoutError(typeof this.#options.timeout === 'number' ? this.#options.timeout : 30_000);
    }
    if (error instanceof TypeError) return new NetworkError(undefined, { cause: error });
    return error;
  }
}

function definedEntries(query: SendOptions['query']): [string, string][] {
  if (!query) return [];
  return Object.entries(query).flatMap(([k, v]) => (v === undefined || v === '' ? [] : [[k, String(v)] as [string, string]]));
}
