#!/usr/bin/env node
/* global process, console, fetch, setTimeout, URL, window, document, performance, requestAnimationFrame, MutationObserver, sessionStorage */
// `npm run bench`: builds for production, prints the gzip size of every chunk and each route's initial JS, then
// measures in headless Chromium, against the production build (vite preview) and the mock HTTP server:
//   1. a cold load of the tokens page (a fresh browser context each run): navigation -> first table rows painted, and
//      from navigation start (Resource Timing) when the first API request starts and when the page chunk
//      (TokensPage-*.js) has loaded; the run fails when the request starts later than the chunk finishes (a waterfall).
//      Each run also loads the stack floor (scripts/bench/floor: the same stack showing the same 20 tokens with
//      nothing else), so the figure splits into what the stack costs on this machine and what the console adds;
//   2. a page change whose data is cached (Next, then Previous): click -> new rows in the DOM, styled and laid out;
//   3. 500 rows, virtualized: the tokens page's user view ("Show all N tokens") for a synthetic user with 500
//      tokens (the API caps page_size at 100; the bench answers that user's requests, the mock's seed is untouched):
//      click -> first rows painted, and frame times while scrolling the list to its end;
//   4. the overview: a cold load of / to the first tile's figure painted, every figure, and the chart drawn (with the
//      overview's bundle: scripts/bench/overview.mjs);
//   5. a cold load of the sessions page: navigation -> first session rows painted (scripts/bench/sessions.mjs).
//   6. an export of 5,000 rows (scripts/bench/export.mjs): the heavy user's tokens as CSV, click -> download.
// The sections run in order (SECTIONS, at the end); each prints its lines and may fail the run.
// Options: --no-build (measure dist/ as it is), --runs=N (default 5), --only=coldLoad,sessionsColdLoad (the sections
// named, without "Section"; the budgets and the heavy user are printed only on a full run). E2E_PORT_OFFSET=N moves
// its servers by N ports, so checkouts can bench side by side.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { BUDGETS, checkBudgets, kb, measureBuild, printSizes } from './check-size.mjs';
import { overviewSection } from './bench/overview.mjs';
import { findChromium } from './find-browser.mjs';
import { sessionsColdLoadSection } from './bench/sessions.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
// not the e2e ports (4173 + 10·N…), so a bench can run beside the e2e tests; one port per offset, since 4190 is
// on the fetch standard's list of blocked ports
const PORT_OFFSET = Number(process.env.E2E_PORT_OFFSET ?? 0);
const PREVIEW_PORT = 4160 + PORT_OFFSET;
const MOCK_PORT = 8760 + PORT_OFFSET;
const FLOOR_PORT = 4140 + PORT_OFFSET;
const APP = `http://127.0.0.1:${PREVIEW_PORT}`;
const FLOOR = `http://127.0.0.1:${FLOOR_PORT}`;
const FLOOR_CONFIG = 'scripts/bench/floor/vite.config.mjs';
const API = `http://127.0.0.1:${MOCK_PORT}`;
const ADMIN_TOKEN = 'demo-admin-token';
const args = new Set(process.argv.slice(2));
const RUNS = Number([...args].find((a) => a.startsWith('--runs='))?.slice(7) ?? 5);
const BUDGET_ROWS_MS = 250;
/** What a 500-row list may take to show: not a cold load, so not the budget above. */
const BUDGET_500_ROWS_MS = 1000;
const BUDGET_PAGE_CHANGE_MS = 16;
const FRAME_MS = 1000 / 60;

const children = [];

