import { memorySource, type ByteSource } from '../../shared/io/byteSource';
import type { MapHandle } from '../file/openMap';
import type { SqliteDatabase } from '../sqlite';
import { importSteps, type ImportProgress } from './importRun';
import { startSummary, type ImportSummary } from './importSummary';
import { readImportFiles } from './readImportFiles';

export type { ImportSummary } from './importSummary';

/** A file sent whole (the window's small files, the tests). */
export type ImportFile = {
  name: string;
  bytes: Uint8Array;
  /** The user's column mapping for a table Influmap did not recognise (columnMapping.ts). */
  columns?: Readonly<Record<string, string>>;
};

const sourceOf = (file: ImportFile): ByteSource =>
  memorySource(file.name, file.bytes, file.columns);

/**
 * Turns SQLite's foreign-key checks off for an import (they cost half of a big import's time) and
 * returns what turns them back on, to call before anything else runs. An import looks up every
 * reference it writes (graphWriter.ts, journeyTableWriter.ts, mentionWriter.ts), so the checks
 * would find nothing. The pragma is a no-op inside a transaction: this must come before it.
 */
export function foreignKeyChecksOff(db: SqliteDatabase): () => void {
  db.pragma('foreign_keys = OFF');
  return () => {
    if (db.open) db.pragma('foreign_keys = ON');
  };
}

/**
 * Imports files into the open map as one journal entry: all or nothing, undoable. Actors are
 * matched by key, journeys and stages by name, so importing the same files again updates
 * instead of duplicating. With `preview`, the same work runs and is rolled back: the counts say
 * what would change, the notes what would be adjusted. This runs in one go; importJob.ts runs
 * the same steps with progress and cancel.
 */
export async function importSources(
  handle: MapHandle,
  sources: readonly ByteSource[],
  options: { preview: boolean; onProgress?: (progress: ImportProgress) => void },
): Promise<ImportSummary> {
  const parts = await readImportFiles(sources);
  const summary = startSummary(parts);
  const run = () => {
    for (const progress of importSteps(handle.db, handle.journal, parts, summary))
      options.onProgress?.(progress);
  };
  const restoreChecks = foreignKeyChecksOff(handle.db);
  try {
    // Reading was asynchronous (XLSX); writing is one synchronous transaction and journal entry.
    if (!options.preview) handle.journal.record('import:apply', run);
    else rolledBack(handle.db, run);
  } finally {
    restoreChecks();
  }
  return summary;
}

export const importFiles = (
  handle: MapHandle,
  files: readonly ImportFile[],
  options: { preview: boolean },
): Promise<ImportSummary> => importSources(handle, files.map(sourceOf), options);

/** Runs `work` in a transaction that is always rolled back (a preview). */
function rolledBack(db: SqliteDatabase, work: () => void): void {
  const rollback = new Error('preview');
  try {
    db.transaction(() => {
      work();
      throw rollback;
    })();
  } catch (err) {
    if (err !== rollback) throw err;
  }
}
