import { crc32, createDeflateRaw } from 'node:zlib';
import type { ZipEntrySpec } from './zipWriter';

/**
 * The parts of an XLSX workbook, written by hand so that a test can make any of them hostile
 * (then zipBytes in zipWriter.ts makes the archive). Sheets are given as their XML.
 */
const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A column's letters (1 → A, 27 → AA). */
export function columnName(column: number): string {
  let name = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A row of inline-string cells (a number stays a number), numbered `line`. */
export function rowXml(line: number, values: ReadonlyArray<string | number>): string {
  const cells = values.map((value, i) => {
    const ref = `${columnName(i + 1)}${line}`;
    return typeof value === 'number'
      ? `<c r="${ref}"><v>${value}</v></c>`
      : `<c r="${ref}" t="inlineStr"><is><t>${escape(value)}</t></is></c>`;
  });
  return `<row r="${line}">${cells.join('')}</row>`;
}

const SHEET_START =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_END = '</sheetData></worksheet>';

/** A sheet's XML from its rows' XML. */
export const sheetXml = (rows: readonly string[]): string =>
  `${SHEET_START}${rows.join('')}${SHEET_END}`;

export type SheetSpec = { name: string; xml?: string; entry?: Partial<ZipEntrySpec> };

/**
 * The entries of a workbook of these sheets (in order), with shared strings and styles when
 * given (their XML).
 */
export function workbookEntries(
  sheets: readonly SheetSpec[],
  parts: { sharedStrings?: string; styles?: string } = {},
): ZipEntrySpec[] {
  const rel = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  const rels = [
    ...sheets.map((_, i) => rel(`rId${i + 1}`, 'worksheet', `worksheets/sheet${i + 1}.xml`)),
    ...(parts.sharedStrings ? [rel('rIdS', 'sharedStrings', 'sharedStrings.xml')] : []),
    ...(parts.styles ? [rel('rIdT', 'styles', 'styles.xml')] : []),
  ];
  const text = (name: string, xml: string): ZipEntrySpec => ({ name, data: Buffer.from(xml) });
  return [
    text(
      '_rels/.rels',
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel('rId1', 'officeDocument', 'xl/workbook.xml')}</Relationships>`,
    ),
    text(
      'xl/workbook.xml',
      `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets
        .map((s, i) => `<sheet name="${escape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join('')}</sheets></workbook>`,
    ),
    text(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
    ),
    ...(parts.sharedStrings ? [text('xl/sharedStrings.xml', parts.sharedStrings)] : []),
    ...(parts.styles ? [text('xl/styles.xml', parts.styles)] : []),
    ...sheets.map((s, i) => ({
      ...text(`xl/worksheets/sheet${i + 1}.xml`, s.xml ?? sheetXml([])),
      ...s.entry,
    })),
  ];
}

/** A shared-strings part of these strings. */
export const sharedStringsXml = (strings: readonly string[]): string =>
  `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings
    .map((s) => `<si><t>${escape(s)}</t></si>`)
    .join('')}</sst>`;

/**
 * A big sheet's entry, deflated as its XML is made row by row (never whole in memory): for the
 * tests of a sheet of millions of rows.
 */
export async function bigSheetEntry(
  rows: number,
  row: (line: number) => ReadonlyArray<string | number>,
): Promise<{ raw: Buffer; size: number; crc: number }> {
  const deflate = createDeflateRaw({ level: 6 });
  const compressed: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => compressed.push(chunk));
  const ended = new Promise((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  let size = 0;
  let crc = 0;
  const write = async (text: string) => {
    const bytes = Buffer.from(text);
    size += bytes.length;
    crc = crc32(bytes, crc);
    if (!deflate.write(bytes)) await new Promise((resolve) => deflate.once('drain', resolve));
  };
  await write(SHEET_START);
  const BATCH = 2000;
  for (let line = 1; line <= rows; line += BATCH) {
    const batch: string[] = [];
    for (let k = line; k < Math.min(line + BATCH, rows + 1); k += 1) batch.push(rowXml(k, row(k)));
    await write(batch.join(''));
  }
  await write(SHEET_END);
  deflate.end();
  await ended;
  return { raw: Buffer.concat(compressed), size, crc };
}
