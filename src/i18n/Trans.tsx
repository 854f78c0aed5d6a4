import { cloneElement, Fragment, type ReactElement, type ReactNode } from 'react';
import type { TFunction } from './i18n';

interface TransProps {
  t: TFunction;
  i18nKey: string;
  values?: Record<string, string | number>;
  /** `<name>…</name>` (or `<name/>`) in the text renders as this element, holding the text between the tags. */
  components?: Record<string, ReactElement>;
}

/** Marks where a value goes, so that tags are read from the translation only, never from a value. */
const mark = (index: number) => `\uE000${index}\uE001`;
const TAG = /<(\w+)\s*\/>|<(\w+)>([\s\S]*?)<\/\2>/g;

/**
 * react-i18next's `<Trans>` for a translation with markup: the text of `i18nKey` with its tags rendered as the
 * given elements. Values are inserted as text after the tags are read, so a value can never add markup.
 */
export function Trans({ t, i18nKey, values = {}, components = {} }: TransProps) {
  const names = Object.keys(values);
  const marked = t(i18nKey, Object.fromEntries(names.map((name, i) => [name, mark(i)])));

  const text = (part: string, key: string): ReactNode[] =>
    part
      .split(/\uE000(\d+)\uE001/)
      .map((piece, i) => (i % 2 === 1 ? String(values[names[Number(piece)] ?? ''] ?? '') : piece))
      .filter((piece) => piece !== '')
      .map((piece, i) => <Fragment key={`${key}.${i}`}>{piece}</Fragment>);

  const render = (source: string, key: string): ReactNode[] => {
    const out: ReactNode[] = [];
    let last = 0;
    for (const match of source.matchAll(TAG)) {
      out.push(...text(source.slice(last, match.index), `${key}.${out.length}`));
      const name = match[1] ?? match[2] ?? '';
      const element = components[name];
      const inner = render(match[3] ?? '', `${key}.${out.length}`);
      out.push(
        element ? cloneElement(element, { key: `${key}.${out.length}` }, ...inner) : <Fragment key={`${key}.${out.length}`}>{inner}</Fragment>,
      );
      last = match.index + match[0].length;
    }
    out.push(...text(source.slice(last), `${key}.${out.length}`));
    return out;
  };

  return <>{render(marked, 't')}</>;
}
