/**
 * A scripted stand-in for the network, for tests of the SDK's own mechanics (errors, retries, sharing,
 * aborts) where a backend would only add noise. Each request gets the next scripted answer.
 */
import { createClient, type Client, type ClientOptions } from '../../src/sdk/index.js';

export const BASE_URL = 'http://api.test';

type Answer = Response | 'network-error' | ((request: Request) => Response | Promise<Response>);

export interface FakeApi {
  client: Client;
  /** Every request the client sent, in order. */
  requests: Request[];
}

/**
 * A client whose fetch answers from `script`, one entry per request; the last entry repeats.
 * A function entry may wait (honouring the request's signal) before answering.
 */
export function fakeApi(script: Answer[], options: Partial<ClientOptions> = {}): FakeApi {
  const requests: Request[] = [];
  const fakeFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    // As fetch does: an aborted request never reaches the network.
    request.signal.throwIfAborted();
    requests.push(request);
    const answer = script[Math.min(requests.length - 1, script.length - 1)];
    if (answer === undefined) throw new Error('fakeApi: empty script');
    if (answer === 'network-error') throw new TypeError('fetch failed');
    return typeof answer === 'function' ? answer(request) : answer.clone();
  };
  const client = createClient({ baseUrl: BASE_URL, fetch: fakeFetch, retry: { limit: 2, backoffLimit: 0 }, ...options });
  return { client, requests };
}

export function json(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  headers.set('content-type', 'application/json');
  return new Response(JSON.stringify(body), { ...init, headers });
}

/** An RFC 9457 problem response as the contract describes it. */
export function problem(status: number, code: string, extra: Record<string, unknown> = {}, headers: HeadersInit = {}): Response {
  const body = { type: 'about:blank', title: code, status, code, detail: `${code} happened`, ...extra };
  const all = new Headers(headers);
  all.set('content-type', 'application/problem+json');
  return new Response(JSON.stringify(body), { status, headers: all });
}

/** Answers after `ms`, or rejects as fetch does when the request is aborted first. */
export function slow(ms: number, answer: () => Response): (request: Request) => Promise<Response> {
  return (request) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => resolve(answer()), ms);
      request.signal.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(request.signal.reason);
      }, { once: true });
    });
}

export const sampleWorkspace = {
  id: 'ws_1', name: 'Acme', logoUrl: null, website: null, industry: null, timezone: 'UTC', plan: 'free', currency: 'USD', role: 'owner',
  memberCount: 1, seatLimit: 10, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
};

export const sampleMember = {
  id: 'mem_1', userId: 'usr_1', workspaceId: 'ws_1', name: 'Ada', email: 'ada@example.org', avatarUrl: null,
  role: 'member', groupIds: [], workspaceIds: ['ws_1'], status: 'active', addedAt: '2026-01-01T00:00:00.000Z', lastLoginAt: null,
};

export const workspacePage = { items: [sampleWorkspace], nextCursor: null, total: 1 };
