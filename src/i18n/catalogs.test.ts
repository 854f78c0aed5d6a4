import { parse, type Token } from '@messageformat/parser';
import { describe, expect, it } from 'vitest';
import { AREAS, LANGUAGES } from './i18n';

type Catalog = Record<string, string>;

const files = import.meta.glob<Catalog>('./locales/*/*.json', { eager: true, import: 'default' });
const catalog = (language: string, area: string): Catalog => files[`./locales/${language}/${area}.json`] ?? {};

/** The arguments a message takes (`{user}`, `{count, plural, …}`), and the plural keys it offers for each. */
function shape(message: string) {
  const args = new Set<string>();
  const plurals = new Map<string, string[]>();
  const walk = (tokens: Token[]) => {
    for (const token of tokens) {
      if (token.type === 'argument') args.add(token.arg);
      if (token.type === 'plural' || token.type === 'select' || token.type === 'selectordinal') {
        args.add(token.arg);
        if (token.type === 'plural') plurals.set(token.arg, token.cases.map((c) => c.key).filter((k) => !k.startsWith('=')));
        token.cases.forEach((c) => walk(c.tokens));
      }
    }
  };
  walk(parse(message));
  return { args: [...args].sort(), plurals };
}

const [reference, ...others] = LANGUAGES.map((l) => l.code);

describe('translation catalogs', () => {
  it('exist for every area in every language, and nothing else', () => {
    const expected = LANGUAGES.flatMap((l) => AREAS.map((area) => `./locales/${l.code}/${area}.json`)).sort();
    expect(Object.keys(files).sort()).toEqual(expected);
  });

  it('name each message by its area (common keeps its own names)', () => {
    const owners = new Map<string, string>();
    for (const area of AREAS) {
      for (const id of Object.keys(catalog(reference as string, area))) {
        if (area !== 'common') expect(id.startsWith(`${area}.`), id).toBe(true);
        expect(owners.get(id), `${id} is in ${owners.get(id)} and ${area}`).toBeUndefined();
        owners.set(id, area);
      }
    }
  });

  describe.each([...AREAS])('%s', (area) => {
    const ref = catalog(reference as string, area);

    it.each(others)(`has the same ids in ${reference} and %s`, (language) => {
      const other = catalog(language, area);
      expect(Object.keys(ref).filter((id) => !(id in other)), `missing in ${language}`).toEqual([]);
      expect(Object.keys(other).filter((id) => !(id in ref)), `missing in ${reference}`).toEqual([]);
    });

    it.each(others)(`uses the same arguments in ${reference} and %s`, (language) => {
      const other = catalog(language, area);
      const differing = Object.entries(ref).filter(([id, message]) => {
        const theirs = other[id];
        return theirs !== undefined && shape(message).args.join() !== shape(theirs).args.join();
      });
      expect(differing.map(([id]) => id)).toEqual([]);
    });

    it.each(LANGUAGES.map((l) => l.code))('has every plural form %s needs, and no empty text', (language) => {
      const messages = catalog(language, area);
      expect(Object.entries(messages).filter(([, text]) => text.trim() === '').map(([id]) => id)).toEqual([]);
      const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories.sort().join();
      const wrong = Object.entries(messages).flatMap(([id, message]) =>
        [...shape(message).plurals].filter(([, keys]) => [...keys].sort().join() !== needed).map(([arg, keys]) => `${id} (${arg}): ${keys.join(', ')}`),
      );
      expect(wrong, `plural forms of ${language} are ${needed}`).toEqual([]);
    });
  });
});
