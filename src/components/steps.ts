/** One step of a flow that reports each step's outcome (end sessions, then revoke tokens, ...). */
export type StepState = 'waiting' | 'running' | 'done' | 'failed';

export interface StepResult {
  state: StepState;
  /** How many things the step changed, when the server says. */
  count?: number;
  error?: unknown;
}

export const waiting: StepResult = { state: 'waiting' };
export const running: StepResult = { state: 'running' };

/** A step's outcome from a settled promise of its count. */
export async function runStep(request: () => Promise<number | undefined>): Promise<StepResult> {
  try {
    return { state: 'done', count: await request() };
  } catch (error) {
    return { state: 'failed', error };
  }
}
