import { JOURNALED_TABLES } from '../migrations';
import type { SqliteDatabase } from '../sqlite';

type ColumnInfo = { name: string; pk: number };

/** Column names of `table` and the name of its single-column primary key. */
export function tableShape(db: SqliteDatabase, table: string): { columns: string[]; pk: string } {
  const info = db
    .prepare<[], ColumnInfo>(`SELECT name, pk FROM pragma_table_info('${table}')`)
    .all();
  const pks = info.filter((c) => c.pk > 0);
  const pk = pks[0];
  if (!pk || pks.length !== 1)
    throw new Error(`journaled table ${table} needs a one-column primary key`);
  return { columns: info.map((c) => c.name), pk: pk.name };
}

function rowImage(prefix: 'NEW' | 'OLD', columns: readonly string[]): string {
  return `json_object(${columns.map((c) => `'${c}', ${prefix}."${c}"`).join(', ')})`;
}

/** SQL creating the three triggers that copy every change of `table` into the journal. */
export function journalTriggersSql(table: string, columns: readonly string[], pk: string): string {
  const entry = '(SELECT recording_entry FROM journal_state WHERE id = 1)';
  const when = `WHEN ${entry} IS NOT NULL`;
  const insert = (key: string, op: string, before: string, after: string) =>
    `INSERT INTO journal_rows (entry_id, tbl, pk, op, before, after) VALUES (${entry}, '${table}', ${key}, '${op}', ${before}, ${after});`;
  return `
CREATE TRIGGER journal_${table}_insert AFTER INSERT ON "${table}" ${when} BEGIN
  ${insert(`NEW."${pk}"`, 'I', 'NULL', rowImage('NEW', columns))}
END;
CREATE TRIGGER journal_${table}_update AFTER UPDATE ON "${table}" ${when} BEGIN
  ${insert(`OLD."${pk}"`, 'U', rowImage('OLD', columns), rowImage('NEW', columns))}
END;
CREATE TRIGGER journal_${table}_delete AFTER DELETE ON "${table}" ${when} BEGIN
  ${insert(`OLD."${pk}"`, 'D', rowImage('OLD', columns), 'NULL')}
END;`;
}

/**
 * Drops and recreates the journal triggers of every journaled table from its current columns.
 * Runs inside the migration transaction, so a migration that adds a column is journaled at once.
 * Tables a later schema version adds are skipped while the file is at an earlier one (the schema
 * of an older version is rebuilt this way to check an older file against it).
 */
export function rebuildJournalTriggers(db: SqliteDatabase): void {
  const existing = db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'journal\\_%' ESCAPE '\\'",
    )
    .all();
  for (const { name } of existing) db.exec(`DROP TRIGGER "${name}"`);
  const present = new Set(
    db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
      .all()
      .map((t) => t.name),
  );
  for (const table of JOURNALED_TABLES) {
    if (!present.has(table)) continue;
    const { columns, pk } = tableShape(db, table);
    db.exec(journalTriggersSql(table, columns, pk));
  }
}
