import { LIMITS } from '../domain/limits';
import type { Steps } from '../util/steps';
import { createCsvParser, type CsvRecordSink } from './csvStream';
import { importError } from './importError';
import { createUtf8Check, type Utf8Verdict } from './utf8Check';

/**
 * CSV as consultants' tools write it, French Excel included: UTF-8 with or without BOM, or
 * Windows-1252; `,`, `;` or tab separators, or a `sep=;` first line; CRLF or LF line ends;
 * quoted values with doubled quotes and line breaks inside. Every refusal names the file, the
 * line and column, and why (the caller imports nothing).
 */

export type Encoding = 'utf-8' | 'utf-8 (BOM)' | 'windows-1252';
export type Delimiter = ',' | ';' | '\t';

/** How a table file is written, as detected (and shown in the import preview). */
export type CsvFormat = {
  fileName: string;
  encoding: Encoding;
  delimiter: Delimiter;
  lineEnding: 'CRLF' | 'LF';
};

export type CsvTable = CsvFormat & {
  headers: string[];
  /** Values by row; every row has as many values as the header. */
  rows: string[][];
  /** The file line where each row starts (1-based), for messages. */
  lines: number[];
};

export { importError };

const hasBom = (bytes: Uint8Array) => bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;

/**
 * Refuses what cannot be a text file before any of it is decoded: nothing, more than the limit,
 * or NUL bytes at the start (a spreadsheet saved as .xlsx, an image, an archive).
 */
export function checkTextFile(first: Uint8Array, size: number, fileName: string): void {
  if (size === 0) throw importError(fileName, 'empty');
  if (size > LIMITS.importBytes)
    throw importError(fileName, 'too-large', { detail: `${size} bytes` });
  if (first.subarray(0, 65_536).includes(0)) throw importError(fileName, 'binary');
}

/**
 * What a file that is not valid UTF-8 throughout is: Windows-1252 (French Excel), whose accented
 * letters stand alone as single high bytes — or a UTF-8 file with bad bytes (cut in the middle of
 * a character, or with lines appended by another tool), refused where its first bad byte is
 * rather than read whole as Windows-1252, which would turn every accented name into mojibake.
 * It is UTF-8 when it says so (a BOM) or when its valid multi-byte sequences clearly outweigh
 * the bad ones (their extra bytes more than twice the bad sequences): a Windows-1252 text forms
 * one only by chance (`É’`; `à «` or `é »` with French typography's no-break space, three bytes
 * that read as one Chinese character), while each accented letter before a plain one is bad.
 */
function encodingOf(verdict: Utf8Verdict, fileName: string): Encoding {
  if (verdict.valid) return verdict.bom ? 'utf-8 (BOM)' : 'utf-8';
  if (verdict.bom || verdict.multiByte > 2 * verdict.invalid)
    throw importError(fileName, 'invalid-utf8', {
      line: verdict.line,
      column: verdict.column,
      detail: `0x${verdict.byte.toString(16).toUpperCase().padStart(2, '0')}`,
    });
  return 'windows-1252';
}

/**
 * The text of a file: UTF-8 when it decodes as such (BOM or not), else Windows-1252 — unless it
 * is UTF-8 with a bad byte (see encodingOf).
 */
export function decodeText(
  bytes: Uint8Array,
  fileName: string,
): { text: string; encoding: Encoding } {
  checkTextFile(bytes, bytes.length, fileName);
  const bom = hasBom(bytes);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bom ? bytes.subarray(3) : bytes);
    return { text, encoding: bom ? 'utf-8 (BOM)' : 'utf-8' };
  } catch {
    const check = createUtf8Check();
    check.push(bytes);
    const encoding = encodingOf(check.end(), fileName);
    return { text: decoderFor(encoding).decode(bytes), encoding };
  }
}

/**
 * The encoding of a file read in pieces (decodeText's rule, without holding the text): UTF-8
 * when every piece decodes as such, else Windows-1252 or a refusal (see encodingOf). As steps:
 * yields the bytes read after each piece.
 */
export function* encodingSteps(pieces: Iterable<Uint8Array>, fileName: string): Steps<Encoding> {
  const check = createUtf8Check();
  let read = 0;
  for (const piece of pieces) {
    read += piece.length;
    check.push(piece);
    yield read;
  }
  return encodingOf(check.end(), fileName);
}

/** What decodes a file's pieces: `decode(piece, { stream: true })`, then `decode()` at the end. */
export type PieceDecoder = {
  decode(piece?: Uint8Array, options?: { stream?: boolean }): string;
};

