import { copyFileSync, constants, existsSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../shared/api/errors';
import { createJournal, type Journal } from '../journal/journal';
import { migrate, schemaVersion } from '../migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from '../migrations';
import { openSqlite, type SqliteDatabase } from '../sqlite';
import { fileError } from './errors';
import { APPLICATION_ID } from './mapFormat';
import { probeMapFile } from './probe';
import { assertSchema } from './schemaCheck';
import { assertJournalBelongs, setJournalAside } from './journalCheck';
import { journalPathOf } from './rollbackJournal';
import { randomiseChangeCounter } from './changeCounter';
import { removeOrphanedTemporaries, temporaryPath } from './temporaryFiles';

/** An open map: one exclusive, writable connection and its change journal. */
export type MapHandle = {
  readonly path: string;
  readonly db: SqliteDatabase;
  readonly journal: Journal;
  /** Where the file was copied before a migration, if one ran when opening. */
  readonly backupPath: string | null;
  /**
   * Where a journal that did not belong to the map was moved (at the user's word, or because a
   * new map was made where an old one's journal was left), for the user to be told.
   */
  readonly journalSetAside: string | null;
  close(): void;
};

export type OpenMapOptions = {
  /** The migration list; tests pass their own to exercise failures. */
  migrations?: readonly Migration[];
  /**
   * A journal that does not belong to the map (FOREIGN_JOURNAL) is moved aside and the map opened
   * as it is, instead of being refused: the user's answer to that refusal.
   */
  setAsideForeignJournal?: boolean;
  /** Called with every SQL statement the map's connection runs (tests check what reads read). */
  traceSql?: (sql: string) => void;
};

/**
 * The connection settings every map runs with (RELIABILITY.md G2, G6):
 * - rollback journal + synchronous=FULL, so the `.influmap` file alone holds every committed
 *   change (no `-wal` to forget when the file is copied or e-mailed);
 * - exclusive locking, taken at once by an empty EXCLUSIVE transaction, so a second window or
 *   process is refused at open time, not at its first save;
 * - foreign keys on, untrusted schema code off, deleted content overwritten (erasure leaves no
 *   trace in free pages);
 * - a 64 MB page cache.
 * First, while the connection is not yet exclusive, the journal mode goes from PERSIST to DELETE:
 * SQLite then replays a hot journal (one that journalCheck.ts vouched for) and deletes whatever
 * journal is left, itself, under its own lock. In exclusive mode SQLite keeps the journal between
 * transactions with its header zeroed, and one left by a killed app still holds the pages it
 * saved (a deleted person's row among them) through every later open.
 */
function applyConnectionSettings(db: SqliteDatabase): void {
  db.pragma('journal_mode = PERSIST');
  db.pragma('journal_mode = DELETE');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('trusted_schema = OFF');
  db.pragma('secure_delete = ON');
  db.pragma('locking_mode = EXCLUSIVE');
  // 64 MB of page cache (SQLite's default is 2 MB): a big import or undo then writes its pages
  // once at commit instead of spilling them, and journaling them, as the cache overflows.
  db.pragma('cache_size = -65536');
  // Sorting for an index build (a big import) may use a second core.
  db.pragma('threads = 2');
  db.exec('BEGIN EXCLUSIVE; COMMIT;');
  const journalMode = db.pragma('journal_mode', { simple: true });
  const synchronous = db.pragma('synchronous', { simple: true });
  if (journalMode !== 'delete' || synchronous !== 2) {
    throw new Error(
      `unsafe connection settings: journal_mode=${String(journalMode)} synchronous=${String(synchronous)}`,
    );
  }
}

function backupBeforeMigration(path: string, fromVersion: number): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const backupPath = `${path}.v${fromVersion}-${stamp}.bak`;
  copyFileSync(path, backupPath, constants.COPYFILE_EXCL);
  return backupPath;
}

function handleFor(
  path: string,
  db: SqliteDatabase,
  backupPath: string | null,
  journalSetAside: string | null,
): MapHandle {
  return {
    path,
    db,
    journal: createJournal(db),
    backupPath,
    journalSetAside,
    close: () => db.close(),
  };
}