function run(command, commandArgs, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${commandArgs.join(' ')}: ${code}`))));
  });
}

/** Starts a server in its own process group (so it and npx's children stop together) and waits for `url`. */
async function startServer(commandArgs, url, env = {}) {
  const child = spawn('npx', commandArgs, { cwd: ROOT, detached: true, stdio: 'ignore', env: { ...process.env, ...env } });
  children.push(child);
  for (let i = 0; i < 300; i += 1) {
    if (child.exitCode !== null) throw new Error(`npx ${commandArgs.join(' ')} exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up`);
}

function stopServers() {
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN;
};
const ms = (value) => `${value.toFixed(1)} ms`;
const verdict = (ok) => (ok ? 'ok  ' : 'OVER');

/** In the page from its first script on: when data rows (not skeletons) first appear, and the frame after. */
function watchFirstRows() {
  window.__bench = {};
  const seen = () => document.querySelector('table tbody tr:not([data-testid="skeleton-row"]) td');
  const observer = new MutationObserver(() => {
    if (window.__bench.rowsInDom || !seen()) return;
    window.__bench.rowsInDom = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      window.__bench.rowsFrame = performance.now();
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function newSignedInContext(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(
    ({ token, baseUrl }) => sessionStorage.setItem('authms.console.session', JSON.stringify({ token, baseUrl, demo: false })),
    { token: ADMIN_TOKEN, baseUrl: API },
  );
  return context;
}

/** The files a cold load of /tokens fetches, by their names in dist/ (from the build's manifest). */
function coldLoadFiles() {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'dist', '.vite', 'manifest.json'), 'utf8'));
  const file = (key) => manifest[key]?.file.split('/').pop();
  return {
    entry: [file('index.html'), ...(manifest['index.html']?.imports ?? []).map(file)],
    chunk: file('src/features/tokens/TokensPage.tsx'),
    catalog: file('src/i18n/locales/en/tokens.json?lingui'),
    common: file('src/i18n/locales/en/common.json?lingui'),
  };
}

/**
 * From navigation start, in the page (Resource Timing): when the first API request started, and when the entry,
 * the catalogs and the page chunk started and finished loading. Cross-origin entries carry start and end without
 * a Timing-Allow-Origin header; a request's CORS preflight is inside its entry.
 */
function coldLoadTimings({ api, files }) {
  const entries = performance.getEntriesByType('resource');
  const first = (test) => entries.filter((e) => test(e.name)).sort((a, b) => a.startTime - b.startTime)[0];
  const span = (entry) => entry && { name: entry.name.split('/').pop(), start: entry.startTime, end: entry.responseEnd };
  const file = (name) => span(first((url) => url.endsWith(`/assets/${name}`)));
  const spans = files.entry.map(file).filter(Boolean);
  return {
    request: span(first((url) => url.startsWith(`${api}/`))),
    // the entry and its static imports, from the first start to the last end
    entry: spans.length ? { start: Math.min(...spans.map((e) => e.start)), end: Math.max(...spans.map((e) => e.end)) } : undefined,
    chunk: file(files.chunk),
    catalog: file(files.catalog),
    common: file(files.common),
  };
}

/** A cold load of `url` in a fresh signed-in context: navigation -> first token rows painted, and the page's timings. */
async function coldRows(browser, url, timings) {
  const context = await newSignedInContext(browser);
  await context.addInitScript(watchFirstRows);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.__bench.rowsFrame !== undefined, null, { timeout: 15_000 });
  const rows = await page.evaluate(() => window.__bench.rowsFrame);
  const measured = timings ? await page.evaluate(...timings) : {};
  await context.close();
  return { rows, ...measured };
}

/** Cold loads of /tokens, each beside one of the stack floor (in turn first and second, so neither gets the quieter moment). */
async function measureColdLoad(browser) {
  const files = coldLoadFiles();
  const results = [];
  const floor = [];
  for (let i = 0; i < RUNS; i += 1) {
    const consoleLoad = () => coldRows(browser, `${APP}/tokens`, [coldLoadTimings, { api: API, files }]);
    const floorLoad = () => coldRows(browser, `${FLOOR}/tokens`);
    if (i % 2 === 0) {
      results.push(await consoleLoad());
      floor.push((await floorLoad()).rows);
    } else {
      floor.push((await floorLoad()).rows);
      results.push(await consoleLoad());
    }
  }
  return { results, floor };
}

/** Clicks a button in the page and times it until the first data row changes, then until the next frame. */
function clickAndTime(button) {
  return new Promise((resolve) => {
    const firstRow = () => document.querySelector('table tbody tr:not([data-testid="skeleton-row"])');
    const before = firstRow()?.textContent;
    const observer = new MutationObserver(() => {
      const row = firstRow();
      if (!row || row.textContent === before) return;
      const dom = performance.now() - start;
      // style and layout of the new rows, which the browser would otherwise do just before the next paint
      void document.body.offsetHeight;
      const rendered = performance.now() - start;
      observer.disconnect();
      requestAnimationFrame(() => resolve({ dom, rendered, frame: performance.now() - start }));
    });
    observer.observe(document.querySelector('main') ?? document.body, { childList: true, subtree: true, characterData: true });
    const start = performance.now();
    button.click();
  });
}

async function measureCachedPageChange(browser) {
  const context = await newSignedInContext(browser);
  const page = await context.newPage();
  await page.goto(`${APP}/tokens`);
  const next = page.getByRole('button', { name: 'Next page' });
  const previous = page.getByRole('button', { name: 'Previous page' });
  await page.locator('table tbody tr td').first().waitFor();
  // visit pages 1 and 2 once so both are in the cache; the timed clicks below then render from it
  await next.click();
  await page.waitForURL(/page=2/);
  await previous.click();
  await page.waitForURL((url) => !url.search.includes('page=2'));
  await page.waitForTimeout(300);
  const samples = [];
  for (let i = 0; i < RUNS * 2; i += 1) {
    const button = i % 2 === 0 ? next : previous;
    samples.push(await (await button.elementHandle()).evaluate(clickAndTime));
    await page.waitForTimeout(100);
  }
  await context.close();
  return samples;
}

const BIG_USER = 'usr_bench500';
const BIG_COUNT = 500;

/** Token `i` of the synthetic user: a mix of types and statuses, like the mock's own. */
function syntheticToken(i) {
  const created = Date.UTC(2026, 0, 1) + i * 3_600_000;
  return {
    id: `tok_bench${String(i).padStart(5, '0')}`,
    user_id: BIG_USER,
    token_type: i % 3 === 0 ? 'refresh' : 'access',
    status: i % 7 === 0 ? 'revoked' : i % 5 === 0 ? 'expired' : 'active',
    ip: `10.0.${i >> 8}.${i & 255}`,
    user_agent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36',
    created_at: new Date(created).toISOString(),
    expires_at: new Date(created + 30 * 86_400_000).toISOString(),
  };
}

/**
 * The 500-row case: the API caps page_size at 100, so 500 rows exist only in the tokens page's user view, which
 * fetches every page of a user's tokens and offers "Show all N tokens" as one virtualized table. The mock's users
 * have few tokens (and its seed stays as it is), so the bench answers the token requests of one synthetic user
 * with 500 tokens, page by page. Measured: cold navigation -> the user's count shown (5 requests of 100); the
 * click on "Show all" -> first rows of the virtualized table painted (a lazy chunk the first time, then again with
 * it cached); and frame times while scrolling the list from top to bottom.
 */
async function measure500Rows(browser) {
  const context = await newSignedInContext(browser);
  const all = Array.from({ length: BIG_COUNT }, (_, i) => syntheticToken(i));
  await context.route(`${API}/session/api/v1/admin/tokens?*`, (route) => {
    const url = new URL(route.request().url());
    if (url.searchParams.get('user_id') !== BIG_USER) return route.continue();
    const page = Number(url.searchParams.get('page') ?? 1);
    const size = Number(url.searchParams.get('page_size') ?? 20);
    const totalPages = Math.ceil(BIG_COUNT / size);
    const json = {
      code: 0,
      message: 'ok',
      items: all.slice((page - 1) * size, page * size),
      total: BIG_COUNT,
      pagination: { page, page_size: size, total: BIG_COUNT, total_pages: totalPages, has_next: page < totalPages },
    };
    return route.fulfill({ json, headers: { 'access-control-allow-origin': '*' } });
  });
  const page = await context.newPage();
  const showAll = page.getByRole('button', { name: `Show all ${BIG_COUNT} tokens` });
  const hide = page.getByRole('button', { name: 'Hide the list' });
  const region = page.getByRole('region', { name: `Every token of ${BIG_USER}, scrollable list` });
  const start = Date.now();
  await page.goto(`${APP}/tokens?user_id=${BIG_USER}`);
  await showAll.waitFor({ timeout: 30_000 });
  const countedMs = Date.now() - start;

  /** Clicks "Show all" in the page and times it until virtual rows are in the DOM, then until the next frame. */
  const openList = () =>
    showAll.evaluate(
      (button) =>
        new Promise((resolve) => {
          const rowsIn = () => document.querySelectorAll('.virtual-table tbody tr[aria-rowindex]').length;
          const observer = new MutationObserver(() => {
            if (rowsIn() === 0) return;
            observer.disconnect();
            const dom = performance.now() - t0;
            requestAnimationFrame(() => resolve({ dom, frame: performance.now() - t0 }));
          });
          observer.observe(document.body, { childList: true, subtree: true });
          const t0 = performance.now();
          button.click();
        }),
    );
  const opens = [];
  for (let i = 0; i < RUNS; i += 1) {
    opens.push(await openList());
    await hide.click();
    await showAll.waitFor();
  }
  await showAll.click();
  await region.waitFor();
  const rowcount = await region.getByRole('table').getAttribute('aria-rowcount');
  // scroll the list to its end in steps of 120 px, one per frame; record each frame's length and the rows in the DOM
  const scroll = await region.evaluate(
    (box) =>
      new Promise((resolve) => {
        const lengths = [];
        let maxRows = 0;
        let last = performance.now();
        const step = () => {
          const now = performance.now();
          lengths.push(now - last);
          last = now;
          maxRows = Math.max(maxRows, box.querySelectorAll('tbody tr[aria-rowindex]').length);
          box.scrollTop += 120;
          if (box.scrollTop + box.clientHeight >= box.scrollHeight - 2 || lengths.length > 1000) {
            requestAnimationFrame(() => {
              const lastRow = box.querySelector('tbody tr[aria-rowindex]:last-child')?.getAttribute('aria-rowindex');
              const rowHeight = box.querySelector('tbody tr[aria-rowindex]')?.getBoundingClientRect().height;
              resolve({ frames: lengths.slice(1), maxRows, lastRow, rowHeight });
            });
          } else requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }),
  );
  await context.close();
  return { countedMs, opens, rowcount, ...scroll };
}

/** A cold load of /tokens: nav -> rows, and whether its first API request waits for the page chunk (a waterfall). */
async function coldLoadSection({ browser }) {
  const { results: runs, floor } = await measureColdLoad(browser);
  const rows = runs.map((r) => r.rows);
  const at = (pick) => {
    const values = runs.map(pick).filter((v) => v !== undefined);
    return values.length ? `${ms(median(values))} (${ms(Math.min(...values))}–${ms(Math.max(...values))})` : 'not seen';
  };
  const failures = [];
  runs.forEach((r, i) => {
    if (!r.request || !r.chunk) failures.push(`cold load ${i + 1}: no ${r.request ? 'TokensPage-*.js chunk' : 'API request'} in Resource Timing`);
    else if (r.request.start > r.chunk.end) {
      failures.push(`cold load ${i + 1}: the first API request (${r.request.name}) started at ${ms(r.request.start)}, after the page chunk had finished loading at ${ms(r.chunk.end)}: a request waterfall (the route's loader should send it)`);
    }
  });
  const span = (key) => `${at((r) => r[key]?.start)} -> ${at((r) => r[key]?.end)}`;
  const lines = [
    `${verdict(median(rows) <= BUDGET_ROWS_MS)} navigation -> first token rows painted: ${ms(median(rows))} (${ms(Math.min(...rows))}–${ms(Math.max(...rows))}); budget ${BUDGET_ROWS_MS} ms`,
    `     the stack floor, loaded cold beside it (scripts/bench/floor: the same 20 tokens through the router, React Query and zod, no shell, catalogs or page chunks): ${ms(median(floor))} (${ms(Math.min(...floor))}–${ms(Math.max(...floor))}); the console adds ${ms(median(rows) - median(floor))}`,
    `${verdict(!failures.length)} cold load of /tokens, from navigation start (Resource Timing): first API request starts ${at((r) => r.request?.start)}; page chunk ${runs[0]?.chunk?.name ?? 'TokensPage-*.js'} loaded ${at((r) => r.chunk?.end)}`,
    `     (start -> loaded: entry and its imports ${span('entry')}; common catalog ${span('common')}; page chunk ${span('chunk')}; tokens catalog ${span('catalog')}; first API request ${span('request')})`,
  ];
  return { lines, failures };
}

