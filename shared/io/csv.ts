import { AppError, type ImportReason } from '../api/errors';
import { LIMITS } from '../domain/limits';

/**
 * CSV as consultants' tools write it, French Excel included: UTF-8 with or without BOM, or
 * Windows-1252; `,`, `;` or tab separators, or a `sep=;` first line; CRLF or LF line ends;
 * quoted values with doubled quotes and line breaks inside. Every refusal names the file, the
 * line and column, and why (the caller imports nothing).
 */

export type Encoding = 'utf-8' | 'utf-8 (BOM)' | 'windows-1252';
export type Delimiter = ',' | ';' | '\t';

export type CsvTable = {
  fileName: string;
  encoding: Encoding;
  delimiter: Delimiter;
  lineEnding: 'CRLF' | 'LF';
  headers: string[];
  /** Values by row; every row has as many values as the header. */
  rows: string[][];
  /** The file line where each row starts (1-based), for messages. */
  lines: number[];
};

export function importError(
  file: string,
  reason: ImportReason,
  where: { line?: number; column?: number; field?: string; detail?: string } = {},
): AppError {
  return new AppError({ code: 'IMPORT_INVALID', file, reason, ...where });
}

/** The text of a file: UTF-8 when it decodes as such (BOM or not), else Windows-1252. */
export function decodeText(
  bytes: Uint8Array,
  fileName: string,
): { text: string; encoding: Encoding } {
  if (bytes.length === 0) throw importError(fileName, 'empty');
  if (bytes.length > LIMITS.importBytes)
    throw importError(fileName, 'too-large', { detail: `${bytes.length} bytes` });
  // A NUL byte never occurs in text: a spreadsheet saved as .xlsx, an image, an archive.
  const probe = bytes.subarray(0, 65_536);
  if (probe.includes(0)) throw importError(fileName, 'binary');
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bom ? bytes.subarray(3) : bytes);
    return { text, encoding: bom ? 'utf-8 (BOM)' : 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** The separator: a `sep=` first line wins, else the most frequent of `;`, `,`, tab on line one. */
function detectDelimiter(firstLine: string): Delimiter {
  const counts: Array<[Delimiter, number]> = [';', ',', '\t'].map((d) => [
    d as Delimiter,
    countOutsideQuotes(firstLine, d),
  ]);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0] && counts[0][1] > 0 ? counts[0][0] : ',';
}

function countOutsideQuotes(line: string, char: string): number {
  let quoted = false;
  let n = 0;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === char) n += 1;
  }
  return n;
}

