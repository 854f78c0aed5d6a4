import { setupI18n, type Messages } from '@lingui/core';

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
const DEFAULT_NAMESPACE: Namespace = 'common';

/** Options of `t`: the namespace, `count` (which picks the plural form), a text for a missing key, and values. */
export interface TOptions {
  ns?: string;
  count?: number | string;
  defaultValue?: string;
  [value: string]: unknown;
}
/** A translate function (the type parameter names the default namespace, for the reader only). */
export type TFunction<_Ns extends string = string> = (key: string, options?: TOptions) => string;

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

const lingui = setupI18n();
/** Each catalog is its own chunk, compiled at build time by catalogPlugin.ts; loaded on demand. */
const catalogFiles = import.meta.glob<Messages>('./locales/*/*.json', { import: 'default' });
/** React's convention for a promise `use()` may read without suspending: it says it has settled. */
type TrackedLoad = Promise<void> & { status?: 'fulfilled' };
const catalogLoads = new Map<string, TrackedLoad>();
const NOTHING_TO_LOAD: TrackedLoad = Object.assign(Promise.resolve(), { status: 'fulfilled' as const });
const loadedCatalogs = new Set<string>();
/** The namespaces asked for so far: a language change loads all of them before it switches. */
const wanted = new Set<Namespace>();
const listeners = new Set<(language: LanguageCode) => void>();
let current: LanguageCode | undefined;
let switching = 0;

function loadCatalog(language: LanguageCode, namespace: Namespace): TrackedLoad {
  const key = `${language}/${namespace}`;
  let load = catalogLoads.get(key);
  if (!load) {
    const file = catalogFiles[`./locales/${key}.json`];
    if (!file) return Promise.reject(new Error(`no catalog ${key}`));
    const tracked: TrackedLoad = file().then(
      (messages) => {
        lingui.load(language, messages);
        loadedCatalogs.add(key);
        tracked.status = 'fulfilled';
      },
      (error: unknown) => {
        catalogLoads.delete(key); // a failed chunk load may be retried
        throw error;
      },
    );
    load = tracked;
    catalogLoads.set(key, load);
  }
  return load;
}

const loadAll = (language: LanguageCode) => Promise.all([...wanted].map((ns) => loadCatalog(language, ns)));

function activate(language: LanguageCode) {
  lingui.activate(language);
  current = language;
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // storage blocked: the choice lasts for this page only
  }
  for (const listener of [...listeners]) listener(language);
}

/** Loads every namespace asked for so far in `language`, then switches: no key ever shows untranslated. */
async function changeLanguage(language: string): Promise<TFunction> {
  const target = toSupportedLanguage(language);
  const request = ++switching;
  await loadAll(target);
  if (request === switching) activate(target); // a later change wins over one still loading
  return t;
}

const isNamespace = (value: string): value is Namespace => (NAMESPACES as readonly string[]).includes(value);

/** i18next's `t`: `ns:key` or `{ ns }`, `{{values}}`, plural forms by `count`, `defaultValue` for a missing key. */
function translate(key: string, options: TOptions | undefined, defaultNamespace: string): string {
  const colon = key.indexOf(':');
  const prefixed = colon > 0 && isNamespace(key.slice(0, colon));
  const namespace = prefixed ? key.slice(0, colon) : (options?.ns ?? defaultNamespace);
  const bare = prefixed ? key.slice(colon + 1) : key;
  const id = `${namespace}:${bare}`;
  if (current && lingui.messages[id] !== undefined) return format(id, options);
  return options?.defaultValue ?? bare;
}

/** Text that Lingui decodes as an escape sequence anywhere in a formatted message, inserted values included. */
const ESCAPE_TEXT = /\\(?:u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2})/;
const KEPT = /\uE000(\d+)\uE001/g;

/**
 * `lingui._`, but a value is shown exactly as given: a user agent or a name with the text `\u202e` or `\x3c` in it
 * goes in as a marker and is put back after formatting, so it never turns into the character it spells.
 */
function format(id: string, options: TOptions | undefined): string {
  if (!options) return lingui._(id);
  const kept: string[] = [];
  let values = options;
  for (const [name, value] of Object.entries(options)) {
    if (typeof value !== 'string' || !ESCAPE_TEXT.test(value)) continue;
    if (values === options) values = { ...options };
    values[name] = `\uE000${kept.push(value) - 1}\uE001`;
  }
  const text = lingui._(id, values);
  return kept.length === 0 ? text : text.replace(KEPT, (_, index: string) => kept[Number(index)] ?? '');
}

const t: TFunction = (key, options) => translate(key, options, DEFAULT_NAMESPACE);

/** `t` with its default namespace fixed, as `useTranslation(ns)` returns it. */
export function getFixedT(namespace: string = DEFAULT_NAMESPACE): TFunction {
  return (key, options) => translate(key, options, namespace);
}

function loadNamespaces(namespaces: Namespace | readonly Namespace[]): Promise<void> {
  const list = typeof namespaces === 'string' ? [namespaces] : namespaces;
  list.forEach((ns) => wanted.add(ns));
  if (!current) return Promise.resolve(); // initI18n loads them with the start's
  const language = current;
  return Promise.all(list.map((ns) => loadCatalog(language, ns))).then(() => undefined);
}

/**
 * The app's i18n: the part of i18next's interface the console uses, over Lingui. Catalogs load per language and
 * namespace; `languageChanged` fires once the new language's catalogs are all there.
 */
export const i18n = {
  get language(): string {
    return current ?? '';
  },
  get resolvedLanguage(): LanguageCode | undefined {
    return current;
  },
  t,
  changeLanguage,
  loadNamespaces,
  /** The loading of one namespace in the current language: the same promise each time, for React's `use`. */
  namespaceLoad(namespace: Namespace): Promise<void> {
    wanted.add(namespace);
    return current ? loadCatalog(current, namespace) : NOTHING_TO_LOAD;
  },
  hasLoadedNamespace(namespace: string): boolean {
    return current !== undefined && loadedCatalogs.has(`${current}/${namespace}`);
  },
  /** Returns a function that unsubscribes. */
  on(_event: 'languageChanged', listener: (language: LanguageCode) => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  off(_event: 'languageChanged', listener: (language: LanguageCode) => void): void {
    listeners.delete(listener);
  },
};

/** Starts i18n: the saved choice, else the browser's language (detectLanguage), with the start's catalogs loaded. */
export async function initI18n(language?: LanguageCode): Promise<TFunction> {
  START_NAMESPACES.forEach((ns) => wanted.add(ns));
  return changeLanguage(language ?? detectLanguage());
}
