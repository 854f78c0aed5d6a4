import { useTranslation } from '@/i18n/useTranslation';
import { LANGUAGES } from '@/i18n/i18n';

export function LanguageSelect() {
  const { t, i18n } = useTranslation();
  return (
    <label className="inline-field">
      <span className="visually-hidden">{t('shell.language')}</span>
      <select
        aria-label={t('shell.language')}
        value={i18n.resolvedLanguage ?? i18n.language}
        onChange={(e) => void i18n.changeLanguage(e.target.value)}
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
