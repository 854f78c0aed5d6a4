/*
 * CSV per RFC 4180, written by hand (~20 lines): no library checked gets formula neutralisation right without
 * surprises (papaparse misses formulas in multi-line values, csv-stringify leaves bare line breaks unquoted unless
 * told, others lack a byte order mark or formula protection). See README, "Export".
 */

export type Cell = string | number | boolean | null | undefined;

/**
 * Leading characters that make Excel, LibreOffice or Sheets read a cell as a formula (OWASP "CSV Injection": = + -
 * @ tab CR; NUL per ASVS 5.0 1.2.10; and their fullwidth forms, which some spreadsheets accept too).
 */
const FORMULA_START = /^[=+\-@\t\r\0\uFF1D\uFF0B\uFF0D\uFF20]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One field: a number stays a number (-5 is not a formula); a risky text gets a leading `'`; quoted when needed. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Header and rows as CSV text: a UTF-8 byte order mark first (so Excel reads Chinese right), CRLF after each record. */
export function toCsv(header: readonly string[], rows: Iterable<readonly Cell[]>): string {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
