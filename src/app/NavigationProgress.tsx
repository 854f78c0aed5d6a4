import { useRouterState } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useLingui } from '@lingui/react';

/** A navigation faster than this shows nothing: a bar that flashes is noise. */
export const PENDING_DELAY_MS = 150;

/**
 * While a navigation loads (the route's code, catalog and data, for more than PENDING_DELAY_MS): a thin bar at
 * the top of the shell, and a polite announcement. Preloads on hover do not count; the old page stays up meanwhile.
 */
export function NavigationProgress() {
  const { _: t } = useLingui();
  // the navigation being loaded (its history entry), or undefined when the router is idle
  const loading = useRouterState({
    select: (state) => (state.status === 'pending' ? (state.location.state.__TSR_key ?? state.location.href) : undefined),
  });
  const [slow, setSlow] = useState<string>();
  useEffect(() => {
    if (loading === undefined) return;
    const timer = setTimeout(() => setSlow(loading), PENDING_DELAY_MS);
    return () => clearTimeout(timer);
  }, [loading]);
  const shown = loading !== undefined && slow === loading;

  return (
    <>
      {shown && <div className="navigation-progress" aria-hidden="true" />}
      <div role="status" className="visually-hidden">
        {shown ? t('shell.loadingPage') : ''}
      </div>
    </>
  );
}
