import { JOURNALED_MAP_TABLES, type MapTable } from '../../shared/domain/mapTables';
import { initialSchema } from './0001_initial_schema';
import { analysisResults } from './0002_analysis_results';
import { stories } from './0003_stories';

/** A schema step. `sql` must not open or close transactions: the runner owns them. */
export type Migration = { version: number; name: string; sql: string };

/** Append-only: never edit or reorder a shipped entry (tests/db/migrations.test.ts pins hashes). */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial_schema', sql: initialSchema },
  { version: 2, name: 'analysis_results', sql: analysisResults },
  { version: 3, name: 'stories', sql: stories },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Tables whose changes the journal records for undo/redo and history: every domain table, not the
 * journal's own. A new table must be added here, or its edits could not be undone.
 */
export const JOURNALED_TABLES = JOURNALED_MAP_TABLES;
export type JournaledTable = (typeof JOURNALED_TABLES)[number];

/** Tables of derived data (recomputed, never edited by the user): not journaled, not undone. */
export const DERIVED_TABLES = ['analysis_results'] as const satisfies readonly MapTable[];
