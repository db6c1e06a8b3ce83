import { LIMITS } from '../../shared/domain/limits';
import type { CsvTable } from '../../shared/io/csv';
import { importError } from '../../shared/io/importError';
import { childNamed, childrenNamed, type KeepElement, type XmlElement } from '../../shared/io/xml';
import { closeSteps, type Steps } from '../../shared/util/steps';
import { cellBudget, richText, type CellContext } from './xlsxCells';
import { sharedStringStore } from './xlsxSharedStrings';
import { sheetRows } from './xlsxSheet';
import { dateStyles } from './xlsxStyles';
import { readXmlEntry, xmlEntry } from './xlsxXml';
import { openZip, type ZipArchive, type ZipEntry } from './zipReader';

/**
 * One sheet of a workbook, read when asked: its header alone (to tell what the sheet is), the
 * whole table (small sheets: journeys, mentions), or its rows as they stream (node and edge
 * lists, written while they are read).
 */
export type WorkbookSheet = {
  /** `book.xlsx [Sheet]`, as messages name it. */
  name: string;
  /** Compressed bytes of the sheet (the measure of its reading's progress). */
  size: number;
  /** The first non-empty row, trimmed; null for an empty sheet. */
  header(): string[] | null;
  /** The whole sheet: the header, then each row fitted to it, numbered as Excel numbers it. */
  table(): CsvTable;
  /** The rows after the header, fitted to it, as they are read; yields compressed bytes read. */
  rows(onRow: (values: string[], line: number) => void): Steps<void>;
};

/** Elements a workbook's small parts (relationships, workbook, styles) may keep. */
const PART_ELEMENTS = 100_000;

/** Keeps the elements `wanted` asks for, at most PART_ELEMENTS of them. */
function keepOnly(
  part: string,
  fileName: string,
  wanted: (element: XmlElement, ancestors: readonly XmlElement[]) => boolean,
): KeepElement {
  let kept = 0;
  return (element, ancestors) => {
    if (!wanted(element, ancestors)) return false;
    kept += 1;
    if (kept > PART_ELEMENTS)
      throw importError(fileName, 'too-large', {
        detail: `${part} holds more than ${PART_ELEMENTS} elements`,
      });
    return true;
  };
}

/** A part's path from a relationship's target, relative to the part that names it. */
function resolvePart(from: string, target: string): string {
  const segments = target.startsWith('/')
    ? []
    : from
        .split('/')
        .slice(0, -1)
        .filter((s) => s !== '');
  for (const segment of target.split('/'))
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  return segments.join('/');
}

type Relationship = { type: string; path: string };

/** The relationships of a part (`dir/_rels/name.rels`), by id; none if it has no such file. */
function relationships(zip: ZipArchive, part: string): Map<string, Relationship> {
  const slash = part.lastIndexOf('/');
  const relsPath = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  const entry = zip.entry(relsPath);
  const found = new Map<string, Relationship>();
  if (!entry) return found;
  const root = readXmlEntry(
    zip,
    entry,
    zip.fileName,
    keepOnly(relsPath, zip.fileName, (e) => e.name === 'Relationship'),
  );
  for (const rel of childrenNamed(root, 'Relationship')) {
    const { Id: id, Type: type = '', Target: target, TargetMode: mode } = rel.attributes;
    if (id === undefined || target === undefined || mode === 'External') continue;
    found.set(id, { type, path: resolvePart(part, target) });
  }
  return found;
}

const ofType = (rels: Map<string, Relationship>, suffix: string): string | undefined =>
  [...rels.values()].find((r) => r.type.endsWith(suffix))?.path;

function requireEntry(zip: ZipArchive, path: string): ZipEntry {
  const entry = zip.entry(path);
  if (!entry)
    throw importError(zip.fileName, 'binary', {
      detail: `not a readable XLSX workbook (no ${path})`,
    });
  return entry;
}

/** The sheet's own relationship id attribute (`r:id`, whatever the prefix). */
const relationshipId = (sheet: XmlElement): string | undefined =>
  Object.entries(sheet.attributes).find(([name]) => name === 'id' || name.endsWith(':id'))?.[1];

/**
 * Opens an XLSX workbook without trusting it (zipReader.ts; `inflatedBytes` caps what it may
 * inflate), reads its sheet list, its date styles and its shared strings (yielding compressed
 * bytes read, for progress), and gives its worksheets in order. Sheets are read later, as asked.
 */
