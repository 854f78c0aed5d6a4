/**
 * What the demo's fault panel can do to the mock backend. Plain data: kept in the tab's sessionStorage, so a
 * reload keeps the faults a tester set up (and the panel shows them).
 */

export const LATENCIES = ['none', 'fast', 'slow', 'random'] as const;
export type Latency = (typeof LATENCIES)[number];

/** Milliseconds of each latency; `random` is drawn per request between 0 and its maximum. */
export const LATENCY_MS: Record<Latency, number> = { none: 0, fast: 300, slow: 2000, random: 2000 };

/** Error rates in percent, for reads (GET) and for writes; a failing request answers 500. */
export const ERROR_RATES = [0, 10, 25, 50, 100] as const;

/** What "the next request" can fail with. */
export const FAULT_KINDS = [
  'unauthorized',
  'forbidden',
  'not-found',
  'rate-limited',
  'server-error',
  'bad-gateway',
  'network',
  'malformed-json',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** Which requests an armed fault waits for. */
export const FAULT_TARGETS = ['any', 'read', 'write'] as const;
export type FaultTarget = (typeof FAULT_TARGETS)[number];

/** 3 outlasts the console's automatic retries of a read (two), so the failure reaches the screen. */
export const FAULT_COUNTS = [1, 3] as const;

export interface ArmedFault {
  kind: FaultKind;
  target: FaultTarget;
  /** How many more matching requests fail. */
  remaining: number;
  /** Set by "expire my session": the 401 says the token expired. */
  sessionExpired?: boolean;
}

export interface FaultSettings {
  latency: Latency;
  readErrorRate: number;
  writeErrorRate: number;
  armed?: ArmedFault;
  /** "The next refresh fails": the next refresh-token grant of "Sign in with authms" answers 400 invalid_grant. */
  refreshFails?: boolean;
}

export const NO_FAULTS: FaultSettings = { latency: 'none', readErrorRate: 0, writeErrorRate: 0 };

/** "Expire my session": the next request, whatever it is, answers 401 because the token expired. */
export const SESSION_EXPIRY: ArmedFault = { kind: 'unauthorized', target: 'any', remaining: 1, sessionExpired: true };

export function isFaultActive(settings: FaultSettings): boolean {
  return (
    settings.latency !== 'none' ||
    settings.readErrorRate > 0 ||
    settings.writeErrorRate > 0 ||
    !!settings.armed ||
    settings.refreshFails === true
  );
}

const oneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

const rate = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) ? Math.min(100, Math.max(0, value)) : 0;

function parseArmed(value: unknown): ArmedFault | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const armed = value as Record<string, unknown>;
  const remaining = typeof armed.remaining === 'number' ? Math.floor(armed.remaining) : 0;
  if (!oneOf(FAULT_KINDS, armed.kind) || !oneOf(FAULT_TARGETS, armed.target) || remaining < 1) return undefined;
  return {
    kind: armed.kind,
    target: armed.target,
    remaining,
    ...(armed.sessionExpired === true ? { sessionExpired: true } : {}),
  };
}

/** Settings read back from storage: anything unknown or out of range falls back to "no fault". */
export function parseFaultSettings(value: unknown): FaultSettings {
  if (typeof value !== 'object' || value === null) return NO_FAULTS;
  const raw = value as Record<string, unknown>;
  const armed = parseArmed(raw.armed);
  return {
    latency: oneOf(LATENCIES, raw.latency) ? raw.latency : 'none',
    readErrorRate: rate(raw.readErrorRate),
    writeErrorRate: rate(raw.writeErrorRate),
    ...(armed ? { armed } : {}),
    ...(raw.refreshFails === true ? { refreshFails: true } : {}),
  };
}
