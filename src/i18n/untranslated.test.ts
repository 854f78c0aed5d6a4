import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every string a user sees goes through i18n: this scans the components for visible text written in the code
 * (JSX text, string literals rendered as children, and user-facing attributes) and for t('key') calls whose key
 * is in no catalog of that namespace.
 */
const sources = import.meta.glob<string>(['/src/**/*.tsx', '!/src/**/*.test.tsx', '!/src/mocks/**', '!/src/test/**'], {
  eager: true,
  query: '?raw',
  import: 'default',
});
const catalogs = import.meta.glob<Record<string, unknown>>('./locales/en/*.json', { eager: true, import: 'default' });

/** Attributes whose value a user reads or hears. */
const VISIBLE_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label']);
/** A word in any script; text of only digits, punctuation and symbols (—, ·, ×, /) needs no translation. */
const WORDS = /\p{L}{2,}/u;
/** Example URLs and e-mail addresses are not prose. */
const ADDRESS = /^(https?:\/\/\S*|\S+@\S+\.\S+)$/;
/** A placeholder that shows a sample value (`openid`, `usr_…`, a JSON document) rather than words to translate. */
const SAMPLE_VALUE = /^(\S+|[[{].*)$/s;

function isProse(attribute: string, text: string): boolean {
  if (!WORDS.test(text) || ADDRESS.test(text)) return false;
  return attribute !== 'placeholder' || !SAMPLE_VALUE.test(text);
}

interface Finding {
  file: string;
  line: number;
  text: string;
}

function where(file: string, source: ts.SourceFile, node: ts.Node, text: string): Finding {
  return { file, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, text: text.trim() };
}

function visibleLiterals(file: string, code: string): Finding[] {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Finding[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && WORDS.test(node.text)) found.push(where(file, source, node, node.text));
    if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      const e = node.expression;
      if ((ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) && WORDS.test(e.text)) {
        found.push(where(file, source, e, e.text));
      }
    }
    const attribute = ts.isJsxAttribute(node) ? node.name.getText(source) : '';
    if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.has(attribute)) {
      const init = node.initializer;
      const literal =
        init && ts.isStringLiteral(init)
          ? init
          : init && ts.isJsxExpression(init) && init.expression && ts.isStringLiteral(init.expression)
            ? init.expression
            : undefined;
      if (literal && isProse(attribute, literal.text)) found.push(where(file, source, literal, literal.text));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function flatKeys(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix.slice(0, -1)];
  return Object.entries(node).flatMap(([k, v]) => flatKeys(v, `${prefix}${k}.`));
}

const keysByNamespace = new Map(
  Object.entries(catalogs).map(([path, catalog]) => [
    path.replace(/^.*\/(\w+)\.json$/, '$1'),
    new Set(flatKeys(catalog).map((key) => key.replace(/_(zero|one|two|few|many|other)$/, ''))),
  ]),
);

/**
 * Literal keys of `t('…')` calls in a file that names its namespaces with `useTranslation(…)` literals; a key
 * may also name its namespace (`common:retry`). Keys built at run time (`t(\`status.${s}\`)`) are not checked here.
 */
function unknownKeys(file: string, code: string): Finding[] {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const namespaces = new Set<string>();
  const calls: ts.CallExpression[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression.getText(source);
      const [first] = node.arguments;
      if (callee === 'useTranslation') {
        if (!first) namespaces.add('common');
        else if (ts.isStringLiteral(first)) namespaces.add(first.text);
        else if (ts.isArrayLiteralExpression(first))
          first.elements.forEach((e) => ts.isStringLiteral(e) && namespaces.add(e.text));
      }
      if ((callee === 't' || callee.endsWith('.t')) && first && ts.isStringLiteral(first)) calls.push(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (namespaces.size === 0) return [];
  return calls.flatMap((call) => {
    const key = (call.arguments[0] as ts.StringLiteral).text;
    const [ns, bare] = key.includes(':') ? (key.split(':', 2) as [string, string]) : [undefined, key];
    const candidates = ns ? [ns] : [...namespaces];
    const known = candidates.some((n) => keysByNamespace.get(n)?.has(bare));
    return known ? [] : [where(file, source, call, key)];
  });
}

const format = (findings: Finding[]) => findings.map((f) => `${f.file.replace(/^\/src\//, 'src/')}:${f.line}  ${f.text}`);

describe('visible strings', () => {
  it('scans the components', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(20);
    expect(keysByNamespace.get('common')?.has('shell.signOut')).toBe(true);
  });

  it('are all translated: no text written in a component', () => {
    const findings = Object.entries(sources).flatMap(([file, code]) => visibleLiterals(file, code));
    expect(format(findings)).toEqual([]);
  });

  it("use keys that exist in the catalogs", () => {
    const findings = Object.entries(sources).flatMap(([file, code]) => unknownKeys(file, code));
    expect(format(findings)).toEqual([]);
  });

  it('catch text written in a component (self-check)', () => {
    const code = `export const A = () => <p title="Tip">Hello world {'Loose words'} <b>{t('x')}</b> — 3 {"·"}
      <input placeholder="https://a.example" /><input placeholder="usr_…" /><input placeholder="Type a name" /></p>;`;
    expect(visibleLiterals('/src/A.tsx', code).map((f) => f.text)).toEqual(['Tip', 'Hello world', 'Loose words', 'Type a name']);
    const keys = `const { t } = useTranslation(); t('shell.signOut'); t('shell.noSuchKey'); t('tokens:title');`;
    expect(unknownKeys('/src/B.tsx', keys).map((f) => f.text)).toEqual(['shell.noSuchKey']);
  });
});
