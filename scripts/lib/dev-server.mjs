// What @web/dev-server needs to serve the repo's TypeScript and msw to a browser; shared by the test runner
// (web-test-runner.config.mjs) and `npm start` (scripts/serve.ts) so both resolve modules the same way.
import { esbuildPlugin } from '@web/dev-server-esbuild';

/** `browser` first, or msw's packages resolve to their Node builds; `development` for lit's dev warnings. */
export const nodeResolve = { exportConditions: ['browser', 'development'] };

/**
 * es2022, not 'auto': 'auto' leaves standard decorators untranspiled and Chromium rejects them.
 * `inlineScripts: false` serves HTML as written: esbuild would otherwise rewrite the inline scripts of every
 * HTML file (and append a source map), so a Content Security Policy hash of the file no longer matches.
 */
export function typescriptPlugin({ inlineScripts = true } = {}) {
  const plugin = esbuildPlugin({ ts: true, target: 'es2022' });
  if (!inlineScripts) {
    const transform = plugin.transform.bind(plugin);
    plugin.transform = (context) => (context.response.is('html') ? undefined : transform(context));
  }
  return plugin;
}

/**
 * msw's service worker lives in public/, but it may only control pages under its own path, so it is
 * served from the root as well.
 */
export function mockServiceWorkerMiddleware(context, next) {
  if (context.path === '/mockServiceWorker.js') context.path = '/public/mockServiceWorker.js';
  return next();
}
