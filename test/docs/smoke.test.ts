/**
 * Docs smoke test: starts `npm start`'s server, opens every page the site lists in headless Chromium, waits
 * for its live demo to render, and fails on any console error, page error, failed request or HTTP error, on
 * a missing demo snippet or manifest entry, and on axe violations in the page chrome (the demos are the
 * elements' own tests' business). Then follows an invitation from the outbox into <accept-invite>.
 *
 *   node --import tsx --test test/docs/smoke.test.ts
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { after, before, test } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/lib/chromium.mjs';

const require = createRequire(import.meta.url);
const axeSource = require.resolve('axe-core/axe.min.js');

let server: ChildProcess | undefined;
let browser: Browser | undefined;
let origin = '';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Spawns scripts/serve.ts and resolves with the URL it prints. */
async function startServer(): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], {
    env: { ...process.env, PORT: String(await freePort()) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server = child;
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`The server printed no URL within 60 s:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+/.exec(output);
      if (url) {
        clearTimeout(timer);
        resolve(url[0]);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The server exited (${code}) before listening:\n${output}`));
    });
  });
}

/** Collects everything that counts as a failure on a page. */
function watch(page: Page): string[] {
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
  return problems;
}

async function open(path: string, width = 1280): Promise<{ page: Page; problems: string[] }> {
  assert.ok(browser);
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900 });
  const problems = watch(page);
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
  await page.addScriptTag({ path: axeSource });
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
  origin = await startServer();
  browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  server?.kill('SIGTERM');
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
