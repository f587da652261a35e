import ky, { HTTPError, TimeoutError as KyTimeoutError, type KyInstance, type Options as KyOptions } from 'ky';
import type * as z from 'zod/mini';
import { NetworkError, ResponseValidationError, TimeoutError, ValidationError, isAuthError, toApiError } from './errors/index.js';
import type { FieldError } from './schemas/problem.js';
import { exchange, retryOptions, untilAborted, type RetryPolicy } from './transport.js';
import { toDownload, type Download, type DownloadOptions } from './download.js';

/** How the client authenticates and talks to the API. Everything but `baseUrl` is optional. */
export interface ClientOptions {
  /**
   * Where the API lives, e.g. `https://app.example.com/api` or `/api`. The API answers directly: redirects are
   * never followed, not even to the same origin, and fail with a `RedirectError` before anything is sent to
   * where they point, so the body, the token, the CSRF header and `headers` stay with this origin. (Browsers hide
   * a redirect's target from scripts, so following same-origin ones would work in Node only.)
   */
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
  /**
   * How long one attempt may take in ms, from sending until the whole body is read (default 30 000); then it
   * fails with a `TimeoutError`. A timed-out attempt is retried like a network error, so a call ends after at
   * most (retries + 1) × `timeout` plus the waits between attempts (with the defaults about 90.9 s); a 401 that
   * refreshes the token runs that once more. `false` for no limit: then only the caller's `signal` ends a call
   * whose server stalls. A download (`audit.exportCsv`) is bounded differently: its answer must start within
   * `timeout`, then each chunk must follow the previous one within `timeout`, however long the whole takes.
   */
  timeout?: number | false;
  /**
   * Retries of GET/PUT/DELETE and keyed POSTs on network errors, timeouts, 408, 429 and 5xx, with exponential
   * backoff (300 ms, 600 ms, … up to `backoffLimit`, default 10 000) and jitter. A number is the limit
   * (default 2). On 429 and 503 a `Retry-After` of up to `maxRetryAfter` ms (default 5 000) is waited out
   * instead; a longer one fails the call at once, so a UI can say so instead of hanging: a 429 as a
   * `RateLimitError` carrying `retryAfter`, a 503 as an `ApiError` with status 503. A `Retry-After` that is not
   * whole seconds or an HTTP date, or is more than a day away, is ignored and the backoff applies. No single
   * wait exceeds `maxRetryAfter`.
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

/**
 * Encodes one id as a path segment: ids are opaque and may hold anything. `.`, `..` and empty ids are refused
 * before sending, naming the parameter, because URL parsing would turn them into another path (the parent
 * resource); so are non-strings from untyped callers and unpaired surrogates, which cannot be encoded.
 */
export function seg(value: string, parameter: string): string {
  try {
    if (typeof value === 'string' && value !== '' && value !== '.' && value !== '..') return encodeURIComponent(value);
  } catch {
    // An unpaired surrogate (URIError): not an id either.
  }
  throw ValidationError.fromFields([{ field: parameter, code: 'invalid_id', message: `${parameter} is not an id` }]);
}

/**
 * The one place with HTTP mechanics: auth and its refresh, retries, idempotency keys, sharing of identical
 * in-flight GETs, response validation and error mapping. Resources describe requests; this sends them.
 */
export class Http {
  readonly #ky: KyInstance;
  readonly #options: ClientOptions;
  readonly #retry: RetryPolicy;
  readonly #inflight = new Map<string, { promise: Promise<unknown>; controller: AbortController; users: number }>();

  constructor(options: ClientOptions) {
    this.#options = options;
    const retry = typeof options.retry === 'number' ? { limit: options.retry } : (options.retry ?? {});
    this.#retry = { limit: retry.limit ?? 2, backoffLimit: retry.backoffLimit ?? 10_000, maxRetryAfter: retry.maxRetryAfter ?? 5_000 };
    this.#ky = ky.create({
      prefixUrl: options.baseUrl,
      credentials: options.credentials,
      redirect: 'manual',
      fetch: exchange(options.fetch),
      timeout: options.timeout ?? 30_000,
      headers: { accept: 'application/json', ...options.headers },
      throwHttpErrors: true,
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
    const leave = () => {
      if (--shared.users > 0) return;
      if (this.#inflight.get(key) === shared) this.#inflight.delete(key);
      shared.controller.abort(signal.reason);
    };
    signal.addEventListener('abort', leave, { once: true });
    return untilAborted(shared.promise as Promise<T>, signal).finally(() => signal.removeEventListener('abort', leave));
  }

  /**
   * Sends a GET whose answer is a file and resolves once the answer starts, with the same auth, retries and
   * errors as {@link send}; the body is then read through the returned {@link Download}, chunk by chunk.
   */
  async download(path: string, options: SendOptions & DownloadOptions = {}): Promise<Download> {
    const response = await this.#exchange({ method: 'GET', path, ...options }, options.signal, true);
    return toDownload(response, { timeout: this.#options.timeout ?? 30_000, signal: options.signal, onProgress: options.onProgress });
  }

  async #sendOnce<S extends z.ZodMiniType | undefined>(spec: SendOptions & { method: Method; path: string; response: S }, signal: AbortSignal | undefined) {
    const response = await this.#exchange(spec, signal);
    const etag = response.headers.get('ETag');
    if (!spec.response) return { data: undefined as Result<S>, etag };
    const operation = `${spec.method} ${spec.path}`;
    // The exchange has read the body already, so this cannot stall. No body (a 204) is no JSON either.
    const text = await response.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new ResponseValidationError(operation, '', [{ path: '', message: text ? 'the body is not JSON' : `no body (HTTP ${response.status})` }]);
    }
    const parsed = spec.response.safeParse(body);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
      throw new ResponseValidationError(operation, issues[0]?.path ?? '', issues);
    }
    return { data: parsed.data as Result<S>, etag };
  }

  /** One call's exchange: auth and its refresh, retries, error mapping. `stream` leaves a success's body unread. */
  async #exchange(spec: SendOptions & { method: Method; path: string }, signal: AbortSignal | undefined, stream = false): Promise<Response> {
    const headers = new Headers();
    if (spec.method === 'POST') headers.set('Idempotency-Key', randomKey());
    if (spec.ifMatch) headers.set('If-Match', spec.ifMatch);
    if (spec.method !== 'GET' && this.#options.csrf) {
      const { header, value } = this.#options.csrf;
      const token = typeof value === 'function' ? value() : value;
      if (token) headers.set(header, token);
    }
    const attempt = async (refresh: boolean) => {
      // The host's callback may hang; the caller's abort still ends the call.
      const token = await untilAborted(Promise.resolve(this.#options.getToken?.({ refresh })), signal);
      if (token) headers.set('Authorization', `Bearer ${token}`);
      // Per call: the retry options carry this call's Retry-After from one hook to the next.
      const options: KyOptions = { method: spec.method, headers, signal, retry: retryOptions(this.#retry) };
      if (stream) options.fetch = exchange(this.#options.fetch, false);
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
    return response;
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
