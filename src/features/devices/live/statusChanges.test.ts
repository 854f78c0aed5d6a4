import { findStatusChanges, rememberSessions } from './statusChanges';

const now = Date.parse('2026-04-15T10:30:00Z');
const future = '2026-04-15T10:40:00Z';
const past = '2026-04-15T10:29:00Z';

describe('findStatusChanges', () => {
  it('reports a session whose status changed since the last answer', () => {
    const seen = rememberSessions(new Map(), [
      { device_code: 'A', user_code: 'BDJW-DSXQ', status: 'pending', expires_at: future },
      { device_code: 'B', status: 'pending', expires_at: future },
    ]);
    const changes = findStatusChanges(
      seen,
      [
        { device_code: 'A', user_code: 'BDJW-DSXQ', status: 'authorized', expires_at: future },
        { device_code: 'B', status: 'pending', expires_at: future },
      ],
      now,
    );
    expect(changes).toEqual([{ deviceCode: 'A', userCode: 'BDJW-DSXQ', from: 'pending', to: 'authorized' }]);
  });

  it('never reports sessions seen for the first time', () => {
    expect(findStatusChanges(new Map(), [{ device_code: 'A', status: 'denied' }], now)).toEqual([]);
  });

  it('does not report an expiry the countdown already showed', () => {
    const seen = rememberSessions(new Map(), [{ device_code: 'A', status: 'pending', expires_at: past }]);
    expect(findStatusChanges(seen, [{ device_code: 'A', status: 'expired', expires_at: past }], now)).toEqual([]);
  });

  it('remembers across answers, so a session that left the page and comes back is compared too', () => {
    let seen = rememberSessions(new Map(), [{ device_code: 'A', status: 'pending', expires_at: future }]);
    seen = rememberSessions(seen, [{ device_code: 'B', status: 'authorized' }]);
    expect(findStatusChanges(seen, [{ device_code: 'A', status: 'denied' }], now)).toHaveLength(1);
  });
});
