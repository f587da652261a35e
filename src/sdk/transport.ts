import { HTTPError, type Input, type RetryOptions } from 'ky';
import { isTeamkitError } from './errors/index.js';
import { parseRetryAfter } from './errors/from-response.js';
import { RedirectError } from './errors/redirect.js';

/** Settles like `promise`, or rejects with the signal's reason as soon as it aborts. */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * The fetch ky calls: one whole exchange, headers and body. ky's `timeout` ends when its fetch resolves, so the
 * body is read here, inside it and under the request's signal (the caller's and ky's own): a server that sends
 * headers and then stalls fails with a timeout (retried like one), and an abort ends the read at once, whatever
 * fetch implementation the host passed. Requests go out with `redirect: 'manual'`; a redirect is refused here,
 * so nothing ever reaches the address it names. A download (`readBody` false) resolves with its headers and
 * leaves the body to be streamed, under a per-chunk timeout instead (`download.ts`).
 */
export function exchange(fetchImpl: typeof fetch | undefined, readBody = true) {
  return async (input: Input, init?: RequestInit): Promise<Response> => {
    const signal = input instanceof Request ? input.signal : init?.signal ?? undefined;
    // Looked up per call, not at creation: test tools and polyfills replace the global fetch later.
    const response = await (fetchImpl ?? fetch)(input, init);
    // Browsers hide a refused redirect as an opaque status-0 response; Node shows the 3xx and its Location.
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400 && response.status !== 304)) {
      void response.body?.cancel().catch(() => undefined);
      throw new RedirectError(response.status, response.headers.get('Location'));
    }
    if (!readBody && response.ok) return response;
    const body = await untilAborted(response.arrayBuffer(), signal);
    // An empty body as null: a 204 or 304 may not have one, not even an empty one, or the constructor throws.
    return new Response(body.byteLength ? body : null, response);
  };
}

export interface RetryPolicy {
  limit: number;
  backoffLimit: number;
  maxRetryAfter: number;
}

/**
 * ky's retry options for one call. ky's own reading of `Retry-After` is off (`afterStatusCodes: []`): it waits
 * about 24 days on a value it cannot parse and also obeys vendor headers. Instead `shouldRetry` reads the header
 * and `jitter` – which ky calls next, for the same failure – turns it into the wait; no wait exceeds
 * `maxRetryAfter`, which is also ky's `backoffLimit`.
 */
export function retryOptions(policy: RetryPolicy): RetryOptions {
  let serverWait: number | undefined;
  return {
    limit: policy.limit,
    methods: ['get', 'put', 'delete', 'head', 'options', 'post'],
    statusCodes: [408, 429, 500, 502, 503, 504],
    afterStatusCodes: [],
    backoffLimit: policy.maxRetryAfter,
    retryOnTimeout: true,
    shouldRetry: ({ error }) => {
      serverWait = undefined;
      // The SDK's own errors (a refused redirect) are decisions, not accidents: trying again changes nothing.
      if (isTeamkitError(error)) return false;
      if (!(error instanceof HTTPError) || ![429, 503].includes(error.response.status)) return undefined;
      const seconds = parseRetryAfter(error.response.headers.get('Retry-After'));
      if (seconds === null) return undefined;
      serverWait = seconds * 1000;
      // Longer than the caller will wait: fail now (a 429 says how long in RateLimitError.retryAfter).
      return serverWait > policy.maxRetryAfter ? false : undefined;
    },
    // The server's wait is kept exactly (retrying sooner would only be refused again); backoff gets jitter.
    jitter: (delay) => serverWait ?? Math.min(policy.backoffLimit, delay * (0.5 + Math.random() / 2)),
  };
}
