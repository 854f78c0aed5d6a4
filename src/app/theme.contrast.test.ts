import { describe, expect, it } from 'vitest';

/** The custom properties of one rule of styles.css, e.g. `:root {` or `:root[data-theme='dark'] {`. */
function themeVars(css: string, selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`styles.css has no "${selector} {" rule`);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1], m[2]]));
}

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

// Vitest does not process CSS (a `?raw` import of it is empty), so the test reads the file itself. The app's
// tsconfig has no Node types, hence the typed dynamic import.
const fs: { readFileSync(path: string, encoding: 'utf8'): string } = await import(/* @vite-ignore */ `node:${'fs'}`);
const css = fs.readFileSync('src/styles.css', 'utf8'); // vitest runs from the project root
const light = themeVars(css, ':root');
const dark = { ...light, ...themeVars(css, ":root[data-theme='dark']") };

// [foreground, background, minimum]: 4.5 for text (WCAG 1.4.3), 3 for the focus ring (1.4.11 non-text contrast).
const PAIRS: [string, string, number][] = [
  ['text', 'bg', 4.5],
  ['text', 'surface', 4.5],
  ['muted', 'bg', 4.5],
  ['muted', 'surface', 4.5],
  ['accent', 'bg', 4.5],
  ['accent', 'surface', 4.5],
  ['accent-text', 'accent', 4.5],
  // links and link buttons on tinted rows, notices and the active nav item
  ['accent', 'info-bg', 4.5],
  ['accent', 'neutral-bg', 4.5],
  ['accent', 'danger-bg', 4.5],
  ['accent', 'success-bg', 4.5],
  ['accent', 'warning-bg', 4.5],
  ['danger-text', 'danger', 4.5],
  ['danger', 'surface', 4.5],
  ['danger', 'danger-bg', 4.5],
  ['text', 'danger-bg', 4.5],
  ['success', 'success-bg', 4.5],
  ['warning', 'warning-bg', 4.5],
  ['neutral', 'neutral-bg', 4.5],
  ['text', 'neutral-bg', 4.5],
  ['info', 'info-bg', 4.5],
  ['focus', 'bg', 3],
  ['focus', 'surface', 3],
  // chart series are graphics (1.4.11, 3:1) on the page and on a card; the axis labels are text
  ['chart-1', 'surface', 3],
  ['chart-2', 'surface', 3],
  ['chart-3', 'surface', 3],
  ['chart-1', 'bg', 3],
  ['chart-2', 'bg', 3],
  ['chart-3', 'bg', 3],
  ['chart-axis', 'surface', 4.5],
  ['chart-axis', 'bg', 4.5],
];

describe.each([
  ['light', light],
  ['dark', dark],
])('the %s theme', (_name, vars) => {
  it.each(PAIRS)('%s on %s meets %s:1', (fg, bg, min) => {
    const [a, b] = [vars[fg], vars[bg]];
    expect(a, `--${fg}`).toMatch(/^#/);
    expect(b, `--${bg}`).toMatch(/^#/);
    expect(contrast(a as string, b as string)).toBeGreaterThanOrEqual(min);
  });
});

describe('the dark theme', () => {
  it('overrides every colour of the light theme', () => {
    expect(Object.keys(themeVars(css, ":root[data-theme='dark']")).sort()).toEqual(Object.keys(light).sort());
  });
});
