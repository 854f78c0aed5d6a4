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
    expect(i18n.locale).toBe(expected);
    expect(document.documentElement.lang).toBe(expected);
  });

  it('speaks the chosen language, with its catalogs loaded', async () => {
    const { i18n, changeLanguage } = await startI18n(['zh-CN']);
    expect(i18n._('shell.signOut')).toBe('退出登录');
    await changeLanguage('en');
    expect(i18n._('shell.signOut')).toBe('Sign out');
  });

  it('starts with the shell texts only; a page brings its area catalog, kept across a language change', async () => {
    const { i18n, loadCatalogs, isCatalogLoaded, changeLanguage } = await startI18n(['en-US']);
    expect(isCatalogLoaded('common')).toBe(true);
    expect(isCatalogLoaded('tokens')).toBe(false);
    expect(isCatalogLoaded('clients')).toBe(false);

    await loadCatalogs(['tokens']);
    expect(i18n._('tokens.title')).toBe('Tokens');
    expect(isCatalogLoaded('clients')).toBe(false);

    await changeLanguage('zh-CN');
    expect(i18n._('tokens.title')).toBe('令牌');
    expect(isCatalogLoaded('tokens')).toBe(true);
  });

  it('loads a catalog asked for while the start is still loading its own (a route loader at start-up)', async () => {
    vi.stubGlobal('navigator', { ...navigator, language: 'zh-CN', languages: ['zh-CN'] });
    vi.resetModules();
    const { i18n, initI18n, loadCatalogs } = await import('./i18n');
    const started = initI18n();
    const page = loadCatalogs(['devices']);
    await Promise.all([started, page]);
    expect(i18n._('devices.title')).toMatch(/\p{Script=Han}/u);
  });

  it('keeps the choice for the next visit, over the browser language', async () => {
    const first = await startI18n(['en-US']);
    await first.changeLanguage('zh-CN');
    expect(localStorage.getItem(first.LANGUAGE_STORAGE_KEY)).toBe('zh-CN');

    const next = await startI18n(['en-US']);
    expect(next.i18n.locale).toBe('zh-CN');
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('maps a saved language it does not ship onto one it does', async () => {
    localStorage.setItem('authms.console.language', 'zh-Hant');
    expect((await startI18n(['en-US'])).i18n.locale).toBe('zh-CN');
    localStorage.setItem('authms.console.language', 'fr');
    expect((await startI18n(['zh-CN'])).i18n.locale).toBe('en');
  });
});
