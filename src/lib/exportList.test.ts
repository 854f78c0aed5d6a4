import { capNote, exportCsv, exportFileName, exportJson, fetchAllPages, type ExportPage } from './exportList';

/** A list of `count` numbered rows served `pageSize` at a time, recording the pages asked and the peak concurrency. */
function fakeList(count: number, options: { totals?: boolean } = {}) {
  const asked: number[] = [];
  let running = 0;
  let peak = 0;
  const fetchPage = async (page: number, pageSize: number): Promise<ExportPage<{ n: number }>> => {
    asked.push(page);
    running += 1;
    peak = Math.max(peak, running);
    await new Promise((resolve) => setTimeout(resolve, 5));
    running -= 1;
    const items = Array.from({ length: Math.max(0, Math.min(pageSize, count - (page - 1) * pageSize)) }, (_, i) => ({ n: (page - 1) * pageSize + i + 1 }));
    if (options.totals === false) return { items };
    return { items, total: count, pagination: { total: count, total_pages: Math.ceil(count / pageSize), has_next: page * pageSize < count } };
  };
  return { fetchPage, asked, peak: () => peak };
}

const signal = () => new AbortController().signal;

describe('fetchAllPages', () => {
  it('reads every page, at most 4 at a time once the total is known, and keeps the rows in order', async () => {
    const list = fakeList(950);
    const progress: string[] = [];
    const result = await fetchAllPages(list.fetchPage, { signal: signal(), onProgress: (p) => progress.push(`${p.pagesDone}/${p.pagesTotal}:${p.rows}`) });
    expect(result.rows.map((r) => r.n)).toEqual(Array.from({ length: 950 }, (_, i) => i + 1));
    expect(result).toMatchObject({ total: 950, capped: false });
    expect(list.asked.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(list.peak()).toBeLessThanOrEqual(4);
    expect(list.peak()).toBeGreaterThan(1);
    expect(progress.at(-1)).toBe('10/10:950');
  });

  it('stops at the cap and says so', async () => {
    const list = fakeList(1234);
    const result = await fetchAllPages(list.fetchPage, { signal: signal(), cap: 500 });
    expect(result.rows).toHaveLength(500);
    expect(result.capped).toBe(true);
    expect(Math.max(...list.asked)).toBe(5);
  });

  it('reads pages in turn when the server gives no total', async () => {
    const list = fakeList(250, { totals: false });
    const result = await fetchAllPages(list.fetchPage, { signal: signal() });
    expect(result.rows).toHaveLength(250);
    expect(list.asked).toEqual([1, 2, 3]);
    expect(list.peak()).toBe(1);
    const capped = await fetchAllPages(fakeList(250, { totals: false }).fetchPage, { signal: signal(), cap: 200 });
    expect(capped).toMatchObject({ capped: true });
    expect(capped.rows).toHaveLength(200);
  });

  it('stops asking when cancelled', async () => {
    const list = fakeList(2000);
    const controller = new AbortController();
    const run = fetchAllPages(list.fetchPage, {
      signal: controller.signal,
      onProgress: (p) => p.pagesDone === 3 && controller.abort(new DOMException('cancelled', 'AbortError')),
    });
    await expect(run).rejects.toThrow('cancelled');
    expect(list.asked.length).toBeLessThan(20);
  });
});

describe('the files', () => {
  const meta = { list: 'tokens', filters: { user: 'usr_abc', type: undefined, status: 'active' }, exportedAt: new Date(2026, 10, 28, 9), cap: 2 };

  it('names the file by list, set filters and local date', () => {
    expect(exportFileName(meta, 'csv')).toBe('tokens_user-usr_abc_status-active_2026-11-28.csv');
    expect(exportFileName({ ...meta, filters: { name: 'a/b:c 客户' } }, 'json')).toBe('tokens_name-a-b-c-客户_2026-11-28.json');
  });

  it('writes CSV by the columns, with a last record noting the cap when it was reached', () => {
    const columns = [
      { header: 'n', value: (r: { n: number; s: string }) => r.n },
      { header: 's', value: (r: { n: number; s: string }) => r.s },
    ];
    const csv = exportCsv(columns, { rows: [{ n: 1, s: '=cmd' }, { n: 2, s: '中文' }], total: 9, capped: true }, meta);
    expect(csv).toBe(`\uFEFFn,s\r\n1,'=cmd\r\n2,中文\r\n# ${capNote(meta, 9)}\r\n`);
  });

  it('writes JSON with the rows as given and what was exported', () => {
    const json = JSON.parse(exportJson({ rows: [{ n: 1 }], total: 1, capped: false }, meta)) as Record<string, unknown>;
    expect(json).toEqual({
      list: 'tokens',
      filters: { user: 'usr_abc', status: 'active' },
      exported_at: meta.exportedAt.toISOString(),
      count: 1,
      total: 1,
      items: [{ n: 1 }],
    });
  });
});
