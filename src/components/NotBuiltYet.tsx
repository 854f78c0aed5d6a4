import { useLingui } from '@lingui/react';

/** A page that is planned but not built: it says so plainly instead of showing fake data. */
export function NotBuiltYet({ title }: { title: string }) {
  const { _: t } = useLingui();
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{title}</h1>
      <p className="notice">{t('common.notBuiltYet')}</p>
    </section>
  );
}
