import { csvCell, toCsv } from './csv';

/** A strict RFC 4180 reader: fields, quoted fields with "" for a quote, CRLF record ends. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i += 1;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 1;
    } else if (c === '\r' || c === '\n' || c === '"') throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    else field += c;
    i += 1;
  }
  if (field !== '' || record.length > 0) throw new Error('last record has no CRLF');
  return records;
}

const RISKY = ['=1+1', '+44 20 7946 0958', '-5', '@SUM(A1)', '\tleading tab', '\rleading CR', '\0nul', '＝1+1', '＋1', '－1', '＠x'];
const SAFE = ['plain', 'with, comma', 'with "quotes"', 'line\r\nbreak', 'line\nfeed', 'bare\rCR', '张伟 北京', 'a=b', ' space', ''];

describe('csvCell', () => {
  it.each(RISKY)('neutralises a cell starting with a formula character: %j', (value) => {
    expect(parseCsv(`${csvCell(value)}\r\n`)).toEqual([[`'${value}`]]);
  });

  it.each(SAFE)('keeps a safe value as it is, quoting it when needed: %j', (value) => {
    expect(parseCsv(`${csvCell(value)}\r\n`)).toEqual([[value]]);
  });

  it('neutralises a formula in a multi-line value (papaparse does not)', () => {
    const value = '=HYPERLINK("https://evil.example")\nfoo';
    expect(csvCell(value)).toBe(`"'=HYPERLINK(""https://evil.example"")\nfoo"`);
  });

  it('writes numbers as numbers (a negative one too), booleans as words, nothing for a missing value', () => {
    expect([csvCell(-5), csvCell(3.5), csvCell(true), csvCell(false), csvCell(null), csvCell(undefined), csvCell(Number.NaN)]).toEqual([
      '-5',
      '3.5',
      'true',
      'false',
      '',
      '',
      '',
    ]);
  });
});

describe('toCsv', () => {
  it('starts with a UTF-8 byte order mark and ends every record with CRLF', () => {
    const csv = toCsv(['id', 'name'], [
      ['1', 'a'],
      ['2', 'b'],
    ]);
    expect(csv).toBe('\uFEFFid,name\r\n1,a\r\n2,b\r\n');
  });

  it('round-trips every value through a strict RFC 4180 reader', () => {
    const rows = [...RISKY, ...SAFE].map((value, index) => [String(index), value]);
    const parsed = parseCsv(toCsv(['n', 'value'], rows).slice(1));
    expect(parsed[0]).toEqual(['n', 'value']);
    expect(parsed.slice(1).map(([, value]) => value)).toEqual([...RISKY.map((v) => `'${v}`), ...SAFE]);
  });

  it('keeps Chinese text intact as UTF-8 bytes with the BOM', async () => {
    const blob = new Blob([toCsv(['名称'], [['客户端 中文']])], { type: 'text/csv;charset=utf-8' });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe('\uFEFF名称\r\n客户端 中文\r\n');
  });
});
