import { AppError } from '../../shared/api/errors';
import { migrate } from '../migrate';
import type { Migration } from '../migrations';
import { openSqlite, type SqliteDatabase } from '../sqlite';

type SchemaEntry = { type: string; name: string; sql: string };

/** A schema object's SQL with its spacing made regular, so that only what it does is compared. */
const normalise = (sql: string | null): string => (sql ?? '').replace(/\s+/g, ' ').trim();

function schemaOf(db: SqliteDatabase): Map<string, SchemaEntry> {
  const rows = db
    .prepare<[], { type: string; name: string; sql: string | null }>(
      "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
    )
    .all();
  return new Map(
    rows.map((r) => [`${r.type} ${r.name}`, { type: r.type, name: r.name, sql: normalise(r.sql) }]),
  );
}

/** The schema each version of a map has, built once per migration list from the migrations. */
const expected = new WeakMap<readonly Migration[], Map<number, Map<string, SchemaEntry>>>();

function expectedSchema(
  version: number,
  migrations: readonly Migration[],
): Map<string, SchemaEntry> {
  let byVersion = expected.get(migrations);
  if (!byVersion) {
    byVersion = new Map();
    expected.set(migrations, byVersion);
  }
  const known = byVersion.get(version);
  if (known) return known;
  const db = openSqlite(':memory:');
  try {
    migrate(db, migrations.slice(0, version));
    const schema = schemaOf(db);
    byVersion.set(version, schema);
    return schema;
  } finally {
    db.close();
  }
}

/**
 * What differs between the schema of an open map and the one its version must have: every
 * table (with its columns and CHECK constraints), index, trigger and view. A map is a document
 * received from others; a trigger added to it runs at the first edit, a dropped journal trigger
 * makes edits un-undoable, a CHECK removed lets impossible values through. Lists at most a few
 * differences, in words.
 */
export function schemaDifferences(
  db: SqliteDatabase,
  version: number,
  migrations: readonly Migration[],
): string[] {
  const want = expectedSchema(version, migrations);
  const have = schemaOf(db);
  const differences: string[] = [];
  for (const [key, entry] of want) {
    const found = have.get(key);
    if (!found) differences.push(`${entry.type} ${entry.name} is missing`);
    else if (found.sql !== entry.sql) differences.push(`${entry.type} ${entry.name} was changed`);
  }
  for (const [key, entry] of have)
    if (!want.has(key)) differences.push(`${entry.type} ${entry.name} is not Influmap's`);
  return differences;
}

/**
 * Refuses a map whose schema is not exactly the one its version has (SCHEMA_ALTERED), before
 * anything is written to it. The message names the first differences.
 */
export function assertSchema(
  db: SqliteDatabase,
  path: string,
  version: number,
  migrations: readonly Migration[],
): void {
  const differences = schemaDifferences(db, version, migrations);
  if (differences.length === 0) return;
  const shown = differences.slice(0, 3).join('; ');
  throw new AppError({
    code: 'SCHEMA_ALTERED',
    file: path,
    detail: differences.length > 3 ? `${shown}; and ${differences.length - 3} more` : shown,
  });
}
