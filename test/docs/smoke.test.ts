/**
 * Docs smoke test: starts `npm start`'s server, opens every page the site lists in headless Chromium, waits
 * for its live demo to render, and fails on any console error, page error, failed request or HTTP error,
 * Content Security Policy violation, on a missing demo snippet or manifest entry, and on axe violations in
 * the page chrome (the demos are the elements' own tests' business). Then follows an invitation from the
 * outbox into <accept-invite>.
 *
 *   node --import tsx --test test/docs/smoke.test.ts
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/lib/chromium.mjs';
import { startServeChild, type ServeChild } from '../../scripts/serve/child.js';

const require = createRequire(import.meta.url);
// Evaluated through DevTools, not added as a <script>: the pages' CSP rightly refuses inline scripts.
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let server: ServeChild | undefined;
let browser: Browser | undefined;
let origin = '';

/**
 * Collects everything that counts as a failure on a page. CSP violations are reported by the page itself
 * (a `securitypolicyviolation` listener installed before any of its scripts), not only by Chromium's
 * console wording, so a blocked script, style, image or fetch always fails the page.
 */
async function watch(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()} (${message.location().url ?? 'unknown source'})`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error instanceof Error ? error.message : String(error)}`));
  page.on('requestfailed', (request) => {
    // Aborted on purpose: a task restarted (new client, new arguments) and cancelled its earlier fetch.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${request.method()} ${request.url()} ${request.failure()?.errorText ?? ''}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
  });
  await page.exposeFunction('reportCspViolation', (violation: string) => problems.push(`CSP violation: ${violation}`));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (violation: string) => void }).reportCspViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile || 'the page'}:${event.lineNumber} ${event.sample}`);
    });
  });
  return problems;
}

async function open(path: string, width = 1280): Promise<{ page: Page; problems: string[] }> {
  assert.ok(browser);
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900 });
  const problems = await watch(page);
  await page.goto(new URL(path, origin).href, { waitUntil: 'networkidle0', timeout: 90_000 });
  return { page, problems };
}

/** Waits until the page's demo element (the surface's `data-demo-tag`) has rendered into its shadow root. */
async function waitForDemo(page: Page): Promise<void> {
  const tag = await page.$eval('.demo-surface[data-demo-tag]', (surface) => surface.getAttribute('data-demo-tag'));
  await page.waitForFunction(
    (demoTag) => {
      const element = document.querySelector(`.demo-surface ${demoTag}`);
      return !!element?.shadowRoot?.querySelector('*');
    },
    { timeout: 30_000 },
    tag,
  );
  await page.waitForNetworkIdle({ idleTime: 500, timeout: 30_000 });
}

async function chromeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run({ exclude: [['.demo-surface']] }, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((node) => JSON.stringify(node.target)).join(', ')})`);
  });
  return violations.map((violation) => `axe: ${violation}`);
}

