import { normaliseHeader, type CsvTable } from './csv';
import { ownValue } from './fileRecord';

/**
 * The column-mapping step: for a table whose headers Influmap does not recognise, the user says
 * what each column holds, once; the choice is remembered for files with the same headers (the
 * header signature) and applied before the headers are read.
 */
export const COLUMN_TARGETS = [
  'id',
  'label',
  'kind',
  'role',
  'stance',
  'reach',
  'resonance',
  'community',
  'tags',
  'notes',
  'country',
  'source',
  'target',
  'type',
  'weight',
  'directed',
  'date',
  'author',
  'topic',
  'sentiment',
  'url',
] as const;
export type ColumnTarget = (typeof COLUMN_TARGETS)[number];
/** What a column holds: a canonical field, or '' to leave it out. */
export type ColumnChoice = ColumnTarget | '';
export const isColumnChoice = (value: unknown): value is ColumnChoice =>
  value === '' || (COLUMN_TARGETS as readonly unknown[]).includes(value);

/** Same headers, same signature: case, accents, spaces and order ignored. */
export const headerSignature = (headers: readonly string[]): string =>
  [...headers].map(normaliseHeader).sort().join('\u0001');

/**
 * Headers renamed as mapped; a column mapped to '' is left out (`keep` says which stay). Headers
 * without a mapping keep their name (custom fields).
 */
export function mapColumns(
  headers: readonly string[],
  columns: Readonly<Record<string, string>>,
): { headers: string[]; keep: boolean[] } {
  const keep = headers.map((h) => ownValue(columns, h) !== '');
  return { headers: headers.filter((_, i) => keep[i]).map((h) => ownValue(columns, h) ?? h), keep };
}

/** A row's values for the columns `keep` keeps. */
export const keptValues = (row: string[], keep: readonly boolean[]): string[] =>
  row.filter((_, i) => keep[i]);

/** The table with its columns renamed as mapped (see mapColumns). */
export function applyColumns(table: CsvTable, columns: Readonly<Record<string, string>>): CsvTable {
  const { headers, keep } = mapColumns(table.headers, columns);
  return { ...table, headers, rows: table.rows.map((row) => keptValues(row, keep)) };
}
