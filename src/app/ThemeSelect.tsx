import { useSelector } from '@tanstack/react-store';
import { useLingui } from '@lingui/react';
import { setThemeChoice, THEMES, themeStore, type ThemeChoice } from './theme';

export function ThemeSelect() {
  const { _: t } = useLingui();
  const choice = useSelector(themeStore, (state) => state.choice);
  return (
    <label className="inline-field">
      <span className="visually-hidden">{t('shell.theme')}</span>
      <select
        aria-label={t('shell.theme')}
        value={choice}
        onChange={(e) => setThemeChoice(e.target.value as ThemeChoice)}
      >
        {THEMES.map((theme) => (
          <option key={theme} value={theme}>
            {t(`shell.themes.${theme}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
