import { describe, expect, it } from 'vitest';
import { LANGUAGES, NAMESPACES } from './i18n';

type Catalog = { [key: string]: string | Catalog };

const files = import.meta.glob<Catalog>('./locales/*/*.json', { eager: true, import: 'default' });

function catalog(language: string, namespace: string): Catalog | undefined {
  return files[`./locales/${language}/${namespace}.json`];
}

function flatten(node: Catalog, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(node)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/**
 * The keys of a catalog with plural forms folded into their base key (`selected_one` + `selected_other` ->
 * `selected`), because languages need different forms: English one + other, Chinese other only.
 */
function foldPlurals(entries: Map<string, string>) {
  const keys = new Map<string, { forms: Set<string>; vars: Set<string> }>();
  for (const [key, text] of entries) {
    const match = PLURAL_SUFFIX.exec(key);
    const base = match ? key.slice(0, match.index) : key;
    const entry = keys.get(base) ?? { forms: new Set<string>(), vars: new Set<string>() };
    if (match?.[1]) entry.forms.add(match[1]);
    for (const v of text.matchAll(/\{\{\s*([\w.]+)/g)) if (v[1] !== 'count') entry.vars.add(v[1] as string);
    keys.set(base, entry);
  }
  return keys;
}

const [reference, ...others] = LANGUAGES.map((l) => l.code);

describe('translation catalogs', () => {
  it('exist for every namespace in every language, and nothing else', () => {
    const expected = LANGUAGES.flatMap((l) => NAMESPACES.map((ns) => `./locales/${l.code}/${ns}.json`)).sort();
    expect(Object.keys(files).sort()).toEqual(expected);
  });

  describe.each(NAMESPACES)('%s', (namespace) => {
    const ref = foldPlurals(flatten(catalog(reference as string, namespace) ?? {}));

    it.each(others)(`has the same keys in ${reference} and %s`, (language) => {
      const other = foldPlurals(flatten(catalog(language, namespace) ?? {}));
      const missingIn = (a: Map<string, unknown>, b: Map<string, unknown>) => [...a.keys()].filter((k) => !b.has(k));
      expect(missingIn(ref, other), `keys of ${reference} missing in ${language}`).toEqual([]);
      expect(missingIn(other, ref), `keys of ${language} missing in ${reference}`).toEqual([]);
    });

    it.each(others)(`uses the same {{placeholders}} in ${reference} and %s`, (language) => {
      const other = foldPlurals(flatten(catalog(language, namespace) ?? {}));
      const differing = [...ref].filter(([key, { vars }]) => {
        const theirs = other.get(key)?.vars;
        return theirs !== undefined && [...vars].sort().join() !== [...theirs].sort().join();
      });
      expect(differing.map(([key]) => key)).toEqual([]);
    });

    it.each(LANGUAGES.map((l) => l.code))('has every plural form %s needs, and no empty text', (language) => {
      const entries = flatten(catalog(language, namespace) ?? {});
      expect([...entries].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
      const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories.sort();
      const wrong = [...foldPlurals(entries)]
        .filter(([, { forms }]) => forms.size > 0 && [...forms].sort().join() !== needed.join())
        .map(([key, { forms }]) => `${key}: ${[...forms].join(', ')}`);
      expect(wrong, `plural forms of ${language} are ${needed.join(', ')}`).toEqual([]);
    });
  });
});
