// Browser tests: every test/components/**/*.test.ts in headless Chromium, against msw over the reference
// backend. `npm test` runs this after the Node tests; `npx wtr --watch` for a loop while writing elements.
import { availableParallelism } from 'node:os';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './scripts/lib/chromium.mjs';
import { mockServiceWorkerMiddleware, nodeResolve, typescriptPlugin } from './scripts/lib/dev-server.mjs';
import { countReporter } from './scripts/lib/wtr-count-reporter.mjs';

/**
 * `executeServerCommand('focus-page')`: brings the test file's page to the front. A test that follows a link
 * opening another tab leaves later pages in the background, where focus and blur never fire, and tests of
 * what happens when a field is left (touched, rewritten on blur) fail only after such a file.
 */
const focusPage = {
  name: 'focus-page',
  async executeCommand({ command, session }) {
    if (command !== 'focus-page') return undefined;
    await session.browser.getPage(session.id).bringToFront();
    return true;
  },
};

// Each page runs the elements and the backend; one page per two cores keeps timing-sensitive tests
// (debounces, latency) honest on a small CI machine.
const concurrency = Number(process.env.WTR_CONCURRENCY) || Math.max(1, Math.floor(availableParallelism() / 2));

export default {
  files: ['test/components/**/*.test.ts'],
  rootDir: '.',
  nodeResolve,
  plugins: [typescriptPlugin(), focusPage],
  middleware: [mockServiceWorkerMiddleware],
  browsers: [
    chromeLauncher({
      puppeteer,
      launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs },
    }),
  ],
  concurrency,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  // Per test file: long enough for a big file on a loaded 2-core machine, short enough that a hung page
  // (a native dialog, an endless loop) does not eat the CI budget.
  testsFinishTimeout: 5 * 60_000,
  testFramework: { config: { timeout: 20_000 } },
  reporters: [defaultReporter(), countReporter()],
};
