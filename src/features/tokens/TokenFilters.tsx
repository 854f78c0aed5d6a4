import { memo, useState } from 'react';
import { useTranslation } from '@/i18n/useTranslation';
import { TOKEN_STATUSES, TOKEN_TYPES } from '@/api/schemas/tokens';
import type { TokenSearch } from './tokenSearch';

type FilterPatch = Partial<Pick<TokenSearch, 'user_id' | 'type' | 'status'>>;

interface TokenFiltersProps {
  userId: TokenSearch['user_id'];
  type: TokenSearch['type'];
  status: TokenSearch['status'];
  onChange: (patch: FilterPatch) => void;
}

/** Memoized, with the filters alone as props: a page change does not render it again. */
export const TokenFilters = memo(function TokenFilters({ userId, type, status, onChange }: TokenFiltersProps) {
  const { t } = useTranslation('tokens');
  const [userDraft, setUserDraft] = useState(userId ?? '');
  const [lastUser, setLastUser] = useState(userId);
  // Keep the text box in step when the URL changes (back/forward, a click on a user id).
  if (lastUser !== userId) {
    setLastUser(userId);
    setUserDraft(userId ?? '');
  }

  return (
    <div className="filters" role="search" aria-label={t('filters.label')}>
      <form
        className="inline-field"
        onSubmit={(e) => {
          e.preventDefault();
          onChange({ user_id: userDraft.trim() || undefined });
        }}
      >
        <label htmlFor="filter-user">{t('filters.user')}</label>
        <input
          id="filter-user"
          type="search"
          value={userDraft}
          placeholder="usr_…"
          spellCheck={false}
          onChange={(e) => setUserDraft(e.target.value)}
        />
        <button type="submit" className="button">
          {t('filters.apply')}
        </button>
      </form>
      <label className="inline-field">
        <span>{t('filters.type')}</span>
        <select
          value={type ?? ''}
          onChange={(e) => onChange({ type: (e.target.value || undefined) as TokenSearch['type'] })}
        >
          <option value="">{t('filters.any')}</option>
          {TOKEN_TYPES.map((value) => (
            <option key={value} value={value}>
              {t(`type.${value}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-field">
        <span>{t('filters.status')}</span>
        <select
          value={status ?? ''}
          onChange={(e) => onChange({ status: (e.target.value || undefined) as TokenSearch['status'] })}
        >
          <option value="">{t('filters.any')}</option>
          {TOKEN_STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`status.${value}`)}
            </option>
          ))}
        </select>
      </label>
      {(userId || type || status) && (
        <button type="button" className="button button-quiet" onClick={() => onChange({ user_id: undefined, type: undefined, status: undefined })}>
          {t('filters.clear')}
        </button>
      )}
    </div>
  );
});
