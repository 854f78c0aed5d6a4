import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { FORMULA_USER_AGENT, FORMULA_USER_AGENT_TOKEN_ID } from '@/mocks/identities';
import { server } from '@/mocks/node';
import { renderApp } from '@/test/renderApp';

/** Captures what the export saves: the Blob handed to URL.createObjectURL and the anchor's file name. */
function captureDownloads() {
  const saved: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  vi.stubGlobal('URL', Object.assign(URL, {
    createObjectURL: (blob: Blob) => {
      const url = `blob:test/${(n += 1)}`;
      blobs.set(url, blob);
      return url;
    },
    revokeObjectURL: () => undefined,
  }));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: blobs.get(this.href)! });
  });
  return saved;
}

async function openExport(path: string) {
  const app = await renderApp(path);
  await screen.findByRole('table', { name: 'Tokens of the tenant' });
  await app.user.click(screen.getByRole('button', { name: 'Export…' }));
  const dialog = await screen.findByRole('dialog', { name: 'Export: Tokens' });
  return { ...app, dialog };
}

describe('Export of a list', () => {
  it('saves every page of the filtered list as CSV, 100 a time, with the formula neutralised and the Chinese intact', async () => {
    const saved = captureDownloads();
    const pages: string[] = [];
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname.endsWith('/admin/tokens') && url.searchParams.get('page_size') === '100') pages.push(url.searchParams.get('page')!);
    });
    const { user, dialog } = await openExport('/tokens?status=active');
    expect(within(dialog).getByText('Filters: status: active')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));
    expect(await within(dialog).findByText(/rows saved as tokens_status-active_\d{4}-\d{2}-\d{2}\.csv\./)).toBeInTheDocument();
    server.events.removeAllListeners();

    expect(pages.sort()).toEqual(['1', '2', '3']);
    expect(saved).toHaveLength(1);
    const bytes = new Uint8Array(await saved[0]!.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('id,user_id,token_type,status,ip,user_agent,created_at,expires_at');
    expect(lines.filter((line) => line !== '').length - 1).toBeGreaterThan(200);
    const formula = lines.find((line) => line.startsWith(FORMULA_USER_AGENT_TOKEN_ID))!;
    expect(formula).toContain(`"'${FORMULA_USER_AGENT.replaceAll('"', '""')}"`);
    expect(formula).toContain('点击查看详情');
    const plain = lines.slice(1).filter((line) => line !== '' && !line.includes('"'));
    expect(plain.every((line) => line.split(',')[3] === 'active')).toBe(true);
  });

  it('saves JSON with the filters, and says when a page fails', async () => {
    const saved = captureDownloads();
    const { user, dialog } = await openExport('/tokens?type=refresh&status=revoked');
    await user.click(within(dialog).getByRole('radio', { name: 'JSON' }));
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));
    await within(dialog).findByText(/saved as tokens_type-refresh_status-revoked_.*\.json\./);
    const json = JSON.parse(await saved[0]!.blob.text()) as { filters: unknown; items: { status: string }[]; count: number };
    expect(json.filters).toEqual({ type: 'refresh', status: 'revoked' });
    expect(json.items.length).toBe(json.count);
    expect(json.items.every((item) => item.status === 'revoked')).toBe(true);

    server.use(http.get('*/session/api/v1/admin/tokens', () => HttpResponse.json({ detail: 'boom', status: 500 }, { status: 500 })));
    await user.click(within(dialog).getByRole('button', { name: 'Export again' }));
    expect(await within(dialog).findByText('The export failed: no file was saved.')).toBeInTheDocument();
    expect(saved).toHaveLength(1);
  });

  it('cancels between pages and saves nothing', async () => {
    const saved = captureDownloads();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.get('*/session/api/v1/admin/tokens', async ({ request }) => {
        if (new URL(request.url).searchParams.get('page') !== '1') await gate;
        return undefined;
      }),
    );
    const { user, dialog } = await openExport('/tokens');
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));
    await within(dialog).findByText(/^Page 1 of 7/);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel export' }));
    expect(await within(dialog).findByText('Export cancelled: no file was saved.')).toBeInTheDocument();
    release();
    await waitFor(() => expect(saved).toHaveLength(0));
  });
});
