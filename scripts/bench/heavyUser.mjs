/* global console, setTimeout, URL, fetch, Buffer, window, document, performance, requestAnimationFrame, MutationObserver, sessionStorage */
// The heavy user: one user with 5,000 tokens, answered by a small server of the bench's own in front of the mock
// (the mock's seed stays as it is). The tokens page's user view shows that user's counts by type and status and, on
// "Show all N tokens", every token in a virtualized table. Measured per run, in a fresh browser context: the requests
// made for that user and the time from navigation start to the counts shown, then from the click on "Show all" to
// the whole list shown (every row counted in aria-rowcount, no loading progress left), and the most requests in
// flight at once. Each setting of the simulated server latency (added to every answer for that user) is a series of
// its own: on localhost a request costs almost nothing, so the latency series shows what a walk of sequential
// requests costs against a real server.
import { createServer } from 'node:http';

export const HEAVY_USER = 'usr_bench5000';
export const HEAVY_COUNT = 5000;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};
const ms = (value) => `${Math.round(value)} ms`;

/** Token `i` of the heavy user: a mix of types and statuses, like the mock's own. */
function heavyToken(i) {
  const created = Date.UTC(2026, 0, 1) + i * 60_000;
  return {
    id: `tok_heavy${String(i).padStart(5, '0')}`,
    user_id: HEAVY_USER,
    token_type: i % 3 === 0 ? 'refresh' : 'access',
    status: i % 7 === 0 ? 'revoked' : i % 5 === 0 ? 'expired' : 'active',
    ip: `10.1.${i >> 8}.${i & 255}`,
    user_agent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36',
    created_at: new Date(created).toISOString(),
    expires_at: new Date(created + 30 * 86_400_000).toISOString(),
  };
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET,POST,PUT,DELETE,OPTIONS',
  'access-control-allow-headers': 'Authorization, Content-Type',
  'access-control-expose-headers': 'Retry-After, X-Request-Id',
  'access-control-max-age': '600',
};

/**
 * A small HTTP server in front of the mock: it answers `GET {session}/admin/tokens` for the heavy user as the
 * contract says (filters, paging, total, PageInfo), after `latencyMs`, and passes every other request on to the mock.
 * A real server rather than Playwright's request interception, whose round trips through the test runner would
 * serialise the requests and add their own cost to each.
 */
