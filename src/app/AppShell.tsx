import { Link, Outlet } from '@tanstack/react-router';
import { lazy, memo, Suspense } from 'react';
import { useLingui } from '@lingui/react';
import { useSession } from '@/features/auth/useSession';
import { LanguageSelect } from './LanguageSelect';
import { NavigationProgress } from './NavigationProgress';
import { ThemeSelect } from './ThemeSelect';

const NAV = [
  { to: '/', key: 'nav.overview' },
  { to: '/tokens', key: 'nav.tokens' },
  { to: '/clients', key: 'nav.clients' },
  { to: '/devices', key: 'nav.devices' },
  { to: '/sessions', key: 'nav.sessions' },
] as const;

// Demo builds only (compile-time constant): other builds hold none of the demo's code.
const DemoBanner = __DEMO__
  ? lazy(() => import('@/features/demo/DemoBanner').then((m) => ({ default: m.DemoBanner })))
  : null;
const DemoBadge = __DEMO__
  ? lazy(() => import('@/features/demo/DemoBadge').then((m) => ({ default: m.DemoBadge })))
  : null;

function skipToMain(event: React.MouseEvent<HTMLAnchorElement>) {
  const main = document.getElementById('main');
  if (!main) return;
  event.preventDefault();
  main.focus();
  main.scrollIntoView();
}

/** Memoized: it renders again on a language or session change, not on every page change below it (the Outlet). */
export const AppShell = memo(function AppShell({ onSignOut }: { onSignOut: () => void }) {
  const { _: t } = useLingui();
  const session = useSession();
  const demoBadge = (
    <span className="badge badge-warning" aria-label={t('shell.demoBadgeLabel')}>
      {t('shell.demoBadge')}
    </span>
  );
  return (
    <div className="shell">
      <NavigationProgress />
      {/* focused by hand: under a <base href> (the base-relative demo build) "#main" would load another page */}
      <a href="#main" className="skip-link" onClick={skipToMain}>
        {t('shell.skipToContent')}
      </a>
      {DemoBanner && (
        <Suspense fallback={null}>
          <DemoBanner />
        </Suspense>
      )}
      <header className="shell-header">
        <div className="brand">
          <span className="brand-name">{t('shell.brand')}</span>
          {session?.tenant && (
            <span className="tenant" title={t('shell.tenant')}>
              {session.tenant}
            </span>
          )}
          {session?.user && <span className="tenant">{session.user}</span>}
          {DemoBadge ? (
            <Suspense fallback={demoBadge}>
              <DemoBadge />
            </Suspense>
          ) : (
            session?.demo && demoBadge
          )}
        </div>
        <nav aria-label={t('shell.navLabel')} className="shell-nav">
          {NAV.map((item) => (
            <Link
              key={item.to}
              to={item.to}
              activeOptions={{ exact: item.to === '/' }}
              activeProps={{ 'aria-current': 'page', className: 'active' }}
            >
              {t(item.key)}
            </Link>
          ))}
        </nav>
        <div className="shell-actions">
          <LanguageSelect />
          <ThemeSelect />
          <button type="button" className="button button-quiet" onClick={onSignOut}>
            {t('shell.signOut')}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="shell-main">
        <Outlet />
      </main>
    </div>
  );
});