async function cachedPageChangeSection({ browser }) {
  const pageChange = await measureCachedPageChange(browser);
  const rendered = pageChange.map((s) => s.rendered);
  const lines = [
    `${verdict(median(rendered) <= BUDGET_PAGE_CHANGE_MS)} cached page change, click -> rows rendered and laid out: ${ms(median(rendered))} (p90 ${ms(percentile(rendered, 90))}, max ${ms(Math.max(...rendered))}); budget ${BUDGET_PAGE_CHANGE_MS} ms`,
    `     (click -> rows in the DOM ${ms(median(pageChange.map((s) => s.dom)))}; -> next animation frame ${ms(median(pageChange.map((s) => s.frame)))}, which waits for the display's 60 Hz tick)`,
  ];
  return { lines, failures: [] };
}

async function rows500Section({ browser }) {
  const big = await measure500Rows(browser);
  const slowFrames = big.frames.filter((f) => f > FRAME_MS * 1.5).length;
  const firstOpen = big.opens[0] ?? { dom: NaN, frame: NaN };
  const cachedOpens = big.opens.slice(1).map((o) => o.frame);
  const lines = [
    `${verdict(median(cachedOpens) <= BUDGET_500_ROWS_MS && percentile(big.frames, 95) <= FRAME_MS * 1.5)} 500 rows, virtualized (user view "Show all", ${BIG_COUNT} synthetic tokens, aria-rowcount ${big.rowcount}):`,
    `     navigation -> user counted (5 requests of 100): ${ms(big.countedMs)}`,
    `     "Show all" -> first rows painted: first time ${ms(firstOpen.frame)} (lazy chunk), then ${ms(median(cachedOpens))} median (rows in the DOM ${ms(median(big.opens.slice(1).map((o) => o.dom)))})`,
    `     scrolling to the end: ${big.frames.length} frames, median ${ms(median(big.frames))}, p95 ${ms(percentile(big.frames, 95))}, ${slowFrames} longer than ${ms(FRAME_MS * 1.5)}; at most ${big.maxRows} rows in the DOM, last row aria-rowindex ${big.lastRow}, row height ${big.rowHeight?.toFixed(1)} px`,
  ];
  return { lines, failures: [] };
}

