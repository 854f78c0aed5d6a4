import { act, render, renderHook, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A fresh i18n (and the hook over it), as a new page load sees it, starting in `language`. */
async function start(language: 'en' | 'zh-CN') {
  vi.resetModules();
  const module = await import('./i18n');
  await module.initI18n(language);
  const hook = await import('./useTranslation');
  return { ...module, ...hook };
}

beforeEach(() => localStorage.clear());
afterEach(() => {
  vi.resetModules();
  localStorage.clear();
});

describe('i18n', () => {
  it('switches language only once every namespace loaded so far is there in the new one', async () => {
    const { i18n } = await start('en');
    await i18n.loadNamespaces(['tokens', 'devices']);
    const seen: string[] = [];
    i18n.on('languageChanged', (lng) => {
      seen.push(`${lng}: ${i18n.t('title', { ns: 'tokens' })} / ${i18n.t('devices:title')} / ${i18n.t('shell.signOut')}`);
    });

    const change = i18n.changeLanguage('zh-CN');
    expect(i18n.language).toBe('en'); // still English while the Chinese catalogs load
    expect(i18n.t('title', { ns: 'tokens' })).toBe('Tokens');
    await change;
    expect(seen).toEqual([`zh-CN: 令牌 / ${i18n.t('devices:title')} / 退出登录`]);
    expect(i18n.t('devices:title')).toMatch(/\p{Script=Han}/u);
    expect(['tokens', 'devices', 'common'].every((ns) => i18n.hasLoadedNamespace(ns))).toBe(true);
    expect(i18n.hasLoadedNamespace('clients')).toBe(false);
  });

  it('shows a value exactly as given, even one spelling an escape sequence (\\u202e, \\x3c)', async () => {
    const { i18n } = await start('en');
    await i18n.loadNamespaces(['tokens']);
    const user = String.raw`eve\u202egnp.exe\x3cimg\x3e`;
    expect(i18n.t('tokens:filterByUser', { user })).toBe(`Show the tokens of ${user}`);
    expect(i18n.t('tokens:filterByUser', { user: 'alice' })).toBe('Show the tokens of alice');
  });

  it('lets the last of two quick language changes win', async () => {
    const { i18n } = await start('en');
    await Promise.all([i18n.changeLanguage('zh-CN'), i18n.changeLanguage('en')]);
    expect(i18n.language).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('interpolates values and picks plural forms by count, in both languages', async () => {
    const { i18n } = await start('en');
    await i18n.loadNamespaces('tokens');
    expect(i18n.t('bulk.selected', { ns: 'tokens', count: 1, n: '1' })).toBe('1 token selected');
    expect(i18n.t('tokens:bulk.selected', { count: 1234, n: '1,234' })).toBe('1,234 tokens selected');
    expect(i18n.t('errors.server', { status: 503 })).toBe(
      'The server failed (503). Try again; if it persists, give the request id to your operator.',
    );
    await i18n.changeLanguage('zh-CN');
    expect(i18n.t('tokens:bulk.selected', { count: 1, n: '1' })).toBe('已选择 1 个令牌');
    expect(i18n.t('tokens:bulk.selected', { count: 5, n: '5' })).toBe('已选择 5 个令牌');
  });

  it('answers a missing key with the defaultValue, else the key itself', async () => {
    const { i18n } = await start('en');
    expect(i18n.t('status.revoked_later', { defaultValue: 'revoked_later' })).toBe('revoked_later');
    expect(i18n.t('serverErrors.something_new', { defaultValue: '' })).toBe('');
    expect(i18n.t('no.such.key')).toBe('no.such.key');
    expect(i18n.t('tokens:title')).toBe('title'); // a namespace not loaded yet: as if missing
    // a prefix that names no namespace is part of the key (grant types are URNs)
    expect(i18n.t('type.urn:ietf:params:oauth:grant-type:device_code', { defaultValue: 'device' })).toBe('device');
  });
});

describe('useTranslation', () => {
  it("gives a namespace's t, the same function until the language changes, and re-renders then", async () => {
    const { i18n, useTranslation } = await start('en');
    await i18n.loadNamespaces('tokens');
    const { result, rerender } = renderHook(() => useTranslation('tokens'));
    const first = result.current.t;
    expect(first('title')).toBe('Tokens');
    expect(first('shell.signOut', { ns: 'common' })).toBe('Sign out');
    rerender();
    expect(result.current.t).toBe(first);

    await act(() => i18n.changeLanguage('zh-CN'));
    expect(result.current.t).not.toBe(first);
    expect(result.current.t('title')).toBe('令牌');
    expect(result.current.i18n.language).toBe('zh-CN');
    expect(renderHook(() => useTranslation()).result.current.t('shell.signOut')).toBe('退出登录');
  });

  it('waits for a namespace that is not loaded yet', async () => {
    const { i18n, useTranslation } = await start('en');
    const Title = () => <h1>{useTranslation('clients').t('title')}</h1>;
    expect(i18n.hasLoadedNamespace('clients')).toBe(false);
    await act(async () => {
      render(
        <Suspense fallback="…">
          <Title />
        </Suspense>,
      );
    });
    await act(() => i18n.loadNamespaces('clients')); // the load the component started
    expect(screen.getByRole('heading')).toHaveTextContent('Clients');
    expect(i18n.hasLoadedNamespace('clients')).toBe(true);
  });
});

describe('Trans', () => {
  it('renders the tags of a translation as the given elements, with the values as text only', async () => {
    const { i18n, Trans, useTranslation } = await start('en');
    await i18n.loadNamespaces('devices');
    const Description = ({ client }: { client: string }) => {
      const { t } = useTranslation('devices');
      return (
        <p>
          <Trans
            t={t}
            i18nKey="end.description"
            values={{ code: 'BDJW-DSXQ', client }}
            components={{ code: <code />, client: <strong /> }}
          />
        </p>
      );
    };
    const { container } = render(<Description client="<code>x</code> app" />);
    expect(container.querySelector('code')).toHaveTextContent(/^BDJW-DSXQ$/);
    expect(container.querySelector('strong')).toHaveTextContent(/^<code>x<\/code> app$/);
    expect(container.querySelectorAll('code')).toHaveLength(1);
    expect(container.querySelector('p')).toHaveTextContent(/^The device showing BDJW-DSXQ for <code>x<\/code> app can no longer/);

    await act(() => i18n.changeLanguage('zh-CN'));
    expect(container.querySelector('p')).toHaveTextContent(/^使用 <code>x<\/code> app、显示用户码 BDJW-DSXQ 的设备/);
  });
});
