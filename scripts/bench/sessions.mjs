/* global window, document, performance, requestAnimationFrame, MutationObserver */
// A cold load of the sessions page (issue 14), in a fresh browser context per run, against the production build and
// the mock HTTP server (~340 seeded sessions): navigation -> the first session rows painted (the frame after they
// appear in the DOM), and from navigation start (Resource Timing) when the session list request starts and ends
// and when the page chunk (SessionsPage-*.js) has loaded; a request that waits for the chunk (a waterfall) fails the run.

/** In the page from its first script on: when the sessions table's first data row appears, and the frame after. */
function watchSessionRows() {
  window.__benchSessions = {};
  // a data row's checkbox (skeleton rows have none)
  const seen = () => document.querySelector('tbody input[aria-label^="Select session"]');
  const observer = new MutationObserver(() => {
    if (window.__benchSessions.rowsInDom || !seen()) return;
    window.__benchSessions.rowsInDom = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      window.__benchSessions.rowsFrame = performance.now();
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** The list request (not the active count) and the page chunk, from navigation start. */
function sessionTimings({ api }) {
  const entries = performance.getEntriesByType('resource');
  const first = (test) => entries.filter((e) => test(e.name)).sort((a, b) => a.startTime - b.startTime)[0];
  const span = (entry) => entry && { name: entry.name.split('/').pop(), start: entry.startTime, end: entry.responseEnd };
  return {
    request: span(first((url) => url.startsWith(`${api}/`) && /\/admin\/sessions\?/.test(url))),
    chunk: span(first((url) => /\/assets\/SessionsPage-[^/]+\.js$/.test(url))),
  };
}

export async function sessionsColdLoadSection({ browser, app, api, runs, newSignedInContext, median, ms, verdict }) {
  const BUDGET_MS = 1000;
  const results = [];
  for (let i = 0; i < runs; i += 1) {
    const context = await newSignedInContext(browser);
    await context.addInitScript(watchSessionRows);
    const page = await context.newPage();
    await page.goto(`${app}/sessions`);
    await page.waitForFunction(() => window.__benchSessions.rowsFrame !== undefined, null, { timeout: 15_000 });
    const rows = await page.evaluate(() => window.__benchSessions.rowsFrame);
    results.push({ rows, ...(await page.evaluate(sessionTimings, { api })) });
    await context.close();
  }
  const rows = results.map((r) => r.rows);
  const at = (pick) => {
    const values = results.map(pick).filter((v) => v !== undefined);
    return values.length ? `${ms(median(values))} (${ms(Math.min(...values))}–${ms(Math.max(...values))})` : 'not seen';
  };
  const failures = [];
  results.forEach((r, i) => {
    if (!r.request || !r.chunk) failures.push(`sessions cold load ${i + 1}: no ${r.request ? 'SessionsPage-*.js chunk' : 'session list request'} in Resource Timing`);
    else if (r.request.start > r.chunk.end) {
      failures.push(`sessions cold load ${i + 1}: the list request started at ${ms(r.request.start)}, after the page chunk loaded at ${ms(r.chunk.end)} (a waterfall)`);
    }
  });
  const lines = [
    `${verdict(median(rows) <= BUDGET_MS)} navigation -> first session rows painted (/sessions, cold): ${ms(median(rows))} (${ms(Math.min(...rows))}–${ms(Math.max(...rows))}); budget ${BUDGET_MS} ms`,
    `     (session list request ${at((r) => r.request?.start)} -> ${at((r) => r.request?.end)}; page chunk loaded ${at((r) => r.chunk?.end)})`,
  ];
  return { lines, failures };
}
