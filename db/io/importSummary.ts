import type { GraphCounts } from './graphWriter';
import { decimalMarkOf } from '../../shared/io/csv';
import { emptyGraphCounts } from './graphWriter';
import type { ImportCounts } from './journeyTableWriter';
import type { MentionCounts } from './mentionWriter';
import type { ImportPart } from './readImportFiles';

/** What an import did, or (previewed) would do: per file, and counts per kind of row. */
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
    decimalMark: string | null;
  }>;
  stages: ImportCounts;
  placements: ImportCounts;
  trails: ImportCounts;
  mentions: MentionCounts;
} & GraphCounts;

const zero = (): ImportCounts => ({ created: 0, updated: 0, unchanged: 0 });

/** The summary before anything is written: files as read (streamed tables count as they go). */
export function startSummary(parts: readonly ImportPart[]): ImportSummary {
  return {
    files: parts.map((p) => {
      if (p.kind === 'xml')
        return {
          name: p.name,
          kind: 'graph',
          rows: 0,
          nodes: 0,
          edges: 0,
          encoding: null,
          delimiter: null,
          lineEnding: null,
          decimalMark: null,
        };
      if (p.kind === 'stream')
        return {
          name: p.name,
          kind: p.what,
          rows: 0,
          nodes: 0,
          edges: 0,
          encoding: p.encoding,
          delimiter: null,
          lineEnding: null,
          decimalMark: null,
        };
      const table = p.table;
      return {
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
        encoding: table?.encoding ?? null,
        delimiter: table ? (table.delimiter === '\t' ? 'tab' : table.delimiter) : null,
        lineEnding: table?.lineEnding ?? null,
        decimalMark:
          p.kind === 'graph' ? (p.table?.decimalMark ?? null) : decimalMarkOf(p.table.rows),
      };
    }),
    stages: zero(),
    placements: zero(),
    trails: zero(),
    mentions: { ...zero(), unmatched: 0, topics: 0 },
    ...emptyGraphCounts(),
  };
}
