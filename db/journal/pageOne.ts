import type { SqliteDatabase } from '../sqlite';

/**
 * Rewrites page 1 (the map's header) with the values it already holds, inside the current
 * transaction. SQLite then saves the page's original image in the rollback journal of every
 * action, with the map's change counter, which ties the journal to this map: a journal found
 * beside a restored backup or another copy is told apart by it (db/file/journalCheck.ts). In
 * exclusive locking mode SQLite would otherwise journal page 1 only in a session's first write.
 */
export function journalPageOne(db: SqliteDatabase): void {
  const version = db.pragma('user_version', { simple: true });
  if (typeof version !== 'number' || !Number.isSafeInteger(version))
    throw new Error('user_version is not an integer');
  db.pragma(`user_version = ${version}`);
}
