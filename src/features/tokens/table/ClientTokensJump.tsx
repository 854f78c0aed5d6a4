import { useNavigate } from '@tanstack/react-router';
import { memo, useState } from 'react';
import { useLingui } from '@lingui/react';

/** "View a client's tokens": tenant tokens carry no client id, so the client's own token list is one step away. */
/** Memoized (no props): the page's re-renders do not reach it. */
export const ClientTokensJump = memo(function ClientTokensJump() {
  const { _: t } = useLingui();
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
      <label htmlFor="jump-client">{t('tokens.clientJump.label')}</label>
      <input
        id="jump-client"
        type="search"
        value={clientId}
        placeholder={t('tokens.clientJump.placeholder')}
        spellCheck={false}
        onChange={(e) => setClientId(e.target.value)}
      />
      <button type="submit" className="button" disabled={clientId.trim() === ''}>
        {t('tokens.clientJump.open')}
      </button>
    </form>
  );
});