/**
 * Bytes 0x80–0x9F in Windows-1252: ’ “ ” – — … € Œ œ Š Ÿ ™ and the rest. Node's own decoder for
 * the label (before Node 23) reads them as Latin-1's invisible control characters, so French
 * Excel's apostrophes and euro signs vanished: they are mapped here, on every platform alike.
 * The five bytes Windows-1252 leaves undefined stay the control characters WHATWG makes them.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const C1 = /[\u0080-\u009f]/g;

const windows1252: PieceDecoder = {
  decode(piece) {
    if (!piece) return '';
    const latin1 = new TextDecoder('latin1').decode(piece);
    return latin1.replace(C1, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
  },
};

/**
 * The decoder of a file's pieces in `encoding` (`decode(piece, { stream: true })`: a character
 * may straddle two pieces). It drops a UTF-8 BOM itself.
 */
export const decoderFor = (encoding: Encoding): PieceDecoder =>
  encoding === 'windows-1252' ? windows1252 : new TextDecoder('utf-8');

/**
 * Turns a parser's records into rows of the header's width: `onHeader` gets the (trimmed)
 * header, `onRow` every row after it. Excel pads short rows with nothing, so they are padded; a
 * row with more values than the header is an error, and so is a table over the row limit.
 */
export function tableRecords(
  fileName: string,
  onHeader: (headers: string[]) => void,
  onRow: (row: string[], line: number) => void,
): CsvRecordSink {
  let width = -1;
  let count = 0;
  return (values, line) => {
    if (width === -1) {
      width = values.length;
      onHeader(values.map((h) => h.trim()));
      return;
    }
    count += 1;
    if (count > LIMITS.importRows) throw importError(fileName, 'too-many-rows', { line });
    if (values.length > width && values.slice(width).some((v) => v.trim() !== ''))
      throw importError(fileName, 'column-count', {
        line,
        detail: `${values.length} / ${width}`,
      });
    while (values.length < width) values.push('');
    values.length = width;
    onRow(values, line);
  };
}

/** A whole table from its text (small files, and the tests); csvStream.ts is the reader. */
export function parseCsv(text: string, fileName: string, encoding: Encoding = 'utf-8'): CsvTable {
  let headers: string[] | null = null;
  const rows: string[][] = [];
  const lines: number[] = [];
  const parser = createCsvParser(
    fileName,
    tableRecords(
      fileName,
      (h) => {
        headers = h;
      },
      (row, line) => {
        rows.push(row);
        lines.push(line);
      },
    ),
  );
  parser.push(text);
  const format = parser.end();
  if (headers === null) throw importError(fileName, 'empty');
  return { ...format, encoding, headers, rows, lines };
}

/** Rows looked at to tell the decimal mark of a table. */
const DECIMAL_SAMPLE = 1000;
const DECIMAL_COMMA = /^[-+]?[\d\s\u00a0\u202f.]*,\d+$/;
const DECIMAL_POINT = /^[-+]?[\d,]*\.\d+$/;

/**
 * The decimal mark a table's numbers use (`0,8` as French Excel writes them, or `0.8`), from its
 * first rows, as parseNumber reads them; null when they hold no decimal number. Shown in the
 * import preview.
 */
export function decimalMarkOf(rows: Iterable<readonly string[]>): ',' | '.' | null {
  let comma = 0;
  let point = 0;
  let seen = 0;
  for (const row of rows) {
    if ((seen += 1) > DECIMAL_SAMPLE) break;
    for (const value of row) {
      if (DECIMAL_COMMA.test(value)) comma += 1;
      else if (DECIMAL_POINT.test(value)) point += 1;
    }
  }
  if (comma + point === 0) return null;
  return comma >= point ? ',' : '.';
}

/**
 * A number as spreadsheets write it: `0,8` and `1 234,5` (French), `1,234,567.5` (English).
 * An ambiguous `1,234` is read as a decimal comma (French files first); `1.234.567` and
 * `1,234,567` (two groups or more, or a decimal part in the other mark) as thousands. What
 * overflows (`1e400`) and `INF` come back as Infinity, for callers to refuse (importNumbers.ts).
 */
export function parseNumber(raw: string): number | null {
  // The common case first: a plain integer or decimal with a dot.
  if (/^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  let text = raw.trim().replace(/[\s\u00a0\u202f']/g, '');
  if (text === '') return null;
  // Infinity as tools spell it is a number, if not one a map can hold: callers say so.
  if (/^[-+]?(inf|infinity|∞)$/i.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
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
