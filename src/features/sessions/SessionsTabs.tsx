import { Link } from '@tanstack/react-router';
import { useLingui } from '@lingui/react';

/** The two views of the sessions area: the sessions, and the token blacklist (where support staff look for both). */
export function SessionsTabs() {
  const { _: t } = useLingui();
  const active = { 'aria-current': 'page', className: 'active' } as const;
  return (
    <nav className="area-tabs" aria-label={t('sessions.tabs.label')}>
      <Link to="/sessions" activeOptions={{ exact: true, includeSearch: false }} activeProps={active}>
        {t('sessions.tabs.sessions')}
      </Link>
      <Link to="/sessions/blacklist" activeOptions={{ includeSearch: false }} activeProps={active}>
        {t('sessions.tabs.blacklist')}
      </Link>
    </nav>
  );
}
