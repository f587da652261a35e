/**
 * Test plumbing for the reference backend: a fresh backend per test on a manual clock, and callers signed in
 * as seed people. Every answer is checked on the way against `docs/openapi.json` (`openapi-check.ts`: status,
 * body and headers as declared), and every failure must be an `application/problem+json` problem document.
 * Answers of injected faults (`teamkit-fault: injected`) are the test's own and skip the document check.
 */
import assert from 'node:assert/strict';
import { Problem } from '../../src/sdk/schemas/index.js';
import { checkAgainstOpenApi } from './openapi-check.js';
import { SEED, createBackend, createClock, type Backend, type BackendOptions, type ManualClock } from '../../src/backend/index.js';

export { SEED };
export const ACME = SEED.workspaces.acme;
export const LABS = SEED.workspaces.labs;
export const GLOBEX = SEED.workspaces.globex;
export const HOUR = 60 * 60 * 1000;
export const ORIGIN = 'http://api.test';

export type SeedPerson = keyof typeof SEED.users;

export interface Answer<T> {
  status: number;
  headers: Headers;
  /** The parsed body: the endpoint's response on success, a problem document on failure. */
  body: T;
}

export interface RequestOptions {
  body?: unknown;
  headers?: Record<string, string>;
  /** A raw body (a FormData upload, malformed JSON) instead of `body` as JSON. */
  raw?: BodyInit;
}

/** A caller of the API with fixed credentials. */
export class Caller {
  /** `seen` collects every answer's headers and body, for tests that look for what must never appear. */
  constructor(readonly backend: Backend, readonly headers: Record<string, string> = {}, private readonly seen: string[] = []) {}

  get<T = unknown>(path: string, options?: RequestOptions) {
    return this.send<T>('GET', path, options);
  }

  post<T = unknown>(path: string, body?: unknown, options: RequestOptions = {}) {
    return this.send<T>('POST', path, { body, ...options });
  }

  patch<T = unknown>(path: string, body?: unknown, options: RequestOptions = {}) {
    return this.send<T>('PATCH', path, { body, ...options });
  }

  delete<T = unknown>(path: string, body?: unknown, options: RequestOptions = {}) {
    return this.send<T>('DELETE', path, { body, ...options });
  }

  async send<T>(method: string, path: string, options: RequestOptions = {}): Promise<Answer<T>> {
    const headers = new Headers({ ...this.headers, ...options.headers });
    let body = options.raw;
    if (body === undefined && options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers.set('content-type', 'application/json');
    }
    const url = new URL(path, ORIGIN);
    const response = await this.backend.fetch(new Request(url, { method, headers, body }));
    const text = await response.text();
    this.seen.push(`${[...response.headers].map(([name, value]) => `${name}: ${value}`).join('\n')}\n\n${text}`);
    // A download (CSV) is kept as text; the document check still looks at its status and content type.
    const isJson = /[/+]json\b/.test(response.headers.get('content-type') ?? '');
    const json: unknown = text === '' ? undefined : isJson ? JSON.parse(text) : text;
    if (response.headers.get('teamkit-fault') === null) checkAgainstOpenApi(method, url.pathname, response, json, text);
    if (response.status >= 400) checkProblem(method, path, response, json);
    return { status: response.status, headers: response.headers, body: json as T };
  }
}

/** Every failure is an RFC 9457 problem document whose status matches the answer's. */
function checkProblem(method: string, path: string, response: Response, json: unknown): void {
  assert.equal(response.headers.get('content-type'), 'application/problem+json', `${method} ${path}: problem content type`);
  const problem = Problem.safeParse(json);
  assert.ok(problem.success, `${method} ${path}: not a problem document: ${JSON.stringify(json)}`);
  assert.equal(problem.data.status, response.status);
}

/** Asserts that an answer is the problem `code` with HTTP `status`; returns the problem. */
export function assertProblem(answer: Answer<unknown>, status: number, code: string): Problem {
  const problem = answer.body as Problem;
  assert.equal(answer.status, status, `expected ${status} ${code}, got ${answer.status} ${JSON.stringify(problem)}`);
  assert.equal(problem.code, code);
  assert.equal(problem.type, `https://teamkit.dev/problems/${code}`);
  return problem;
}

/** Asserts that reading a pending email or phone change found none: 200 with null (a 404 would log in browsers). */
export function assertNothingPending(answer: Answer<unknown>): void {
  assert.equal(answer.status, 200, `expected 200 null, got ${answer.status} ${JSON.stringify(answer.body)}`);
  assert.equal(answer.body, null);
}

/** Asserts a problem naming `field` among its field errors. */
export function assertFieldError(answer: Answer<unknown>, status: number, code: string, field: string): Problem {
  const problem = assertProblem(answer, status, code);
  assert.ok(problem.errors?.some((error) => error.field === field), `no error on ${field}: ${JSON.stringify(problem.errors)}`);
  return problem;
}

export interface TestBackend {
  backend: Backend<ManualClock>;
  clock: ManualClock;
  /** A caller signed in (bearer token) as a seed person or any email with an account. */
  as(who: SeedPerson | (string & {})): Caller;
  /** A caller with no credentials. */
  anonymous: Caller;
  /** A caller using a token the test already has. */
  withToken(token: string): Caller;
  /** A caller sending these headers (e.g. an `X-API-Key`). */
  withHeaders(headers: Record<string, string>): Caller;
  /** Every answer any of these callers got, headers and body, as text. */
  seen: string[];
}

/** A fresh backend with the default seed (unless told otherwise) on a manual clock. */
export function setup(options: Omit<BackendOptions<ManualClock>, 'clock'> = {}): TestBackend {
  const clock = createClock();
  const backend = createBackend({ ...options, clock });
  const seen: string[] = [];
  const withHeaders = (headers: Record<string, string>) => new Caller(backend, headers, seen);
  const withToken = (token: string) => withHeaders({ authorization: `Bearer ${token}` });
  const as = (who: string) => withToken(backend.signIn(who in SEED.users ? SEED.users[who as SeedPerson].email : who));
  return { backend, clock, as, anonymous: withHeaders({}), withToken, withHeaders, seen };
}

/** The token of the latest invitation mailed to `email`: the mail is the only place a token travels. */
export function mailedToken(backend: Backend, email: string): string {
  const token = backend.outbox.latest(email, 'invitation')?.token;
  assert.ok(token, `no invitation mail to ${email}`);
  return token;
}

/** A request whose JSON body the test sends in two halves, the second when it calls `finish()`. */
export function streamedRequest(method: string, path: string, headers: Record<string, string>, json: unknown) {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (c) => { controller = c; } });
  const text = JSON.stringify(json);
  const half = Math.floor(text.length / 2);
  const request = new Request(new URL(path, ORIGIN), {
    method,
    headers: { ...headers, 'content-type': 'application/json' },
    body,
    duplex: 'half',
  } as RequestInit);
  controller.enqueue(new TextEncoder().encode(text.slice(0, half)));
  return {
    request,
    finish() {
      controller.enqueue(new TextEncoder().encode(text.slice(half)));
      controller.close();
    },
  };
}

export const members = (workspaceId: string) => `/workspaces/${workspaceId}/members`;
export const invitations = (workspaceId: string) => `/workspaces/${workspaceId}/invitations`;
