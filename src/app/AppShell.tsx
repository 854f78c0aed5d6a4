import { Link, Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../features/auth/useSession';
import { LanguageSelect } from './LanguageSelect';
import { ThemeSelect } from './ThemeSelect';

const NAV = [
  { to: '/tokens', key: 'nav.tokens' },
  { to: '/clients', key: 'nav.clients' },
  { to: '/devices', key: 'nav.devices' },
] as const;

export function AppShell({ onSignOut }: { onSignOut: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <div className="shell">
      <a href="#main" className="skip-link">
        {t('shell.skipToContent')}
      </a>
      <header className="shell-header">
        <div className="brand">
          <span className="brand-name">{t('shell.brand')}</span>
          {session?.tenant && (
            <span className="tenant" title={t('shell.tenant')}>
              {session.tenant}
            </span>
          )}
          {session?.demo && (
            <span className="badge badge-warning" aria-label={t('shell.demoBadgeLabel')}>
              {t('shell.demoBadge')}
            </span>
          )}
        </div>
        <nav aria-label={t('shell.navLabel')} className="shell-nav">
          {NAV.map((item) => (
            <Link key={item.to} to={item.to} activeProps={{ 'aria-current': 'page', className: 'active' }}>
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
}
