import { Link } from '@tanstack/react-router';
import { useLingui } from '@lingui/react';
import type { OAuthClient } from '@/api/schemas/clients';
import { LostUpdateDialog as LostUpdateFrame } from '@/components/form/LostUpdateDialog';
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

/** Another admin changed the client since this form loaded it: the shared lost-update dialog, in the clients' words. */
export function LostUpdateDialog({ clientId, open, current, changes, onReloadTheirs, onOverwrite, onCancel, onSeeHistory }: LostUpdateDialogProps) {
  const { _: t } = useLingui();
  return (
    <LostUpdateFrame
      open={open}
      changes={changes.map((change) => ({
        key: change.field,
        label: t(`clients.fields.${change.field}`),
        before: <ValueText value={change.before} />,
        theirs: <ValueText value={change.theirs} />,
        alsoMine: change.alsoMine,
      }))}
      texts={{
        title: t('clients.form.conflict.title'),
        body: (
          <>
            {t('clients.form.conflict.body')} <RelativeTime value={current?.updated_at} />
          </>
        ),
        noVisibleChanges: t('clients.form.conflict.noVisibleChanges'),
        caption: t('clients.form.conflict.caption'),
        field: t('clients.form.conflict.field'),
        before: t('clients.form.conflict.before'),
        theirs: t('clients.form.conflict.theirs'),
        alsoMine: t('clients.form.conflict.alsoMine'),
        explain: (conflicts) =>
          conflicts > 0 ? t('clients.form.conflict.overwriteExplainConflicts', { count: conflicts }) : t('clients.form.conflict.overwriteExplain'),
        keepEditing: t('clients.form.conflict.keepEditing'),
        reloadTheirs: t('clients.form.conflict.reloadTheirs'),
        overwrite: t('clients.form.conflict.overwrite'),
      }}
      extra={
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
      }
      onReloadTheirs={onReloadTheirs}
      onOverwrite={onOverwrite}
      onCancel={onCancel}
    />
  );
}
