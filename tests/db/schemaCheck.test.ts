import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMap, openMap } from '../../db/file/openMap';
import { MIGRATIONS } from '../../db/migrations';
import { createRepositories } from '../../db/repositories';
import { openSqlite } from '../../db/sqlite';
import { AppError } from '../../shared/api/errors';
import { formatError } from '../../shared/i18n/errorMessages';
import { sha256 } from '../helpers/fileState';
import { runCli } from '../helpers/runCli';
import { tempDirs } from '../helpers/tempDir';

const tempDir = tempDirs();

/** A map with one actor, at `version` (the latest unless said). */
function map(dir: string, version = MIGRATIONS.length): string {
  const path = join(dir, `v${version}.influmap`);
  createMap(path, (db) => createRepositories(db).actors.create({ name: 'Ada Kept', stance: 1 }), {
    migrations: MIGRATIONS.slice(0, version),
  }).close();
  return path;
}

/** Alters a closed map with a plain SQLite connection, as another program could. */
function tamper(path: string, sql: string): void {
  const db = openSqlite(path);
  // Another program is not bound by better-sqlite3's defensive mode (writable_schema).
  db.unsafeMode(true);
  db.exec(sql);
  db.close();
}

function refusal(path: string): AppError {
  try {
    openMap(path).close();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected the map to be refused');
}

describe('the schema of a map, checked before anything is written', () => {
  it('opens genuine maps of every schema version, and upgrades the older ones', () => {
    for (let version = 1; version <= MIGRATIONS.length; version += 1) {
      const handle = openMap(map(tempDir(), version));
      expect(handle.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
      expect(
        createRepositories(handle.db)
          .actors.listSummaries()
          .map((a) => a.name),
      ).toEqual(['Ada Kept']);
      handle.close();
    }
  });

  it.each([
    [
      'a journal trigger dropped (edits could no longer be undone)',
      'DROP TRIGGER journal_actors_update',
      'trigger journal_actors_update is missing',
    ],
    [
      'a trigger added (it would delete every relation at the first edit)',
      'CREATE TRIGGER wipe AFTER UPDATE ON actors BEGIN DELETE FROM relations; END',
      "trigger wipe is not Influmap's",
    ],
    [
      'a CHECK removed (stance 99 would reach the views and exports)',
      `PRAGMA writable_schema = ON;
       UPDATE sqlite_master SET sql = replace(sql, 'CHECK (stance BETWEEN -2 AND 2)', '')
       WHERE type = 'table' AND name = 'actors';
       PRAGMA writable_schema = OFF;`,
      'table actors was changed',
    ],
    [
      'a view added',
      'CREATE VIEW everyone AS SELECT name FROM actors',
      "view everyone is not Influmap's",
    ],
    [
      'an index dropped',
      'DROP INDEX relations_source_idx',
      'index relations_source_idx is missing',
    ],
  ])('refuses a map with %s, naming it, and leaves the file byte-identical', (_, sql, named) => {
    const path = map(tempDir());
    tamper(path, sql);
    const before = sha256(path);
    const error = refusal(path);
    expect(error.data.code).toBe('SCHEMA_ALTERED');
    expect(error.data.detail).toContain(named);
    expect(sha256(path)).toBe(before);
    expect(formatError(error.data, 'fr')).toContain('a été modifié hors d’Influmap');
  });

  it('checks an older map against its own version before upgrading it', () => {
    const path = map(tempDir(), 1);
    tamper(path, 'CREATE TRIGGER sneak AFTER INSERT ON topics BEGIN DELETE FROM actors; END');
    const before = sha256(path);
    expect(refusal(path).data.detail).toContain("trigger sneak is not Influmap's");
    // No backup taken, no migration run: nothing was written.
    expect(sha256(path)).toBe(before);
  });

  it('says so on the command line in one line, in the terminal’s language', async () => {
    const dir = tempDir();
    const path = map(dir);
    tamper(path, 'CREATE TRIGGER wipe AFTER UPDATE ON actors BEGIN DELETE FROM relations; END');
    const english = await runCli(['stats', path], dir);
    expect(english.code).toBe(1);
    expect(english.stderr).toHaveLength(1);
    expect(english.stderr[0]).toContain('has been altered outside Influmap');
    expect(english.stderr[0]).toContain("trigger wipe is not Influmap's");
    const french = await runCli(['stats', path], dir, { LANG: 'fr_FR.UTF-8' });
    expect(french.stderr[0]).toContain('il n’a pas été ouvert');
  });
});
