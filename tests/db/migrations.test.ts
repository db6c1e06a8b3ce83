import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/api/errors';
import { APPLICATION_ID } from '../../db/file/mapFormat';
import { openMap } from '../../db/file/openMap';
import { journalTriggersSql, tableShape } from '../../db/journal/triggers';
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
  [3, 'stories', 'd86186d088084baf'],
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

  /**
   * A map as version 1 wrote it: its schema, the journal triggers of its tables, one actor. Built
   * by hand: today's code journals tables that came later (stories), so `createMap` with the v1
   * migration alone would look for their triggers' columns and fail.
   */
  function v1Map(dir: string): string {
    const path = join(dir, 'old.influmap');
    const [first] = MIGRATIONS;
    if (!first) throw new Error('no migration 1');
    const db = openSqlite(path);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
    db.transaction(() => {
      db.exec(first.sql);
      for (const table of JOURNALED_TABLES.filter((t) => exists.get(t) !== undefined)) {
        const { columns, pk } = tableShape(db, table);
        db.exec(journalTriggersSql(table, columns, pk));
      }
      // Repositories are made on the v1 schema: those of later tables must wait for first use.
      createRepositories(db).actors.create({ name: 'Kept Across Upgrade' });
      db.pragma('user_version = 1');
    })();
    db.close();
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

  it('upgrades a version 1 map to the current schema: analysis results, journaled stories', () => {
    const dir = tempDir();
    const path = v1Map(dir);
    const map = openMap(path);
    expect(map.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    const names = (type: string) =>
      map.db
        .prepare<[string], { name: string }>(
          'SELECT name FROM sqlite_master WHERE type = ? ORDER BY name',
        )
        .all(type)
        .map((r) => r.name);
    expect(names('table')).toEqual(
      expect.arrayContaining(['analysis_results', 'stories', 'story_slides', 'slide_highlights']),
    );
    expect(names('trigger').filter((t) => /^journal_(stor|slide)/.test(t))).toEqual([
      'journal_slide_highlights_delete',
      'journal_slide_highlights_insert',
      'journal_slide_highlights_update',
      'journal_stories_delete',
      'journal_stories_insert',
      'journal_stories_update',
      'journal_story_slides_delete',
      'journal_story_slides_insert',
      'journal_story_slides_update',
    ]);
    const repos = createRepositories(map.db);
    expect(repos.actors.listSummaries().map((a) => a.name)).toEqual(['Kept Across Upgrade']);
    expect(repos.stories.list()).toEqual([]);
    expect(map.backupPath).not.toBeNull();
    map.close();
  });
});
