import type { XmlElement } from '../../shared/io/xml';
import { closeSteps } from '../../shared/util/steps';
import { decimalMarkOf } from '../../shared/io/csv';
import { keptValues } from '../../shared/io/columnMapping';
import { edgeRowReader, nodeRowReader } from '../../shared/io/nodeEdgeTables';
import type { Journal } from '../journal/journal';
import type { SqliteDatabase } from '../sqlite';
import { createGraphWriter, GRAPH_TABLES, type GraphWriter } from './graphWriter';
import type { ImportSummary } from './importSummary';
import { tableWriter } from './journeyTableWriter';
import { writeMentions } from './mentionWriter';
import { graphPass, xmlPass } from '../../shared/io/xmlGraph';
import type { ImportPart, StreamedGraph, StreamedTable } from './readImportFiles';

/** Where an import is: what it is writing, and how much of the files it has read. */
export type ImportProgress = {
  phase: 'actors' | 'relations' | 'mentions' | 'journeys' | 'finishing';
  file: string | null;
  bytesDone: number;
  bytesTotal: number;
  rows: number;
};

/** Journey tables are written after the graphs (placements and trails name actors by key). */
const ORDER = { stages: 0, placements: 1, trails: 2 } as const;
/** Nodes or edges written between two reports of progress, from files read whole. */
const REPORT_EVERY = 5000;

/**
 * The writing of an import, as steps: each `yield` is a moment where the caller may report
 * progress, let other work run, or stop (it then rolls the transaction back). Run inside one
 * transaction (importFiles.ts runs it at once, importJob.ts across turns of the event loop).
 * Nodes of every file come before any edge, graphs before mentions and journey tables.
 */
export function* importSteps(
  db: SqliteDatabase,
  journal: Journal,
  parts: readonly ImportPart[],
  summary: ImportSummary,
): Generator<ImportProgress, void, void> {
  // Streamed files are read while written: tables once, graphs twice (nodes, then edges).
  const bytesTotal = parts.reduce(
    (n, p) => n + (p.kind === 'stream' ? p.size : p.kind === 'xml' ? 2 * p.source.size : 0),
    0,
  );
  const progress: ImportProgress = {
    phase: 'actors',
    file: null,
    bytesDone: 0,
    bytesTotal,
    rows: 0,
  };
  const now = new Date().toISOString();
  if (parts.some((p) => p.kind === 'graph' || p.kind === 'stream' || p.kind === 'xml')) {
    const bulk = journal.beginBulk(GRAPH_TABLES);
    const writer = createGraphWriter(db, summary, now);
    // The nodes of every file, then their edges, each time in the order the files were given.
    const write = (part: ImportPart, what: 'nodes' | 'edges') => {
      if (part.kind === 'graph') {
        const { graph, name } = part;
        return what === 'nodes'
          ? writeEach(graph.nodes, (node) => writer.node(node, name), name, progress)
          : writeEach(graph.edges, (edge) => writer.edge(edge, name), name, progress);
      }
      if (part.kind === 'stream' && part.what === what)
        return streamTable(part, writer, summary, progress);
      if (part.kind === 'xml')
        return streamGraph(part, what === 'nodes' ? 'node' : 'edge', writer, summary, progress);
      return [];
    };
    progress.phase = 'actors';
    for (const part of parts) yield* write(part, 'nodes');
    writer.endNodes();
    progress.phase = 'relations';
    for (const part of parts) yield* write(part, 'edges');
    progress.phase = 'finishing';
    progress.file = null;
    yield progress;
    writer.finish();
    bulk.end();
  }
  progress.phase = 'mentions';
  for (const part of parts)
    if (part.kind === 'mentions') writeMentions(db, part.rows, summary.mentions);
  progress.phase = 'journeys';
  const journeys = parts
    .flatMap((p) => (p.kind === 'journey' ? [p] : []))
    .sort((a, b) => ORDER[a.parsed.kind] - ORDER[b.parsed.kind]);
  const writer = tableWriter(db);
  for (const { table, parsed } of journeys) {
    if (parsed.kind === 'stages') writer.stages(table.fileName, parsed.rows, summary.stages);
    else if (parsed.kind === 'placements')
      writer.placements(table.fileName, parsed.rows, summary.placements);
    else writer.trails(table.fileName, parsed.rows, summary.trails);
  }
}

/** One pass over a GEXF or GraphML file, writing its nodes or its edges as they close. */
function* streamGraph(
  xml: StreamedGraph,
  kind: 'node' | 'edge',
  writer: GraphWriter,
  summary: ImportSummary,
  progress: ImportProgress,
): Generator<ImportProgress, void, void> {
  const entry = summary.files.find((f) => f.name === xml.name);
  progress.file = xml.name;
  const take = (element: XmlElement, ancestors: readonly XmlElement[]) => {
    if (kind === 'node') {
      writer.node(xml.items.node(element, ancestors), xml.name);
      if (entry) entry.nodes += 1;
    } else {
      writer.edge(xml.items.edge(element, ancestors), xml.name);
      if (entry) entry.edges += 1;
    }
    progress.rows += 1;
  };
  const pass = xmlPass(xml.source, xml.encoding, graphPass(kind, take));
  const start = progress.bytesDone;
  try {
    for (let step = pass.next(); !step.done; step = pass.next()) {
      progress.bytesDone = start + step.value;
      yield progress;
    }
  } finally {
    closeSteps(pass);
  }
}

/** Writes the nodes or edges of a graph read whole, reporting every few thousand. */
function* writeEach<T>(
  items: readonly T[],
  write: (item: T) => void,
  file: string,
  progress: ImportProgress,
): Generator<ImportProgress, void, void> {
  progress.file = file;
  for (const item of items) {
    write(item);
    progress.rows += 1;
    if (progress.rows % REPORT_EVERY === 0) yield progress;
  }
}

/** Reads a node or edge list (CSV or XLSX) piece by piece, writing each row as it comes. */
function* streamTable(
  table: StreamedTable,
  writer: GraphWriter,
  summary: ImportSummary,
  progress: ImportProgress,
): Generator<ImportProgress, void, void> {
  const entry = summary.files.find((f) => f.name === table.name);
  progress.file = table.name;
  const { name, headers, keep } = table;
  const onRow =
    table.what === 'nodes'
      ? (() => {
          const read = nodeRowReader(headers, name);
          return (row: string[], line: number) => {
            const node = read(keep ? keptValues(row, keep) : row, line);
            if (node === null) return;
            writer.node(node, name);
            if (entry) entry.nodes += 1;
          };
        })()
      : (() => {
          const read = edgeRowReader(headers, name);
          return (row: string[], line: number) => {
            const edge = read(keep ? keptValues(row, keep) : row, line);
            if (edge === null) return;
            writer.edge(edge, name);
            if (entry) entry.edges += 1;
          };
        })();
  // The first rows tell the decimal mark (the rows themselves are let go as they are written).
  const sample: string[][] = [];
  const rows = table.rows((row, line) => {
    if (sample.length < 1000) sample.push(row);
    onRow(row, line);
    progress.rows += 1;
    if (entry) entry.rows += 1;
  });
  const start = progress.bytesDone;
  let step = rows.next();
  try {
    for (; !step.done; step = rows.next()) {
      progress.bytesDone = start + step.value;
      yield progress;
    }
  } finally {
    closeSteps(rows);
  }
  progress.bytesDone = start + table.size;
  if (entry) {
    entry.delimiter = step.value.delimiter;
    entry.lineEnding = step.value.lineEnding;
    entry.decimalMark = decimalMarkOf(sample);
  }
}