export async function startHeavyUserServer(api, latencyMs, log) {
  const all = Array.from({ length: HEAVY_COUNT }, (_, i) => heavyToken(i));
  let inFlight = 0;
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const query = url.searchParams;
    if (req.method === 'OPTIONS') return res.writeHead(204, CORS).end();
    if (req.method === 'GET' && url.pathname === '/session/api/v1/admin/tokens' && query.get('user_id') === HEAVY_USER) {
      inFlight += 1;
      log.maxInFlight = Math.max(log.maxInFlight, inFlight);
      log.requests.push(Object.fromEntries(query));
      const type = query.get('type');
      const status = query.get('status');
      const matching = all.filter((t) => (!type || t.token_type === type) && (!status || t.status === status));
      const page = Number(query.get('page') ?? 1);
      const size = Number(query.get('page_size') ?? 20);
      const total = matching.length;
      const totalPages = Math.ceil(total / size);
      const body = JSON.stringify({
        code: 0,
        message: 'ok',
        items: matching.slice((page - 1) * size, page * size),
        total,
        pagination: { page, page_size: size, total, total_pages: totalPages, has_next: page < totalPages, has_prev: page > 1 },
      });
      if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
      inFlight -= 1;
      return res.writeHead(200, { ...CORS, 'content-type': 'application/json' }).end(body);
    }
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const upstream = await fetch(`${api}${req.url}`, {
      method: req.method,
      headers: { authorization: req.headers.authorization ?? '', 'content-type': req.headers['content-type'] ?? 'application/json' },
      body: chunks.length > 0 ? Buffer.concat(chunks) : undefined,
    });
    const headers = { ...CORS, 'content-type': upstream.headers.get('content-type') ?? 'application/json' };
    res.writeHead(upstream.status, headers).end(Buffer.from(await upstream.arrayBuffer()));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** In the page from its first script on: when the "Show all N tokens" button (the counts are in) first appears. */
function watchCounts() {
  window.__heavy = {};
  const shown = () => [...document.querySelectorAll('button')].some((b) => /^Show all [\d,]+ tokens?$/.test(b.textContent ?? ''));
  const observer = new MutationObserver(() => {
    if (!shown()) return;
    observer.disconnect();
    window.__heavy.counts = performance.now();
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/** Clicks "Show all" and times it until the table counts every token and no progress is left, then the next frame. */
function openFullList(count) {
  return new Promise((resolve) => {
    const button = [...document.querySelectorAll('button')].find((b) => /^Show all [\d,]+ tokens?$/.test(b.textContent ?? ''));
    const complete = () =>
      document.querySelector('table[aria-rowcount]')?.getAttribute('aria-rowcount') === String(count + 1) &&
      document.querySelector('tbody tr[aria-rowindex]') !== null &&
      document.querySelector('.user-view progress') === null;
    const observer = new MutationObserver(() => {
      if (!complete()) return;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now() - t0));
    });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
    const t0 = performance.now();
    button?.click();
  });
}

/**
 * Measures the heavy user and prints the results. `newContext` gives a signed-in browser context (the bench's own);
 * `app` and `api` are the production build's and the mock server's origins.
 */
export async function benchHeavyUser({ newContext, app, api, runs = 3, latenciesMs = [0, 20] }) {
  console.log(`\nheavy user (${HEAVY_COUNT.toLocaleString('en')} synthetic tokens; median of ${runs} runs per latency):`);
  for (const latencyMs of latenciesMs) {
    const samples = [];
    for (let i = 0; i < runs; i += 1) {
      const log = { requests: [], maxInFlight: 0 };
      const heavyApi = await startHeavyUserServer(api, latencyMs, log);
      const context = await newContext();
      // the same signed-in session, pointed at the server in front of the mock
      await context.addInitScript((baseUrl) => {
        const key = 'authms.console.session';
        sessionStorage.setItem(key, JSON.stringify({ ...JSON.parse(sessionStorage.getItem(key) ?? '{}'), baseUrl }));
      }, heavyApi.url);
      await context.addInitScript(watchCounts);
      const page = await context.newPage();
      await page.goto(`${app}/tokens?user_id=${HEAVY_USER}`);
      await page.waitForFunction(() => window.__heavy.counts !== undefined, null, { timeout: 120_000 });
      const countsMs = await page.evaluate(() => window.__heavy.counts);
      // the paged table's own requests (its page size, 20 by default) are not part of the counts or the list
      const ofList = (q) => q.page_size === '1' || q.page_size === '100';
      const countRequests = log.requests.filter(ofList).length;
      const countConcurrency = log.maxInFlight;
      log.maxInFlight = 0;
      const before = log.requests.length;
      const listMs = await page.evaluate(openFullList, HEAVY_COUNT);
      samples.push({
        countsMs,
        countRequests,
        countConcurrency,
        listMs,
        listRequests: log.requests.slice(before).filter(ofList).length,
        listConcurrency: log.maxInFlight,
      });
      await context.close();
      await heavyApi.close();
    }
    const first = samples[0];
    console.log(`  server latency ${latencyMs} ms per request:`);
    console.log(
      `    navigation -> counts shown: ${ms(median(samples.map((s) => s.countsMs)))} ` +
        `(${first.countRequests} requests for the counts, at most ${first.countConcurrency} at once)`,
    );
    console.log(
      `    "Show all" -> all ${HEAVY_COUNT.toLocaleString('en')} tokens in the list: ${ms(median(samples.map((s) => s.listMs)))} ` +
        `(${first.listRequests} more requests, at most ${first.listConcurrency} at once)`,
    );
    console.log(
      `    navigation -> full list (counts + click): ${ms(median(samples.map((s) => s.countsMs + s.listMs)))}`,
    );
  }
}
