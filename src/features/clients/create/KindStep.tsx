import { Link } from '@tanstack/react-router';
import { useTranslation } from '@/i18n/useTranslation';
import { CLIENT_KINDS, kindDefaults, type ClientKind } from './clientKinds';

function Defaults({ kind }: { kind: ClientKind }) {
  const { t } = useTranslation('clients');
  const values = kindDefaults(kind);
  const redirects = values.redirect_uris.length > 0;
  return (
    <dl className="kind-defaults">
      <dt>{t('fields.is_confidential')}</dt>
      <dd>{values.is_confidential ? t('type.confidential') : t('type.public')}</dd>
      <dt>{t('fields.grant_types')}</dt>
      <dd>
        <code className="mono">{values.grant_types.join(' + ')}</code>
      </dd>
      <dt>{t('fields.client_auth_methods')}</dt>
      <dd>
        <code className="mono">{values.client_auth_methods.join(', ')}</code>
      </dd>
      <dt>{t('fields.redirect_uris')}</dt>
      <dd>{redirects ? t(`kinds.${kind}.redirects`) : t('create.noRedirects')}</dd>
    </dl>
  );
}

/** The first step of creating a client: what is being connected, each kind with one line and the defaults it sets. */
export function KindStep() {
  const { t } = useTranslation('clients');
  return (
    <section aria-labelledby="kind-title" className="kind-step">
      <h2 id="kind-title">{t('create.kindTitle')}</h2>
      <p className="muted">{t('create.kindIntro')}</p>
      <ul className="kind-list">
        {CLIENT_KINDS.map((kind) => (
          <li key={kind}>
            <Link
              to="/clients/new"
              search={{ kind }}
              className="kind-card"
              aria-labelledby={`kind-${kind}-title`}
              aria-describedby={`kind-${kind}-explain`}
            >
              <span id={`kind-${kind}-title`} className="kind-title">
                {t(`kinds.${kind}.title`)}
              </span>
              <span id={`kind-${kind}-explain`} className="kind-explain">
                {t(`kinds.${kind}.explain`)}
              </span>
              <Defaults kind={kind} />
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