/**
 * The measured sections, run in this order against one browser, the servers up. Each is
 * `async (bench) => ({ lines, failures })`: `lines` are printed under "measurements", each of `failures` fails the
 * run (non-zero exit). A section in another file (scripts/bench/*.mjs) takes what it needs from `bench` below.
 */
const { exportSection } = await import('./bench/export.mjs');
const ALL_SECTIONS = [coldLoadSection, cachedPageChangeSection, rows500Section, overviewSection, sessionsColdLoadSection, exportSection];
const ONLY = [...args].find((a) => a.startsWith('--only='))?.slice(7).split(',');
const SECTIONS = ONLY ? ALL_SECTIONS.filter((section) => ONLY.includes(section.name.replace(/Section$/, ''))) : ALL_SECTIONS;
if (ONLY && SECTIONS.length !== ONLY.length) {
  throw new Error(`--only: the sections are ${ALL_SECTIONS.map((s) => s.name.replace(/Section$/, '')).join(', ')}`);
}

async function main() {
  if (!args.has('--no-build')) {
    console.log('bench: building for production (vite build)…');
    await run('npx', ['vite', 'build', '--logLevel', 'warn']);
  }
  const sizes = measureBuild(join(ROOT, 'dist'));
  printSizes(sizes);

  await run('npx', ['vite', 'build', '--config', FLOOR_CONFIG]);
  console.log('\nbench: starting vite preview (the console and the stack floor) and the mock HTTP server…');
  await startServer(['vite', 'preview', '--port', String(PREVIEW_PORT), '--strictPort', '--host', '127.0.0.1'], APP);
  await startServer(['vite', 'preview', '--config', FLOOR_CONFIG, '--port', String(FLOOR_PORT), '--strictPort', '--host', '127.0.0.1'], `${FLOOR}/tokens`);
  await startServer(['tsx', 'src/mocks/http-server.ts'], `${API}/__mock/health`, { MOCK_PORT: String(MOCK_PORT) });

  const found = findChromium();
  const browser = await chromium.launch({
    executablePath: found?.path,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const failures = [];
  try {
    const load = loadavg().map((l) => l.toFixed(1)).join(' ');
    console.log(`bench: Chromium ${browser.version()} (${found?.location ?? 'Playwright'}), ${RUNS} runs, ${cpus().length} CPUs, load average ${load}`);
    console.log('       (timings scale with the load: compare runs on a quiet machine)\n');
    const bench = { browser, app: APP, api: API, runs: RUNS, sizes, newSignedInContext, median, percentile, ms, verdict };
    console.log('measurements (median; min–max):');
    for (const section of SECTIONS) {
      const result = await section(bench);
      for (const line of result.lines) console.log(`  ${line}`);
      failures.push(...result.failures);
    }

    const tokens = sizes.routes.find((r) => r.path === '/tokens');
    console.log('\nbudgets:');
    console.log(`  ${verdict(kb(tokens?.gzip ?? Infinity) <= BUDGETS.tokensRouteKb)} initial JS of /tokens: ${kb(tokens?.gzip ?? NaN).toFixed(1)} KB gzip (≤ ${BUDGETS.tokensRouteKb})`);
    console.log(`  ${verdict(kb(sizes.wholeApp.gzip) <= BUDGETS.wholeAppKb)} whole app: ${kb(sizes.wholeApp.gzip).toFixed(1)} KB gzip (≤ ${BUDGETS.wholeAppKb})`);
    const problems = checkBudgets(sizes);
    if (problems.length) console.log(`  size problems: ${problems.join('; ')}`);
    if (!ONLY) {
      const { benchHeavyUser } = await import('./bench/heavyUser.mjs');
      await benchHeavyUser({ newContext: () => newSignedInContext(browser), app: APP, api: API, runs: RUNS });
    }
  } finally {
    await browser.close();
    stopServers();
  }
  if (failures.length) {
    console.error(`\nbench FAILED:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  stopServers();
  console.error(error);
  process.exit(1);
});
