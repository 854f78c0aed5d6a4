import { useLingui } from '@lingui/react';
import { NotBuiltYet } from '@/components/NotBuiltYet';

/** The tenant's sessions (issue 14): the route and its URL state exist so other pages can link here. */
export function SessionsPage() {
  const { _: t } = useLingui();
  return <NotBuiltYet title={t('nav.sessions')} />;
}
