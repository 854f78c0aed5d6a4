import type { TokenConfig } from '@/api/schemas/tokenConfig';
import { draftMap } from '@/lib/drafts';
import type { LifetimeValues } from './lifetimeRules';

/** Unsaved lifetimes (numbers and a switch, nothing secret), kept through a sign-in as the client forms' are. */
export interface LifetimesDraft {
  baseUrl: string;
  /** The config as the form loaded it, for the lost-update check. */
  loaded: TokenConfig;
  values: LifetimeValues;
}

const isDraft = (value: unknown): value is LifetimesDraft =>
  typeof value === 'object' && value !== null && typeof (value as LifetimesDraft).baseUrl === 'string' && typeof (value as LifetimesDraft).values === 'object';

const drafts = draftMap<LifetimesDraft>('tools.lifetimes', (draft) => draft, isDraft);
const KEY = 'config';

export const saveLifetimesDraft = (draft: LifetimesDraft) => drafts.save(KEY, draft);
export const readLifetimesDraft = (baseUrl: string) => drafts.read(KEY, baseUrl);
export const clearLifetimesDraft = () => drafts.clear(KEY);
