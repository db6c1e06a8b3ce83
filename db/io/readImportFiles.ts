import { AppError } from '../../shared/api/errors';
import { wholeBytes, type ByteSource } from '../../shared/io/byteSource';
import {
  checkTextFile,
  decimalMarkOf,
  decoderFor,
  decodeText,
  importError,
  parseCsv,
  encodingSteps,
  tableRecords,
  type CsvTable,
  type Encoding,
} from '../../shared/io/csv';
import { createCsvParser } from '../../shared/io/csvStream';
import { feedText } from '../../shared/io/feedText';
import { LIMITS } from '../../shared/domain/limits';
import { gexfItems } from '../../shared/io/gexf';
import type { ImportedGraph } from '../../shared/io/graphModel';
import { readGml } from '../../shared/io/gml';
import { graphmlItems } from '../../shared/io/graphml';
import {
  journeyTableKind,
  readJourneyTable,
  type JourneyTable,
} from '../../shared/io/journeyTables';
import { readJsonGraph } from '../../shared/io/jsonGraph';
import { isMentionTable, readMentionTable, type MentionRow } from '../../shared/io/mentionTable';
import { nodeEdgeTableKind, readEdgeTable, readNodeTable } from '../../shared/io/nodeEdgeTables';
import { graphPass, xmlPass, type GraphItems } from '../../shared/io/xmlGraph';
import { paceSteps, type Steps } from '../../shared/util/steps';
import { applyColumns, mapColumns } from '../../shared/io/columnMapping';
import { openWorkbook } from './xlsx';

/** A table's detected format and size, once its rows have become nodes or edges. */
export type TableInfo = Omit<CsvTable, 'rows' | 'lines'> & {
  rowCount: number;
  decimalMark: ',' | '.' | null;
};
const infoOf = ({ rows, lines: _lines, ...rest }: CsvTable): TableInfo => ({
  ...rest,
  rowCount: rows.length,
  decimalMark: decimalMarkOf(rows),
});

/** One table or graph read from a file, ready to be written. */
export type ReadPart =
  | { kind: 'journey'; name: string; table: CsvTable; parsed: JourneyTable }
  | { kind: 'mentions'; name: string; table: CsvTable; rows: MentionRow[] }
  | {
      kind: 'graph';
      name: string;
      graph: ImportedGraph;
      /** What was detected in the table, without its rows: they are converted and let go. */
      table: TableInfo | null;
      what: 'nodes' | 'edges' | 'graph';
    };

export const FORMATS = ['csv', 'tsv', 'txt', 'xlsx', 'gexf', 'graphml', 'gml', 'json'] as const;
export type ImportFormat = (typeof FORMATS)[number];

export const formatOf = (name: string): ImportFormat | null => {
  const ext = name.toLowerCase().split('.').pop() ?? '';
  return (FORMATS as readonly string[]).includes(ext) ? (ext as ImportFormat) : null;
};

/** A table whose headers Influmap does not recognise: they come with the error, to be mapped. */
const unknownTable = (name: string, headers: string[]) =>
  importError(name, 'unknown-table', {
    line: 1,
    detail: headers.join(', '),
    columns: headers.slice(0, 500),
  });

/** A table of a CSV file or XLSX sheet: a journey table, a node list or an edge list. */
function tablePart(table: CsvTable, format: 'csv' | 'xlsx'): ReadPart | null {
  const journey = journeyTableKind(table.headers);
  if (journey)
    return { kind: 'journey', name: table.fileName, table, parsed: readJourneyTable(table) };
  if (isMentionTable(table.headers))
    return { kind: 'mentions', name: table.fileName, table, rows: readMentionTable(table) };
  const graphKind = nodeEdgeTableKind(table.headers);
  if (graphKind === 'nodes')
    return {
      kind: 'graph',
      name: table.fileName,
      table: infoOf(table),
      what: 'nodes',
      graph: { format, nodes: readNodeTable(table), edges: [] },
    };
  if (graphKind === 'edges')
    return {
      kind: 'graph',
      name: table.fileName,
      table: infoOf(table),
      what: 'edges',
      graph: { format, nodes: [], edges: readEdgeTable(table) },
    };
  return null;
}

/**
 * A node or edge list in a CSV file or an XLSX sheet, read row by row while it is written
 * (importRun.ts): its header is checked now, its rows stream later. `keep` says which columns the
 * user's mapping keeps (null: all).
 */
