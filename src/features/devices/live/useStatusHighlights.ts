import { useEffect, useState } from 'react';
import type { DeviceSession } from '@/api/schemas/devices';
import { findStatusChanges, rememberSessions, type SeenSessions, type StatusChange } from './statusChanges';

/** How long a changed row stays highlighted. */
export const HIGHLIGHT_MS = 4_000;

interface State {
  answeredAt: number;
  seen: SeenSessions;
  changes: StatusChange[];
}

/**
 * The sessions whose status changed with the latest answer, for a few seconds. Compared on each new answer
 * (`answeredAt` = React Query's dataUpdatedAt), during render, so the highlight arrives with the new rows.
 */
export function useStatusHighlights(sessions: readonly DeviceSession[], answeredAt: number): StatusChange[] {
  const [state, setState] = useState<State>({ answeredAt: 0, seen: new Map(), changes: [] });
  if (answeredAt !== 0 && answeredAt !== state.answeredAt) {
    setState({
      answeredAt,
      seen: rememberSessions(state.seen, sessions),
      changes: findStatusChanges(state.seen, sessions, Date.now()),
    });
  }
  const { changes } = state;
  useEffect(() => {
    if (changes.length === 0) return undefined;
    const timer = setTimeout(() => setState((s) => (s.changes === changes ? { ...s, changes: [] } : s)), HIGHLIGHT_MS);
    return () => clearTimeout(timer);
  }, [changes]);
  return changes;
}
