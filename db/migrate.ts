import { rebuildJournalTriggers } from './journal/triggers';
import { MIGRATIONS, type Migration } from './migrations';
import type { SqliteDatabase } from './sqlite';

/** Current schema version of an open map (`PRAGMA user_version`). */
export function schemaVersion(db: SqliteDatabase): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Applies every migration above the map's `user_version` in ONE transaction, with the version
 * bump and the journal triggers inside it: after a failure or a crash the file is exactly as it
 * was. Returns the versions applied.
 */
export function migrate(db: SqliteDatabase, list: readonly Migration[] = MIGRATIONS): number[] {
  list.forEach((m, index) => {
    if (m.version !== index + 1)
      throw new Error(`migration ${m.name} has version ${m.version}, expected ${index + 1}`);
  });
  const current = schemaVersion(db);
  const pending = list.filter((m) => m.version > current);
  const last = pending.at(-1);
  if (!last) return [];
  db.transaction(() => {
    for (const m of pending) db.exec(m.sql);
    rebuildJournalTriggers(db);
    db.pragma(`user_version = ${last.version}`);
    const violations = db.pragma('foreign_key_check') as unknown[];
    if (violations.length > 0)
      throw new Error(`${violations.length} foreign key violations after migration`);
  })();
  return pending.map((m) => m.version);
}