/**
 * A hot journal is replayed only if it belongs to the map (journalCheck.ts); one that does not is
 * refused, or moved aside when the user said so. Returns where it went, if it was moved.
 */
function settleHotJournal(
  path: string,
  migrations: readonly Migration[],
  setAside: boolean,
): string | null {
  try {
    assertJournalBelongs(path, migrations);
    return null;
  } catch (err) {
    if (setAside && err instanceof AppError && err.data.code === 'FOREIGN_JOURNAL')
      return setJournalAside(path);
    throw err;
  }
}

/**
 * Opens an existing map after the read-only probe has vouched for it (probe.ts), takes the
 * exclusive lock, and migrates it to the current schema with a backup first. A file that fails
 * any check is never written to.
 */
export function openMap(path: string, options: OpenMapOptions = {}): MapHandle {
  const migrations = options.migrations ?? MIGRATIONS;
  const probe = probeMapFile(path, migrations);
  let db: SqliteDatabase | undefined;
  try {
    // Not checked: the probe met a hot journal and no lock (a crash, or a journal not its own).
    const journalSetAside = probe.checked
      ? null
      : settleHotJournal(path, migrations, options.setAsideForeignJournal === true);
    db = openSqlite(path, {
      fileMustExist: true,
      timeout: 250,
      ...(options.traceSql ? { verbose: options.traceSql as (message?: unknown) => void } : {}),
    });
    applyConnectionSettings(db);
    const version = schemaVersion(db);
    if (!probe.checked) {
      const result = db.pragma('quick_check', { simple: true });
      if (result !== 'ok')
        throw new AppError({ code: 'CORRUPT_MAP', file: path, detail: String(result) });
      assertSchema(db, path, version, migrations);
    }
    let backupPath: string | null = null;
    if (version < migrations.length) {
      backupPath = backupBeforeMigration(path, version);
      try {
        migrate(db, migrations);
      } catch (err) {
        throw new AppError({
          code: 'MIGRATION_FAILED',
          file: path,
          detail: `${err instanceof Error ? err.message : String(err)}; backup: ${backupPath}`,
        });
      }
    }
    // Holding the map now: what killed processes left beside it (a half-written export, a map
    // half made, a trial replay) can go.
    removeOrphanedTemporaries(dirname(path));
    return handleFor(path, db, backupPath, journalSetAside);
  } catch (err) {
    db?.close();
    throw fileError(err, path);
  }
}

/**
 * Creates a new map at `path` (refusing to overwrite anything) and opens it. The file is built
 * under a temporary name and renamed into place, so a crash never leaves a half-made map;
 * `seed` runs inside that build, unjournaled (a new map starts with an empty history).
 */
export function createMap(
  path: string,
  seed: (db: SqliteDatabase) => void,
  options: OpenMapOptions = {},
): MapHandle {
  if (existsSync(path)) throw new AppError({ code: 'FILE_EXISTS', file: path });
  // A journal without its map (the map was deleted, moved or renamed after a crash) would be
  // replayed into the new one: it is moved aside, and the user told.
  const journalSetAside = existsSync(journalPathOf(path)) ? setJournalAside(path) : null;
  const temporary = temporaryPath(path, 'create');
  try {
    const db = openSqlite(temporary);
    try {
      db.pragma(`application_id = ${APPLICATION_ID}`);
      randomiseChangeCounter(db);
      applyConnectionSettings(db);
      migrate(db, options.migrations ?? MIGRATIONS);
      db.transaction(() => seed(db))();
    } finally {
      db.close();
    }
    if (existsSync(path)) throw new AppError({ code: 'FILE_EXISTS', file: path });
    renameSync(temporary, path);
  } catch (err) {
    rmSync(temporary, { force: true });
    rmSync(`${temporary}-journal`, { force: true });
    throw fileError(err, path);
  }
  const handle = openMap(path, options);
  return { ...handle, journalSetAside };
}

export { LATEST_SCHEMA_VERSION };
