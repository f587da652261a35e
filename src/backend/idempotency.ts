import { fieldProblem, problemResponse } from './problems.js';
import type { StoredResponse, Store } from './store.js';

/** Answers that a retry could change (auth refreshed, rate limit passed, server recovered) are not kept. */
const isRemembered = (status: number) => status < 500 && status !== 401 && status !== 408 && status !== 429;

/**
 * Runs a POST once per `Idempotency-Key`: the first answer is stored under (caller, key, method, path) and
 * replayed for every repeat, marked `Idempotent-Replayed: true`. A repeat that arrives while the first is
 * still running waits for it. Reusing a key with another body is refused (422), as the IETF draft advises.
 */
export async function idempotent(store: Store, request: Request, scope: string, path: string, run: () => Promise<Response>): Promise<Response> {
  const key = request.headers.get('idempotency-key');
  if (request.method !== 'POST' || !key) return run();
  const id = JSON.stringify([scope, key, request.method, path]);
  const fingerprint = await request.clone().text();
  const earlier = await store.idempotency.get(id);
  if (earlier) {
    if (earlier.fingerprint !== fingerprint) {
      return problemResponse(fieldProblem('Idempotency-Key', 'key_reused', 'This Idempotency-Key was used with another request body.'));
    }
    return replay(earlier, true);
  }
  let settle: (stored: StoredResponse | null) => void = () => {};
  store.idempotency.set(id, new Promise((resolve) => (settle = resolve)));
  let stored: StoredResponse | null = null;
  try {
    const response = await run();
    if (!isRemembered(response.status)) return response;
    stored = {
      fingerprint,
      status: response.status,
      headers: [...response.headers],
      body: response.status === 204 ? null : await response.text(),
    };
    return replay(stored, false);
  } finally {
    if (!stored) store.idempotency.delete(id);
    settle(stored);
  }
}

function replay(stored: StoredResponse, replayed: boolean): Response {
  const headers = new Headers(stored.headers);
  if (replayed) headers.set('Idempotent-Replayed', 'true');
  return new Response(stored.body, { status: stored.status, headers });
}
