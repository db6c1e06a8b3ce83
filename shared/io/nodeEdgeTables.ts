import { importError, normaliseHeader, parseBoolean, parseNumber, type CsvTable } from './csv';
import type { AttributeValue, ImportedEdge, ImportedNode } from './graphModel';
import { isUnsafeInteger } from './importNumbers';
import { fileRecord } from './fileRecord';

/**
 * Node and edge lists as spreadsheets hold them (DESIGN.md §5): canonical columns (`id`,
 * `label`/`name`, `kind`, `role`, `stance`, `reach`, `resonance`/`engagement`, `community`,
 * `tags`, `notes`; `source`, `target`, `type`, `weight`, `directed`), and the headers of Kumu
 * (`Label`, `From`/`To`), Gephi (`Id`/`Label`, `Source`/`Target`/`Type`/`Weight`, where `Type`
 * is the direction) and NodeXL (`Vertex`, `Vertex 1`/`Vertex 2`). Other columns are kept as the
 * actors' custom fields. Case, accents and spaces in headers are ignored.
 */
export type TableKind = 'nodes' | 'edges';

const EDGE_PAIRS: ReadonlyArray<[string, string]> = [
  ['source', 'target'],
  ['from', 'to'],
  ['vertex_1', 'vertex_2'],
  ['source_id', 'target_id'],
];
const NODE_KEYS = ['id', 'key', 'vertex', 'label', 'name', 'nom'];

export function nodeEdgeTableKind(headers: readonly string[]): TableKind | null {
  const names = new Set(headers.map(normaliseHeader));
  if (EDGE_PAIRS.some(([a, b]) => names.has(a) && names.has(b))) return 'edges';
  if (NODE_KEYS.some((k) => names.has(k))) return 'nodes';
  return null;
}

/**
 * Values that hold numbers as numbers, `true`/`false` as booleans, the rest as text — numbers a
 * double cannot hold as written (an id of 19 digits, 400 digits) included: rounded, they would
 * be another number.
 */
function loose(raw: string): AttributeValue {
  const n = parseNumber(raw);
  if (n !== null && Number.isFinite(n) && !isUnsafeInteger(n) && /^[\s\d.,+-]+$/.test(raw))
    return n;
  const lower = raw.trim().toLowerCase();
  if (lower === 'true' || lower === 'false') return lower === 'true';
  return raw;
}

/** Reads one row of a node list as a node (null for a blank row); see nodeRowReader. */
export type RowReader<T> = (row: string[], line: number) => T | null;

/** The reader of a node list's rows, from its header: one row at a time, so files can stream. */
export function nodeRowReader(
  headers: readonly string[],
  fileName: string,
): RowReader<ImportedNode> {
  const names = headers.map(normaliseHeader);
  const find = (...candidates: string[]) => {
    for (const c of candidates) {
      const i = names.indexOf(c);
      if (i !== -1) return i;
    }
    return -1;
  };
  const idColumn = find('id', 'key', 'vertex');
  const labelColumn = find('label', 'name', 'nom');
  return (row, line) => {
    const id = idColumn === -1 ? '' : (row[idColumn] ?? '').trim();
    const label = labelColumn === -1 ? '' : (row[labelColumn] ?? '').trim();
    const key = id || label;
    // A blank line in a spreadsheet export (Gephi's own files have them) is skipped.
    if (row.every((v) => v.trim() === '')) return null;
    if (!key)
      throw importError(fileName, 'required', {
        line,
        field: headers[idColumn === -1 ? labelColumn : idColumn] ?? 'id',
      });
    const attributes = fileRecord<AttributeValue>();
    row.forEach((value, i) => {
      if (i === idColumn || i === labelColumn) return;
      const text = value.trim();
      if (text === '') return;
      attributes[headers[i] ?? `column ${i + 1}`] = loose(text);
    });
    const node: ImportedNode = { key, label: label || null, attributes, line };
    // Positions (x, y columns, as Influmap and Gephi write them) go to the view.
    if (typeof attributes.x === 'number' && typeof attributes.y === 'number') {
      node.x = attributes.x;
      node.y = attributes.y;
      delete attributes.x;
      delete attributes.y;
    }
    return node;
  };
}

