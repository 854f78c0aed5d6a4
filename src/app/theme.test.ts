import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import script from '../../public/theme.js?raw';

/** A controllable `prefers-color-scheme: dark` media query (jsdom has no matchMedia). */
function fakeSystemTheme(initiallyDark: boolean) {
  const listeners = new Set<() => void>();
  const media = {
    matches: initiallyDark,
    addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
  };
  vi.stubGlobal('matchMedia', (query: string) => {
    expect(query).toBe('(prefers-color-scheme: dark)');
    return media;
  });
  return {
    set(dark: boolean) {
      media.matches = dark;
      listeners.forEach((listener) => listener());
    },
  };
}

/** The theme module as a fresh page load sees it (it reads the saved choice once). */
async function loadTheme() {
  vi.resetModules();
  return import('./theme');
}

const html = () => document.documentElement.dataset.theme;

beforeEach(() => {
  localStorage.clear();
  delete document.documentElement.dataset.theme;
});
afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('theme', () => {
  it('follows the system setting by default, also when it changes', async () => {
    const system = fakeSystemTheme(true);
    const theme = await loadTheme();
    const stop = theme.startTheme();
    expect(theme.readThemeChoice()).toBe('system');
    expect(html()).toBe('dark');
    system.set(false);
    expect(html()).toBe('light');
    stop();
  });

  it('keeps a chosen theme over the system setting and across a reload, in localStorage', async () => {
    const system = fakeSystemTheme(true);
    let theme = await loadTheme();
    const stop = theme.startTheme();
    theme.setThemeChoice('light');
    expect(html()).toBe('light');
    system.set(true);
    expect(html()).toBe('light');
    expect(localStorage.getItem(theme.THEME_STORAGE_KEY)).toBe('light');
    stop();

    delete document.documentElement.dataset.theme;
    theme = await loadTheme();
    theme.startTheme()();
    expect(theme.readThemeChoice()).toBe('light');
    expect(html()).toBe('light');
  });

  it('goes back to the system setting and forgets the saved choice', async () => {
    fakeSystemTheme(true);
    const theme = await loadTheme();
    theme.setThemeChoice('light');
    theme.setThemeChoice('system');
    expect(html()).toBe('dark');
    expect(localStorage.getItem(theme.THEME_STORAGE_KEY)).toBeNull();
  });

  it('ignores a saved value it does not know', async () => {
    fakeSystemTheme(false);
    localStorage.setItem('authms.console.theme', 'sepia');
    const theme = await loadTheme();
    expect(theme.readThemeChoice()).toBe('system');
  });

  it('tells subscribers when the theme changes', async () => {
    fakeSystemTheme(false);
    const theme = await loadTheme();
    const listener = vi.fn();
    const subscription = theme.themeStore.subscribe(listener);
    theme.setThemeChoice('dark');
    expect(listener).toHaveBeenCalledWith({ choice: 'dark', resolved: 'dark' });
    expect(theme.getResolvedTheme()).toBe('dark');
    subscription.unsubscribe();
  });
});

describe('public/theme.js (runs before the first paint)', () => {
  const run = () => (0, eval)(script);

  it.each([
    [null, true, 'dark'],
    [null, false, 'light'],
    ['light', true, 'light'],
    ['dark', false, 'dark'],
    ['sepia', true, 'dark'],
  ])('saved %s, system dark %s: %s', async (saved, systemDark, expected) => {
    fakeSystemTheme(systemDark);
    if (saved) localStorage.setItem('authms.console.theme', saved);
    run();
    expect(html()).toBe(expected);
    // and the app module agrees with it
    const theme = await loadTheme();
    expect(theme.resolveTheme(theme.readThemeChoice())).toBe(expected);
  });

  it('uses the same storage key as the app', async () => {
    const theme = await loadTheme();
    expect(script).toContain(`'${theme.THEME_STORAGE_KEY}'`);
  });
});
