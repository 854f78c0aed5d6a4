import { memo, useState } from 'react';
import { useLingui } from '@lingui/react';
import type { OAuthClient } from '@/api/schemas/clients';
import { SESSION_STATUSES } from '@/api/schemas/sessions';
import type { SessionSearch } from '@/features/sessions/sessionSearch';

export type SessionFilterPatch = Partial<Pick<SessionSearch, 'user_id' | 'client_id' | 'status' | 'ip' | 'min_risk'>>;

/** The minimum risks offered: medium and high (40), high only (70); another value from the URL stays selectable. */
const RISK_STEPS = [40, 70] as const;

interface SessionFiltersProps {
  search: SessionFilterPatch;
  clients: OAuthClient[];
  clientsFailed: boolean;
  onChange: (patch: SessionFilterPatch) => void;
}

const byName = (a: OAuthClient, b: OAuthClient) => (a.name ?? a.client_id ?? '').localeCompare(b.name ?? b.client_id ?? '');

/** Every filter of the session list: user and IP as typed text (applied on Enter), client, status, minimum risk. */
export const SessionFilters = memo(function SessionFilters({ search, clients, clientsFailed, onChange }: SessionFiltersProps) {
  const { _: t } = useLingui();
  const [draft, setDraft] = useState({ user_id: search.user_id ?? '', ip: search.ip ?? '' });
  const [last, setLast] = useState({ user_id: search.user_id, ip: search.ip });
  // keep the text boxes in step when the URL changes (back/forward, a link)
  if (last.user_id !== search.user_id || last.ip !== search.ip) {
    setLast({ user_id: search.user_id, ip: search.ip });
    setDraft({ user_id: search.user_id ?? '', ip: search.ip ?? '' });
  }
  const listed = clients.filter((c): c is OAuthClient & { client_id: string } => Boolean(c.client_id)).sort(byName);
  const unknownClient = search.client_id !== undefined && !listed.some((c) => c.client_id === search.client_id);
  const risks: number[] = [...RISK_STEPS];
  if (search.min_risk !== undefined && !risks.includes(search.min_risk)) risks.push(search.min_risk);
  const any = search.user_id || search.client_id || search.status || search.ip || search.min_risk !== undefined;

  return (
    <div className="filters" role="search" aria-label={t('sessions.filters.label')}>
      <form
        className="filters"
        onSubmit={(e) => {
          e.preventDefault();
          onChange({ user_id: draft.user_id.trim() || undefined, ip: draft.ip.trim() || undefined });
        }}
      >
        <label className="inline-field">
          <span>{t('sessions.filters.user')}</span>
          <input
            type="search"
            data-page-filter
            value={draft.user_id}
            placeholder="usr_…"
            spellCheck={false}
            onChange={(e) => setDraft({ ...draft, user_id: e.target.value })}
          />
        </label>
        <label className="inline-field">
          <span>{t('sessions.filters.ip')}</span>
          <input
            type="search"
            value={draft.ip}
            placeholder="192.0.2.1"
            spellCheck={false}
            inputMode="decimal"
            size={16}
            onChange={(e) => setDraft({ ...draft, ip: e.target.value })}
          />
        </label>
        <button type="submit" className="button">
          {t('sessions.filters.apply')}
        </button>
      </form>
      <label className="inline-field">
        <span>{t('sessions.filters.client')}</span>
        <select value={search.client_id ?? ''} onChange={(e) => onChange({ client_id: e.target.value || undefined })}>
          <option value="">{t('sessions.filters.anyClient')}</option>
          {unknownClient && <option value={search.client_id}>{search.client_id}</option>}
          {listed.map((c) => (
            <option key={c.client_id} value={c.client_id}>
              {c.name ? `${c.name} (${c.client_id})` : c.client_id}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-field">
        <span>{t('sessions.filters.status')}</span>
        <select
          value={search.status ?? ''}
          onChange={(e) => onChange({ status: (e.target.value || undefined) as SessionSearch['status'] })}
        >
          <option value="">{t('sessions.filters.any')}</option>
          {SESSION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`sessions.status.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-field">
        <span>{t('sessions.filters.minRisk')}</span>
        <select
          value={search.min_risk ?? ''}
          onChange={(e) => onChange({ min_risk: e.target.value === '' ? undefined : Number(e.target.value) })}
        >
          <option value="">{t('sessions.filters.anyRisk')}</option>
          {risks.map((score) => (
            <option key={score} value={score}>
              {score === 40 ? t('sessions.filters.riskMedium') : score === 70 ? t('sessions.filters.riskHigh') : t('sessions.filters.riskAtLeast', { score })}
            </option>
          ))}
        </select>
      </label>
      {any && (
        <button
          type="button"
          className="button button-quiet"
          onClick={() => onChange({ user_id: undefined, client_id: undefined, status: undefined, ip: undefined, min_risk: undefined })}
        >
          {t('sessions.filters.clear')}
        </button>
      )}
      {clientsFailed && <p className="hint">{t('sessions.filters.clientsUnavailable')}</p>}
    </div>
  );
});
