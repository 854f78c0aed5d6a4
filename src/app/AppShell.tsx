import { Link, Outlet } from '@tanstack/react-router';
import { memo } from 'react';
import { useLingui } from '@lingui/react';
import { openOverlay } from '@/components/overlays';
import { useSession } from '@/features/auth/useSession';
import { demoChrome } from './demoChrome';
import { LanguageSelect } from './LanguageSelect';
import { NAV } from './nav';
import { NavigationProgress } from './NavigationProgress';
import { Overlays, preloadToolkit } from './Overlays';
import { ThemeSelect } from './ThemeSelect';

// the palette's shortcut as printed on this system's keyboard: ⌘ K on Apple devices, Ctrl K elsewhere
const PALETTE_KEYS = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘ K' : 'Ctrl K';

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
  const demo = demoChrome();
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
      {demo && <demo.DemoBanner />}
      <header className="shell-header">
        <div className="brand">
          <span className="brand-name">{t('shell.brand')}</span>
          {session?.tenant && (
            <span className="tenant" title={t('shell.tenant')}>
              {session.tenant}
            </span>
          )}
          {session?.user && <span className="tenant">{session.user}</span>}
          {demo ? <demo.DemoBadge /> : session?.demo && demoBadge}
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
          <button
            type="button"
            className="button button-quiet"
            aria-keyshortcuts="Control+K Meta+K"
            onClick={() => openOverlay({ kind: 'palette' })}
            onPointerEnter={preloadToolkit}
            onFocus={preloadToolkit}
          >
            {t('shell.jump')} <kbd>{PALETTE_KEYS}</kbd>
          </button>
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
      <Overlays />
    </div>
  );
});
