/**
 * `npm run bench`: in one headless Chromium, how fast `<team-table>` paints 10 000 members compared with a bare
 * `@lit-labs/virtualizer` list of the same rows, and how smoothly both scroll.
 *
 * - First frame: from creating the element to the second animation frame after its virtualizer laid out rows
 *   (the first frame with rows has been painted by then), median of 5 runs each after two warm-up runs,
 *   alternating the two. Headless Chromium paints at 60 Hz, so times come in steps of about 16.7 ms. Both get
 *   the members from memory (the table through its `initialPage` property and a client stub), so the network
 *   is not part of it. Budget: the table takes at most 1.25 × the bare list.
 * - Scrolling: requestAnimationFrame deltas while each list is scrolled 360 px per frame for 150 frames, by the
 *   same script for both; p50 / p95 / max over 5 runs. 16.7 ms is a frame at 60 Hz. Budget: the table's p95 is
 *   no longer than the bare list's, i.e. it drops no more frames. Then the longest frame in the 30 frames after
 *   scrolling stops (the table gives the rows it shows their controls then), median of the 5 runs.
 * - Main-thread CPU per scrolled frame, from a Chromium trace of 2 more runs each (thread time, so it hardly
 *   moves with the machine's load, unlike frame times; the trace slows both, so it is a run of its own).
 * The machine's load average is printed with the figures: frame times on a busy machine say little.
 *
 * The page (scripts/bench/page.ts) is bundled with esbuild (lit's production build) and served from memory on
 * 127.0.0.1; the server and the browser are closed at the end, whatever happens.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { build } from 'esbuild';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './lib/chromium.mjs';

const RUNS = 5;
const TRACED_RUNS = 2;
const BUDGET = 1.25;
const SUBJECTS = ['table', 'bare'] as const;

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
const load = () => loadavg().map((value) => value.toFixed(2)).join(' ');

interface TraceEvent { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number }

/** Main-thread CPU time (ms) per scrolled frame: the thread time of every task between the page's scroll marks. */
async function cpuPerFrame(tab: Page, name: (typeof SUBJECTS)[number]): Promise<number> {
  await tab.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'] });
  const { scroll } = await tab.evaluate((n) => window.bench.scrollFrames(n), name);
  const trace = await tab.tracing.stop();
  const events = (JSON.parse(Buffer.from(trace ?? new Uint8Array()).toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const start = events.find((event) => event.name === 'scroll-start');
  const end = events.find((event) => event.name === 'scroll-end');
  if (!start || !end) throw new Error('the trace has no scroll marks');
  const busy = events
    .filter((event) => event.name === 'RunTask' && event.ph === 'X' && event.pid === start.pid && event.tid === start.tid && event.ts >= start.ts && event.ts <= end.ts)
    .reduce((sum, event) => sum + (event.tdur ?? event.dur ?? 0), 0);
  return busy / 1000 / scroll.length;
}

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

    const loadBefore = load();
    const first = { table: [] as number[], bare: [] as number[] };
    const scroll = { table: [] as number[], bare: [] as number[] };
    const settled = { table: [] as number[], bare: [] as number[] };
    const cpu = { table: [] as number[], bare: [] as number[] };
    // Two warm-ups of each (code compiled and optimized, fonts and formatters ready), then alternate so that
    // drift hits both alike.
    for (let warmUp = 0; warmUp < 2; warmUp++) {
      for (const name of SUBJECTS) await tab.evaluate((n) => window.bench.firstFrame(n), name);
    }
    for (let run = 0; run < RUNS; run++) {
      for (const name of SUBJECTS) first[name].push(await tab.evaluate((n) => window.bench.firstFrame(n), name));
    }
    for (let run = 0; run < RUNS; run++) {
      for (const name of SUBJECTS) {
        const frames = await tab.evaluate((n) => window.bench.scrollFrames(n), name);
        scroll[name].push(...frames.scroll);
        settled[name].push(Math.max(...frames.settled));
      }
    }
    for (let run = 0; run < TRACED_RUNS; run++) {
      for (const name of SUBJECTS) cpu[name].push(await cpuPerFrame(tab, name));
    }
    if (errors.length) throw new Error(`the page reported errors:\n${errors.join('\n')}`);

    const ratio = median(first.table) / median(first.bare);
    const p95 = { table: percentile(scroll.table, 95), bare: percentile(scroll.bare, 95) };
    const rows = [
      ['', '<team-table>', 'bare virtualizer', 'ratio'],
      ['first frame, 10 000 members (median of 5)', ms(median(first.table)), ms(median(first.bare)), `${ratio.toFixed(2)} ×`],
      ['  runs', first.table.map((v) => v.toFixed(0)).join(' '), first.bare.map((v) => v.toFixed(0)).join(' '), ''],
      ['scroll frame time p50', ms(percentile(scroll.table, 50)), ms(percentile(scroll.bare, 50)), ''],
      ['scroll frame time p95', ms(p95.table), ms(p95.bare), ''],
      ['scroll frame time max', ms(Math.max(...scroll.table)), ms(Math.max(...scroll.bare)), ''],
      ['longest frame once scrolling stops (median)', ms(median(settled.table)), ms(median(settled.bare)), ''],
      [`main-thread CPU per scrolled frame (${TRACED_RUNS} traced runs)`, ms(median(cpu.table)), ms(median(cpu.bare)), `${(median(cpu.table) / median(cpu.bare)).toFixed(2)} ×`],
    ];
    const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
    for (const row of rows) console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('   '));
    console.log(`${RUNS} runs each, ${scroll.table.length / RUNS} scrolled frames per run; load average (1, 5, 15 min) ${loadBefore} before, ${load()} after.`);
    console.log(`Budgets: first frame ≤ ${BUDGET} × the bare list's; scroll p95 no longer than the bare list's.`);
    const over = [
      ...(ratio > BUDGET ? [`first frame ${ratio.toFixed(2)} × > ${BUDGET} ×`] : []),
      ...(p95.table > p95.bare + 0.5 ? [`scroll p95 ${ms(p95.table)} > ${ms(p95.bare)}`] : []),
    ];
    if (over.length) {
      console.error(`Over budget: ${over.join('; ')}.`);
      process.exitCode = 1;
    } else {
      console.log('Within budget.');
    }
  } finally {
    await browser?.close();
    await new Promise((resolve) => server.close(resolve));
  }
}

await main();
