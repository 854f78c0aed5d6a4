import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useNow } from './useNow';

function Clock({ label }: { label: string }) {
  return <p data-testid={label}>{useNow(1000)}</p>;
}
const shown = (label: string) => Number(screen.getByTestId(label).textContent);

beforeEach(() => vi.useFakeTimers({ now: new Date('2030-01-01T00:00:00Z') }));
afterEach(() => vi.useRealTimers());

describe('useNow', () => {
  it('gives every reader the same time, renewed once per interval by one timer', () => {
    const start = Date.now();
    render(
      <>
        <Clock label="a" />
        <Clock label="b" />
      </>,
    );
    expect(shown('a')).toBe(start);
    expect(vi.getTimerCount()).toBe(1);
    act(() => vi.advanceTimersByTime(1000));
    expect(shown('a')).toBe(start + 1000);
    expect(shown('b')).toBe(start + 1000);
  });

  it('stops when nothing reads it, and a later reader starts from the time then', () => {
    const first = render(<Clock label="a" />);
    first.unmount();
    expect(vi.getTimerCount()).toBe(0);
    vi.setSystemTime(Date.now() + 60_000);
    render(<Clock label="b" />);
    expect(shown('b')).toBe(Date.now());
  });
});