/** The reader of an edge list's rows, from its header. */
export function edgeRowReader(
  headers: readonly string[],
  fileName: string,
): RowReader<ImportedEdge> {
  const names = headers.map(normaliseHeader);
  const pair = EDGE_PAIRS.find(([a, b]) => names.includes(a) && names.includes(b)) ?? EDGE_PAIRS[0];
  const sourceColumn = names.indexOf((pair as [string, string])[0]);
  const targetColumn = names.indexOf((pair as [string, string])[1]);
  const typeColumn = names.indexOf('type');
  const relationColumn = names.findIndex((n) =>
    ['relation', 'relation_type', 'connection_type', 'kind'].includes(n),
  );
  const weightColumn = names.findIndex((n) => ['weight', 'strength', 'value'].includes(n));
  const directedColumn = names.indexOf('directed');
  const directionColumn = names.indexOf('direction');
  const skip = new Set([
    sourceColumn,
    targetColumn,
    typeColumn,
    relationColumn,
    weightColumn,
    directedColumn,
    directionColumn,
  ]);
  // Columns other than those: kept as attributes (the writer says which it could not keep).
  const others = headers.flatMap((_, i) => (skip.has(i) ? [] : [i]));
  return (row, line) => {
    const source = (row[sourceColumn] ?? '').trim();
    const target = (row[targetColumn] ?? '').trim();
    if (!source || !target) {
      if (row.every((v) => v.trim() === '')) return null;
      throw importError(fileName, 'required', {
        line,
        field: headers[source ? targetColumn : sourceColumn] ?? 'source',
      });
    }
    // Gephi's `Type` column holds the direction; a canonical `type` holds the relation's type.
    const typeText = typeColumn === -1 ? '' : (row[typeColumn] ?? '').trim();
    const typeIsDirection = /^(directed|undirected|mutual)$/i.test(typeText);
    let directed = true;
    if (typeIsDirection) directed = typeText.toLowerCase() === 'directed';
    if (directedColumn !== -1) {
      const flag = parseBoolean(row[directedColumn] ?? '');
      if (flag === undefined)
        throw importError(fileName, 'not-a-boolean', {
          line,
          field: headers[directedColumn],
          detail: row[directedColumn],
        });
      if (flag !== null) directed = flag;
    }
    if (
      directionColumn !== -1 &&
      /^(undirected|mutual)$/i.test((row[directionColumn] ?? '').trim())
    )
      directed = false;
    let weight: number | null = null;
    if (weightColumn !== -1) {
      const raw = row[weightColumn] ?? '';
      const n = parseNumber(raw);
      if (Number.isNaN(n))
        throw importError(fileName, 'not-a-number', {
          line,
          field: headers[weightColumn],
          detail: raw,
        });
      weight = n;
    }
    const relation = relationColumn === -1 ? '' : (row[relationColumn] ?? '').trim();
    const attributes = fileRecord<AttributeValue>();
    for (const i of others) {
      const value = (row[i] ?? '').trim();
      if (value !== '') attributes[headers[i] ?? `column ${i + 1}`] = loose(value);
    }
    return {
      source,
      target,
      directed,
      weight,
      type: relation || (typeIsDirection ? null : typeText || null),
      attributes,
      observedOn: null,
      line,
    };
  };
}

const readRows = <T>(table: CsvTable, read: RowReader<T>): T[] =>
  table.rows.flatMap((row, k) => {
    const item = read(row, table.lines[k] ?? 0);
    return item === null ? [] : [item];
  });

export const readNodeTable = (table: CsvTable): ImportedNode[] =>
  readRows(table, nodeRowReader(table.headers, table.fileName));

export const readEdgeTable = (table: CsvTable): ImportedEdge[] =>
  readRows(table, edgeRowReader(table.headers, table.fileName));
