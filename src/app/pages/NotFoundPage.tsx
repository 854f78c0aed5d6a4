import { useLingui } from '@lingui/react';
import { NotFoundPanel } from '@/components/NotFoundPanel';

export function NotFoundPage() {
  const { _: t } = useLingui();
  return <NotFoundPanel title={t('notFound.title')} message={t('notFound.body')} backTo="/tokens" backLabel={t('notFound.back')} />;
}
