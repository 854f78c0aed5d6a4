import { Link } from '@tanstack/react-router';
import { useLingui } from '@lingui/react';
import { CLIENT_KINDS, kindDefaults, type ClientKind } from './clientKinds';

function Defaults({ kind }: { kind: ClientKind }) {
  const { _: t } = useLingui();
  const values = kindDefaults(kind);
  const redirects = values.redirect_uris.length > 0;
  return (
    <dl className="kind-defaults">
      <dt>{t('clients.fields.is_confidential')}</dt>
      <dd>{values.is_confidential ? t('clients.type.confidential') : t('clients.type.public')}</dd>
      <dt>{t('clients.fields.grant_types')}</dt>
      <dd>
        <code className="mono">{values.grant_types.join(' + ')}</code>
      </dd>
      <dt>{t('clients.fields.client_auth_methods')}</dt>
      <dd>
        <code className="mono">{values.client_auth_methods.join(', ')}</code>
      </dd>
      <dt>{t('clients.fields.redirect_uris')}</dt>
      <dd>{redirects ? t(`clients.kinds.${kind}.redirects`) : t('clients.create.noRedirects')}</dd>
    </dl>
  );
}

/** The first step of creating a client: what is being connected, each kind with one line and the defaults it sets. */
export function KindStep() {
  const { _: t } = useLingui();
  return (
    <section aria-labelledby="kind-title" className="kind-step">
      <h2 id="kind-title">{t('clients.create.kindTitle')}</h2>
      <p className="muted">{t('clients.create.kindIntro')}</p>
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
                {t(`clients.kinds.${kind}.title`)}
              </span>
              <span id={`kind-${kind}-explain`} className="kind-explain">
                {t(`clients.kinds.${kind}.explain`)}
              </span>
              <Defaults kind={kind} />
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