export type StreamedTable = {
  kind: 'stream';
  name: string;
  what: 'nodes' | 'edges';
  encoding: Encoding;
  headers: string[];
  keep: boolean[] | null;
  /** Bytes its rows are read from (the file, or the sheet's compressed part): for progress. */
  size: number;
  /**
   * Hands each row after the header to `onRow`, fitted to the header, as it is read; yields the
   * bytes read so far; returns the format detected (the summary shows it).
   */
  rows(onRow: (row: string[], line: number) => void): Steps<RowsFormat>;
};

export type RowsFormat = { delimiter: string; lineEnding: string };

/**
 * Hears how many bytes of the files have been read, between two steps of reading; may pause
 * (a job gives the event loop a turn) or stop it by throwing (a cancelled job).
 */
export type Pace = (bytesRead: number) => Promise<void>;

/** The first piece of a file (leaving the loop closes a file read from disk). */
function firstPiece(source: ByteSource): Uint8Array {
  for (const piece of source.pieces()) return piece;
  return new Uint8Array();
}

/** The header of a table file (its first record), reading no further than needed. */
function readHeader(source: ByteSource, encoding: Encoding): string[] {
  let header: string[] | null = null;
  const parser = createCsvParser(source.name, (values) => {
    header ??= values.map((h) => h.trim());
  });
  const decoder = decoderFor(encoding);
  for (const piece of source.pieces()) {
    parser.push(decoder.decode(piece, { stream: true }));
    if (header !== null) return header;
  }
  parser.push(decoder.decode());
  parser.end();
  if (header === null) throw importError(source.name, 'empty');
  return header;
}

/** A CSV file: node and edge lists stream; journey and mention tables (small) are read whole. */
async function csvPart(source: ByteSource, pace: Pace): Promise<ReadPart | StreamedTable> {
  checkTextFile(firstPiece(source), source.size, source.name);
  const encoding = await paceSteps(encodingSteps(source.pieces(), source.name), pace);
  const fileHeaders = readHeader(source, encoding);
  const mapped = source.columns ? mapColumns(fileHeaders, source.columns) : null;
  const headers = mapped?.headers ?? fileHeaders;
  const what = nodeEdgeTableKind(headers);
  if (what && !journeyTableKind(headers) && !isMentionTable(headers))
    return {
      kind: 'stream',
      name: source.name,
      what,
      encoding,
      headers,
      keep: mapped?.keep ?? null,
      size: source.size,
      rows: (onRow) => csvRows(source, encoding, onRow),
    };
  const text = wholeText(source);
  const parsed = parseCsv(text, source.name, encoding);
  const table = source.columns ? applyColumns(parsed, source.columns) : parsed;
  const part = tablePart(table, 'csv');
  if (!part) throw unknownTable(source.name, table.headers);
  return part;
}

/** A CSV file's rows after its header, piece by piece (yields the bytes read). */
function* csvRows(
  source: ByteSource,
  encoding: Encoding,
  onRow: (row: string[], line: number) => void,
): Steps<RowsFormat> {
  const parser = createCsvParser(
    source.name,
    tableRecords(source.name, () => undefined, onRow),
  );
  yield* feedText(source, encoding, (text) => parser.push(text));
  const format = parser.end();
  return {
    delimiter: format.delimiter === '\t' ? 'tab' : format.delimiter,
    lineEnding: format.lineEnding,
  };
}

/**
 * A GEXF or GraphML file, read in passes (xmlGraph.ts): its skeleton now — which checks that the
 * whole file is well-formed XML and reads its declarations — its nodes and edges while they are
 * written.
 */
export type StreamedGraph = {
  kind: 'xml';
  name: string;
  source: ByteSource;
  encoding: Encoding;
  items: GraphItems;
};

async function xmlPart(
  source: ByteSource,
  format: 'gexf' | 'graphml',
  pace: Pace,
): Promise<StreamedGraph> {
  checkTextFile(firstPiece(source), source.size, source.name);
  // Two passes here (the encoding, the skeleton): each half of the reading's progress.
  const encoding = await paceSteps(encodingSteps(source.pieces(), source.name), (n) => pace(n / 2));
  const skeleton = await paceSteps(xmlPass(source, encoding, graphPass(null)), (n) =>
    pace((source.size + n) / 2),
  );
  const items =
    format === 'gexf' ? gexfItems(skeleton, source.name) : graphmlItems(skeleton, source.name);
  return { kind: 'xml', name: source.name, source, encoding, items };
}

