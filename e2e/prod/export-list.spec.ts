import { readFile } from 'node:fs/promises';
import { FORMULA_USER_AGENT, FORMULA_USER_AGENT_TOKEN_ID } from '../../src/mocks/identities';
import { expect, test, DEMO_ADMIN_TOKEN, MOCK_API_URL, resetMock, signInWithToken } from '../support';

test.beforeEach(async ({ request }) => resetMock(request));

// Export of a filtered list over several pages (page_size 100) against the mock HTTP server: the file holds every
// row of the filter, a formula in a user agent is neutralised, Chinese text comes through intact (UTF-8 with BOM).
test('exports every page of the filtered tokens as CSV, formulas neutralised, Chinese intact', async ({ page, request }) => {
  const listed = await request.get(`${MOCK_API_URL}/session/api/v1/admin/tokens?status=active&page_size=1`, {
    headers: { Authorization: `Bearer ${DEMO_ADMIN_TOKEN}` },
  });
  const total = ((await listed.json()) as { total: number }).total;
  expect(total).toBeGreaterThan(200);

  const pages: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname.endsWith('/admin/tokens') && url.searchParams.get('page_size') === '100') pages.push(url.searchParams.get('page')!);
  });
  await page.goto('/tokens');
  await signInWithToken(page, DEMO_ADMIN_TOKEN);
  await page.getByRole('combobox', { name: 'Status' }).selectOption('active');
  await expect(page).toHaveURL(/status=active/);
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export: Tokens' });
  await expect(dialog.getByText('Filters: status: active')).toBeVisible();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^tokens_status-active_\d{4}-\d{2}-\d{2}\.csv$/);
  await expect(dialog.getByText(`${total} rows saved as ${download.suggestedFilename()}.`)).toBeVisible();
  expect(pages.sort()).toEqual(Array.from({ length: Math.ceil(total / 100) }, (_, i) => String(i + 1)).sort());

  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString('utf8');
  expect(text.endsWith('\r\n')).toBe(true);
  const records = text.split('\r\n').slice(0, -1);
  expect(records[0]).toBe('id,user_id,token_type,status,ip,user_agent,created_at,expires_at');
  expect(records).toHaveLength(total + 1);
  const formula = records.find((r) => r.startsWith(FORMULA_USER_AGENT_TOKEN_ID))!;
  expect(formula).toContain(`,"'${FORMULA_USER_AGENT.replaceAll('"', '""')}",`);
  expect(formula).toContain('点击查看详情');
  // no cell of the file starts with a formula character
  expect(records.some((r) => /(^|,)"?[=+\-@]/.test(r.replace(/'=HYPERLINK/, '')))).toBe(false);
});

// The sessions list (assumed body) exports its filter as JSON: every page, the rows as the API gave them.
test('exports the filtered sessions as JSON, every page', async ({ page, request }) => {
  const listed = await request.get(`${MOCK_API_URL}/session/api/v1/admin/sessions?status=active&page_size=1`, {
    headers: { Authorization: `Bearer ${DEMO_ADMIN_TOKEN}` },
  });
  const total = ((await listed.json()) as { total: number }).total;
  expect(total).toBeGreaterThan(100);

  await page.goto('/sessions?status=active');
  await signInWithToken(page, DEMO_ADMIN_TOKEN);
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export: Sessions' });
  await expect(dialog.getByText('Filters: status: active')).toBeVisible();
  await dialog.getByRole('radio', { name: 'JSON' }).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^sessions_status-active_\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(await readFile((await download.path())!, 'utf8')) as { list: string; count: number; items: { status?: string }[] };
  expect(file.list).toBe('sessions');
  expect(file.count).toBe(total);
  expect(file.items).toHaveLength(total);
  expect(file.items.every((s) => s.status === 'active')).toBe(true);
});

// A client's change history exports as CSV, one record per audit entry.
test("exports a client's change history as CSV", async ({ page }) => {
  await page.goto('/clients/acme-web-portal/history');
  await signInWithToken(page, DEMO_ADMIN_TOKEN);
  const rows = page.getByRole('table', { name: /^Change history of/ }).locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: /^Export: Change history of / });
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^client-history_client-acme-web-portal_\d{4}-\d{2}-\d{2}\.csv$/);
  const text = (await readFile((await download.path())!)).subarray(3).toString('utf8');
  const records = text.split('\r\n').slice(0, -1);
  expect(records[0]).toMatch(/^id,/);
  expect(records.length).toBeGreaterThan(1);
  await expect(dialog.getByText(`${records.length - 1} rows saved as ${download.suggestedFilename()}.`)).toBeVisible();
});
