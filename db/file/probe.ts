import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { AppError } from '../../shared/api/errors';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from '../migrations';
import { openSqlite, sqliteCode } from '../sqlite';
import { APPLICATION_ID, HEADER_OFFSETS, HEADER_SIZE, SQLITE_MAGIC } from './mapFormat';
import { fileError } from './errors';
import { assertSchema } from './schemaCheck';

/** `checked` is false when the integrity check must wait for a writable connection (hot journal). */
export type ProbeResult = { schemaVersion: number; checked: boolean };

function readHeader(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(HEADER_SIZE);
    const read = readSync(fd, header, 0, HEADER_SIZE, 0);
    return header.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/**
 * Checks that `path` is a map this version can open, without writing anything: the header bytes
 * are read with plain file I/O first (so a CSV, a PNG or another app's database is refused before
 * SQLite ever touches it), then a read-only connection runs `quick_check` and compares the schema
 * with the one the file's version has (schemaCheck.ts).
 * Throws an AppError whose code tells the cases apart: FILE_NOT_FOUND, EMPTY_FILE, NOT_A_MAP,
 * NEWER_VERSION, CORRUPT_MAP, SCHEMA_ALTERED (and MAP_LOCKED when another process holds it).
 */
export function probeMapFile(
  path: string,
  migrations: readonly Migration[] = MIGRATIONS,
): ProbeResult {
  let size: number;
  let header: Buffer;
  try {
    const stat = statSync(path);
    if (!stat.isFile())
      throw new AppError({ code: 'NOT_A_MAP', file: path, detail: 'not a regular file' });
    size = stat.size;
    header = size === 0 ? Buffer.alloc(0) : readHeader(path);
  } catch (err) {
    throw fileError(err, path);
  }
  if (size === 0) throw new AppError({ code: 'EMPTY_FILE', file: path });
  if (
    header.length < HEADER_SIZE ||
    !header.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)
  ) {
    throw new AppError({ code: 'NOT_A_MAP', file: path, detail: 'not a SQLite database' });
  }
  const applicationId = header.readInt32BE(HEADER_OFFSETS.applicationId);
  if (applicationId !== APPLICATION_ID) {
    throw new AppError({
      code: 'NOT_A_MAP',
      file: path,
      detail: `application_id ${applicationId}`,
    });
  }
  const schemaVersion = header.readInt32BE(HEADER_OFFSETS.userVersion);
  if (schemaVersion > LATEST_SCHEMA_VERSION) {
    throw new AppError({
      code: 'NEWER_VERSION',
      file: path,
      detail: `schema ${schemaVersion} > ${LATEST_SCHEMA_VERSION}`,
    });
  }
  if (schemaVersion < 1)
    throw new AppError({ code: 'CORRUPT_MAP', file: path, detail: 'no schema version' });
  return { schemaVersion, checked: quickCheck(path, schemaVersion, migrations) };
}

function quickCheck(path: string, version: number, migrations: readonly Migration[]): boolean {
  let db;
  try {
    db = openSqlite(path, { readonly: true, fileMustExist: true, timeout: 250 });
    const rows = db.pragma('quick_check', { simple: false }) as Array<{ quick_check: string }>;
    const first = rows[0]?.quick_check;
    if (first !== 'ok')
      throw new AppError({ code: 'CORRUPT_MAP', file: path, detail: first ?? 'quick_check' });
    // Read-only still: a map whose schema was altered is refused before anything runs in it.
    assertSchema(db, path, version, migrations);
    return true;
  } catch (err) {
    // A hot journal left by a crash can only be rolled back by a writable connection: let the
    // guarded open do it, then check again there.
    if (sqliteCode(err) === 'SQLITE_READONLY_ROLLBACK') return false;
    throw fileError(err, path);
  } finally {
    db?.close();
  }
}