/** What reading gives the writing: tables and graphs read whole, and files that stream. */
export type ImportPart = ReadPart | StreamedTable | StreamedGraph;

/**
 * Reads and checks every file before anything is written (any error: nothing is imported),
 * except the rows of node and edge lists, which stream while they are written and are checked
 * then (an error still leaves the map unchanged: the write is one transaction). The format comes
 * from the extension. A CSV file is one table; an XLSX workbook gives one table per sheet that
 * Influmap recognises (other sheets are left alone); GEXF, GraphML, GML and JSON are graphs.
 */
export async function readImportFiles(
  sources: readonly ByteSource[],
  pace: Pace = async () => undefined,
): Promise<ImportPart[]> {
  const parts: ImportPart[] = [];
  let before = 0;
  for (const source of sources) {
    parts.push(...(await readFile(source, (read) => pace(before + Math.min(read, source.size)))));
    before += source.size;
    await pace(before);
  }
  return parts;
}

/** The text of a file read whole, refused first if too big to be held with what is made of it. */
function wholeText(source: ByteSource): string {
  if (source.size > LIMITS.parse.wholeTextBytes)
    throw importError(source.name, 'too-large', {
      detail: `${source.size} bytes; a file read whole (GML, JSON, a journey or mention table) may have ${LIMITS.parse.wholeTextBytes}`,
    });
  return decodeText(wholeBytes(source), source.name).text;
}

/** One file's tables or graph; `pace` hears how much of it has been read. */
async function readFile(source: ByteSource, pace: Pace): Promise<ImportPart[]> {
  const format = formatOf(source.name);
  if (format === null) throw new AppError({ code: 'IMPORT_NOT_AVAILABLE', file: source.name });
  if (format === 'csv' || format === 'tsv' || format === 'txt')
    return [await csvPart(source, pace)];
  if (source.size > LIMITS.importBytes)
    throw importError(source.name, 'too-large', { detail: `${source.size} bytes` });
  if (format === 'gexf' || format === 'graphml') return [await xmlPart(source, format, pace)];
  if (format === 'xlsx') return xlsxParts(source, pace);
  const text = wholeText(source);
  const graph = format === 'gml' ? readGml(text, source.name) : readJsonGraph(text, source.name);
  return [{ kind: 'graph', name: source.name, graph, table: null, what: 'graph' }];
}

/** Headers Influmap recognises without the user's mapping. */
const isRecognised = (headers: readonly string[]): boolean =>
  journeyTableKind(headers) !== null ||
  isMentionTable(headers) ||
  nodeEdgeTableKind(headers) !== null;

/**
 * An XLSX workbook: each sheet Influmap recognises (with the user's mapping, for those it does
 * not recognise without). Node and edge lists stream like a CSV file's; journey and mention
 * sheets (small) are read whole. Other sheets are left alone (a workbook often has notes); none
 * recognised is an error, naming the first sheet's headers for the column-mapping step.
 */
async function xlsxParts(source: ByteSource, pace: Pace): Promise<ImportPart[]> {
  const sheets = await paceSteps(openWorkbook(wholeBytes(source), source.name), pace);
  const parts: ImportPart[] = [];
  let first: { name: string; headers: string[] } | null = null;
  for (const sheet of sheets) {
    const fileHeaders = sheet.header();
    if (fileHeaders === null) continue;
    first ??= { name: sheet.name, headers: fileHeaders };
    const columns = isRecognised(fileHeaders) ? undefined : source.columns;
    const mapped = columns ? mapColumns(fileHeaders, columns) : null;
    const headers = mapped?.headers ?? fileHeaders;
    const what = nodeEdgeTableKind(headers);
    if (what && !journeyTableKind(headers) && !isMentionTable(headers)) {
      parts.push({
        kind: 'stream',
        name: sheet.name,
        what,
        encoding: 'utf-8',
        headers,
        keep: mapped?.keep ?? null,
        size: sheet.size,
        *rows(onRow) {
          yield* sheet.rows(onRow);
          return { delimiter: ',', lineEnding: 'LF' };
        },
      });
      continue;
    }
    if (!isRecognised(headers)) continue;
    const table = sheet.table();
    const part = tablePart(columns ? applyColumns(table, columns) : table, 'xlsx');
    if (part) parts.push(part);
  }
  if (parts.length === 0)
    throw first ? unknownTable(first.name, first.headers) : importError(source.name, 'empty');
  return parts;
}
