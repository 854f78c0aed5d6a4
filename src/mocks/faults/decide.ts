import { LATENCY_MS, type FaultKind, type FaultSettings } from './settings';

export interface FaultDecision {
  /** Wait this long before answering. */
  delayMs: number;
  /** Answer with this failure instead of the real answer; undefined: answer normally. */
  fault?: { kind: FaultKind; sessionExpired?: boolean };
  /** The settings after this request: an armed fault counts down, and is gone after its last request. */
  next: FaultSettings;
}

/** Reads are GET (and HEAD); everything else changes something. */
export function isWrite(method: string): boolean {
  const m = method.toUpperCase();
  return m !== 'GET' && m !== 'HEAD';
}

/**
 * What the mock does with one request under `settings`: how long it waits, and whether it fails. An armed fault
 * ("the next request fails with …") comes before the error rates. `random` returns [0, 1).
 */
export function decideFault(settings: FaultSettings, method: string, random: () => number = Math.random): FaultDecision {
  const write = isWrite(method);
  const max = LATENCY_MS[settings.latency];
  const delayMs = settings.latency === 'random' ? Math.round(random() * max) : max;

  const armed = settings.armed;
  if (armed && (armed.target === 'any' || (armed.target === 'write') === write)) {
    const { armed: _used, ...rest } = settings;
    const next = armed.remaining > 1 ? { ...rest, armed: { ...armed, remaining: armed.remaining - 1 } } : rest;
    return { delayMs, fault: { kind: armed.kind, sessionExpired: armed.sessionExpired }, next };
  }

  const rate = write ? settings.writeErrorRate : settings.readErrorRate;
  if (rate > 0 && random() * 100 < rate) return { delayMs, fault: { kind: 'server-error' }, next: settings };
  return { delayMs, next: settings };
}
