#!/usr/bin/env node
/* global process, console, fetch, setTimeout, URL, window, document, performance, requestAnimationFrame, MutationObserver, sessionStorage */
// `npm run bench`: builds for production, prints the gzip size of every chunk and each route's initial JS, then
// measures in headless Chromium, against the production build (vite preview) and the mock HTTP server:
//   1. navigation -> first table rows painted on the tokens page (cold: a fresh browser context each run);
//   2. a page change whose data is cached (Next, then Previous): click -> new rows in the DOM, styled and laid out;
//   3. a 500-row tokens page: the mock is asked for 5 pages of 100 and the bench answers them as one page
//      (the real API caps page_size at 100), then time to paint and frame times while scrolling through it.
// Options: --no-build (measure dist/ as it is), --runs=N (default 5).
import { spawn } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { BUDGETS, checkBudgets, kb, measureBuild, printSizes } from './check-size.mjs';
import { findChromium } from './find-browser.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
// not the e2e ports, so a bench can run beside the e2e tests
const PREVIEW_PORT = 4180;
const MOCK_PORT = 8790;
const APP = `http://127.0.0.1:${PREVIEW_PORT}`;
const API = `http://127.0.0.1:${MOCK_PORT}`;
const ADMIN_TOKEN = 'demo-admin-token';
const args = new Set(process.argv.slice(2));
const RUNS = Number([...args].find((a) => a.startsWith('--runs='))?.slice(7) ?? 5);
const BUDGET_ROWS_MS = 1000;
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

async function measureFirstRows(browser) {
  const results = [];
  for (let i = 0; i < RUNS; i += 1) {
    const context = await newSignedInContext(browser);
    await context.addInitScript(watchFirstRows);
    const page = await context.newPage();
    await page.goto(`${APP}/tokens`);
    await page.waitForFunction(() => window.__bench.rowsFrame !== undefined, null, { timeout: 15_000 });
    results.push(await page.evaluate(() => window.__bench.rowsFrame));
    await context.close();
  }
  return results;
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

async function measure500Rows(browser) {
  const context = await newSignedInContext(browser);
  // The API caps page_size at 100: the bench answers the page-1 request with pages 1-5 of the mock, 500 rows.
  await context.route(`${API}/session/api/v1/admin/tokens?*`, async (route) => {
    const url = new URL(route.request().url());
    if (url.searchParams.get('page_size') !== '100' || url.searchParams.get('user_id')) return route.continue();
    const headers = route.request().headers();
    const pages = await Promise.all(
      [1, 2, 3, 4, 5].map(async (n) => {
        url.searchParams.set('page', String(n));
        return (await fetch(url, { headers: { authorization: headers.authorization ?? '' } })).json();
      }),
    );
    const body = { ...pages[0], items: pages.flatMap((p) => p.items ?? []) };
    return route.fulfill({ json: body, headers: { 'access-control-allow-origin': '*' } });
  });
  const page = await context.newPage();
  await page.goto(`${APP}/tokens`);
  await page.locator('table tbody tr td').first().waitFor();
  // from a loaded app to 500 rows: choose 100 rows per page (the bench turns it into 500)
  await page.evaluate(watchFirstRows);
  const select = page.getByRole('combobox', { name: 'Rows per page' });
  const start = await page.evaluate(() => performance.now());
  await select.selectOption('100');
  await page.waitForFunction(() => document.querySelectorAll('table tbody tr').length >= 500, null, { timeout: 30_000 });
  const painted = await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(performance.now()))));
  const rows = await page.locator('table tbody tr').count();
  // scroll through the whole page in steps, one per frame, and record each frame's length
  const frames = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const lengths = [];
        let last = performance.now();
        const step = () => {
          const now = performance.now();
          lengths.push(now - last);
          last = now;
          window.scrollBy(0, 120);
          if (window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2 || lengths.length > 600) {
            resolve(lengths.slice(1));
          } else requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }),
  );
  await context.close();
  return { rows, renderMs: painted - start, frames };
}

async function main() {
  if (!args.has('--no-build')) {
    console.log('bench: building for production (vite build)…');
    await run('npx', ['vite', 'build', '--logLevel', 'warn']);
  }
  const sizes = measureBuild(join(ROOT, 'dist'));
  printSizes(sizes);

  console.log('\nbench: starting vite preview and the mock HTTP server…');
  await startServer(['vite', 'preview', '--port', String(PREVIEW_PORT), '--strictPort', '--host', '127.0.0.1'], APP);
  await startServer(['tsx', 'src/mocks/http-server.ts'], `${API}/__mock/health`, { MOCK_PORT: String(MOCK_PORT) });

  const found = findChromium();
  const browser = await chromium.launch({
    executablePath: found?.path,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    const load = loadavg().map((l) => l.toFixed(1)).join(' ');
    console.log(`bench: Chromium ${browser.version()} (${found?.location ?? 'Playwright'}), ${RUNS} runs, ${cpus().length} CPUs, load average ${load}`);
    console.log('       (timings scale with the load: compare runs on a quiet machine)\n');
    const firstRows = await measureFirstRows(browser);
    const pageChange = await measureCachedPageChange(browser);
    const big = await measure500Rows(browser);

    const tokens = sizes.routes.find((r) => r.path === '/tokens');
    const slowFrames = big.frames.filter((f) => f > FRAME_MS * 1.5).length;
    const rendered = pageChange.map((s) => s.rendered);
    console.log('measurements (median; min–max):');
    console.log(`  ${verdict(median(firstRows) <= BUDGET_ROWS_MS)} navigation -> first token rows painted: ${ms(median(firstRows))} (${ms(Math.min(...firstRows))}–${ms(Math.max(...firstRows))}); budget ${BUDGET_ROWS_MS} ms`);
    console.log(`  ${verdict(median(rendered) <= BUDGET_PAGE_CHANGE_MS)} cached page change, click -> rows rendered and laid out: ${ms(median(rendered))} (p90 ${ms(percentile(rendered, 90))}, max ${ms(Math.max(...rendered))}); budget ${BUDGET_PAGE_CHANGE_MS} ms`);
    console.log(`       (click -> rows in the DOM ${ms(median(pageChange.map((s) => s.dom)))}; -> next animation frame ${ms(median(pageChange.map((s) => s.frame)))}, which waits for the display's 60 Hz tick)`);
    console.log(`       500-row page (${big.rows} rows): rows-per-page change -> painted ${ms(big.renderMs)}; scrolling: ${big.frames.length} frames, median ${ms(median(big.frames))}, p95 ${ms(percentile(big.frames, 95))}, ${slowFrames} longer than ${ms(FRAME_MS * 1.5)}`);
    console.log('\nbudgets:');
    console.log(`  ${verdict(kb(tokens?.gzip ?? Infinity) <= BUDGETS.tokensRouteKb)} initial JS of /tokens: ${kb(tokens?.gzip ?? NaN).toFixed(1)} KB gzip (≤ ${BUDGETS.tokensRouteKb})`);
    console.log(`  ${verdict(kb(sizes.wholeApp.gzip) <= BUDGETS.wholeAppKb)} whole app: ${kb(sizes.wholeApp.gzip).toFixed(1)} KB gzip (≤ ${BUDGETS.wholeAppKb})`);
    const problems = checkBudgets(sizes);
    if (problems.length) console.log(`  size problems: ${problems.join('; ')}`);
  } finally {
    await browser.close();
    stopServers();
  }
}

main().catch((error) => {
  stopServers();
  console.error(error);
  process.exit(1);
});
