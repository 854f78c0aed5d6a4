import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { TOKEN_STATUSES, TOKEN_TYPES } from '../../api/schemas/tokens';
import type { TokenSearch } from './tokenSearch';

type FilterPatch = Partial<Pick<TokenSearch, 'user_id' | 'type' | 'status'>>;

interface TokenFiltersProps {
  search: TokenSearch;
  onChange: (patch: FilterPatch) => void;
}

export function TokenFilters({ search, onChange }: TokenFiltersProps) {
  const { t } = useTranslation('tokens');
  const [userDraft, setUserDraft] = useState(search.user_id ?? '');
  const [lastUser, setLastUser] = useState(search.user_id);
  // Keep the text box in step when the URL changes (back/forward, a click on a user id).
  if (lastUser !== search.user_id) {
    setLastUser(search.user_id);
    setUserDraft(search.user_id ?? '');
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
          value={search.type ?? ''}
          onChange={(e) => onChange({ type: (e.target.value || undefined) as TokenSearch['type'] })}
        >
          <option value="">{t('filters.any')}</option>
          {TOKEN_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`type.${type}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-field">
        <span>{t('filters.status')}</span>
        <select
          value={search.status ?? ''}
          onChange={(e) => onChange({ status: (e.target.value || undefined) as TokenSearch['status'] })}
        >
          <option value="">{t('filters.any')}</option>
          {TOKEN_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </label>
      {(search.user_id || search.type || search.status) && (
        <button type="button" className="button button-quiet" onClick={() => onChange({ user_id: undefined, type: undefined, status: undefined })}>
          {t('filters.clear')}
        </button>
      )}
    </div>
  );
}
