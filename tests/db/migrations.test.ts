import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/api/errors';
import { createMap, openMap } from '../../db/file/openMap';
import { migrate } from '../../db/migrate';
import { DERIVED_TABLES, JOURNALED_TABLES, MIGRATIONS, type Migration } from '../../db/migrations';
import { createRepositories } from '../../db/repositories';
import { openSqlite } from '../../db/sqlite';
import { sha256 } from '../helpers/fileState';
import { tempDirs } from '../helpers/tempDir';

const tempDir = tempDirs();

/**
 * Shipped migrations, pinned: editing one after release would leave users' files with a schema
 * no later migration expects. Append a new migration instead, and its line here.
 */
const SHIPPED: ReadonlyArray<[number, string, string]> = [
  [1, 'initial_schema', '4e3834ad453b4bae'],
  [2, 'analysis_results', 'd3bfbd1962b56320'],
];

const hashOf = (m: Migration) => createHash('sha256').update(m.sql).digest('hex').slice(0, 16);

describe('the migration list', () => {
  it('is contiguous from version 1', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('never changes a shipped migration', () => {
    for (const [version, name, hash] of SHIPPED) {
      const migration = MIGRATIONS[version - 1];
      expect(migration?.name).toBe(name);
      expect(migration && hashOf(migration), `migration ${version} (${name}) was edited`).toBe(
        hash,
      );
    }
  });

  it('journals every table of the domain and has each one in the schema', () => {
    const db = openSqlite(':memory:');
    migrate(db);
    const tables = db
      .prepare<[], { name: string }>(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'journal_%' AND name NOT LIKE 'sqlite_%'",
      )
      .all()
      .map((t) => t.name)
      .sort();
    expect(tables).toEqual([...JOURNALED_TABLES, ...DERIVED_TABLES].sort());
    const triggers = db
      .prepare<[], { n: number }>("SELECT count(*) AS n FROM sqlite_master WHERE type = 'trigger'")
      .get();
    expect(triggers?.n).toBe(JOURNALED_TABLES.length * 3);
    db.close();
  });

  it('changes nothing when run again', () => {
    const db = openSqlite(':memory:');
    migrate(db);
    const schema = () =>
      db.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY name').all();
    const before = schema();
    expect(migrate(db)).toEqual([]);
    expect(schema()).toEqual(before);
    db.close();
  });
});

describe('upgrading a map file', () => {
  const next = MIGRATIONS.length + 1;
  const v2: Migration = {
    version: next,
    name: 'add_notes',
    sql: 'CREATE TABLE scratch_notes (id INTEGER PRIMARY KEY, body TEXT);',
  };
  const broken: Migration = {
    version: next,
    name: 'broken',
    sql: 'CREATE TABLE half_done (id INTEGER); INSERT INTO no_such_table VALUES (1);',
  };

  function v1Map(dir: string): string {
    const path = join(dir, 'old.influmap');
    const map = createMap(
      path,
      (db) => createRepositories(db).actors.create({ name: 'Kept Across Upgrade' }),
      { migrations: MIGRATIONS.slice(0, 1) },
    );
    map.close();
    return path;
  }

  it('takes a backup first, then migrates, keeping the data', () => {
    const dir = tempDir();
    const path = v1Map(dir);
    const before = sha256(path);
    const map = openMap(path, { migrations: [...MIGRATIONS, v2] });
    expect(map.db.pragma('user_version', { simple: true })).toBe(next);
    expect(
      createRepositories(map.db)
        .actors.listSummaries()
        .map((a) => a.name),
    ).toEqual(['Kept Across Upgrade']);
    expect(map.backupPath).not.toBeNull();
    expect(map.backupPath && sha256(map.backupPath)).toBe(before);
    map.close();
  });

  it('leaves the file byte-identical when a migration fails, and says where the backup is', () => {
    const dir = tempDir();
    const path = v1Map(dir);
    const before = sha256(path);
    let error: unknown;
    try {
      openMap(path, { migrations: [...MIGRATIONS, broken] });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(AppError);
    const data = (error as AppError).data;
    expect(data.code).toBe('MIGRATION_FAILED');
    expect(data.detail).toMatch(/backup: .*\.bak/);
    expect(sha256(path)).toBe(before);
    expect(readdirSync(dir).filter((f) => f.endsWith('.bak'))).toHaveLength(1);
    const reopened = openMap(path, { migrations: MIGRATIONS.slice(0, 1) });
    expect(reopened.db.pragma('user_version', { simple: true })).toBe(1);
    expect(existsSync(path)).toBe(true);
    reopened.close();
  });

  it('upgrades a version 1 map to the current schema with its analysis results table', () => {
    const dir = tempDir();
    const path = v1Map(dir);
    const map = openMap(path);
    expect(map.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    const table = map.db
      .prepare("SELECT name FROM sqlite_master WHERE name = 'analysis_results'")
      .get();
    expect(table).toEqual({ name: 'analysis_results' });
    expect(map.backupPath).not.toBeNull();
    map.close();
  });
});
