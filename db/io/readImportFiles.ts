import { AppError } from '../../shared/api/errors';
import { decodeText, importError, parseCsv, type CsvTable } from '../../shared/io/csv';
import { readGexf } from '../../shared/io/gexf';
import type { ImportedGraph } from '../../shared/io/graphModel';
import { readGml } from '../../shared/io/gml';
import { readGraphml } from '../../shared/io/graphml';
import {
  journeyTableKind,
  readJourneyTable,
  type JourneyTable,
} from '../../shared/io/journeyTables';
import { readJsonGraph } from '../../shared/io/jsonGraph';
import { isMentionTable, readMentionTable, type MentionRow } from '../../shared/io/mentionTable';
import { nodeEdgeTableKind, readEdgeTable, readNodeTable } from '../../shared/io/nodeEdgeTables';
import { parseXml } from '../../shared/io/xml';
import { applyColumns } from '../../shared/io/columnMapping';
import { readWorkbook } from './xlsx';

export type ImportFile = {
  name: string;
  bytes: Uint8Array;
  /** The user's column mapping for a table Influmap did not recognise (shared/io/columnMapping.ts). */
  columns?: Readonly<Record<string, string>>;
};

/** A table's detected format and size, once its rows have become nodes or edges. */
export type TableInfo = Omit<CsvTable, 'rows' | 'lines'> & { rowCount: number };
const infoOf = ({ rows, lines: _lines, ...rest }: CsvTable): TableInfo => ({
  ...rest,
  rowCount: rows.length,
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
 * Reads and checks every file before anything is written (any error: nothing is imported).
 * The format comes from the extension. CSV files are one table each; an XLSX workbook gives one
 * table per sheet that Influmap recognises (other sheets are left alone); GEXF, GraphML, GML and
 * JSON are graphs.
 */
export async function readImportFiles(files: readonly ImportFile[]): Promise<ReadPart[]> {
  const parts: ReadPart[] = [];
  for (const file of files) {
    const format = formatOf(file.name);
    if (format === null) throw new AppError({ code: 'IMPORT_NOT_AVAILABLE', file: file.name });
    if (format === 'xlsx') {
      const sheets = (await readWorkbook(file.bytes, file.name))
        .map((sheet) => tablePart(sheet, 'xlsx'))
        .filter((p): p is ReadPart => p !== null);
      if (sheets.length === 0) throw importError(file.name, 'unknown-table');
      parts.push(...sheets);
      continue;
    }
    const { text, encoding } = decodeText(file.bytes, file.name);
    if (format === 'gexf' || format === 'graphml') {
      const root = parseXml(text, file.name);
      const graph = format === 'gexf' ? readGexf(root, file.name) : readGraphml(root, file.name);
      parts.push({ kind: 'graph', name: file.name, graph, table: null, what: 'graph' });
    } else if (format === 'gml' || format === 'json') {
      const graph = format === 'gml' ? readGml(text, file.name) : readJsonGraph(text, file.name);
      parts.push({ kind: 'graph', name: file.name, graph, table: null, what: 'graph' });
    } else {
      const parsed = parseCsv(text, file.name, encoding);
      const table = file.columns ? applyColumns(parsed, file.columns) : parsed;
      const part = tablePart(table, 'csv');
      if (!part)
        throw importError(file.name, 'unknown-table', {
          line: 1,
          detail: table.headers.join(', '),
        });
      parts.push(part);
    }
  }
  return parts;
}
