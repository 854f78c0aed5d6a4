import { useState } from 'react';
import { useLingui } from '@lingui/react';
import { CopyButton } from '@/components/CopyButton';

interface OnceOnlySecretProps {
  secret: string;
  /** The admin confirmed they stored it: the caller forgets the secret and moves on. */
  onStored: () => void;
  continueLabel: string;
}

/**
 * A client secret, shown this once (the caller gives the heading): monospace, with a copy button and a plain warning, and an "I have stored it"
 * step before moving on. It is text, never an input, so no browser offers to save or autofill it.
 */
export function OnceOnlySecret({ secret, onStored, continueLabel }: OnceOnlySecretProps) {
  const { _: t } = useLingui();
  const [stored, setStored] = useState(false);
  return (
    <div className="once-secret">
      <p className="once-secret-warning" role="note">
        <strong>{t('clients.secret.warningStrong')}</strong> {t('clients.secret.warning')}
      </p>
      <p className="once-secret-label">{t('clients.secret.valueLabel')}</p>
      <div className="once-secret-value">
        <code className="mono" translate="no">
          {secret}
        </code>
        <CopyButton value={secret} label={t('clients.secret.copyLabel')} />
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={stored} onChange={(e) => setStored(e.target.checked)} />
        <span>{t('clients.secret.stored')}</span>
      </label>
      <div className="button-row">
        <button type="button" className="button button-primary" disabled={!stored} onClick={onStored}>
          {continueLabel}
        </button>
      </div>
    </div>
  );
}
