import { useState } from 'react';
import { useTranslation } from '@/i18n/useTranslation';
import { CLIENT_STATUSES } from '@/api/schemas/clients';
import type { ClientSearch } from './clientSearch';
import { useDebouncedCallback } from './useDebouncedCallback';

type FilterPatch = Partial<Pick<ClientSearch, 'name' | 'status'>>;

export const NAME_SEARCH_DELAY_MS = 300;

export function ClientFilters({ search, onChange }: { search: ClientSearch; onChange: (patch: FilterPatch) => void }) {
  const { t } = useTranslation('clients');
  const [nameDraft, setNameDraft] = useState(search.name ?? '');
  const [lastName, setLastName] = useState(search.name);
  const { debounced: applyName, cancel } = useDebouncedCallback(
    (name: string) => onChange({ name: name.trim() || undefined }),
    NAME_SEARCH_DELAY_MS,
  );
  // Keep the search box in step when the URL changes (back/forward, clear filters).
  if (lastName !== search.name) {
    setLastName(search.name);
    if ((nameDraft.trim() || undefined) !== search.name) setNameDraft(search.name ?? '');
  }

  return (
    <div className="filters" role="search" aria-label={t('filters.label')}>
      <label className="inline-field">
        <span>{t('filters.name')}</span>
        <input
          type="search"
          value={nameDraft}
          placeholder={t('filters.namePlaceholder')}
          spellCheck={false}
          onChange={(e) => {
            setNameDraft(e.target.value);
            applyName(e.target.value);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              cancel();
              onChange({ name: nameDraft.trim() || undefined });
            }
          }}
        />
      </label>
      <label className="inline-field">
        <span>{t('filters.status')}</span>
        <select
          value={search.status ?? ''}
          onChange={(e) => onChange({ status: (e.target.value || undefined) as ClientSearch['status'] })}
        >
          <option value="">{t('filters.any')}</option>
          {CLIENT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </label>
      {(search.name || search.status) && (
        <button
          type="button"
          className="button button-quiet"
          onClick={() => {
            cancel();
            setNameDraft('');
            onChange({ name: undefined, status: undefined });
          }}
        >
          {t('filters.clear')}
        </button>
      )}
    </div>
  );
}
