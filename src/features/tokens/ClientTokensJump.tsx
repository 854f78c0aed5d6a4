import { useNavigate } from '@tanstack/react-router';
import { memo, useState } from 'react';
import { useTranslation } from '@/i18n/useTranslation';

/** "View a client's tokens": tenant tokens carry no client id, so the client's own token list is one step away. */
/** Memoized (no props): the page's re-renders do not reach it. */
export const ClientTokensJump = memo(function ClientTokensJump() {
  const { t } = useTranslation('tokens');
  const navigate = useNavigate();
  const [clientId, setClientId] = useState('');
  return (
    <form
      className="inline-field"
      onSubmit={(e) => {
        e.preventDefault();
        const id = clientId.trim();
        if (id) void navigate({ to: '/clients/$clientId/tokens', params: { clientId: id } });
      }}
    >
      <label htmlFor="jump-client">{t('clientJump.label')}</label>
      <input
        id="jump-client"
        type="search"
        value={clientId}
        placeholder={t('clientJump.placeholder')}
        spellCheck={false}
        onChange={(e) => setClientId(e.target.value)}
      />
      <button type="submit" className="button" disabled={clientId.trim() === ''}>
        {t('clientJump.open')}
      </button>
    </form>
  );
});
