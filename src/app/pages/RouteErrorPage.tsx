import type { ErrorComponentProps } from '@tanstack/react-router';
import { useLingui } from '@lingui/react';
import { ErrorPanel } from '@/components/ErrorPanel';

/** The error boundary of a route: the page failed to render, the rest of the shell still works. */
export function RouteErrorPage({ error, reset }: ErrorComponentProps) {
  const { _: t } = useLingui();
  return (
    <section className="page">
      <ErrorPanel error={error} title={t('errors.pageCrashed')} onRetry={reset} />
    </section>
  );
}
