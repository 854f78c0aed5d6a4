import { useBlocker } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';

/**
 * Asks before leaving a form with unsaved changes: in-app navigation is held until the admin answers (the
 * returned blocker), closing or reloading the tab gets the browser's own prompt. An expired session is let
 * through to sign-in: the draft store keeps the edits for afterwards.
 */
export function useUnsavedChangesGuard(dirty: boolean) {
  const dirtyRef = useRef(dirty);
  const allowRef = useRef(false);
  useEffect(() => {
    dirtyRef.current = dirty;
  }, [dirty]);

  const blocker = useBlocker({
    shouldBlockFn: ({ current, next }) => {
      if (!dirtyRef.current || allowRef.current) return false;
      // the same page with other search params (e.g. a step that tidies the address) is not leaving it
      if (next.pathname === current.pathname) return false;
      return !(next.routeId === '/sign-in' && next.search.reason === 'expired');
    },
    enableBeforeUnload: () => dirtyRef.current && !allowRef.current,
    withResolver: true,
  });

  /** Lets the next navigation through without asking (after a save). */
  const allowNextNavigation = () => {
    allowRef.current = true;
  };
  return { blocker, allowNextNavigation };
}
