import { closeSync, copyFileSync, openSync, readSync, renameSync, rmSync } from 'node:fs';
import { AppError } from '../../shared/api/errors';
import { schemaVersion } from '../migrate';
import type { Migration } from '../migrations';
import { openSqlite } from '../sqlite';
import { APPLICATION_ID, HEADER_SIZE } from './mapFormat';
import {
  DB_HEADER,
  journalPathOf,
  pageSizeOf,
  readJournalState,
  type JournalState,
} from './rollbackJournal';
import { assertSchema } from './schemaCheck';
import { fileError } from './errors';
import { temporaryPath } from './temporaryFiles';

/** Why a hot journal was judged not to belong to the map beside it. */
export type JournalMismatch =
  'page size' | 'another file' | 'change counter' | 'replay damages the map';

function readDbHeader(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(HEADER_SIZE);
    readSync(fd, header, 0, HEADER_SIZE, 0);
    return header;
  } finally {
    closeSync(fd);
  }
}

/**
 * What the journal's own bytes say against the map's header: the same page size; and, when it
 * holds the original page 1 (every journal the app writes does, see journal.ts), the page of a
 * map whose change counter the map's is equal to or one past. A journal left by another copy of
 * the map, or by the map before a backup was restored over it, fails here most of the time.
 */
function headerMismatch(
  mapPath: string,
  hot: Extract<JournalState, { kind: 'hot' }>,
): JournalMismatch | null {
  const header = readDbHeader(mapPath);
  if (hot.header.pageSize !== pageSizeOf(header)) return 'page size';
  const page = hot.pageOne;
  if (!page) return null;
  if (page.readInt32BE(DB_HEADER.applicationId) !== APPLICATION_ID) return 'another file';
  const before = page.readUInt32BE(DB_HEADER.changeCounter);
  const now = header.readUInt32BE(DB_HEADER.changeCounter);
  return now === before || now === (before + 1) >>> 0 ? null : 'change counter';
}

/**
 * Replays the journal into a copy of the map, beside it, and checks the result as an opening
 * would (integrity and schema): a journal whose pages do not fit this map damages it.
 */
function replayDamages(mapPath: string, migrations: readonly Migration[]): boolean {
  const trial = temporaryPath(mapPath, 'journal-check');
  try {
    copyFileSync(mapPath, trial);
    copyFileSync(journalPathOf(mapPath), journalPathOf(trial));
    const db = openSqlite(trial, { fileMustExist: true });
    try {
      if (db.pragma('quick_check', { simple: true }) !== 'ok') return true;
      assertSchema(db, trial, schemaVersion(db), migrations);
      return false;
    } finally {
      db.close();
    }
  } catch (err) {
    // A replayed copy that is damaged or has another schema: the journal does not fit. Anything
    // else (a full disk, a read error) says nothing against the journal, which is left as it is,
    // the map unopened, with what went wrong.
    const known = fileError(err, mapPath);
    if (
      known instanceof AppError &&
      (known.data.code === 'CORRUPT_MAP' || known.data.code === 'SCHEMA_ALTERED')
    )
      return true;
    throw known;
  } finally {
    rmSync(trial, { force: true });
    rmSync(journalPathOf(trial), { force: true });
  }
}

/**
 * Why the hot journal beside a map does not belong to it, or null when it does (or when there is
 * no hot journal). The cheap header checks come first; the trial replay only when they pass.
 */
export function journalMismatch(
  mapPath: string,
  migrations: readonly Migration[],
): JournalMismatch | null {
  const state = readJournalState(mapPath);
  if (state.kind !== 'hot') return null;
  return (
    headerMismatch(mapPath, state) ??
    (replayDamages(mapPath, migrations) ? 'replay damages the map' : null)
  );
}

/**
 * Refuses to let SQLite replay a hot journal that does not belong to the map beside it. Called
 * only when no one holds the map (the read-only probe met a hot journal, not a lock). Throws
 * FOREIGN_JOURNAL naming the journal (the detail is only its path: the message around it is in
 * the user's language, the technical reason is journalMismatch's); the map and the journal are
 * left as they are.
 */
export function assertJournalBelongs(mapPath: string, migrations: readonly Migration[]): void {
  if (journalMismatch(mapPath, migrations))
    throw new AppError({ code: 'FOREIGN_JOURNAL', file: mapPath, detail: journalPathOf(mapPath) });
}

/**
 * Moves a journal out of SQLite's sight (`<map>-journal.set-aside-<time>`), where the user can
 * still look at or delete it; returns its new path.
 */
export function setJournalAside(mapPath: string): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const aside = `${journalPathOf(mapPath)}.set-aside-${stamp}`;
  renameSync(journalPathOf(mapPath), aside);
  return aside;
}
