import { I18nProvider, Trans, useLingui } from '@lingui/react';
import { act, render, renderHook, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A fresh i18n, as a new page load sees it, starting in `language`. */
async function start(language: 'en' | 'zh-CN') {
  vi.resetModules();
  const module = await import('./i18n');
  await module.initI18n(language);
  const wrapper = ({ children }: { children: ReactNode }) => <I18nProvider i18n={module.i18n}>{children}</I18nProvider>;
  return { ...module, wrapper };
}

beforeEach(() => localStorage.clear());
afterEach(() => {
  vi.resetModules();
  localStorage.clear();
});

describe('i18n', () => {
  it('switches language only once every catalog loaded so far is there in the new one', async () => {
    const { i18n, loadCatalogs, changeLanguage, isCatalogLoaded } = await start('en');
    await loadCatalogs(['tokens', 'devices']);
    const seen: string[] = [];
    i18n.on('change', () => {
      if (i18n.locale === 'zh-CN') seen.push(`${i18n._('tokens.title')} / ${i18n._('devices.title')} / ${i18n._('shell.signOut')}`);
    });

    const change = changeLanguage('zh-CN');
    expect(i18n.locale).toBe('en'); // still English while the Chinese catalogs load
    expect(i18n._('tokens.title')).toBe('Tokens');
    await change;
    expect(seen[0]).toBe(`令牌 / ${i18n._('devices.title')} / 退出登录`);
    expect(i18n._('devices.title')).toMatch(/\p{Script=Han}/u);
    expect(isCatalogLoaded('clients')).toBe(false);
  });

  it('shows a value exactly as given, even one spelling an escape sequence (\\u202e, \\x3c)', async () => {
    const { i18n, loadCatalogs } = await start('en');
    await loadCatalogs(['tokens']);
    const user = String.raw`eve\u202egnp.exe\x3cimg\x3e`;
    expect(i18n._('tokens.filterByUser', { user })).toBe(`Show the tokens of ${user}`);
    expect(i18n._({ id: 'tokens.filterByUser', values: { user } })).toBe(`Show the tokens of ${user}`);
    expect(i18n._('tokens.filterByUser', { user: 'alice' })).toBe('Show the tokens of alice');
  });

  it('lets the last of two quick language changes win', async () => {
    const { i18n, changeLanguage } = await start('en');
    await Promise.all([changeLanguage('zh-CN'), changeLanguage('en')]);
    expect(i18n.locale).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('interpolates values and picks plural forms by count, in both languages', async () => {
    const { i18n, loadCatalogs, changeLanguage } = await start('en');
    await loadCatalogs(['tokens']);
    expect(i18n._('tokens.bulk.selected', { count: 1, n: '1' })).toBe('1 token selected');
    expect(i18n._('tokens.bulk.selected', { count: 1234, n: '1,234' })).toBe('1,234 tokens selected');
    expect(i18n._('errors.server', { status: 503 })).toBe(
      'The server failed (503). Try again; if it persists, give the request id to your operator.',
    );
    await changeLanguage('zh-CN');
    expect(i18n._('tokens.bulk.selected', { count: 1, n: '1' })).toBe('已选择 1 个令牌');
    expect(i18n._('tokens.bulk.selected', { count: 5, n: '5' })).toBe('已选择 5 个令牌');
  });

  it('shows the fallback text of a missing id exactly as given, else the id itself', async () => {
    const { i18n } = await start('en');
    expect(i18n._({ id: 'tokens.status.revoked_later', message: 'revoked_later' })).toBe('revoked_later');
    expect(i18n._({ id: 'tokens.status.x', message: String.raw`{x} \u202e` })).toBe(String.raw`{x} \u202e`);
    expect(i18n._({ id: 'serverErrors.something_new', message: '' })).toBe('');
    expect(i18n._('tokens.title')).toBe('tokens.title'); // an area not loaded yet: as if missing
  });
});

describe('useLingui', () => {
  it('gives a translate function that stays the same until the language changes, and re-renders then', async () => {
    const { loadCatalogs, changeLanguage, wrapper } = await start('en');
    await loadCatalogs(['tokens']);
    const { result, rerender } = renderHook(() => useLingui(), { wrapper });
    const first = result.current._;
    expect(first('tokens.title')).toBe('Tokens');
    rerender();
    expect(result.current._).toBe(first);

    await act(() => changeLanguage('zh-CN'));
    expect(result.current._).not.toBe(first);
    expect(result.current._('tokens.title')).toBe('令牌');
    expect(result.current.i18n.locale).toBe('zh-CN');
  });
});

describe('Trans', () => {
  it('renders the tags of a translation as the given elements; values given as elements stay text', async () => {
    const { loadCatalogs, changeLanguage, wrapper } = await start('en');
    await loadCatalogs(['devices']);
    const client = '<code>x</code> app';
    const { container } = render(
      <p>
        <Trans
          id="devices.end.description"
          values={{ code: <>BDJW-DSXQ</>, client: <>{client}</> }}
          components={{ code: <code />, client: <strong /> }}
        />
      </p>,
      { wrapper },
    );
    expect(container.querySelector('code')).toHaveTextContent(/^BDJW-DSXQ$/);
    expect(container.querySelector('strong')).toHaveTextContent(/^<code>x<\/code> app$/);
    expect(container.querySelectorAll('code')).toHaveLength(1);
    expect(screen.getByText(/can no longer be approved/)).toBe(container.querySelector('p'));

    await act(() => changeLanguage('zh-CN'));
    expect(container.querySelector('p')).toHaveTextContent(/^使用 <code>x<\/code> app、显示用户码 BDJW-DSXQ 的设备/);
  });
});
