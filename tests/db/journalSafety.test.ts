import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError, type AppErrorData } from '../../shared/api/errors';
import { formatError } from '../../shared/i18n/errorMessages';
import { createMap, openMap, type MapHandle } from '../../db/file/openMap';
import { journalPathOf, readJournalState } from '../../db/file/rollbackJournal';
import { journalMismatch } from '../../db/file/journalCheck';
import { MIGRATIONS } from '../../db/migrations';
import { createRepositories } from '../../db/repositories';
import { sha256 } from '../helpers/fileState';
import { tempDirs } from '../helpers/tempDir';
import { bundleForChild, childEnv } from '../helpers/childBundle';

const tempDir = tempDirs();
let writer: string;

/** Runs the journal writer (tests/helpers/journalWriter.ts), which kills itself mid-way. */
function killedWriter(mode: 'hot' | 'inert', path: string, marker = ''): void {
  const run = spawnSync(process.execPath, [writer, mode, path, marker], {
    env: childEnv(),
    encoding: 'utf8',
  });
  expect(run.signal, run.stderr).toBe('SIGKILL');
}

function mapWithActors(path: string, names: readonly string[]): void {
  const map = createMap(path, () => undefined);
  const repos = createRepositories(map.db);
  map.journal.record('actor:create', () => names.forEach((name) => repos.actors.create({ name })));
  map.close();
}

function mapAction(path: string): void {
  const map = openMap(path);
  const repos = createRepositories(map.db);
  map.journal.record('actor:create', () => repos.actors.create({ name: 'One more' }));
  map.close();
}

/**
 * A map backed up, used on (one more action), then killed mid-action: its hot journal stays
 * beside it when the user restores the backup over it. Returns the map's path.
 */
function restoredOverCrash(dir: string, name: string, actors: readonly string[]): string {
  const path = join(dir, name);
  mapWithActors(path, actors);
  const backup = join(dir, `backup-${name}`);
  copyFileSync(path, backup);
  mapAction(path);
  killedWriter('hot', path);
  copyFileSync(backup, path);
  return path;
}

const actorCount = (map: MapHandle) => createRepositories(map.db).counts.get().actors;

function refusalOfOpen(path: string): AppErrorData {
  try {
    openMap(path).close();
  } catch (err) {
    if (err instanceof AppError) return err.data;
    throw err;
  }
  throw new Error('expected the map to be refused');
}

/** Every byte of every file in `dir`, to search for what must be gone. */
const everyFile = (dir: string) =>
  readdirSync(dir).map((f) => ({ name: f, bytes: readFileSync(join(dir, f)) }));

