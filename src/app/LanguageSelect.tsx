import { useLingui } from '@lingui/react';
import { changeLanguage, LANGUAGES } from '@/i18n/i18n';

export function LanguageSelect() {
  const { _: t, i18n } = useLingui();
  return (
    <label className="inline-field">
      <span className="visually-hidden">{t('shell.language')}</span>
      <select
        aria-label={t('shell.language')}
        value={i18n.locale}
        onChange={(e) => void changeLanguage(e.target.value)}
      >
        {LANGUAGES.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.label}
          </option>
        ))}
      </select>
    </label>
  );
}
