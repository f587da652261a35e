/**
 * msw request handlers over a reference backend (`teamkit/backend/msw`), for a host's own tests and demos.
 *
 * @example
 * ```ts
 * import { setupWorker } from 'msw/browser';
 * import { createBackend } from 'teamkit/backend';
 * import { createHandlers } from 'teamkit/backend/msw';
 * await setupWorker(...createHandlers(createBackend(), '/api')).start();
 * ```
 */
import { HttpResponse, http, type HttpHandler } from 'msw';
import type { Backend } from './backend.js';

/**
 * One handler answering every request under `baseUrl` (absolute, or a path such as `/api`) from the
 * backend. Paths are taken relative to `baseUrl`, whatever `basePath` the backend was created with.
 * An injected network fault becomes msw's network error, so `fetch` rejects as it does offline.
 */
export function createHandlers(backend: Backend, baseUrl: string): HttpHandler[] {
  const base = baseUrl.replace(/\/+$/, '');
  const basePath = new URL(base || '/', 'http://placeholder').pathname.replace(/\/+$/, '');
  return [
    http.all(`${base}/*`, async ({ request }) => {
      const path = new URL(request.url).pathname.slice(basePath.length) || '/';
      try {
        return await backend.handle(request, path);
      } catch (error) {
        if (error instanceof TypeError) return HttpResponse.error();
        throw error;
      }
    }),
  ];
}
