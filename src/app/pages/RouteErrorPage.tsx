import type { ErrorComponentProps } from '@tanstack/react-router';
import { useTranslation } from '@/i18n/useTranslation';
import { ErrorPanel } from '@/components/ErrorPanel';

/** The error boundary of a route: the page failed to render, the rest of the shell still works. */
export function RouteErrorPage({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  return (
    <section className="page">
      <ErrorPanel error={error} title={t('errors.pageCrashed')} onRetry={reset} />
    </section>
  );
}
