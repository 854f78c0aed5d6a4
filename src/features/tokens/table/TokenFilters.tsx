import { memo, useState } from 'react';
import { useLingui } from '@lingui/react';
import { TOKEN_STATUSES, TOKEN_TYPES } from '@/api/schemas/tokens';
import type { TokenSearch } from '@/features/tokens/tokenSearch';

type FilterPatch = Partial<Pick<TokenSearch, 'user_id' | 'type' | 'status'>>;

interface TokenFiltersProps {
  userId: TokenSearch['user_id'];
  type: TokenSearch['type'];
  status: TokenSearch['status'];
  onChange: (patch: FilterPatch) => void;
}

/** Memoized, with the filters alone as props: a page change does not render it again. */
export const TokenFilters = memo(function TokenFilters({ userId, type, status, onChange }: TokenFiltersProps) {
  const { _: t } = useLingui();
  const [userDraft, setUserDraft] = useState(userId ?? '');
  const [lastUser, setLastUser] = useState(userId);
  // Keep the text box in step when the URL changes (back/forward, a click on a user id).
  if (lastUser !== userId) {
    setLastUser(userId);
    setUserDraft(userId ?? '');
  }

  return (
    <div className="filters" role="search" aria-label={t('tokens.filters.label')}>
      <form
        className="inline-field"
        onSubmit={(e) => {
          e.preventDefault();
          onChange({ user_id: userDraft.trim() || undefined });
        }}
      >
        <label htmlFor="filter-user">{t('tokens.filters.user')}</label>
        <input
          id="filter-user"
          type="search"
          data-page-filter
          value={userDraft}
          placeholder="usr_…"
          spellCheck={false}
          onChange={(e) => setUserDraft(e.target.value)}
        />
        <button type="submit" className="button">
          {t('tokens.filters.apply')}
        </button>
      </form>
      <label className="inline-field">
        <span>{t('tokens.filters.type')}</span>
        <select
          value={type ?? ''}
          onChange={(e) => onChange({ type: (e.target.value || undefined) as TokenSearch['type'] })}
        >
          <option value="">{t('tokens.filters.any')}</option>
          {TOKEN_TYPES.map((value) => (
            <option key={value} value={value}>
              {t(`tokens.type.${value}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-field">
        <span>{t('tokens.filters.status')}</span>
        <select
          value={status ?? ''}
          onChange={(e) => onChange({ status: (e.target.value || undefined) as TokenSearch['status'] })}
        >
          <option value="">{t('tokens.filters.any')}</option>
          {TOKEN_STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`tokens.status.${value}`)}
            </option>
          ))}
        </select>
      </label>
      {(userId || type || status) && (
        <button type="button" className="button button-quiet" onClick={() => onChange({ user_id: undefined, type: undefined, status: undefined })}>
          {t('tokens.filters.clear')}
        </button>
      )}
    </div>
  );
});
