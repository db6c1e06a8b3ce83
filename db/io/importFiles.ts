import type { MapHandle } from '../file/openMap';
import { emptyGraphCounts, writeGraphs, type GraphCounts } from './importGraph';
import { tableWriter, type ImportCounts } from './journeyTableWriter';
import { writeMentions, type MentionCounts } from './mentionWriter';
import { readImportFiles, type ImportFile } from './readImportFiles';

export type { ImportFile } from './readImportFiles';

export type ImportSummary = {
  files: Array<{
    name: string;
    kind: 'stages' | 'placements' | 'trails' | 'nodes' | 'edges' | 'graph' | 'mentions';
    rows: number;
    nodes: number;
    edges: number;
    encoding: string | null;
    delimiter: string | null;
    lineEnding: string | null;
  }>;
  stages: ImportCounts;
  placements: ImportCounts;
  trails: ImportCounts;
  mentions: MentionCounts;
} & GraphCounts;

const zero = (): ImportCounts => ({ created: 0, updated: 0, unchanged: 0 });

/** Journey tables are written after the graphs (placements and trails name actors by key). */
const ORDER = { stages: 0, placements: 1, trails: 2 } as const;

/**
 * Imports files into the open map as one journal entry: all or nothing, undoable. Actors are
 * matched by key, journeys and stages by name, so importing the same files again updates
 * instead of duplicating. With `preview`, the same work runs and is rolled back: the counts say
 * what would change, the notes what would be adjusted.
 */
export async function importFiles(
  handle: MapHandle,
  files: readonly ImportFile[],
  options: { preview: boolean },
): Promise<ImportSummary> {
  const parts = await readImportFiles(files);
  const graphs = parts.flatMap((p) => (p.kind === 'graph' ? [p] : []));
  const journeys = parts
    .flatMap((p) => (p.kind === 'journey' ? [p] : []))
    .sort((a, b) => ORDER[a.parsed.kind] - ORDER[b.parsed.kind]);
  const summary: ImportSummary = {
    files: parts.map((p) => ({
      name: p.name,
      kind: p.kind === 'journey' ? p.parsed.kind : p.kind === 'mentions' ? 'mentions' : p.what,
      rows:
        p.kind === 'journey'
          ? p.parsed.rows.length
          : p.kind === 'mentions'
            ? p.rows.length
            : (p.table?.rowCount ?? 0),
      nodes: p.kind === 'graph' ? p.graph.nodes.length : 0,
      edges: p.kind === 'graph' ? p.graph.edges.length : 0,
      encoding: p.table?.encoding ?? null,
      delimiter: p.table ? (p.table.delimiter === '\t' ? 'tab' : p.table.delimiter) : null,
      lineEnding: p.table?.lineEnding ?? null,
    })),
    stages: zero(),
    placements: zero(),
    trails: zero(),
    mentions: { ...zero(), unmatched: 0, topics: 0 },
    ...emptyGraphCounts(),
  };
  const apply = () => {
    if (graphs.length > 0)
      writeGraphs(
        handle.db,
        graphs.map((g) => ({ graph: g.graph, fileName: g.name })),
        summary,
        (table, insert) => handle.journal.bulkInsert(table, insert),
      );
    for (const part of parts)
      if (part.kind === 'mentions') writeMentions(handle.db, part.rows, summary.mentions);
    const writer = tableWriter(handle.db);
    for (const { table, parsed } of journeys) {
      if (parsed.kind === 'stages') writer.stages(table.fileName, parsed.rows, summary.stages);
      else if (parsed.kind === 'placements')
        writer.placements(table.fileName, parsed.rows, summary.placements);
      else writer.trails(table.fileName, parsed.rows, summary.trails);
    }
  };
  if (!options.preview) {
    // Reading was asynchronous (XLSX); writing is one synchronous transaction and journal entry.
    handle.journal.record('import:apply', apply);
    return summary;
  }
  const rollback = new Error('preview');
  try {
    handle.db.transaction(() => {
      apply();
      throw rollback;
    })();
  } catch (err) {
    if (err !== rollback) throw err;
  }
  return summary;
}
