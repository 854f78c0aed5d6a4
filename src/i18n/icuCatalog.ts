import {
  compileMessageOrThrow,
  type CompiledIcuChoices,
  type CompiledMessage,
} from '@lingui/message-utils/compileMessage';

/**
 * Build-time conversion of a source catalog (i18next's JSON: nested keys, `{{name}}` placeholders, plural keys
 * `x_one` / `x_other` chosen by `count`) into Lingui's compiled messages, keyed `namespace:dotted.key`.
 * Used by catalogPlugin.ts only: none of this (nor the ICU compiler) reaches the browser.
 */

export type SourceCatalog = { [key: string]: string | SourceCatalog };
export type { CompiledMessage };

const PLURAL_SUFFIX = /^(.*)_(zero|one|two|few|many|other)$/;
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
const NAME = /^[A-Za-z_]\w*$/;

export function flattenCatalog(node: SourceCatalog, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(node)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flattenCatalog(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/**
 * Literal text as ICU: apostrophes doubled, and from the first character ICU reads as syntax (a brace; `#` inside
 * a plural branch, where it means the number) to the end, one quoted section (in which `''` is an apostrophe).
 */
export function escapeIcuText(text: string, inPlural: boolean): string {
  const first = text.search(inPlural ? /[{}#]/ : /[{}]/);
  const double = (part: string) => part.replace(/'/g, "''");
  return first < 0 ? double(text) : `${double(text.slice(0, first))}'${double(text.slice(first))}'`;
}

/** One i18next text (`Revoke {{count}} tokens of {{user}}`) as an ICU message (`Revoke {count} tokens of {user}`). */
export function toIcu(text: string, inPlural = false): string {
  if (text.includes('$t(')) throw new Error(`nested translations ($t) are not supported: ${text}`);
  let out = '';
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? '';
    if (!NAME.test(name)) throw new Error(`unsupported placeholder {{${name}}} (a plain name only) in: ${text}`);
    out += `${escapeIcuText(text.slice(last, match.index), inPlural)}{${name}}`;
    last = match.index + match[0].length;
  }
  return out + escapeIcuText(text.slice(last), inPlural);
}

/** i18next's plural suffixes as ICU plural keys; `_zero` is i18next's "count is 0", whatever the language. */
const icuPluralKey = (form: string) => (form === 'zero' ? '=0' : form);

/** A catalog's messages as ICU, `namespace:key` -> message; plural groups become `{count, plural, …}`. */
export function toIcuMessages(catalog: SourceCatalog, namespace: string): Map<string, string> {
  const plain = new Map<string, string>();
  const plurals = new Map<string, Map<string, string>>();
  for (const [key, text] of flattenCatalog(catalog)) {
    const match = PLURAL_SUFFIX.exec(key);
    if (match?.[1] && match[2]) {
      const forms = plurals.get(match[1]) ?? new Map<string, string>();
      forms.set(icuPluralKey(match[2]), toIcu(text, true));
      plurals.set(match[1], forms);
    } else {
      plain.set(key, toIcu(text));
    }
  }
  const out = new Map<string, string>();
  for (const [key, message] of plain) out.set(`${namespace}:${key}`, message);
  for (const [key, forms] of plurals) {
    if (plain.has(key)) throw new Error(`${namespace}:${key} is both a text and a plural group`);
    if (!forms.has('other')) throw new Error(`${namespace}:${key} has no _other form`);
    const branches = [...forms].map(([form, message]) => `${form} {${message}}`).join(' ');
    out.set(`${namespace}:${key}`, `{count, plural, ${branches}}`);
  }
  return out;
}

/**
 * Adjacent texts joined into one; a text that is exactly `#` inside a plural branch would be read by Lingui as the
 * number, so it is written as the escape `\x23`, which Lingui decodes after formatting.
 */
function tidy(message: CompiledMessage, inPlural: boolean): CompiledMessage {
  const out: CompiledMessage = [];
  for (const token of message) {
    const previous = out[out.length - 1];
    if (typeof token === 'string' && typeof previous === 'string') out[out.length - 1] = previous + token;
    else if (typeof token === 'string' || token[1] !== 'plural') out.push(token);
    else {
      const { offset, ...forms } = token[2] as CompiledIcuChoices;
      const branches = Object.fromEntries(Object.entries(forms).map(([form, branch]) => [form, tidy(branch, true)]));
      out.push([token[0], 'plural', { offset, ...branches }]);
    }
  }
  return inPlural ? out.map((token) => (token === '#' ? '\\x23' : token)) : out;
}

/** A source catalog as Lingui's compiled messages; an ICU syntax error fails the build. */
export function compileCatalog(catalog: SourceCatalog, namespace: string): Record<string, CompiledMessage> {
  const out: Record<string, CompiledMessage> = {};
  for (const [id, icu] of toIcuMessages(catalog, namespace)) {
    // always an array: Lingui treats a plain string as an uncompiled message
    out[id] = tidy(compileMessageOrThrow(icu), false);
  }
  return out;
}
