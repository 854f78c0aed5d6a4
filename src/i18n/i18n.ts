import { I18n, type MessageDescriptor, type MessageOptions, type Messages } from '@lingui/core';
import { AREAS, type Area } from './areas';

export { AREAS, type Area };

export const LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'zh-CN', label: '简体中文' },
] as const;
export type LanguageCode = (typeof LANGUAGES)[number]['code'];
export const LANGUAGE_STORAGE_KEY = 'authms.console.language';
/** What the start loads: the shell's texts (and the demo's, in demo builds); each page route loads its area's. */
const START_AREAS: Area[] = __DEMO__ ? ['common', 'demo'] : ['common'];

/** The translate function of `useLingui()` (`_`), as pages pass it to their column and label helpers. */
export type TFunction = I18n['_'];

/** Maps whatever the browser says (`zh`, `zh-Hans-CN`, `en-GB`) onto a language we ship. */
export function toSupportedLanguage(detected: string | undefined): LanguageCode {
  return detected?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** The saved choice, else the browser's first language. */
function detectLanguage(): LanguageCode {
  try {
    const saved = localStorage.getItem(LANGUAGE_STORAGE_KEY);
    if (saved) return toSupportedLanguage(saved);
  } catch {
    // storage blocked: the browser's language
  }
  return toSupportedLanguage(navigator.languages?.[0] ?? navigator.language);
}

/** Text that Lingui decodes as an escape sequence anywhere in a formatted message, inserted values included. */
const ESCAPE_TEXT = /\\(?:u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2})/;
const KEPT = /\uE000(\d+)\uE001/g;

/**
 * Lingui's I18n with two differences that keep server data exactly as it came:
 * - a value (a user agent, a client name) that spells an escape sequence (`\u202e`, `\x3c`) is shown as written;
 *   Lingui would decode it into the character it names (a right-to-left override, a `<`);
 * - a missing id with a fallback `message` (a server value with no translation, e.g. a new status) shows that
 *   text as it is, never compiled as ICU or decoded.
 */
class ConsoleI18n extends I18n {
  override _(descriptor: MessageDescriptor): string;
  override _(id: string, values?: Record<string, unknown>, options?: MessageOptions): string;
  override _(idOrDescriptor: string | MessageDescriptor, values?: Record<string, unknown>, options?: MessageOptions): string {
    const descriptor = typeof idOrDescriptor === 'string' ? undefined : idOrDescriptor;
    const id = descriptor ? descriptor.id : (idOrDescriptor as string);
    const given = descriptor ? descriptor.values : values;
    const fallback = descriptor ? descriptor.message : options?.message;
    if (this.messages[id] === undefined && fallback !== undefined) return fallback;
    const kept: string[] = [];
    let safe = given;
    for (const [name, value] of Object.entries(given ?? {})) {
      if (typeof value !== 'string' || !ESCAPE_TEXT.test(value)) continue;
      if (safe === given) safe = { ...given };
      (safe as Record<string, unknown>)[name] = `\uE000${kept.push(value) - 1}\uE001`;
    }
    const text = super._(id, safe, options);
    return kept.length === 0 ? text : text.replace(KEPT, (_, index: string) => kept[Number(index)] ?? '');
  }
}

export const i18n: I18n = new ConsoleI18n({});

/**
 * Each catalog is its own chunk, compiled by @lingui/vite-plugin at build time; loaded on demand. Builds other than
 * the demo hold no demo catalog (the demo's code is compiled out of them); unit tests render the demo's panels too.
 */
const catalogFiles = __DEMO__ || import.meta.env.MODE === 'test'
  ? import.meta.glob<Messages>('./locales/*/*.json', { query: '?lingui', import: 'messages' })
  : import.meta.glob<Messages>(['./locales/*/*.json', '!./locales/*/demo.json'], { query: '?lingui', import: 'messages' });
const catalogLoads = new Map<string, Promise<void>>();
const loadedCatalogs = new Set<string>();
/** The areas asked for so far: a language change loads all of them before it switches. */
const wanted = new Set<Area>();
let switching = 0;

function loadCatalog(language: LanguageCode, area: Area): Promise<void> {
  const key = `${language}/${area}`;
  let load = catalogLoads.get(key);
  if (!load) {
    const file = catalogFiles[`./locales/${key}.json`];
    if (!file) return Promise.reject(new Error(`no catalog ${key}`));
    load = file().then(
      (messages) => {
        i18n.load(language, messages);
        loadedCatalogs.add(key);
      },
      (error: unknown) => {
        catalogLoads.delete(key); // a failed chunk load may be retried
        throw error;
      },
    );
    catalogLoads.set(key, load);
  }
  return load;
}

const currentLanguage = (): LanguageCode | undefined => (i18n.locale ? toSupportedLanguage(i18n.locale) : undefined);
/** The language being switched to (at the start, the first one), so catalogs asked for meanwhile load in it too. */
let target: LanguageCode | undefined;

/** The catalogs of these areas, in the current language and the one being switched to (and in any chosen later). */
export function loadCatalogs(areas: readonly Area[]): Promise<void> {
  areas.forEach((area) => wanted.add(area));
  const languages = new Set([currentLanguage(), target].filter((l): l is LanguageCode => l !== undefined));
  return Promise.all([...languages].flatMap((language) => areas.map((area) => loadCatalog(language, area)))).then(
    () => undefined,
  );
}

/** Whether an area's catalog is there in the current language. */
export function isCatalogLoaded(area: Area): boolean {
  const language = currentLanguage();
  return language !== undefined && loadedCatalogs.has(`${language}/${area}`);
}

/** Loads every area asked for so far in `language`, then switches: no id ever shows untranslated. */
export async function changeLanguage(language: string): Promise<void> {
  const next = toSupportedLanguage(language);
  target = next;
  const request = ++switching;
  await Promise.all([...wanted].map((area) => loadCatalog(next, area)));
  if (request !== switching) return; // a later change wins over one still loading
  i18n.activate(next);
  if (typeof document !== 'undefined') document.documentElement.lang = next;
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, next);
  } catch {
    // storage blocked: the choice lasts for this page only
  }
}

/** Starts i18n: the saved choice, else the browser's language, with the start's catalogs loaded. */
export function initI18n(language?: LanguageCode): Promise<void> {
  START_AREAS.forEach((area) => wanted.add(area));
  return changeLanguage(language ?? detectLanguage());
}
