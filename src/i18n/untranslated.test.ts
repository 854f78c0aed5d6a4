import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every string a user sees goes through Lingui. Text and most attributes written in a component are reported by
 * ESLint (`lingui/no-unlocalized-strings`, eslint.config.js); this test covers what that rule lets through: the
 * attributes it allows on HTML elements that a user still reads or hears (`title`, `aria-description`,
 * `aria-valuetext`), and message ids that are in no catalog.
 */
const sources = import.meta.glob<string>(['/src/**/*.{ts,tsx}', '!/src/**/*.test.{ts,tsx}', '!/src/mocks/**', '!/src/test/**'], {
  eager: true,
  query: '?raw',
  import: 'default',
});
const catalogs = import.meta.glob<Record<string, string>>('./locales/en/*.json', { eager: true, import: 'default' });
const ids = new Set(Object.values(catalogs).flatMap((catalog) => Object.keys(catalog)));

/** Attributes of HTML elements that the lint rule allows but a user reads or hears. */
const READ_ATTRIBUTES = new Set(['title', 'aria-description', 'aria-valuetext']);
const WORDS = /\p{L}{2,}/u;

interface Finding {
  file: string;
  line: number;
  text: string;
}

/** Each source is parsed once, whichever checks read it (three walk every file). */
const parsed = new Map<string, ts.SourceFile>();
function parse(file: string, code: string): ts.SourceFile {
  const key = `${file}\n${code}`;
  let source = parsed.get(key);
  if (!source) {
    source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    parsed.set(key, source);
  }
  return source;
}

function where(file: string, source: ts.SourceFile, node: ts.Node, text: string): Finding {
  return { file, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, text: text.trim() };
}

function stringOf(init: ts.JsxAttributeValue | undefined): ts.StringLiteral | undefined {
  if (init && ts.isStringLiteral(init)) return init;
  if (init && ts.isJsxExpression(init) && init.expression && ts.isStringLiteral(init.expression)) return init.expression;
  return undefined;
}

function readAttributes(file: string, code: string): Finding[] {
  const source = parse(file, code);
  const found: Finding[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(source))) {
      const literal = stringOf(node.initializer);
      if (literal && WORDS.test(literal.text)) found.push(where(file, source, literal, literal.text));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * Message ids written in the code that no catalog has: `t('…')` / `i18n._('…')`, `t({ id: '…' })`, `<Trans id="…">`,
 * and the fixed start of a built id (`t(\`tokens.status.${s}\`)` must match some id).
 */
function unknownIds(file: string, code: string): Finding[] {
  const source = parse(file, code);
  const found: Finding[] = [];
  const check = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (!ids.has(node.text)) found.push(where(file, source, node, node.text));
    } else if (ts.isTemplateExpression(node)) {
      const head = node.head.text;
      if (![...ids].some((id) => id.startsWith(head))) found.push(where(file, source, node, `${head}…`));
    }
  };
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression.getText(source);
      const [first] = node.arguments;
      if (first && (callee === 't' || callee === '_' || callee.endsWith('._'))) {
        if (ts.isObjectLiteralExpression(first)) {
          const id = first.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText(source) === 'id');
          if (id && ts.isPropertyAssignment(id)) check(id.initializer);
        } else check(first);
      }
    }
    if (ts.isJsxAttribute(node) && node.name.getText(source) === 'id' && ts.isJsxOpeningLikeElement(node.parent.parent)) {
      const tag = node.parent.parent.tagName.getText(source);
      const literal = stringOf(node.initializer);
      if (tag === 'Trans' && literal) check(literal);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * What the code can name as a message id: every string written in it (ids live in data too, e.g. the nav's keys),
 * and the fixed start of every built string that has a dot in it (`tokens.status.${s}`).
 */
function namedIds(file: string, code: string): { literals: string[]; heads: string[] } {
  const source = parse(file, code);
  const literals: string[] = [];
  const heads: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) literals.push(node.text);
    else if (ts.isTemplateExpression(node) && node.head.text.includes('.')) heads.push(node.head.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { literals, heads };
}

/** The catalog's ids that nothing in the code names: dead text every build still ships, in every language. */
function unusedIds(catalogIds: Iterable<string>, files: Record<string, string>): string[] {
  const named = Object.entries(files).map(([file, code]) => namedIds(file, code));
  const literals = new Set(named.flatMap((n) => n.literals));
  const heads = named.flatMap((n) => n.heads);
  return [...catalogIds].filter((id) => !literals.has(id) && !heads.some((head) => id.startsWith(head)));
}

const format = (findings: Finding[]) => findings.map((f) => `${f.file.replace(/^\/src\//, 'src/')}:${f.line}  ${f.text}`);

describe('visible strings', () => {
  it('scans the components and the catalogs', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(50);
    expect(ids.has('shell.signOut')).toBe(true);
  });

  it('are translated in the attributes a user reads that the lint rule allows', () => {
    const findings = Object.entries(sources).flatMap(([file, code]) => readAttributes(file, code));
    expect(format(findings)).toEqual([]);
  });

  it('use message ids that exist in the catalogs', () => {
    const findings = Object.entries(sources).flatMap(([file, code]) => unknownIds(file, code));
    expect(format(findings)).toEqual([]);
  });

  it('have no message in the catalogs that the code never uses', () => {
    expect(unusedIds(ids, sources)).toEqual([]);
  });

  it('catch what they look for (self-check)', () => {
    const code = `export const A = () => <p title="Tip" aria-description="Some words" className="a-b">{t('x')}</p>;`;
    expect(readAttributes('/src/A.tsx', code).map((f) => f.text)).toEqual(['Tip', 'Some words']);
    const calls = `t('shell.signOut'); t('shell.noSuchKey'); i18n._('tokens.title'); t({ id: 'nope', message: 'x' });
      t(\`tokens.status.\${s}\`); t(\`tokens.nothing.\${s}\`); const x = <Trans id="devices.end.description" />; const y = <Trans id="gone" />;`;
    expect(unknownIds('/src/B.tsx', calls).map((f) => f.text)).toEqual(['shell.noSuchKey', 'nope', 'tokens.nothing.…', 'gone']);
    const code2 = `const NAV = [{ key: 'nav.tokens' }]; t(\`tokens.status.\${s}\`); t(\`\${area}.title\`);`;
    expect(unusedIds(['nav.tokens', 'nav.user', 'tokens.status.active', 'clients.title'], { '/src/C.tsx': code2 })).toEqual([
      'nav.user',
      'clients.title',
    ]);
  });
});
