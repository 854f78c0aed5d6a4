/* global sessionStorage */
// Export of a long list: the heavy user's 5,000 tokens (scripts/bench/heavyUser.mjs answers them from a small server
// in front of the mock HTTP server) exported from the tokens page as CSV, through the real dialog: 50 pages of 100,
// at most 4 requests at once, then the file written and handed to the browser. Measured per run, in a fresh browser
// context with the export dialog's chunk already loaded: the click on "Export" -> the download event, and the file's
// rows. Each server latency is a series of its own (on localhost a request costs almost nothing).
import { readFile } from 'node:fs/promises';
import { HEAVY_COUNT, HEAVY_USER, startHeavyUserServer } from './heavyUser.mjs';

export async function exportSection({ browser, app, api, runs, newSignedInContext, median, ms }) {
  const lines = [];
  const failures = [];
  for (const latencyMs of [0, 20]) {
    const samples = [];
    for (let i = 0; i < runs; i += 1) {
      const log = { requests: [], maxInFlight: 0 };
      const server = await startHeavyUserServer(api, latencyMs, log);
      const context = await newSignedInContext(browser);
      await context.addInitScript((baseUrl) => {
        const key = 'authms.console.session';
        sessionStorage.setItem(key, JSON.stringify({ ...JSON.parse(sessionStorage.getItem(key) ?? '{}'), baseUrl }));
      }, server.url);
      const page = await context.newPage();
      await page.goto(`${app}/tokens?user_id=${HEAVY_USER}`);
      await page.getByRole('button', { name: 'Export…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Export: Tokens' });
      const start = dialog.getByRole('button', { name: 'Export', exact: true });
      await start.waitFor();
      log.maxInFlight = 0;
      const before = log.requests.length;
      const downloading = page.waitForEvent('download', { timeout: 120_000 });
      const t0 = Date.now();
      await start.click();
      const download = await downloading;
      const elapsed = Date.now() - t0;
      const text = await readFile(await download.path(), 'utf8');
      const rows = text.split('\r\n').length - 2; // the header, and the empty string after the last CRLF
      const pages = log.requests.slice(before).filter((q) => q.page_size === '100').length;
      samples.push({ elapsed, rows, pages, concurrency: log.maxInFlight });
      if (rows !== HEAVY_COUNT) failures.push(`export: the file holds ${rows} rows, not ${HEAVY_COUNT}`);
      await context.close();
      await server.close();
    }
    const first = samples[0];
    lines.push(
      `export of ${HEAVY_COUNT.toLocaleString('en')} rows as CSV, server latency ${latencyMs} ms: click -> download ${ms(median(samples.map((s) => s.elapsed)))} ` +
        `(${first.pages} pages of 100, at most ${first.concurrency} at once, ${first.rows.toLocaleString('en')} rows in the file)`,
    );
  }
  return { lines, failures };
}
