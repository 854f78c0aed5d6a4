import { useState } from 'react';
import { useLingui } from '@lingui/react';
import { CLIENT_STATUSES } from '@/api/schemas/clients';
import type { ClientSearch } from './clientSearch';
import { useDebouncedCallback } from './useDebouncedCallback';

type FilterPatch = Partial<Pick<ClientSearch, 'name' | 'status'>>;

export const NAME_SEARCH_DELAY_MS = 300;

export function ClientFilters({ search, onChange }: { search: ClientSearch; onChange: (patch: FilterPatch) => void }) {
  const { _: t } = useLingui();
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
    <div className="filters" role="search" aria-label={t('clients.filters.label')}>
      <label className="inline-field">
        <span>{t('clients.filters.name')}</span>
        <input
          type="search"
          data-page-filter
          value={nameDraft}
          placeholder={t('clients.filters.namePlaceholder')}
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
        <span>{t('clients.filters.status')}</span>
        <select
          value={search.status ?? ''}
          onChange={(e) => onChange({ status: (e.target.value || undefined) as ClientSearch['status'] })}
        >
          <option value="">{t('clients.filters.any')}</option>
          {CLIENT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`clients.status.${status}`)}
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
          {t('clients.filters.clear')}
        </button>
      )}
    </div>
  );
}
