import { useLingui } from '@lingui/react';
import type { AuditChange, AuditValue } from '@/api/schemas/clientHistory';
import { describeChange } from './auditChanges';

/** A changed value in words: server text stays text (never markup), a known value is translated. */
function Value({ field, value }: { field: string; value: AuditValue }) {
  const { _: t, i18n } = useLingui();
  if (value === null || value === '') return <span className="muted">{t('clients.history.noValue')}</span>;
  if (typeof value === 'boolean') {
    if (field === 'is_confidential') return <>{value ? t('clients.type.confidential') : t('clients.type.public')}</>;
    return <>{value ? t('clients.history.yes') : t('clients.history.no')}</>;
  }
  if (typeof value === 'number') return <>{new Intl.NumberFormat(i18n.locale).format(value)}</>;
  if (Array.isArray(value)) return <span className="mono">{value.join(', ')}</span>;
  if (field === 'status') return <>{t({ id: `clients.status.${value}`, message: value })}</>;
  return <span className="mono">{value}</span>;
}

/** The field changes of one audit entry: lists as entries added and removed, other fields as old → new. */
export function AuditChangeList({ changes }: { changes: readonly AuditChange[] | undefined }) {
  const { _: t } = useLingui();
  if (!changes || changes.length === 0) return <span className="muted">{t('clients.history.noChanges')}</span>;
  return (
    <ul className="audit-changes">
      {changes.map((change, index) => {
        const view = describeChange(change);
        const label = view.field ? t({ id: `clients.fields.${view.field}`, message: view.field }) : '—';
        return (
          <li key={index}>
            <span className="audit-field">{label}</span>
            {view.kind === 'list' ? (
              <ul className="audit-list-diff">
                {view.added.map((entry, i) => (
                  <li key={`+${i}`} className="diff-added">
                    <span aria-hidden="true">+ </span>
                    <span className="visually-hidden">{t('clients.history.added')} </span>
                    <span className="mono">{entry}</span>
                  </li>
                ))}
                {view.removed.map((entry, i) => (
                  <li key={`-${i}`} className="diff-removed">
                    <span aria-hidden="true">− </span>
                    <span className="visually-hidden">{t('clients.history.removed')} </span>
                    <span className="mono">{entry}</span>
                  </li>
                ))}
                {view.added.length === 0 && view.removed.length === 0 && <li className="muted">{t('clients.history.reordered')}</li>}
              </ul>
            ) : (
              <span className="audit-value-diff">
                <span className="diff-old">
                  <span className="visually-hidden">{t('clients.history.before')} </span>
                  <Value field={view.field} value={view.old} />
                </span>
                <span aria-hidden="true"> → </span>
                <span className="diff-new">
                  <span className="visually-hidden">{t('clients.history.after')} </span>
                  <Value field={view.field} value={view.new} />
                </span>
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