before(async () => {
  // The component pages read custom-elements.json; make it match the source being tested.
  const analyze = spawnSync(process.execPath, [require.resolve('@custom-elements-manifest/analyzer/cem.js'), 'analyze'], { encoding: 'utf8' });
  assert.equal(analyze.status, 0, `npm run analyze failed:\n${analyze.stderr}`);
  server = await startServeChild();
  origin = server.origin;
  browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('every docs page loads cleanly, renders its demo and has accessible chrome', async (t) => {
  const { page, problems } = await open('/docs/');
  const listed = await page.$$eval('#site-nav a[data-site-page]', (links) => links.map((link) => (link as HTMLAnchorElement).pathname + (link as HTMLAnchorElement).search));
  await page.close();
  assert.deepEqual(problems, []);
  assert.ok(listed.includes('/docs/'), 'the nav lists the landing page');
  assert.ok(listed.some((path) => path.startsWith('/docs/component.html?tag=')), 'the nav lists component pages');

  for (const path of listed) {
    await t.test(path, async () => {
      const { page, problems } = await open(path);
      try {
        if (await page.$('.demo-surface[data-demo-tag]')) await waitForDemo(page);
        const notices = await page.$$eval('.notice, .demo-missing', (nodes) => nodes.map((node) => node.textContent?.trim() ?? ''));
        assert.deepEqual(notices, [], 'no "missing demo / manifest" notice');
        assert.ok(await page.$('main h1'), 'the page has a heading');
        if (path.includes('component.html')) assert.ok(await page.$('#attributes'), 'the API tables rendered from custom-elements.json');
        problems.push(...(await chromeViolations(page)));
        assert.deepEqual(problems, []);
      } finally {
        await page.close();
      }
    });
  }
});

test('the site fits a 390 px wide screen', async () => {
  for (const path of ['/docs/', '/docs/component.html?tag=teamkit-provider']) {
    const { page, problems } = await open(path, 390);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.close();
    assert.deepEqual(problems, []);
    assert.equal(overflow, 0, `${path} scrolls sideways at 390 px`);
  }
});

test('the header switches user, language and theme for the demos, and remembers them', async () => {
  const { page, problems } = await open('/docs/component.html?tag=profile-form');
  try {
    await waitForDemo(page);
    const [viewAs, language] = await page.$$('#site-header select');
    assert.ok(viewAs && language);
    const demoText = () => page.$eval('.demo-surface profile-form', (form) => form.shadowRoot?.textContent ?? '');
    const english = await demoText();
    const signedIn = page.waitForResponse((response) => response.url().includes('/demo/sign-in?email=viewer%40acme.test'));
    await viewAs.select('viewer');
    await signedIn;
    await language.select('es');
    await page.waitForFunction(
      (before) => document.querySelector('.demo-surface profile-form')?.shadowRoot?.textContent !== before,
      { timeout: 30_000 },
      english,
    );
    await page.click('#theme-button');
    await page.click('#theme-panel input[type="checkbox"]');
    await page.waitForNetworkIdle({ idleTime: 500, timeout: 30_000 });
    await page.reload({ waitUntil: 'networkidle0' });
    await waitForDemo(page);
    const state = await page.evaluate(() => ({
      selects: [...document.querySelectorAll<HTMLSelectElement>('#site-header select')].map((select) => select.value),
      background: document.querySelector<HTMLElement>('.demo-surface')?.style.getPropertyValue('--tk-color-bg'),
      locale: document.querySelector<HTMLElement & { locale?: string }>('.demo-surface teamkit-provider')?.locale,
    }));
    assert.deepEqual(state, { selects: ['viewer', 'es'], background: '#0f172a', locale: 'es' });
    await page.evaluate(() => localStorage.clear());
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test('an invitation can be followed from the outbox into <accept-invite>', async () => {
  const { token } = (await (await fetch(`${origin}/demo/sign-in?email=owner@acme.test`)).json()) as { token: string };
  const email = `smoke-${Date.now()}@example.test`;
  const invite = await fetch(`${origin}/api/workspaces/ws_acme/invitations`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ emails: [email], role: 'member' }),
  });
  assert.ok(invite.ok, `inviting failed: ${invite.status} ${await invite.text()}`);

  const { page, problems } = await open('/docs/');
  try {
    await page.click('#outbox-button');
    const link = await page.waitForSelector('#outbox-panel .message a[href*="token="]', { timeout: 15_000 });
    assert.ok(link);
    const text = await page.$eval('#outbox-panel .message', (message) => message.textContent ?? '');
    assert.match(text, new RegExp(email.replace(/[.+]/g, '\\$&')), 'the newest message is the invitation just sent');
    await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), link.click()]);
    assert.match(page.url(), /tag=accept-invite&token=/);
    await page.waitForFunction(
      () => !!document.querySelector('.demo-surface accept-invite')?.shadowRoot?.querySelector('form'),
      { timeout: 30_000 },
    );
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test('an invitation to an address with an account asks to sign in, then accepts in one step', async () => {
  const { token } = (await (await fetch(`${origin}/demo/sign-in?email=owner@acme.test`)).json()) as { token: string };
  const invite = await fetch(`${origin}/api/workspaces/ws_acme/invitations`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ emails: ['gus@globex.test'], role: 'viewer' }),
  });
  assert.ok(invite.ok, `inviting failed: ${invite.status} ${await invite.text()}`);
  const outbox = (await (await fetch(`${origin}/demo/outbox`)).json()) as { to: string; kind: string; token?: string }[];
  const mailed = outbox.filter((message) => message.to === 'gus@globex.test' && message.kind === 'invitation').at(-1)?.token;
  assert.ok(mailed);

  const { page, problems } = await open(`/docs/component.html?tag=accept-invite&token=${mailed}`);
  try {
    await page.waitForFunction(() => (document.querySelector('.demo-surface accept-invite')?.shadowRoot?.textContent ?? '').includes('Sign in as gus@globex.test'), { timeout: 30_000 });
    const link = await page.evaluateHandle(() => document.querySelector('.demo-surface accept-invite')?.shadowRoot?.querySelector('[part~="sign-in-link"]'));
    await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), (link as unknown as { click(): Promise<void> }).click()]);
    await page.waitForFunction(() => (document.querySelector('.demo-surface accept-invite')?.shadowRoot?.textContent ?? '').includes("You're signed in as gus@globex.test"), { timeout: 30_000 });
    await page.evaluate(() => document.querySelector('.demo-surface accept-invite')?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="submit"]')?.click());
    await page.waitForFunction(() => (document.querySelector('.demo-surface accept-invite')?.shadowRoot?.textContent ?? '').includes('Welcome to Acme Inc.'), { timeout: 30_000 });
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test('a script injected into a page does not run: the CSP refuses it and the watch above reports it', async () => {
  const { page, problems } = await open('/docs/');
  try {
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.injectedScriptRan = true;';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return (window as unknown as { injectedScriptRan?: boolean }).injectedScriptRan ?? false;
    });
    assert.equal(ran, false);
    assert.ok(problems.some((problem) => problem.startsWith('CSP violation: script-src-elem blocked inline')), problems.join('\n'));
  } finally {
    await page.close();
  }
});

test("typedoc's SDK reference (when `npm run docs` has built it) loads without CSP violations", async (t) => {
  if (!existsSync('docs/api/index.html')) return t.skip('docs/api/ is not built');
  for (const path of ['/docs/api/', '/docs/api/functions/createClient.html']) {
    const { page, problems } = await open(path);
    await page.close();
    assert.deepEqual(problems, [], path);
  }
});
