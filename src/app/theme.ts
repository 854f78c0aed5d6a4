/**
 * Light and dark themes. The choice (system / light / dark) is kept in localStorage; the resolved theme is the
 * `data-theme` attribute of <html>, which styles.css keys its colours on. public/theme.js sets it before the first
 * paint with the same rules; this module keeps it current (a new choice, or the system setting changing).
 */
export const THEMES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEMES)[number];
export type ResolvedTheme = 'light' | 'dark';

/** Also read by public/theme.js: keep the two in step. */
export const THEME_STORAGE_KEY = 'authms.console.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

const listeners = new Set<() => void>();

function isThemeChoice(value: unknown): value is ThemeChoice {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}

function readStored(): ThemeChoice {
  try {
    const stored = globalThis.localStorage?.getItem(THEME_STORAGE_KEY);
    return isThemeChoice(stored) ? stored : 'system';
  } catch {
    return 'system';
  }
}

let choice: ThemeChoice = readStored();

export function readThemeChoice(): ThemeChoice {
  return choice;
}

function systemPrefersDark(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches;
}

export function resolveTheme(value: ThemeChoice, prefersDark: boolean = systemPrefersDark()): ResolvedTheme {
  if (value === 'system') return prefersDark ? 'dark' : 'light';
  return value;
}

function apply(): void {
  if (typeof document === 'undefined') return;
  document.documentElement.dataset.theme = resolveTheme(choice);
  listeners.forEach((listener) => listener());
}

export function setThemeChoice(next: ThemeChoice): void {
  choice = next;
  try {
    if (next === 'system') globalThis.localStorage?.removeItem(THEME_STORAGE_KEY);
    else globalThis.localStorage?.setItem(THEME_STORAGE_KEY, next);
  } catch {
    // storage can be unavailable (private mode): the choice then lasts until the page is reloaded
  }
  apply();
}

export function getResolvedTheme(): ResolvedTheme {
  const current = typeof document !== 'undefined' ? document.documentElement.dataset.theme : undefined;
  return current === 'dark' ? 'dark' : 'light';
}

export function subscribeTheme(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Applies the theme now and follows the system setting while the choice is "system". Returns a stop function. */
export function startTheme(): () => void {
  apply();
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return () => {};
  const media = window.matchMedia(DARK_QUERY);
  const onChange = () => apply();
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}