describe('a journal beside a map is replayed only if it is the map’s own', () => {
  beforeAll(async () => {
    writer = await bundleForChild('tests/helpers/journalWriter.ts', tempDir());
  });

  it('replays the map’s own hot journal after a crash: the interrupted action is gone', () => {
    const path = join(tempDir(), 'crashed.influmap');
    mapWithActors(path, ['Ada', 'Brune']);
    killedWriter('hot', path);
    expect(readJournalState(path).kind).toBe('hot');
    const map = openMap(path);
    expect(map.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(actorCount(map)).toBe(2);
    expect(map.journalSetAside).toBeNull();
    map.close();
    expect(existsSync(journalPathOf(path))).toBe(false);
  });

  it('refuses a journal left by the map before a backup was restored over it', () => {
    const dir = tempDir();
    const path = restoredOverCrash(dir, 'client.influmap', ['Ada', 'Brune']);
    const mapBefore = sha256(path);
    const journalBefore = sha256(journalPathOf(path));
    const refusal = refusalOfOpen(path);
    expect(refusal.code).toBe('FOREIGN_JOURNAL');
    expect(refusal.file).toBe(path);
    expect(refusal.detail).toContain(journalPathOf(path));
    expect(sha256(path)).toBe(mapBefore);
    expect(sha256(journalPathOf(path))).toBe(journalBefore);
    // Twice: the refusal changes nothing, so it is the same the second time.
    expect(refusalOfOpen(path).code).toBe('FOREIGN_JOURNAL');
    expect(sha256(path)).toBe(mapBefore);
  });

  it('at the user’s word, moves a foreign journal aside and opens the map as it is', () => {
    const dir = tempDir();
    const path = restoredOverCrash(dir, 'restored.influmap', ['Ada']);
    const journalBytes = readFileSync(journalPathOf(path));
    const map = openMap(path, { setAsideForeignJournal: true });
    expect(actorCount(map)).toBe(1);
    expect(map.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(map.journalSetAside).toMatch(/-journal\.set-aside-/);
    map.close();
    expect(readFileSync(map.journalSetAside ?? '')).toEqual(journalBytes);
    expect(existsSync(journalPathOf(path))).toBe(false);
  });

  it('refuses the hot journal of another map copied beside this one', () => {
    const dir = tempDir();
    const mine = join(dir, 'mine.influmap');
    const theirs = join(dir, 'theirs.influmap');
    mapWithActors(mine, ['Ada', 'Brune', 'Chloé']);
    mapWithActors(theirs, ['Zoé']);
    // New maps start their change counters at random: theirs moves on if the two happen to meet.
    const counter = (path: string) => readFileSync(path).readUInt32BE(24);
    while ([0, 1].includes(counter(mine) - counter(theirs))) mapAction(theirs);
    killedWriter('hot', theirs);
    copyFileSync(journalPathOf(theirs), journalPathOf(mine));
    const before = sha256(mine);
    expect(refusalOfOpen(mine).code).toBe('FOREIGN_JOURNAL');
    expect(sha256(mine)).toBe(before);
  });

  it('refuses a journal whose page size is not the map’s', () => {
    const path = join(tempDir(), 'pages.influmap');
    mapWithActors(path, ['Ada']);
    killedWriter('hot', path);
    const journal = readFileSync(journalPathOf(path));
    journal.writeUInt32BE(8192, 24);
    writeFileSync(journalPathOf(path), journal);
    const before = sha256(path);
    expect(journalMismatch(path, MIGRATIONS)).toBe('page size');
    const refusal = refusalOfOpen(path);
    expect(refusal.code).toBe('FOREIGN_JOURNAL');
    expect(refusal.detail).toBe(journalPathOf(path));
    expect(sha256(path)).toBe(before);
  });

  it('refuses a journal without page 1 whose replay would damage the map', () => {
    // A journal written by another program (no page 1 in it): only the trial replay can judge.
    const dir = tempDir();
    const mine = join(dir, 'target.influmap');
    mapWithActors(mine, ['Ada', 'Brune']);
    const other = join(dir, 'other.db');
    const script = `
      const D = require('better-sqlite3');
      const db = new D(${JSON.stringify(other)});
      db.pragma('locking_mode = EXCLUSIVE');
      db.exec("CREATE TABLE t(x); BEGIN EXCLUSIVE; COMMIT;");
      const ins = db.prepare('INSERT INTO t VALUES (?)');
      for (let i = 0; i < 3000; i++) ins.run('row ' + i + ' '.repeat(80));
      db.pragma('cache_size = 8');
      db.exec('BEGIN');
      db.exec('UPDATE t SET x = upper(x)');
      process.kill(process.pid, 'SIGKILL');`;
    const run = spawnSync(process.execPath, ['-e', script], {
      env: childEnv(),
    });
    expect(run.signal).toBe('SIGKILL');
    expect(readJournalState(other)).toMatchObject({ kind: 'hot', pageOne: null });
    copyFileSync(journalPathOf(other), journalPathOf(mine));
    const before = sha256(mine);
    const refusal = refusalOfOpen(mine);
    expect(refusal.code).toBe('FOREIGN_JOURNAL');
    expect(sha256(mine)).toBe(before);
    // The trial replay's copies are gone.
    expect(readdirSync(dir).filter((f) => f.includes('journal-check'))).toEqual([]);
  });

  it('a new map made where an old map’s journal was left moves it aside and starts clean', () => {
    const dir = tempDir();
    const path = join(dir, 'reused-name.influmap');
    mapWithActors(path, ['Ada']);
    killedWriter('hot', path);
    // The user deletes the crashed map but not its journal, then makes a new map of that name.
    const journal = readFileSync(journalPathOf(path));
    rmSync(path);
    const map = createMap(path, () => undefined);
    expect(map.journalSetAside).toMatch(/-journal\.set-aside-/);
    expect(map.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(actorCount(map)).toBe(0);
    map.close();
    expect(readFileSync(map.journalSetAside ?? '')).toEqual(journal);
  });

  it('cleans on open the inert journal a killed app left, with a deleted person’s row in it', () => {
    const dir = tempDir();
    const path = join(dir, 'inert.influmap');
    mapWithActors(path, ['Ada']);
    const marker = 'Zéphyrine Quellec-Marker';
    killedWriter('inert', path, marker);
    // The map itself keeps the row's image for undo (erasing a person is another matter): what
    // must go is the journal file beside it.
    const leftBehind = () =>
      everyFile(dir)
        .filter((f) => f.name !== 'inert.influmap')
        .filter((f) => f.bytes.includes(Buffer.from(marker, 'utf8')))
        .map((f) => f.name);
    expect(readJournalState(path).kind).toBe('inert');
    expect(leftBehind()).toContain('inert.influmap-journal');
    for (let cycle = 0; cycle < 3; cycle += 1) {
      const map = openMap(path);
      expect(actorCount(map)).toBe(1);
      map.close();
      expect(leftBehind()).toEqual([]);
    }
  });

  it('leaves the journal of a map another program holds alone', () => {
    const path = join(tempDir(), 'held.influmap');
    mapWithActors(path, ['Ada']);
    const holder = openMap(path);
    const repos = createRepositories(holder.db);
    holder.journal.record('actor:create', () => repos.actors.create({ name: 'Brune' }));
    expect(existsSync(journalPathOf(path))).toBe(true);
    expect(refusalOfOpen(path).code).toBe('MAP_LOCKED');
    expect(existsSync(journalPathOf(path))).toBe(true);
    holder.journal.record('actor:create', () => repos.actors.create({ name: 'Chloé' }));
    expect(actorCount(holder)).toBe(3);
    holder.close();
    const again = openMap(path);
    expect(actorCount(again)).toBe(3);
    again.close();
  });

  it('every action journals page 1, so every journal the app leaves can be told apart', () => {
    const path = join(tempDir(), 'page-one.influmap');
    mapWithActors(path, ['Ada']);
    killedWriter('hot', path);
    const state = readJournalState(path);
    expect(state.kind).toBe('hot');
    expect(state.kind === 'hot' && state.pageOne !== null).toBe(true);
    // Raw SQLite agrees the replayed map is whole.
    openMap(path).close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('says so in both languages, naming the map and its journal', () => {
    const error: AppErrorData = {
      code: 'FOREIGN_JOURNAL',
      file: '/maps/a.influmap',
      detail: '/maps/a.influmap-journal',
    };
    expect(formatError(error, 'en')).toMatch(/not written by this map.*a\.influmap-journal\)$/);
    expect(formatError(error, 'fr')).toMatch(
      /pas été écrit par cette carte.*a\.influmap-journal\)$/,
    );
    // Nothing English inside the French sentence.
    expect(formatError(error, 'fr')).not.toMatch(/change counter|page size|replay/);
  });
});
