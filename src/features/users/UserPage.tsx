import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useLingui } from '@lingui/react';
import { CopyButton } from '@/components/CopyButton';
import { EndUserSessionsDialog } from '@/components/EndUserSessionsDialog';
import { useClientNames } from '@/components/useClientNames';
import { TrustedDevicesSection } from './TrustedDevicesSection';
import { UserDeviceLoginsSection } from './UserDeviceLoginsSection';
import { UserSessionsSection } from './UserSessionsSection';
import { UserTokensSection } from './UserTokensSection';
import './users.css';

const route = getRouteApi('/_app/users/$userId');

/**
 * One user at a glance: sessions, tokens, device logins and trusted devices, each section loading (and failing)
 * alone; and "sign out everywhere". The contract has no user route, so the view is made of these lists.
 */
export function UserPage() {
  const { _: t } = useLingui();
  const { userId } = route.useParams();
  const clients = useClientNames();
  const [signingOut, setSigningOut] = useState(false);

  return (
    <section aria-labelledby="page-title" className="page user-page">
      <header className="page-header user-header">
        <div>
          <p className="muted">{t('sessions.user.kicker')}</p>
          <div className="cell-with-action">
            <h1 id="page-title" className="mono wrap-anywhere" translate="no">
              {userId}
            </h1>
            <CopyButton value={userId} label={t('sessions.user.userId')} />
          </div>
        </div>
        <button type="button" className="button button-danger" onClick={() => setSigningOut(true)}>
          {t('sessions.user.signOut.open')}
        </button>
      </header>
      <UserSessionsSection userId={userId} clients={clients} />
      <UserTokensSection userId={userId} />
      <TrustedDevicesSection userId={userId} />
      <UserDeviceLoginsSection userId={userId} clients={clients} />
      <EndUserSessionsDialog userId={signingOut ? userId : undefined} tokens="always" onClose={() => setSigningOut(false)} />
    </section>
  );
}