export function* openWorkbook(
  bytes: Uint8Array,
  fileName: string,
  inflatedBytes?: number,
): Steps<WorkbookSheet[]> {
  const zip = openZip(bytes, fileName, inflatedBytes);
  const workbookPath = ofType(relationships(zip, ''), '/officeDocument') ?? 'xl/workbook.xml';
  const workbook = readXmlEntry(
    zip,
    requireEntry(zip, workbookPath),
    fileName,
    keepOnly(workbookPath, fileName, (e) => ['sheets', 'sheet', 'workbookPr'].includes(e.name)),
  );
  const date1904 = ['1', 'true'].includes(
    childNamed(workbook, 'workbookPr')?.attributes.date1904 ?? '',
  );
  const rels = relationships(zip, workbookPath);

  const stylesPath = ofType(rels, '/styles');
  const stylesEntry = stylesPath === undefined ? undefined : zip.entry(stylesPath);
  const isDateStyle = stylesEntry
    ? dateStyles(
        readXmlEntry(
          zip,
          stylesEntry,
          fileName,
          keepOnly(
            stylesPath as string,
            fileName,
            (e, ancestors) =>
              ['numFmts', 'numFmt', 'cellXfs'].includes(e.name) ||
              (e.name === 'xf' && ancestors.at(-1)?.name === 'cellXfs'),
          ),
        ),
      )
    : () => false;

  const store = sharedStringStore(fileName);
  const budget = cellBudget(fileName, 'si');
  const stringsPath = ofType(rels, '/sharedStrings');
  const stringsEntry = stringsPath === undefined ? undefined : zip.entry(stringsPath);
  if (stringsEntry)
    yield* xmlEntry(zip, stringsEntry, fileName, (element, ancestors) => {
      if (element.name === 'si' && ancestors.length === 1) {
        store.add(richText(element));
        return false;
      }
      return budget(element, ancestors, () => ({ detail: `shared string ${store.strings.count}` }));
    });

  const sheets: WorkbookSheet[] = [];
  for (const sheet of childrenNamed(childNamed(workbook, 'sheets') ?? workbook, 'sheet')) {
    const rel = rels.get(relationshipId(sheet) ?? '');
    if (!rel?.type.endsWith('/worksheet')) continue;
    const context: CellContext = {
      sheet: `${fileName} [${sheet.attributes.name ?? rel.path}]`,
      strings: store.strings,
      isDateStyle,
      date1904,
    };
    sheets.push(workbookSheet(zip, requireEntry(zip, rel.path), context));
  }
  return sheets;
}

/** A row's values cut or padded to the header's width. */
function fitted(values: string[], width: number): string[] {
  const row = values.slice(0, width);
  while (row.length < width) row.push('');
  return row;
}

function workbookSheet(zip: ZipArchive, entry: ZipEntry, context: CellContext): WorkbookSheet {
  const name = context.sheet;
  const header = (): string[] | null => {
    let found: string[] | null = null;
    const steps = sheetRows(zip, entry, context, (values) => {
      found ??= values.map((v) => v.trim());
    });
    try {
      while (found === null && !steps.next().done);
    } finally {
      closeSteps(steps);
    }
    const chars = (found ?? []).reduce((n: number, h: string) => n + h.length, 0);
    if (chars > LIMITS.parse.headerChars)
      throw importError(name, 'header-too-long', { line: 1, detail: `${chars} characters` });
    return found;
  };
  function* rows(onRow: (values: string[], line: number) => void): Steps<void> {
    let width = -1;
    yield* sheetRows(zip, entry, context, (values, line) => {
      if (width === -1) width = values.length;
      else onRow(fitted(values, width), line);
    });
  }
  const table = (): CsvTable => {
    const headers = header() ?? [];
    const records: string[][] = [];
    const lines: number[] = [];
    const steps = rows((values, line) => {
      records.push(values);
      lines.push(line);
    });
    while (!steps.next().done);
    return {
      fileName: name,
      encoding: 'utf-8',
      delimiter: ',',
      lineEnding: 'LF',
      headers,
      rows: records,
      lines,
    };
  };
  return { name, size: entry.compressedSize, header, table, rows };
}
