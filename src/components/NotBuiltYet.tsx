import { useTranslation } from '@/i18n/useTranslation';

/** A page that is planned but not built: it says so plainly instead of showing fake data. */
export function NotBuiltYet({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{title}</h1>
      <p className="notice">{t('common.notBuiltYet')}</p>
    </section>
  );
}
