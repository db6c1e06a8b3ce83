import { ACTOR_FIELDS, actorFields, customColumns, type ExportedMap } from './exportModel';

export type Cell = string | number | boolean | null;

/**
 * A text cell made safe for spreadsheets: one starting with `=`, `+`, `-`, `@`, a tab or a
 * carriage return would run as a formula in Excel or LibreOffice (CSV injection, OWASP), so it is
 * prefixed with an apostrophe. Numbers are written as numbers, never altered.
 */
export function neutralise(cell: Cell): Cell {
  return typeof cell === 'string' ? neutraliseText(cell) : cell;
}

const neutraliseText = (text: string): string => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

/** The canonical node and edge tables (DESIGN.md §5), with the custom fields as extra columns. */
export function exportTables(map: ExportedMap): {
  nodes: { headers: string[]; rows: Cell[][] };
  edges: { headers: string[]; rows: Cell[][] };
} {
  const custom = customColumns(map.actors);
  // A custom field's name comes from a file or a colleague's map: a header is a cell too.
  const nodeHeaders = ['id', 'label', ...ACTOR_FIELDS, 'x', 'y', ...custom.map(neutraliseText)];
  const nodes = map.actors.map((a): Cell[] =>
    [
      a.key,
      a.name,
      ...actorFields(a).map(([, value]) => value),
      a.x,
      a.y,
      ...custom.map((name) => {
        const v = a.custom[name];
        return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : null;
      }),
    ].map(neutralise),
  );
  const edges = map.relations.map((r): Cell[] =>
    [r.source, r.target, r.type, r.weight, r.directed, r.evidence, r.observedOn].map(neutralise),
  );
  return {
    nodes: { headers: nodeHeaders, rows: nodes },
    edges: {
      headers: ['source', 'target', 'type', 'weight', 'directed', 'evidence', 'observedOn'],
      rows: edges,
    },
  };
}

/** RFC 4180 CSV, UTF-8 with a BOM (so that Excel reads the accents), CRLF line ends. */
export function writeCsv(table: { headers: string[]; rows: Cell[][] }): string {
  const field = (cell: Cell) => {
    if (cell === null) return '';
    const text = String(cell);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [
    table.headers.map(field).join(','),
    ...table.rows.map((r) => r.map(field).join(',')),
  ];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/** Our JSON: graphology's serialisation, readable by Gephi Lite and graphology, tagged as ours. */
export function writeJson(map: ExportedMap): string {
  return JSON.stringify(
    {
      format: 'influmap',
      version: 1,
      attributes: { name: map.name },
      options: { type: 'mixed', multi: true, allowSelfLoops: true },
      nodes: map.actors.map((a) => ({
        key: a.key,
        attributes: {
          label: a.name,
          kind: a.kind,
          role: a.role,
          stance: a.stance,
          offline_stance: a.offlineStance,
          reach: a.reach,
          resonance: a.resonance,
          country: a.country,
          tags: a.tags,
          notes: a.notes,
          community: a.communities,
          ...(a.x !== null && a.y !== null ? { x: a.x, y: a.y } : {}),
          ...Object.fromEntries(
            Object.entries(a.custom).filter(([k]) => !['x', 'y', 'label'].includes(k)),
          ),
        },
      })),
      edges: map.relations.map((r) => ({
        source: r.source,
        target: r.target,
        ...(r.directed ? {} : { undirected: true }),
        attributes: {
          type: r.type,
          weight: r.weight,
          evidence: r.evidence,
          observedOn: r.observedOn,
        },
      })),
    },
    null,
    1,
  );
}