export function parseCsv(text: string, fileName: string, encoding: Encoding = 'utf-8'): CsvTable {
  let start = 0;
  let line = 1;
  let delimiter: Delimiter | null = null;
  const sep = /^sep=(.)\r?\n/i.exec(text);
  if (sep) {
    const d = sep[1];
    delimiter = d === ';' || d === ',' || d === '\t' ? d : null;
    start = sep[0].length;
    line = 2;
  }
  const firstBreak = text.indexOf('\n', start);
  const lineEnding = firstBreak > 0 && text[firstBreak - 1] === '\r' ? 'CRLF' : 'LF';
  delimiter ??= detectDelimiter(text.slice(start, firstBreak === -1 ? undefined : firstBreak));

  const delimiterCode = delimiter.charCodeAt(0);
  const records: string[][] = [];
  const lines: number[] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let quoteLine = 0;
  let quoteColumn = 0;
  let lineStart = start;
  let recordLine = line;
  const push = (i: number) => {
    if (field.length > LIMITS.notes)
      throw importError(fileName, 'too-long', {
        line,
        column: i - lineStart + 1,
        detail: `${field.length} characters`,
      });
    record.push(field);
    field = '';
  };
  const endRecord = (i: number) => {
    push(i);
    // A blank line (one empty value) is skipped, as spreadsheets leave them at the end.
    if (!(record.length === 1 && record[0] === '')) {
      records.push(record);
      lines.push(recordLine);
      if (records.length > LIMITS.importRows + 1)
        throw importError(fileName, 'too-many-rows', { line });
    }
    record = [];
  };
  for (let i = start; i < text.length; i += 1) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 1;
        } else quoted = false;
      } else {
        if (c === '\n') {
          line += 1;
          lineStart = i + 1;
        }
        field += c;
      }
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      quoteLine = line;
      quoteColumn = i - lineStart + 1;
    } else if (c === delimiter) push(i);
    else if (c !== '\r' && c !== '\n' && c !== '"') {
      // The common case: a run of plain characters, taken as one slice rather than one by one.
      let j = i + 1;
      while (j < text.length) {
        const d = text.charCodeAt(j);
        if (d === delimiterCode || d === 10 || d === 13) break;
        j += 1;
      }
      field += text.slice(i, j);
      i = j - 1;
    } else if (c === '\r' && text[i + 1] === '\n') {
      endRecord(i);
      i += 1;
      line += 1;
      lineStart = i + 1;
      recordLine = line;
    } else if (c === '\n') {
      if (lineEnding === 'CRLF')
        throw importError(fileName, 'stray-line-feed', { line, column: i - lineStart + 1 });
      endRecord(i);
      line += 1;
      lineStart = i + 1;
      recordLine = line;
    } else field += c;
  }
  if (quoted)
    throw importError(fileName, 'unbalanced-quote', { line: quoteLine, column: quoteColumn });
  if (field !== '' || record.length > 0) endRecord(text.length);
  const [headers, ...rows] = records;
  if (!headers) throw importError(fileName, 'empty');
  const width = headers.length;
  rows.forEach((row, k) => {
    // Excel pads short rows with nothing; a row with more values than the header is an error.
    if (row.length > width && row.slice(width).some((v) => v.trim() !== ''))
      throw importError(fileName, 'column-count', {
        line: lines[k + 1],
        detail: `${row.length} / ${width}`,
      });
    while (row.length < width) row.push('');
    row.length = width;
  });
  return {
    fileName,
    encoding,
    delimiter,
    lineEnding,
    headers: headers.map((h) => h.trim()),
    rows,
    lines: lines.slice(1),
  };
}

/**
 * A number as spreadsheets write it: `0,8` and `1 234,5` (French), `1,234,567.5` (English).
 * An ambiguous `1,234` is read as a decimal comma (French files first); `1.234.567` and
 * `1,234,567` (two groups or more, or a decimal part in the other mark) as thousands.
 */
export function parseNumber(raw: string): number | null {
  // The common case first: a plain integer or decimal with a dot.
  if (/^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  let text = raw.trim().replace(/[\s\u00a0\u202f']/g, '');
  if (text === '') return null;
  if (/^[-+]?\d{1,3}(\.\d{3}){2,}(,\d+)?$/.test(text) || /^[-+]?\d{1,3}(\.\d{3})+,\d+$/.test(text))
    text = text.replace(/\./g, '').replace(',', '.');
  else if (
    /^[-+]?\d{1,3}(,\d{3}){2,}(\.\d+)?$/.test(text) ||
    /^[-+]?\d{1,3}(,\d{3})+\.\d+$/.test(text)
  )
    text = text.replace(/,/g, '');
  else if (/^[-+]?\d*,\d+$/.test(text)) text = text.replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return Number.NaN;
  return Number(text);
}

/** A yes/no as a French or English spreadsheet writes it; null when empty, undefined when unclear. */
export function parseBoolean(raw: string): boolean | null | undefined {
  const text = raw.trim().toLowerCase();
  if (text === '') return null;
  if (['1', 'true', 'yes', 'y', 'oui', 'o', 'vrai', 'x'].includes(text)) return true;
  if (['0', 'false', 'no', 'n', 'non', 'faux'].includes(text)) return false;
  return undefined;
}

/** A header as compared: lower case, no accents, spaces and dashes as underscores. */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}
