import { setupI18n } from '@lingui/core';
import { describe, expect, it } from 'vitest';
import { compileCatalog, escapeIcuText, toIcu, toIcuMessages } from './icuCatalog';

/** What the app shows for a catalog entry: compiled here, formatted by Lingui as in the browser. */
function render(catalog: Parameters<typeof compileCatalog>[0], id: string, locale = 'en', values: Record<string, unknown> = {}) {
  const i18n = setupI18n({ locale, messages: { [locale]: compileCatalog(catalog, 'ns') } });
  return i18n._(`ns:${id}`, values);
}

describe('i18next catalog -> ICU', () => {
  it('turns {{placeholders}} into ICU arguments', () => {
    expect(toIcu('Revoke the tokens of {{user}} ({{ n }})')).toBe('Revoke the tokens of {user} ({n})');
    expect(render({ a: 'Revoke the tokens of {{user}} ({{ n }})' }, 'a', 'en', { user: 'ada', n: 3 })).toBe(
      'Revoke the tokens of ada (3)',
    );
  });

  it('keeps apostrophes, braces and # as text', () => {
    expect(escapeIcuText("It's {x} #1", false)).toBe("It''s '{x} #1'");
    expect(escapeIcuText("It's #1", true)).toBe("It''s '#1'");
    for (const text of ["a'{b}'#", "'#'", "''{}''", "{'}", "#'#", "'''", "x'{", "}'"]) {
      expect(render({ x_one: text, x_other: text, y: text }, 'x', 'en', { count: 1 }), text).toBe(text);
      expect(render({ y: text }, 'y'), text).toBe(text);
    }
    const catalog = { a: "The client's keys as JSON ({\"keys\": [...]}), '{{name}}' #…", b: "''{x}''" };
    expect(render(catalog, 'a', 'en', { name: 'web' })).toBe("The client's keys as JSON ({\"keys\": [...]}), 'web' #…");
    expect(render(catalog, 'b')).toBe("''{x}''");
  });

  it('flattens nested keys, namespaced', () => {
    const messages = toIcuMessages({ shell: { nav: { tokens: 'Tokens' } }, title: 'T' }, 'common');
    expect([...messages.keys()]).toEqual(['common:shell.nav.tokens', 'common:title']);
  });

  it('turns plural keys into one ICU plural chosen by count, # inside a branch kept as text', () => {
    const catalog = { sel: { n_one: '{{count}} token #{{id}} selected', n_other: '{{count}} tokens # selected' }, x_other: '#' };
    expect(toIcuMessages(catalog, 'ns').get('ns:sel.n')).toBe(
      "{count, plural, one {{count} token '#'{id} selected} other {{count} tokens '# selected'}}",
    );
    expect(render(catalog, 'sel.n', 'en', { count: 1, id: 7 })).toBe('1 token #7 selected');
    expect(render(catalog, 'sel.n', 'en', { count: 1234 })).toBe('1234 tokens # selected');
    expect(render(catalog, 'x', 'en', { count: 2 })).toBe('#');
  });

  it('speaks Chinese: one plural form, text untouched', () => {
    const catalog = { n_other: '已选择 {{count}} 个令牌（#）', code: '显示用户码 <code>{{code}}</code> 的设备' };
    expect(render(catalog, 'n', 'zh-CN', { count: 1 })).toBe('已选择 1 个令牌（#）');
    expect(render(catalog, 'code', 'zh-CN', { code: 'BDJW-DSXQ' })).toBe('显示用户码 <code>BDJW-DSXQ</code> 的设备');
  });

  it('maps _zero onto count 0 and refuses what it cannot convert', () => {
    expect(render({ n_zero: 'none', n_other: '{{count}}' }, 'n', 'en', { count: 0 })).toBe('none');
    expect(() => toIcuMessages({ n_one: 'one' }, 'ns')).toThrow(/_other/);
    expect(() => toIcu('{{user.name}}')).toThrow(/placeholder/);
    expect(() => toIcu('$t(other)')).toThrow(/nested/);
  });

  it('compiles every message to an array (Lingui takes a plain string as uncompiled)', () => {
    expect(compileCatalog({ a: 'Sign out' }, 'common')).toEqual({ 'common:a': ['Sign out'] });
  });
});

describe('the app catalogs', () => {
  const sources = import.meta.glob<Parameters<typeof compileCatalog>[0]>('./locales/*/*.json', { eager: true, import: 'default' });

  it.each(Object.keys(sources))('%s compiles, every text rendering as written when it has no placeholders', (path) => {
    const catalog = sources[path] ?? {};
    const messages = compileCatalog(catalog, 'ns');
    expect(Object.keys(messages).length).toBeGreaterThan(0);
    const i18n = setupI18n({ locale: 'en', messages: { en: messages } });
    const flat = toIcuMessages(catalog, 'ns');
    for (const [id] of flat) {
      const text = id.slice(3).split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)?.[k], catalog);
      if (typeof text === 'string' && !text.includes('{{')) expect(i18n._(id)).toBe(text);
    }
  });
});
