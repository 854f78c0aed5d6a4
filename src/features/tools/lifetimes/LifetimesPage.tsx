import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useLingui } from '@lingui/react';
import { isRouteMissing } from '@/api/errors';
import type { TokenConfig } from '@/api/schemas/tokenConfig';
import { tokenConfigQuery } from '@/api/tokenConfig';
import { ErrorPanel } from '@/components/ErrorPanel';
import { LifetimesForm } from './LifetimesForm';
import '../tools.css';

/** `/settings/tokens`: the tenant's token and session lifetimes. */
export function LifetimesPage() {
  const { _: t } = useLingui();
  const query = useQuery(tokenConfigQuery());
  // The form is built from the first answer; later refetches (the lost-update check) must not replace it.
  const [initial, setInitial] = useState<TokenConfig>();
  if (!initial && query.data) setInitial(query.data);

  return (
    <section className="page" aria-labelledby="page-title">
      <header className="page-header">
        <h1 id="page-title">{t('tools.lifetimes.title')}</h1>
        <p className="muted">{t('tools.lifetimes.subtitle')}</p>
      </header>
      {!initial && query.isError &&
        (isRouteMissing(query.error) ? (
          <p className="notice">{t('tools.lifetimes.notOffered')}</p>
        ) : (
          <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />
        ))}
      {!initial && query.isPending && (
        <p className="muted" role="status">
          {t('tools.lifetimes.loading')}
        </p>
      )}
      {initial && <LifetimesForm config={initial} />}
    </section>
  );
}
