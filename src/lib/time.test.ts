import { describe, expect, it } from 'vitest';
import { formatRelative } from './time';

const NOW = Date.parse('2026-11-28T12:00:00Z');
const at = (seconds: number) => new Date(NOW + seconds * 1000);

describe('formatRelative', () => {
  it('reads a moment around now as "just now": a change that just happened may carry a time a second ahead', () => {
    for (const seconds of [-9, -1, 0, 1, 4]) expect(formatRelative(at(seconds), NOW, 'en', 'just now')).toBe('just now');
    expect(formatRelative(at(1), NOW, 'zh-CN', '刚刚')).toBe('刚刚');
  });

  it('reads anything further as a relative time, in the locale', () => {
    expect(formatRelative(at(-30), NOW, 'en', 'just now')).toBe('30 seconds ago');
    expect(formatRelative(at(5), NOW, 'en', 'just now')).toBe('in 5 seconds');
    expect(formatRelative(at(-3 * 86400), NOW, 'en', 'just now')).toBe('3 days ago');
    expect(formatRelative(at(-40 * 86400), NOW, 'zh-CN', '刚刚')).toBe('上个月');
  });
});
