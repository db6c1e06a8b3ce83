import { LIMITS } from '../domain/limits';
import type { CsvFormat, Delimiter } from './csv';
import { importError } from './importError';

/**
 * The CSV reader behind every table import, fed text in pieces so that a file of any size is read
 * in constant memory: each record is handed to `onRecord` as soon as it is complete, with the
 * file line where it starts. The first record is the header. Quotes or a carriage return at the
 * end of a piece are kept for the next one (they may be half of `""` or CRLF), so pieces may be
 * cut anywhere.
 *
 * Limits are enforced as the text comes, never after a line is buffered: a header record longer
 * than `LIMITS.parse.headerChars` or wider than `LIMITS.parse.columns`, a record wider than that,
 * a value longer than `LIMITS.notes` are refused as soon as they cross the limit, so a hostile
 * file (a 200 MB header line) costs a few pieces of memory and time, and the import stays
 * cancellable between pieces.
 */
export type CsvRecordSink = (values: string[], line: number) => void;

export type CsvStreamParser = {
  push(text: string): void;
  /** Ends the file; refuses an open quote. Returns what was detected. */
  end(): Omit<CsvFormat, 'encoding'>;
};

/** The separator: the most frequent of `;`, `,`, tab outside quotes on the header line. */
function detectDelimiter(firstLine: string): Delimiter {
  const counts: Array<[Delimiter, number]> = [';', ',', '\t'].map((d) => [
    d as Delimiter,
    countOutsideQuotes(firstLine, d),
  ]);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0] && counts[0][1] > 0 ? counts[0][0] : ',';
}

/** Line breaks in a piece (the first line is kept until it has one). */
function lineBreaks(text: string): number {
  let n = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) n += 1;
  return n;
}

/** Room for a `sep=;` line before the header, besides the header's own limit. */
const SEP_LINE = 8;
/**
 * Quotes kept from the end of a piece (they may pair with the next piece's first one). A run of
 * quotes is a quoted value about half as long, so a longer run is a value over the limit.
 */
const MAX_CARRY = 2 * LIMITS.notes + 4;

function countOutsideQuotes(line: string, char: string): number {
  let quoted = false;
  let n = 0;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === char) n += 1;
  }
  return n;
}

