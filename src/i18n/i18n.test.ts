import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A fresh i18n as a new page load sees it, with the browser's languages set to `languages`. */
async function startI18n(languages: string[]) {
  vi.stubGlobal('navigator', { ...navigator, language: languages[0], languages });
  vi.resetModules();
  const module = await import('./i18n');
  await module.initI18n();
  return module;
}

beforeEach(() => {
  localStorage.clear();
  document.documentElement.lang = 'en';
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
  localStorage.clear();
});

describe('language', () => {
  it.each([
    [['zh-CN', 'en'], 'zh-CN'],
    [['zh-Hans-CN'], 'zh-CN'],
    [['zh'], 'zh-CN'],
    [['en-GB', 'zh-CN'], 'en'],
    [['de-DE'], 'en'],
  ])('follows the browser (%j) on a first visit: %s', async (browser, expected) => {
    const { i18n } = await startI18n(browser);
    expect(i18n.resolvedLanguage).toBe(expected);
    expect(document.documentElement.lang).toBe(expected);
  });

  it('speaks the chosen language, with its catalogs loaded', async () => {
    const { i18n } = await startI18n(['zh-CN']);
    expect(i18n.t('shell.signOut')).toBe('退出登录');
    await i18n.changeLanguage('en');
    expect(i18n.t('shell.signOut')).toBe('Sign out');
  });

  it('starts with the shell texts only; a page brings its area catalog, kept across a language change', async () => {
    const { i18n } = await startI18n(['en-US']);
    const { withCatalogs } = await import('./withCatalogs');
    expect(i18n.hasLoadedNamespace('tokens')).toBe(false);
    expect(i18n.hasLoadedNamespace('clients')).toBe(false);

    const page = await withCatalogs(Promise.resolve({ Page: 'tokens page' }), ['tokens']);
    expect(page).toEqual({ Page: 'tokens page' });
    expect(i18n.t('title', { ns: 'tokens' })).toBe('Tokens');
    expect(i18n.hasLoadedNamespace('clients')).toBe(false);

    await i18n.changeLanguage('zh-CN');
    expect(i18n.t('title', { ns: 'tokens' })).toBe('令牌');
  });

  it('keeps the choice for the next visit, over the browser language', async () => {
    const first = await startI18n(['en-US']);
    await first.i18n.changeLanguage('zh-CN');
    expect(localStorage.getItem(first.LANGUAGE_STORAGE_KEY)).toBe('zh-CN');

    const next = await startI18n(['en-US']);
    expect(next.i18n.resolvedLanguage).toBe('zh-CN');
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('maps a saved language it does not ship onto one it does', async () => {
    localStorage.setItem('authms.console.language', 'zh-Hant');
    expect((await startI18n(['en-US'])).i18n.resolvedLanguage).toBe('zh-CN');
    localStorage.setItem('authms.console.language', 'fr');
    expect((await startI18n(['zh-CN'])).i18n.resolvedLanguage).toBe('en');
  });
});
