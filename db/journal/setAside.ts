import type { SqliteDatabase } from '../sqlite';

/**
 * Drops the plain indexes of `table` (not those behind a UNIQUE or PRIMARY KEY constraint) and
 * returns what builds them again, with the very statements that made them. Writing a million rows
 * with two indexes in place costs several times more than building the indexes once afterwards
 * (a first import, undoing or redoing one). Inside a transaction only: a crash in between rolls
 * the drop back with the rest.
 */
export function setIndexesAside(db: SqliteDatabase, table: string): () => void {
  if (!db.inTransaction) throw new Error('setIndexesAside needs a transaction');
  const indexes = db
    .prepare<[string], { name: string; sql: string }>(
      "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
    )
    .all(table);
  for (const { name } of indexes) db.exec(`DROP INDEX "${name}"`);
  return () => {
    for (const { sql } of indexes) db.exec(sql);
  };
}

/**
 * Drops the journal's insert trigger of `table` and returns what creates it again. Rows inserted
 * meanwhile are not journaled one by one (the caller journals them as ranges, or is replaying the
 * journal); even when it journals nothing, the trigger's condition costs a query per row.
 */
export function setInsertTriggerAside(db: SqliteDatabase, table: string): () => void {
  if (!db.inTransaction) throw new Error('setInsertTriggerAside needs a transaction');
  const trigger = `journal_${table}_insert`;
  const sql = db
    .prepare<[string], { sql: string }>(
      "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
    )
    .get(trigger)?.sql;
  if (sql === undefined) throw new Error(`no journal trigger ${trigger}`);
  db.exec(`DROP TRIGGER "${trigger}"`);
  return () => db.exec(sql);
}

/** Rows below which indexes stay in place: rebuilding them would cost more than keeping them. */
const FEW_ROWS = 10_000;

/** Whether writing `rows` rows of a table that will hold or held `total` is worth `setIndexesAside`. */
export const worthSettingIndexesAside = (rows: number, total: number): boolean =>
  rows >= FEW_ROWS && rows * 2 >= total;
