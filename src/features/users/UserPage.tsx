import { useLingui } from '@lingui/react';
import { NotBuiltYet } from '@/components/NotBuiltYet';

/** One user at a glance (issue 14): the route exists so other pages can link here. */
export function UserPage() {
  const { _: t } = useLingui();
  return <NotBuiltYet title={t('nav.user')} />;
}
