import type { CallbackOutcome } from '@/features/auth/callback/finishSignIn';

/**
 * The authorization server's answer (`code`, `state`, or `error`) taken out of the address before the callback page
 * renders: the route puts the bare /auth/callback in its place at once, so the code never stays in the address bar
 * or the history. One visit, one answer, one exchange (React's strict mode renders twice; the exchange runs once).
 */
export interface CallbackVisit {
  answer: URLSearchParams;
  outcome?: Promise<CallbackOutcome>;
  /** The outcome was acted on: a later bare /auth/callback (Back, a reload) is a visit without an answer. */
  done?: boolean;
}

let visit: CallbackVisit = { answer: new URLSearchParams() };

/** Keeps the answer of this address, if it carries one; true when the address must be cleaned. */
export function captureCallbackAnswer(searchStr: string): boolean {
  const answer = new URLSearchParams(searchStr);
  if (answer.size === 0) {
    if (visit.done) visit = { answer };
    return false;
  }
  visit = { answer };
  return true;
}

export function currentCallbackVisit(): CallbackVisit {
  return visit;
}
