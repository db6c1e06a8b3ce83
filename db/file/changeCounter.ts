import { randomInt } from 'node:crypto';
import type { SqliteDatabase } from '../sqlite';

/** Empty transactions a new map starts with: at most about 40 ms of work. */
const MAX_OFFSET = 1024;

/**
 * Starts a new map's change counter (in its header) at a random value. The counter is what ties
 * a rollback journal to its map (journalCheck.ts); two maps made the same way would otherwise
 * count the same, and one's journal could pass for the other's. Runs on the temporary file
 * createMap builds, without a journal or syncing: a crash meanwhile leaves only that file.
 */
export function randomiseChangeCounter(db: SqliteDatabase): void {
  db.pragma('journal_mode = MEMORY');
  db.pragma('synchronous = OFF');
  const steps = randomInt(MAX_OFFSET);
  for (let k = 0; k < steps; k += 1) {
    db.exec('BEGIN');
    // Rewriting page 1 is what makes SQLite count a transaction.
    db.pragma('user_version = 0');
    db.exec('COMMIT');
  }
}
