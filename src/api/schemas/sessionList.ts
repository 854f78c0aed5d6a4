import * as z from 'zod/mini';
import { lenient, listEnvelope, looseBoolean, looseNumber, looseString } from './common';

/*
 * ASSUMED SHAPES of the session list (the part a route loader needs up front); the other session routes' shapes and
 * the full list of assumptions are in ./sessions.ts, which re-exports this file.
 */

export const SESSION_STATUSES = ['active', 'expired', 'revoked'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];
export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
/** The most session ids one bulk end may carry. */
export const MAX_BULK_SESSION_IDS = 100;

const locationSchema = z.object({ country: looseString, region: looseString, city: looseString });

export const sessionItemSchema = z.object({
  id: looseString,
  user_id: looseString,
  client_id: looseString,
  status: looseString,
  ip: looseString,
  user_agent: looseString,
  device_id: looseString,
  location: lenient(locationSchema),
  mfa: looseBoolean,
  risk_score: looseNumber,
  risk_level: looseString,
  created_at: looseString,
  last_active_at: looseString,
  expires_at: looseString,
});
export type SessionItem = z.infer<typeof sessionItemSchema>;
export type SessionLocation = z.infer<typeof locationSchema>;

export const sessionListSchema = listEnvelope(sessionItemSchema);
export type SessionList = z.infer<typeof sessionListSchema>;

export interface SessionListParams {
  page?: number;
  page_size?: number;
  user_id?: string;
  client_id?: string;
  status?: SessionStatus;
  ip?: string;
  /** 0–100 */
  min_risk?: number;
}
