import { countdownTo, effectiveStatus, formatCountdown } from './sessionTime';

const T0 = Date.parse('2026-04-15T10:30:00Z');

describe('countdownTo', () => {
  it('counts whole seconds up, so the last second shows before expiry', () => {
    expect(countdownTo('2026-04-15T10:45:00Z', T0)).toEqual({ expired: false, seconds: 900 });
    expect(countdownTo('2026-04-15T10:30:01Z', T0 + 1)).toEqual({ expired: false, seconds: 1 });
    expect(countdownTo('2026-04-15T10:30:01Z', T0 + 999)).toEqual({ expired: false, seconds: 1 });
  });

  it('turns to expired exactly at zero and stays expired', () => {
    expect(countdownTo('2026-04-15T10:30:00Z', T0)).toEqual({ expired: true });
    expect(countdownTo('2026-04-15T10:29:00Z', T0)).toEqual({ expired: true });
  });

  it('has no countdown for a missing or unreadable time', () => {
    expect(countdownTo(undefined, T0)).toBeUndefined();
    expect(countdownTo('soon', T0)).toBeUndefined();
  });
});

describe('formatCountdown', () => {
  it('formats minutes and seconds, and hours when there are any', () => {
    expect(formatCountdown(900)).toBe('15:00');
    expect(formatCountdown(605)).toBe('10:05');
    expect(formatCountdown(59)).toBe('0:59');
    expect(formatCountdown(1)).toBe('0:01');
    expect(formatCountdown(3723)).toBe('1:02:03');
  });

  it('never shows a negative time', () => {
    expect(formatCountdown(-5)).toBe('0:00');
  });
});

describe('effectiveStatus', () => {
  it('shows a pending session as expired once its code has run out', () => {
    const session = { status: 'pending', expires_at: '2026-04-15T10:31:00Z' };
    expect(effectiveStatus(session, T0)).toBe('pending');
    expect(effectiveStatus(session, T0 + 59_999)).toBe('pending');
    expect(effectiveStatus(session, T0 + 60_000)).toBe('expired');
  });

  it('leaves other and unknown statuses alone, and a pending session without expiry pending', () => {
    expect(effectiveStatus({ status: 'authorized', expires_at: '2020-01-01T00:00:00Z' }, T0)).toBe('authorized');
    expect(effectiveStatus({ status: 'revoked-by-magic' }, T0)).toBe('revoked-by-magic');
    expect(effectiveStatus({ status: 'pending' }, T0)).toBe('pending');
    expect(effectiveStatus({}, T0)).toBeUndefined();
  });
});
