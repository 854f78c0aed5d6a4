import { chooseRefreshInterval } from './refreshInterval';

const now = Date.parse('2026-04-15T10:30:00Z');
const later = '2026-04-15T10:40:00Z';
const earlier = '2026-04-15T10:20:00Z';

describe('chooseRefreshInterval', () => {
  it('does not refresh when no session on screen is pending', () => {
    expect(chooseRefreshInterval({ sessions: [], now, paused: false })).toBe(false);
    expect(
      chooseRefreshInterval({ sessions: [{ status: 'authorized', interval: 5, expires_at: later }], now, paused: false }),
    ).toBe(false);
  });

  it('does not count a pending session whose code has already expired', () => {
    expect(chooseRefreshInterval({ sessions: [{ status: 'pending', interval: 5, expires_at: earlier }], now, paused: false })).toBe(false);
  });

  it('follows the fastest-polling pending session', () => {
    const sessions = [
      { status: 'pending', interval: 10, expires_at: later },
      { status: 'pending', interval: 8, expires_at: later },
      { status: 'authorized', interval: 6, expires_at: later },
    ];
    expect(chooseRefreshInterval({ sessions, now, paused: false })).toBe(8_000);
  });

  it('is never faster than every 5 s and never slower than every 30 s', () => {
    expect(chooseRefreshInterval({ sessions: [{ status: 'pending', interval: 1, expires_at: later }], now, paused: false })).toBe(5_000);
    expect(chooseRefreshInterval({ sessions: [{ status: 'pending', interval: 0.2, expires_at: later }], now, paused: false })).toBe(5_000);
    expect(chooseRefreshInterval({ sessions: [{ status: 'pending', interval: 600, expires_at: later }], now, paused: false })).toBe(30_000);
  });

  it('uses the RFC 8628 default of 5 s for a missing or nonsensical interval', () => {
    expect(chooseRefreshInterval({ sessions: [{ status: 'pending', expires_at: later }], now, paused: false })).toBe(5_000);
    expect(chooseRefreshInterval({ sessions: [{ status: 'pending', interval: -3, expires_at: later }], now, paused: false })).toBe(5_000);
  });

  it('stops while paused', () => {
    expect(chooseRefreshInterval({ sessions: [{ status: 'pending', interval: 5, expires_at: later }], now, paused: true })).toBe(false);
    expect(chooseRefreshInterval({ sessions: [], now, paused: true, watchingPending: true })).toBe(false);
  });

  it('keeps watching an empty pending-only view for new sessions', () => {
    expect(chooseRefreshInterval({ sessions: [], now, paused: false, watchingPending: true })).toBe(5_000);
  });
});
