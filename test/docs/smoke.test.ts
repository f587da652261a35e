/**
 * Docs smoke test: starts `npm start`'s server, opens every page the site lists in headless Chromium, waits
 * for its live demo to render, and fails on any console error, page error, failed request or HTTP error,
 * Content Security Policy violation, on a missing demo snippet or manifest entry, on a usage snippet that is
 * not the demo file as written, and on axe violations in the page chrome (the demos are the elements' own
 * tests' business). Then checks the site at 390 px, the language switch, follows an invitation from the
 * outbox into <accept-invite>, and opens the generated SDK and HTTP API references.
 *
 *   node --import tsx --test test/docs/smoke.test.ts
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
  server = await startServeChild({ references: true });
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
        if (path.includes('component.html')) {
          assert.ok(await page.$('#attributes'), 'the API tables rendered from custom-elements.json');
          const tag = new URL(path, origin).searchParams.get('tag') ?? '';
          const snippet = await page.$eval('.code-block[aria-label="Markup"] pre', (pre) => pre.textContent);
          assert.equal(snippet, readFileSync(`docs/demos/${tag}.html`, 'utf8').trimEnd(), 'the usage snippet is the demo file as written');
        }
        const references = await page.$$eval('#site-header a, #site-nav a', (links) => links.map((link) => link.getAttribute('href')));
        assert.ok(references.includes('/docs/api/') && references.includes('/docs/openapi/'), 'the header and nav link both references');
        problems.push(...(await chromeViolations(page)));
        assert.deepEqual(problems, []);
      } finally {
        await page.close();
      }
    });
  }
});

test('the site fits a 390 px wide screen', async () => {
  for (const path of ['/docs/', '/docs/component.html?tag=teamkit-provider', '/docs/component.html?tag=team-table', '/docs/guide.html']) {
    const { page, problems } = await open(path, 390);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.close();
    assert.deepEqual(problems, []);
    assert.equal(overflow, 0, `${path} scrolls sideways at 390 px`);
  }
});

test('at 390 px, long code lines scroll inside their block, under its Copy button, and API tables become labelled cards', async () => {
  // teamkit-provider's snippet has lines far wider than 390 px (its demo wires a backend), and attributes.
  const { page, problems } = await open('/docs/component.html?tag=teamkit-provider', 390);
  try {
    const code = await page.$eval('.code-block[aria-label="Markup"]', (block) => {
      const pre = block.querySelector('pre');
      const copy = block.querySelector('button')?.getBoundingClientRect();
      return {
        scrolls: !!pre && pre.scrollWidth > pre.clientWidth && getComputedStyle(pre).overflowX === 'auto',
        copyAboveCode: !!pre && !!copy && copy.bottom <= pre.getBoundingClientRect().top,
      };
    });
    assert.deepEqual(code, { scrolls: true, copyAboveCode: true });
    const card = await page.$eval('#attributes + .table-scroll', (box) => {
      const row = box.querySelector('tbody tr');
      const typeCell = row?.querySelector('td[data-label="Type"]');
      return {
        fits: box.scrollWidth <= box.clientWidth,
        row: row ? getComputedStyle(row).display : '',
        label: typeCell ? getComputedStyle(typeCell, '::before').content : '',
        headerForScreenReaders: !!box.querySelector('thead th'),
      };
    });
    // The label is drawn with empty alternative text (`content: attr(data-label) / ''`): the column header is what screen readers read.
    assert.deepEqual(card, { fits: true, row: 'block', label: '"Type" / ""', headerForScreenReaders: true });
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
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
    // Screen readers switch voice by `lang`: the elements say they speak Spanish; the docs' own text stays English.
    await page.waitForFunction(() => document.querySelector('.demo-surface teamkit-provider')?.getAttribute('lang') === 'es', { timeout: 30_000 });
    const languages = await page.evaluate(() => ({
      page: document.documentElement.lang,
      option: document.querySelector('#site-header option[value="es"]')?.getAttribute('lang'),
      insideElement: document.querySelector('.demo-surface profile-form')?.shadowRoot?.querySelector('label')?.matches(':lang(es)'),
    }));
    assert.deepEqual(languages, { page: 'en', option: 'es', insideElement: true });
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
    // A mail's link is opened from a mail client, and a copied link is pasted anywhere: both must be absolute.
    const hrefs = await page.$$eval('#outbox-panel .message:first-child a[href*="token="]', (links) => links.map((each) => each.getAttribute('href') ?? ''));
    assert.equal(hrefs.length, 2, 'the link in the mail text and the button');
    for (const href of hrefs) assert.ok(href.startsWith(`${origin}/docs/component.html?tag=accept-invite&token=`), href);
    assert.match(text, new RegExp(`Accept: ${origin.replace(/[.]/g, '\\.')}/docs/component\\.html\\?tag=accept-invite&token=`));
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

/** Waits until the server has built `path` (a fresh clone has none: the server builds both on start). */
async function untilBuilt(path: string, timeout = 300_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const response = await fetch(new URL(path, origin));
    await response.arrayBuffer();
    if (response.ok) return;
    assert.equal(response.status, 503, `${path} answered ${response.status} while being built`);
    assert.ok(Date.now() < deadline, `${path} was not built within ${timeout / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
}

test("the SDK reference (typedoc, built by the server) loads without CSP violations and links back", async () => {
  await untilBuilt('/docs/api/');
  for (const path of ['/docs/api/', '/docs/api/functions/createClient.html']) {
    const { page, problems } = await open(path);
    const links = await page.$$eval('a', (anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    await page.close();
    assert.deepEqual(problems, [], path);
    assert.ok(links.includes('/docs/') && links.includes('/docs/openapi/'), `${path} links the docs and the HTTP API reference`);
  }
});

/**
 * Redoc tries two things its page's policy refuses, each with a fallback (scripts/serve/security-headers.ts):
 * `Function()` for a search worker (search runs on the page instead) and its logo from cdn.redoc.ly.
 */
const redocRefusals = [/\beval\b|Evaluating a string as JavaScript/, /https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini/];

test('the HTTP API reference (Redoc, built by the server) renders openapi.json, searches, and links back', async () => {
  await untilBuilt('/docs/openapi/');
  const { page, problems } = await open('/docs/openapi/');
  try {
    const unexpected = problems.filter((problem) => !redocRefusals.some((refusal) => refusal.test(problem)));
    assert.deepEqual(unexpected, []);
    const shown = await page.evaluate(() => document.body.innerText);
    for (const section of ['Members', 'Invitations', 'Workspaces']) assert.ok(shown.includes(section), `no ${section} section`);
    const links = await page.$$eval('nav a', (anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    assert.ok(links.includes('/docs/') && links.includes('/docs/api/'), 'links the docs and the SDK reference');
    // Search works with its worker refused: the results list the resend endpoint once more than the page does.
    const mentions = () => page.evaluate(() => document.body.innerText.split('{invitationId}/resend').length);
    const before = await mentions();
    await page.click('[data-testid="search-trigger"]');
    await page.keyboard.type('resend');
    await page.waitForFunction((count) => document.body.innerText.split('{invitationId}/resend').length > count, { timeout: 15_000 }, before);
  } finally {
    await page.close();
  }
});
