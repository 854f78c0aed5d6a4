import { useLingui } from '@lingui/react';

/** What ending sessions does not do, said plainly wherever sessions end. */
export function TokensStayValidNote({ count }: { count: number }) {
  const { _: t } = useLingui();
  return <p className="notice notice-warning">{t('sessions.end.tokensStayValid', { count })}</p>;
}