export function createCsvParser(fileName: string, onRecord: CsvRecordSink): CsvStreamParser {
  // Until the first line is complete, text is kept: the `sep=` line, the separator and the line
  // ending are read from it.
  let head: string | null = '';
  let headBreaks = 0;
  let carry = '';
  let delimiter: Delimiter = ',';
  let delimiterCode = 44;
  let lineEnding: 'CRLF' | 'LF' = 'LF';
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let quoteLine = 0;
  let quoteColumn = 0;
  let line = 1;
  let recordLine = 1;
  // Columns count from the start of the line: offsets are kept across pieces.
  let offset = 0;
  let lineStart = 0;
  // Where the record being read starts, and whether the header (the first record) was read.
  let recordStart = 0;
  let headerRead = false;

  const tooLong = (at: number) =>
    importError(fileName, 'too-long', {
      line,
      column: at - lineStart + 1,
      detail: `more than ${LIMITS.notes} characters`,
    });
  const headerTooLong = (chars: number) =>
    importError(fileName, 'header-too-long', {
      line: recordLine,
      detail: `more than ${LIMITS.parse.headerChars} characters (${chars} read)`,
    });
  const push = (at: number) => {
    if (field.length > LIMITS.notes) throw tooLong(at);
    if (record.length >= LIMITS.parse.columns)
      throw importError(fileName, 'too-many-columns', {
        line: recordLine,
        column: at - lineStart + 1,
        detail: `more than ${LIMITS.parse.columns}`,
      });
    record.push(field);
    field = '';
  };
  const endRecord = (at: number) => {
    push(at);
    // A blank line (one empty value) is skipped, as spreadsheets leave them at the end.
    if (!(record.length === 1 && record[0] === '')) {
      if (!headerRead && at - recordStart > LIMITS.parse.headerChars)
        throw headerTooLong(at - recordStart);
      headerRead = true;
      onRecord(record, recordLine);
    }
    record = [];
  };
  /** A value still open past its limit: where it starts when quoted (it may span lines). */
  const openTooLong = () =>
    quoted
      ? importError(fileName, 'too-long', {
          line: quoteLine,
          column: quoteColumn,
          detail: `more than ${LIMITS.notes} characters`,
        })
      : tooLong(offset);
  /** After each piece: a value or a header still open is refused once past its limit. */
  const checkOpen = () => {
    if (field.length > LIMITS.notes) throw openTooLong();
    if (!headerRead && offset - recordStart > LIMITS.parse.headerChars)
      throw headerTooLong(offset - recordStart);
  };
  const newLine = (at: number) => {
    line += 1;
    lineStart = at + 1;
  };

  const parse = (text: string) => {
    const base = offset;
    offset += text.length;
    for (let i = 0; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      if (quoted) {
        if (c === 34) {
          if (text.charCodeAt(i + 1) === 34) {
            field += '"';
            i += 1;
          } else quoted = false;
          continue;
        }
        // A run of quoted characters, taken as one slice (line breaks counted for messages).
        let j = i;
        while (j < text.length && text.charCodeAt(j) !== 34) {
          if (text.charCodeAt(j) === 10) newLine(base + j);
          j += 1;
        }
        field += text.slice(i, j);
        i = j - 1;
        continue;
      }
      if (c === 34 && field === '') {
        quoted = true;
        quoteLine = line;
        quoteColumn = base + i - lineStart + 1;
      } else if (c === delimiterCode) push(base + i);
      else if (c === 13 && text.charCodeAt(i + 1) === 10) {
        endRecord(base + i);
        i += 1;
        newLine(base + i);
        recordLine = line;
        recordStart = base + i + 1;
      } else if (c === 10) {
        if (lineEnding === 'CRLF')
          throw importError(fileName, 'stray-line-feed', {
            line,
            column: base + i - lineStart + 1,
          });
        endRecord(base + i);
        newLine(base + i);
        recordLine = line;
        recordStart = base + i + 1;
      } else if (c !== 13 && c !== 34) {
        // The common case: a run of plain characters, taken as one slice rather than one by one.
        let j = i + 1;
        while (j < text.length) {
          const d = text.charCodeAt(j);
          if (d === delimiterCode || d === 10 || d === 13) break;
          j += 1;
        }
        field += text.slice(i, j);
        i = j - 1;
      } else field += text[i];
    }
    checkOpen();
  };

  /** Reads the first line's conventions, then parses what was kept. */
  const start = (text: string) => {
    let body = text;
    let sepDelimiter: Delimiter | null = null;
    const sep = /^sep=(.)\r?\n/i.exec(body);
    if (sep) {
      const d = sep[1];
      sepDelimiter = d === ';' || d === ',' || d === '\t' ? d : null;
      body = body.slice(sep[0].length);
      line = 2;
      recordLine = 2;
    }
    const firstBreak = body.indexOf('\n');
    lineEnding = firstBreak > 0 && body[firstBreak - 1] === '\r' ? 'CRLF' : 'LF';
    delimiter =
      sepDelimiter ?? detectDelimiter(body.slice(0, firstBreak === -1 ? undefined : firstBreak));
    delimiterCode = delimiter.charCodeAt(0);
    parse(body);
  };

  let started = false;
  return {
    push(piece) {
      let text: string;
      if (head !== null) {
        head += piece;
        headBreaks += lineBreaks(piece);
        // Wait for the whole first line (and the header after a `sep=` line), no longer than a
        // header may be: only the new piece is searched, so waiting costs no more than reading.
        const lines = /^sep=.\r?\n/i.test(head) ? 2 : 1;
        if (headBreaks < lines) {
          if (head.length > LIMITS.parse.headerChars + SEP_LINE)
            throw importError(fileName, 'header-too-long', {
              line: lines,
              detail: `more than ${LIMITS.parse.headerChars} characters (${head.length} read)`,
            });
          return;
        }
        text = head;
        head = null;
      } else text = carry + piece;
      // Trailing quotes (`""` is one quote, `"` may end a value) and a trailing CR (CRLF) are
      // only read with what follows them.
      let keep = text.length;
      while (keep > 0 && text.charCodeAt(keep - 1) === 34) keep -= 1;
      if (keep === text.length && text.charCodeAt(keep - 1) === 13) keep -= 1;
      carry = text.slice(keep);
      text = text.slice(0, keep);
      if (carry.length > MAX_CARRY) throw openTooLong();
      if (started) parse(text);
      else {
        started = true;
        start(text);
      }
    },
    end() {
      if (head !== null) {
        const text = head;
        head = null;
        started = true;
        start(text);
      } else if (carry !== '') parse(carry);
      carry = '';
      if (quoted)
        throw importError(fileName, 'unbalanced-quote', { line: quoteLine, column: quoteColumn });
      if (field !== '' || record.length > 0) endRecord(offset);
      return { fileName, delimiter, lineEnding };
    },
  };
}
