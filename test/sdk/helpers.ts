/**
 * End-to-end test set-up: the SDK talking through msw to a fresh reference backend per test, on a manual
 * clock, signed in as one of the seed's people.
 *
 * ```ts
 * useApiServer();                       // once per file: msw's server, its hooks
 * test('…', async () => {
 *   const { client, backend } = setup('viewer');
 *   await client.members.list(SEED.workspaces.acme);
 * });
 * ```
 */
import { after, afterEach, before } from 'node:test';
import { setupServer } from 'msw/node';
import {
  SEED, createBackend, createClock, type Backend, type BackendOptions, type ManualClock, type OutboxKind,
} from '../../src/backend/index.js';
import { createHandlers } from '../../src/backend/msw.js';
import { createClient, type Client, type ClientOptions } from '../../src/sdk/index.js';

export { SEED };

export const BASE_URL = 'http://api.test';
export const ACME = SEED.workspaces.acme;
export const LABS = SEED.workspaces.labs;
export const GLOBEX = SEED.workspaces.globex;
export const HOUR = 60 * 60 * 1000;

/** Someone from the seed, by role: `owner`, `admin`, `member`, `viewer`, `billing`, `globexOwner`… */
export type SeedPerson = keyof typeof SEED.users;

export const server = setupServer();

/** Starts msw for this test file; every unhandled request is an error, and each test starts clean. */
export function useApiServer(): void {
  before(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    server.events.removeAllListeners();
  });
  after(() => server.close());
}

export interface TestApi {
  backend: Backend<ManualClock>;
  clock: ManualClock;
  /** Signed in as the person `setup` was called with. */
  client: Client;
  /** Every request that reached the network (msw), in order. */
  requests: Request[];
  /** A client signed in as someone else: a seed person, or any email with an account. */
  as(who: SeedPerson | (string & {}), options?: Partial<ClientOptions>): Client;
  /** A client with no credentials, as on the public accept page. */
  anonymous(options?: Partial<ClientOptions>): Client;
  /** A client using a bearer token the test already has (e.g. from accepting an invitation). */
  withToken(token: string, options?: Partial<ClientOptions>): Client;
}

/**
 * A fresh backend (default seed, manual clock) served by msw, and a client signed in as `who`.
 * Clients retry without backoff so that tests of failures stay fast; pass `client` options to change that.
 */
export function setup(
  who: SeedPerson = 'owner',
  options: { backend?: Omit<BackendOptions<ManualClock>, 'clock'>; client?: Partial<ClientOptions> } = {},
): TestApi {
  const clock = createClock();
  const backend = createBackend({ ...options.backend, clock });
  server.use(...createHandlers(backend, BASE_URL));
  const requests: Request[] = [];
  server.events.on('request:start', ({ request }) => {
    requests.push(request);
  });
  const clientWith = (token: string | null, extra: Partial<ClientOptions> = {}) =>
    createClient({ baseUrl: BASE_URL, getToken: () => token, retry: { limit: 2, backoffLimit: 0 }, ...options.client, ...extra });
  const withToken = (token: string, extra?: Partial<ClientOptions>) => clientWith(token, extra);
  const as = (person: string, extra?: Partial<ClientOptions>) => {
    const email = person in SEED.users ? SEED.users[person as SeedPerson].email : person;
    return withToken(backend.signIn(email), extra);
  };
  return { backend, clock, client: as(who), requests, as, anonymous: (extra) => clientWith(null, extra), withToken };
}

/** The newest mail or SMS to `to`, failing the test when there is none. */
export function latestMessage(backend: Backend, to: string, kind?: OutboxKind) {
  const message = backend.outbox.latest(to, kind);
  if (!message) throw new Error(`No message to ${to}${kind ? ` of kind ${kind}` : ''} in the outbox`);
  return message;
}

/** Resolves to the error a promise rejects with; fails when it resolves. */
export async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected a rejection, but it resolved');
}
