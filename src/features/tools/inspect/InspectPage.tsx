import { useId, useState } from 'react';
import { useLingui } from '@lingui/react';
import { useNow } from '@/components/useNow';
import { decodeJwt, MAX_TOKEN_INPUT, tidyTokenInput, type DecodedJwt } from '@/lib/jwt';
import { DecodedToken } from './DecodedToken';
import { IntrospectionResult } from './IntrospectionResult';
import { useIntrospection } from './useIntrospection';
import '../tools.css';

/** Sample token texts of the demo's mock, by kind (demo builds only: see src/app/routes/tools.tsx). */
export type SampleTokens = Partial<Record<'active' | 'revoked' | 'expired' | 'unknown' | 'opaque', string>>;

interface Inspected {
  decoded: DecodedJwt;
  bearerRemoved: boolean;
  whitespaceRemoved: boolean;
}

/**
 * The token inspector: a pasted access or refresh token, decoded here (a JWT's header and claims) and asked about
 * at the server (introspection). The token is a secret: it lives in this page's state only (gone when the page is
 * left), goes only into the introspection request's body, and never into the query cache, storage, the URL or a log.
 */
export function InspectPage({ loadSamples }: { loadSamples?: () => Promise<SampleTokens> }) {
  const { _: t } = useLingui();
  const now = useNow(1000);
  const inputId = useId();
  const [text, setText] = useState('');
  const [inspected, setInspected] = useState<Inspected>();
  const [samples, setSamples] = useState<SampleTokens>();
  const introspection = useIntrospection();

  const inspect = () => {
    const tidied = tidyTokenInput(text);
    const decoded = decodeJwt(tidied.token);
    setInspected({ decoded, bearerRemoved: tidied.bearerRemoved, whitespaceRemoved: tidied.whitespaceRemoved });
    if (tidied.bearerRemoved || tidied.whitespaceRemoved) setText(tidied.token);
    if (decoded.ok || (decoded.problem !== 'empty' && decoded.problem !== 'too-long')) introspection.mutate(tidied.token);
    else introspection.reset();
  };
  const clear = (next = '') => {
    setText(next);
    setInspected(undefined);
    introspection.reset();
  };

  const problem = inspected && !inspected.decoded.ok ? inspected.decoded.problem : undefined;
  const asked = introspection.isPending || introspection.isSuccess || introspection.isError;
  return (
    <section className="page" aria-labelledby="page-title">
      <header className="page-header">
        <h1 id="page-title">{t('tools.inspect.title')}</h1>
        <p className="muted">{t('tools.inspect.subtitle')}</p>
      </header>
      <form
        className="form inspect-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          inspect();
        }}
      >
        <div className="field">
          <label htmlFor={inputId}>{t('tools.inspect.token')}</label>
          <textarea
            id={inputId}
            className="mono token-input"
            rows={5}
            value={text}
            autoComplete="off"
            autoCorrect="off"
            autoCapitalize="off"
            spellCheck={false}
            aria-describedby={`${inputId}-hint`}
            aria-invalid={problem === 'empty' || problem === 'too-long' ? true : undefined}
            data-page-filter
            onChange={(event) => {
              setText(event.target.value);
              // what is shown was about the token as it was: an edit starts afresh
              if (inspected) clear(event.target.value);
            }}
          />
          <p id={`${inputId}-hint`} className="hint">
            {t('tools.inspect.hint')}
          </p>
          {problem === 'empty' && <p className="field-error">{t('tools.inspect.problem.empty')}</p>}
          {problem === 'too-long' && <p className="field-error">{t('tools.inspect.problem.too-long', { max: MAX_TOKEN_INPUT })}</p>}
        </div>
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={introspection.isPending}>
            {t('tools.inspect.submit')}
          </button>
          <button type="button" className="button" onClick={() => clear()}>
            {t('tools.inspect.clear')}
          </button>
        </div>
        {loadSamples && (
          <div className="button-row demo-samples">
            <span className="muted">{t('tools.inspect.samples')}</span>
            {(['active', 'revoked', 'expired', 'unknown', 'opaque'] as const).map((kind) => (
              <button
                key={kind}
                type="button"
                className="button button-quiet"
                onClick={() => {
                  const apply = (all: SampleTokens) => {
                    setSamples(all);
                    setText(all[kind] ?? '');
                  };
                  if (samples) apply(samples);
                  else void loadSamples().then(apply);
                }}
              >
                {t(`tools.inspect.sample.${kind}`)}
              </button>
            ))}
          </div>
        )}
      </form>
      {inspected && (inspected.bearerRemoved || inspected.whitespaceRemoved) && (
        <p className="notice" role="status">
          {inspected.bearerRemoved && t('tools.inspect.bearerRemoved')} {inspected.whitespaceRemoved && t('tools.inspect.whitespaceRemoved')}
        </p>
      )}
      {inspected && problem !== 'empty' && problem !== 'too-long' && (
        <div className="inspect-results">
          <DecodedToken decoded={inspected.decoded} now={now} />
          {asked && (
            <IntrospectionResult
              pending={introspection.isPending}
              result={introspection.data}
              error={introspection.error}
              now={now}
              onRetry={() => introspection.variables !== undefined && introspection.mutate(introspection.variables)}
            />
          )}
        </div>
      )}
      <p role="status" className="visually-hidden">
        {introspection.isPending
          ? t('tools.inspect.asking')
          : introspection.isSuccess
            ? introspection.data.active === true
              ? t('tools.inspect.active')
              : t('tools.inspect.inactive')
            : ''}
      </p>
    </section>
  );
}
