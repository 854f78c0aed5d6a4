import { Store } from '@tanstack/store';

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

/** What public/theme.js applied before the first paint. */
function readApplied(): ResolvedTheme {
  return typeof document !== 'undefined' && document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}

/** The admin's choice and the theme shown; components read it with `useSelector(themeStore, …)`. */
export const themeStore = new Store<{ choice: ThemeChoice; resolved: ResolvedTheme }>({
  choice: readStored(),
  resolved: readApplied(),
});

export function readThemeChoice(): ThemeChoice {
  return themeStore.state.choice;
}

function systemPrefersDark(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches;
}

export function resolveTheme(value: ThemeChoice, prefersDark: boolean = systemPrefersDark()): ResolvedTheme {
  if (value === 'system') return prefersDark ? 'dark' : 'light';
  return value;
}

/** Shows `choice` (the current one unless given) on <html> and in the store: one change for subscribers. */
function apply(choice: ThemeChoice = themeStore.state.choice): void {
  const resolved = typeof document === 'undefined' ? themeStore.state.resolved : resolveTheme(choice);
  if (typeof document !== 'undefined') document.documentElement.dataset.theme = resolved;
  themeStore.setState((state) => (state.choice === choice && state.resolved === resolved ? state : { choice, resolved }));
}

export function setThemeChoice(next: ThemeChoice): void {
  try {
    if (next === 'system') globalThis.localStorage?.removeItem(THEME_STORAGE_KEY);
    else globalThis.localStorage?.setItem(THEME_STORAGE_KEY, next);
  } catch {
    // storage can be unavailable (private mode): the choice then lasts until the page is reloaded
  }
  apply(next);
}

export function getResolvedTheme(): ResolvedTheme {
  return themeStore.state.resolved;
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
