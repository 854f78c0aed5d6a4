import { Link } from '@tanstack/react-router';
import { useLingui } from '@lingui/react';
import type { OAuthClient } from '@/api/schemas/clients';
import { Dialog } from '@/components/Dialog';
import { RelativeTime } from '@/components/RelativeTime';
import type { ServerChange } from './diff';

interface LostUpdateDialogProps {
  clientId: string;
  open: boolean;
  current: OAuthClient | undefined;
  changes: ServerChange[];
  onReloadTheirs: () => void;
  onOverwrite: () => void;
  onCancel: () => void;
  /** The admin follows "See the change history" in this tab: the form lets that navigation go, keeping the draft. */
  onSeeHistory: () => void;
}

function ValueText({ value }: { value: ServerChange['theirs'] }) {
  const { _: t } = useLingui();
  if (typeof value === 'boolean') return <>{value ? t('clients.type.confidential') : t('clients.type.public')}</>;
  if (Array.isArray(value)) {
    if (value.length === 0) return <>—</>;
    return (
      <ul className="plain-list">
        {value.map((v, i) => (
          <li key={i} className="mono">
            {v}
          </li>
        ))}
      </ul>
    );
  }
  return value === '' ? <>—</> : <span className="mono">{value}</span>;
}

/** Another admin changed the client since this form loaded it: what changed, and the admin's choice. */
export function LostUpdateDialog({ clientId, open, current, changes, onReloadTheirs, onOverwrite, onCancel, onSeeHistory }: LostUpdateDialogProps) {
  const { _: t } = useLingui();
  const conflicts = changes.filter((c) => c.alsoMine).length;
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => !next && onCancel()}
      wide
      title={t('clients.form.conflict.title')}
      description={
        <p>
          {t('clients.form.conflict.body')} <RelativeTime value={current?.updated_at} />
        </p>
      }
      footer={
        <>
          <button type="button" className="button" onClick={onCancel}>
            {t('clients.form.conflict.keepEditing')}
          </button>
          <button type="button" className="button" onClick={onReloadTheirs}>
            {t('clients.form.conflict.reloadTheirs')}
          </button>
          <button type="button" className="button button-danger" onClick={onOverwrite}>
            {t('clients.form.conflict.overwrite')}
          </button>
        </>
      }
    >
      {changes.length === 0 ? (
        <p>{t('clients.form.conflict.noVisibleChanges')}</p>
      ) : (
        <div className="table-wrap" role="region" aria-label={t('clients.form.conflict.caption')} tabIndex={0}>
          <table className="data-table conflict-table">
            <caption className="visually-hidden">{t('clients.form.conflict.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('clients.form.conflict.field')}</th>
                <th scope="col">{t('clients.form.conflict.before')}</th>
                <th scope="col">{t('clients.form.conflict.theirs')}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((change) => (
                <tr key={change.field}>
                  <th scope="row">
                    {t(`clients.fields.${change.field}`)}
                    {change.alsoMine && <span className="badge badge-warning">{t('clients.form.conflict.alsoMine')}</span>}
                  </th>
                  <td>
                    <ValueText value={change.before} />
                  </td>
                  <td>
                    <ValueText value={change.theirs} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <Link
          to="/clients/$clientId/history"
          params={{ clientId }}
          onClick={(event) => {
            // a new tab or window leaves this form as it is
            if (event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey) onSeeHistory();
          }}
        >
          {t('clients.form.conflict.seeHistory')}
        </Link>{' '}
        <span className="muted">{t('clients.form.conflict.seeHistoryHint')}</span>
      </p>
      <p className="muted">
        {conflicts > 0 ? t('clients.form.conflict.overwriteExplainConflicts', { count: conflicts }) : t('clients.form.conflict.overwriteExplain')}
      </p>
    </Dialog>
  );
}
