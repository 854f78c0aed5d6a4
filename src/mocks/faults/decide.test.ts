import { describe, expect, it } from 'vitest';
import { decideFault, isWrite } from './decide';
import { NO_FAULTS, SESSION_EXPIRY, isFaultActive, parseFaultSettings, type FaultSettings } from './settings';

const always = (value: number) => () => value;

describe('isWrite', () => {
  it.each([
    ['GET', false],
    ['head', false],
    ['POST', true],
    ['PUT', true],
    ['DELETE', true],
  ])('%s -> %s', (method, write) => expect(isWrite(method)).toBe(write));
});

describe('decideFault', () => {
  it('does nothing without faults', () => {
    const decision = decideFault(NO_FAULTS, 'GET', always(0));
    expect(decision).toEqual({ delayMs: 0, next: NO_FAULTS });
    expect(decision.next).toBe(NO_FAULTS);
  });

  it.each([
    ['none', 0.5, 0],
    ['fast', 0.5, 300],
    ['slow', 0.5, 2000],
    ['random', 0, 0],
    ['random', 0.25, 500],
    ['random', 0.9995, 1999],
  ] as const)('waits for latency %s (random %s): %s ms', (latency, draw, ms) => {
    expect(decideFault({ ...NO_FAULTS, latency }, 'GET', always(draw)).delayMs).toBe(ms);
  });

  it('fails reads and writes at their own rates with a 500', () => {
    const settings: FaultSettings = { ...NO_FAULTS, readErrorRate: 25, writeErrorRate: 0 };
    expect(decideFault(settings, 'GET', always(0.2)).fault).toEqual({ kind: 'server-error' });
    expect(decideFault(settings, 'GET', always(0.3)).fault).toBeUndefined();
    expect(decideFault(settings, 'DELETE', always(0)).fault).toBeUndefined();
    expect(decideFault({ ...NO_FAULTS, writeErrorRate: 100 }, 'PUT', always(0.9999)).fault).toEqual({
      kind: 'server-error',
    });
  });

  it('spends an armed fault on the next matching request only, then forgets it', () => {
    const armed: FaultSettings = { ...NO_FAULTS, armed: { kind: 'forbidden', target: 'write', remaining: 2 } };
    const read = decideFault(armed, 'GET', always(0));
    expect(read.fault).toBeUndefined();
    expect(read.next).toBe(armed);

    const first = decideFault(armed, 'DELETE', always(0));
    expect(first.fault).toEqual({ kind: 'forbidden', sessionExpired: undefined });
    expect(first.next.armed?.remaining).toBe(1);
    const second = decideFault(first.next, 'POST', always(0));
    expect(second.fault?.kind).toBe('forbidden');
    expect(second.next).toEqual(NO_FAULTS);
    expect(decideFault(second.next, 'POST', always(0)).fault).toBeUndefined();
  });

  it('puts an armed fault before the error rates, and keeps the latency', () => {
    const settings: FaultSettings = {
      latency: 'fast',
      readErrorRate: 100,
      writeErrorRate: 100,
      armed: { kind: 'not-found', target: 'read', remaining: 1 },
    };
    const decision = decideFault(settings, 'GET', always(0));
    expect(decision).toMatchObject({ delayMs: 300, fault: { kind: 'not-found' } });
    expect(decision.next).toEqual({ latency: 'fast', readErrorRate: 100, writeErrorRate: 100 });
  });

  it('expires the session on the next request of any kind', () => {
    const decision = decideFault({ ...NO_FAULTS, armed: SESSION_EXPIRY }, 'GET', always(0));
    expect(decision.fault).toEqual({ kind: 'unauthorized', sessionExpired: true });
    expect(decision.next.armed).toBeUndefined();
  });
});

describe('parseFaultSettings', () => {
  it('keeps valid settings', () => {
    const settings: FaultSettings = {
      latency: 'random',
      readErrorRate: 10,
      writeErrorRate: 50,
      armed: { kind: 'malformed-json', target: 'any', remaining: 3 },
    };
    expect(parseFaultSettings(JSON.parse(JSON.stringify(settings)))).toEqual(settings);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'slow'],
    ['unknown values', { latency: 'warp', readErrorRate: 'lots', armed: { kind: 'teapot', target: 'any', remaining: 1 } }],
  ])('falls back to no faults for %s', (_what, value) => {
    expect(parseFaultSettings(value)).toEqual(NO_FAULTS);
  });

  it('clamps rates and drops a spent armed fault', () => {
    expect(
      parseFaultSettings({ readErrorRate: 500, writeErrorRate: -3, armed: { kind: 'network', target: 'read', remaining: 0 } }),
    ).toEqual({ latency: 'none', readErrorRate: 100, writeErrorRate: 0 });
  });
});

describe('isFaultActive', () => {
  it('is off only when nothing is set', () => {
    expect(isFaultActive(NO_FAULTS)).toBe(false);
    expect(isFaultActive({ ...NO_FAULTS, latency: 'fast' })).toBe(true);
    expect(isFaultActive({ ...NO_FAULTS, writeErrorRate: 10 })).toBe(true);
    expect(isFaultActive({ ...NO_FAULTS, armed: SESSION_EXPIRY })).toBe(true);
  });
});
