import i18n from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'zh-CN', label: '简体中文' },
] as const;
/** One catalog per area, so areas are translated (and edited) independently. */
export const NAMESPACES = ['common', 'tokens', 'clientTokens', 'clients', 'devices', 'demo'] as const;
export type Namespace = (typeof NAMESPACES)[number];
/** What the start loads: the shell's texts (and the demo's, in demo builds); each page loads its own (withCatalogs). */
const START_NAMESPACES: Namespace[] = __DEMO__ ? ['common', 'demo'] : ['common'];
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
      ns: START_NAMESPACES,
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
    });
}

export { i18n };
