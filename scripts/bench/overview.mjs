/* global window, document, performance, requestAnimationFrame, MutationObserver */
// The overview's first figures: a cold load of `/` (a fresh browser context each run), from navigation start to the
// first tile showing a number (painted: the frame after it is in the DOM), to every tile's figure, and to the
// 24-hour chart drawn (its lazily loaded chunk included). Printed with the overview's bundle: the route's initial
// JS, its own chunks (beyond the start's) and the chart's chunk.
import { kb } from '../check-size.mjs';

/** In the page from its first script on: when the first figure and all of them appear, and the chart. */
function watchFigures() {
  window.__overview = {};
  const figures = () => document.querySelectorAll('.tile [data-figure]');
  const observer = new MutationObserver(() => {
    const state = window.__overview;
    const count = figures().length;
    if (count > 0 && state.first === undefined) {
      state.firstInDom = performance.now();
      requestAnimationFrame(() => (state.first = performance.now()));
    }
    // tokens 2, sessions 1, MFA 1, last 24 h 2, clients 2, devices 3
    if (count >= 11 && state.all === undefined) requestAnimationFrame(() => (state.all = performance.now()));
    if (document.querySelector('.chart-svg') && state.chart === undefined) requestAnimationFrame(() => (state.chart = performance.now()));
    if (state.all !== undefined && state.chart !== undefined) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}

export async function overviewSection({ browser, app, runs, newSignedInContext, median, ms, sizes }) {
  const samples = [];
  for (let i = 0; i < runs; i += 1) {
    const context = await newSignedInContext(browser);
    await context.addInitScript(watchFigures);
    const page = await context.newPage();
    await page.goto(`${app}/`);
    await page.waitForFunction(() => window.__overview.all !== undefined && window.__overview.chart !== undefined, null, { timeout: 20_000 });
    samples.push(await page.evaluate(() => window.__overview));
    await context.close();
  }
  const range = (key) => {
    const values = samples.map((s) => s[key]);
    return `${ms(median(values))} (${ms(Math.min(...values))}–${ms(Math.max(...values))})`;
  };
  const route = sizes.routes.find((r) => r.path === '/');
  const entryFiles = new Set(sizes.routes.find((r) => r.path === '/forbidden')?.files ?? []);
  const own = sizes.chunks.filter((c) => route?.files.has(c.file) && !entryFiles.has(c.file));
  const chart = sizes.chunks.filter((c) => /GroupedBarChart-/.test(c.file));
  const list = (chunks) => chunks.map((c) => `${c.file.replace('assets/', '')} ${kb(c.gzip).toFixed(1)}`).join(', ');
  return {
    lines: [
      `     overview, cold load of /: navigation -> first figure painted ${range('first')}; every tile's figure ${range('all')}; the 24-hour chart drawn ${range('chart')}`,
      `     overview bundle: initial JS of / ${kb(route?.gzip ?? NaN).toFixed(1)} KB gzip, of which its own chunks and catalog ${list(own)}; the chart, loaded after: ${list(chart)} KB`,
    ],
    failures: [],
  };
}
