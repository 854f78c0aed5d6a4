import { useLingui } from '@lingui/react';
import type { DecodedJwt } from '@/lib/jwt';
import { ClaimsTable } from './ClaimsTable';

/** What the pasted token says about itself, read in this browser: its header and claims, or why it cannot be read. */
export function DecodedToken({ decoded, now }: { decoded: DecodedJwt; now: number }) {
  const { _: t } = useLingui();
  if (!decoded.ok) {
    return (
      <section aria-labelledby="decoded-title" className="inspect-section">
        <h2 id="decoded-title">{t('tools.inspect.decodedTitle')}</h2>
        <p className="notice" role="status">
          {t(`tools.inspect.problem.${decoded.problem}`)}
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="decoded-title" className="inspect-section">
      <h2 id="decoded-title">{t('tools.inspect.decodedTitle')}</h2>
      <p className="notice notice-warning">
        <strong>{t('tools.inspect.notVerified')}</strong> {decoded.signed ? t('tools.inspect.notVerifiedBody') : t('tools.inspect.unsigned')}
      </p>
      <ClaimsTable caption={t('tools.inspect.claims')} claims={decoded.payload} now={now} />
      <ClaimsTable caption={t('tools.inspect.header')} claims={decoded.header} now={now} />
    </section>
  );
}
