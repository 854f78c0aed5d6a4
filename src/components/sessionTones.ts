import { RISK_LEVELS, type RiskLevel } from '@/api/schemas/sessionList';
import type { BadgeTone } from './StatusBadge';

/** The colour of a session's status: active green, revoked (ended by an admin) red, the rest grey. */
export function sessionStatusTone(status: string): BadgeTone {
  return status === 'active' ? 'success' : status === 'revoked' ? 'danger' : 'neutral';
}

/**
 * A session's risk level: the server's, when it names a known one; else from its score (70 and up high, 40 and up
 * medium: an assumption, used only when the server sends a score without a level); undefined when it sent neither.
 */
export function riskLevelOf(level: string | undefined, score: number | undefined): RiskLevel | undefined {
  if ((RISK_LEVELS as readonly string[]).includes(level ?? '')) return level as RiskLevel;
  if (score === undefined) return undefined;
  return score >= 70 ? 'high' : score >= 40 ? 'medium' : 'low';
}

export function riskTone(level: RiskLevel): BadgeTone {
  return level === 'high' ? 'danger' : level === 'medium' ? 'warning' : 'success';
}
