import i18n from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'zh-CN', label: '简体中文' },
] as const;
/** One catalog per area, so areas are translated (and edited) independently. */
export const NAMESPACES = ['common', 'tokens', 'clientTokens', 'clients', 'devices', 'demo'];
export type LanguageCode = (typeof LANGUAGES)[number]['code'];
export const LANGUAGE_STORAGE_KEY = 'authms.console.language';

/** Maps whatever the browser says (`zh`, `zh-Hans-CN`, `en-GB`) onto a language we ship. */
export function toSupportedLanguage(detected: string | undefined): LanguageCode {
  return detected?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** The saved choice, else the browser's first language; a few lines instead of i18next-browser-languagedetector. */
function detectLanguage(): LanguageCode {
  try {
    const saved = localStorage.getItem(LANGUAGE_STORAGE_KEY);
    if (saved) return toSupportedLanguage(saved);
  } catch {
    // storage blocked: the browser's language
  }
  return toSupportedLanguage(navigator.languages?.[0] ?? navigator.language);
}

/** Starts i18n: the saved choice, else the browser's language (detectLanguage); each catalog is its own chunk, loaded on demand. */
export function initI18n(language?: LanguageCode) {
  i18n.on('languageChanged', (lng) => {
    if (typeof document !== 'undefined') document.documentElement.lang = lng;
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, lng);
    } catch {
      // storage blocked: the choice lasts for this page only
    }
  });
  return i18n
    .use(resourcesToBackend((lng: string, ns: string) => import(`./locales/${lng}/${ns}.json`)))
    .use(initReactI18next)
    .init({
      lng: language ?? detectLanguage(),
      supportedLngs: LANGUAGES.map((l) => l.code),
      fallbackLng: 'en',
      load: 'currentOnly',
      // the demo's own catalog is read only by demo code: other builds never fetch it
      ns: NAMESPACES.filter((ns) => __DEMO__ || ns !== 'demo'),
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
    });
}

export { i18n };
