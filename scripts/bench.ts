/**
 * `npm run bench`: in one headless Chromium, how fast `<team-table>` paints 10 000 members compared with a bare
 * `@lit-labs/virtualizer` list of the same rows, and how smoothly both scroll.
 *
 * - First frame: from creating the element to the second animation frame after its virtualizer laid out rows
 *   (the first frame with rows has been painted by then), median of 5 runs each after two warm-up runs,
 *   alternating the two. Headless Chromium paints at 60 Hz, so times come in steps of about 16.7 ms. Both get
 *   the members from memory (the table through its `initialPage` property and a client stub), so the network
 *   is not part of it. Budget: the table takes at most 1.5 × the bare list.
 * - Scrolling: requestAnimationFrame deltas while each list is scrolled 360 px per frame for 150 frames;
 *   p50 / p95 / max over 5 runs. 16.7 ms is a frame at 60 Hz.
 *
 * The page (scripts/bench/page.ts) is bundled with esbuild (lit's production build) and served from memory on
 * 127.0.0.1; the server and the browser are closed at the end, whatever happens.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import puppeteer, { type Browser } from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './lib/chromium.mjs';

const RUNS = 5;
const BUDGET = 1.5;

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: ['scripts/bench/page.ts'],
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    minify: true,
    conditions: ['browser', 'production'],
    logLevel: 'warning',
  });
  const code = result.outputFiles[0]?.text;
  if (!code) throw new Error('esbuild produced no output');
  return code;
}

function serve(script: string): Promise<Server> {
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>teamkit bench</title>
<style>body{margin:0;font:14px system-ui} #stage{width:1100px} .bare-row{display:grid;grid-template-columns:2fr 2fr 1fr 1fr 1fr 1fr;align-items:center;height:52px;padding:0 12px;border-bottom:1px solid #cbd5e1;box-sizing:border-box;width:100%}.bare-row span{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}</style>
</head><body><div id="stage"></div><script type="module" src="/page.js"></script></body></html>`;
  const server = createServer((request, response) => {
    const isScript = request.url === '/page.js';
    response.writeHead(200, { 'content-type': isScript ? 'text/javascript' : 'text/html', 'cache-control': 'no-store' });
    response.end(isScript ? script : page);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function main(): Promise<void> {
  const server = await serve(await bundle());
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: [...chromiumArgs, '--window-size=1280,900'] });
    const tab = await browser.newPage();
    await tab.setViewport({ width: 1280, height: 900 });
    const errors: string[] = [];
    tab.on('pageerror', (error) => errors.push(String(error)));
    tab.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
    await tab.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await tab.waitForFunction(() => window.bench?.ready === true);

    const first = { table: [] as number[], bare: [] as number[] };
    const scroll = { table: [] as number[], bare: [] as number[] };
    // Two warm-ups of each (code compiled and optimized, fonts and formatters ready), then alternate so that
    // drift hits both alike.
    for (let warmUp = 0; warmUp < 2; warmUp++) {
      for (const name of ['table', 'bare'] as const) await tab.evaluate((n) => window.bench.firstFrame(n), name);
    }
    for (let run = 0; run < RUNS; run++) {
      for (const name of ['table', 'bare'] as const) first[name].push(await tab.evaluate((n) => window.bench.firstFrame(n), name));
    }
    for (let run = 0; run < RUNS; run++) {
      for (const name of ['table', 'bare'] as const) scroll[name].push(...await tab.evaluate((n) => window.bench.scrollFrames(n), name));
    }
    if (errors.length) throw new Error(`the page reported errors:\n${errors.join('\n')}`);

    const ratio = median(first.table) / median(first.bare);
    const rows = [
      ['', '<team-table>', 'bare virtualizer', 'ratio'],
      ['first frame, 10 000 members (median of 5)', ms(median(first.table)), ms(median(first.bare)), `${ratio.toFixed(2)} ×`],
      ['  runs', first.table.map((v) => v.toFixed(0)).join(' '), first.bare.map((v) => v.toFixed(0)).join(' '), ''],
      ['scroll frame time p50', ms(percentile(scroll.table, 50)), ms(percentile(scroll.bare, 50)), ''],
      ['scroll frame time p95', ms(percentile(scroll.table, 95)), ms(percentile(scroll.bare, 95)), ''],
      ['scroll frame time max', ms(Math.max(...scroll.table)), ms(Math.max(...scroll.bare)), ''],
    ];
    const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
    for (const row of rows) console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('   '));
    console.log(`${RUNS} runs each, ${scroll.table.length / RUNS} scrolled frames per run; budget: first frame ≤ ${BUDGET} × the bare list.`);
    if (ratio > BUDGET) {
      console.error(`Over budget: ${ratio.toFixed(2)} × > ${BUDGET} ×.`);
      process.exitCode = 1;
    } else {
      console.log(`Within budget (${ratio.toFixed(2)} × ≤ ${BUDGET} ×).`);
    }
  } finally {
    await browser?.close();
    await new Promise((resolve) => server.close(resolve));
  }
}

await main();
