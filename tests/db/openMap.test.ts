import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppError, type ErrorCode } from '../../shared/api/errors';
import { APPLICATION_ID } from '../../db/file/mapFormat';
import { createMap, openMap } from '../../db/file/openMap';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';
import { createRepositories } from '../../db/repositories';
import { sha256, sidecars } from '../helpers/fileState';
import { tempDirs } from '../helpers/tempDir';

const tempDir = tempDirs();
const noSeed = () => undefined;

function refusal(path: string): ErrorCode {
  try {
    openMap(path).close();
  } catch (err) {
    if (err instanceof AppError) return err.data.code;
    throw err;
  }
  throw new Error(`${path} opened, but it should have been refused`);
}

/** A valid map with some content, for the tests that damage or lock it. */
function makeMap(dir: string): string {
  const path = join(dir, 'good.influmap');
  const map = createMap(path, (db) => createRepositories(db).settings.set({ name: 'Good' }));
  map.journal.record('actor:create', () =>
    createRepositories(map.db).actors.create({ name: 'Ada Probe' }),
  );
  map.close();
  return path;
}

describe('creating a map', () => {
  it('marks the file as a map with the current schema version and safe connection settings', () => {
    const path = join(tempDir(), 'new.influmap');
    const map = createMap(path, noSeed);
    expect(map.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(map.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(map.db.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(map.db.pragma('synchronous', { simple: true })).toBe(2);
    expect(map.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(map.db.pragma('trusted_schema', { simple: true })).toBe(0);
    expect(map.db.pragma('secure_delete', { simple: true })).toBe(1);
    map.close();
  });

  it('refuses to overwrite an existing file', () => {
    const path = join(tempDir(), 'taken.influmap');
    writeFileSync(path, 'precious');
    expect(() => createMap(path, noSeed)).toThrow(AppError);
    expect(readFileSync(path, 'utf8')).toBe('precious');
  });

  it('keeps every committed change in the .influmap file alone, and leaves no sidecar once closed', () => {
    const dir = tempDir();
    const path = join(dir, 'single.influmap');
    const map = createMap(path, noSeed);
    map.journal.record('actor:create', () =>
      createRepositories(map.db).actors.create({ name: 'Only In File' }),
    );
    // While the map is open, exclusive locking keeps the rollback journal allocated but inert
    // (zeroed header, so never "hot"): the .influmap file alone is complete. Copy it, as a user would.
    for (const sidecar of sidecars(path)) {
      expect(sidecar).toBe('single.influmap-journal');
      expect(
        readFileSync(join(dir, sidecar))
          .subarray(0, 28)
          .every((byte) => byte === 0),
      ).toBe(true);
    }
    const copy = join(dir, 'copy.influmap');
    copyFileSync(path, copy);
    map.close();
    expect(sidecars(path)).toEqual([]);
    const reopened = openMap(copy);
    expect(
      createRepositories(reopened.db)
        .actors.listSummaries()
        .map((a) => a.name),
    ).toEqual(['Only In File']);
    reopened.close();
  });
});

describe('opening a file that is not a usable map', () => {
  it('refuses each kind of bad file with its own code and leaves it byte-identical with no sidecar', () => {
    const dir = tempDir();
    const cases: Array<[string, ErrorCode, (path: string) => void]> = [
      ['empty.influmap', 'EMPTY_FILE', (p) => writeFileSync(p, '')],
      ['table.influmap', 'NOT_A_MAP', (p) => writeFileSync(p, 'id,label\n1,Alice\n2,Bob\n')],
      [
        'image.influmap',
        'NOT_A_MAP',
        (p) => writeFileSync(p, Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')),
      ],
      ['garbage.influmap', 'NOT_A_MAP', (p) => writeFileSync(p, Buffer.alloc(4096, 0xab))],
      [
        'other-app.influmap',
        'NOT_A_MAP',
        (p) => {
          const db = new Database(p);
          db.exec('CREATE TABLE notes (body TEXT)');
          db.close();
        },
      ],
      [
        'future.influmap',
        'NEWER_VERSION',
        (p) => {
          const db = new Database(p);
          db.pragma(`application_id = ${APPLICATION_ID}`);
          db.pragma('user_version = 999');
          db.exec('CREATE TABLE later_things (id INTEGER PRIMARY KEY)');
          db.close();
        },
      ],
    ];
    for (const [name, code, make] of cases) {
      const path = join(dir, name);
      make(path);
      const before = sha256(path);
      expect(refusal(path), name).toBe(code);
      expect(sha256(path), `${name} must be left byte-identical`).toBe(before);
      expect(sidecars(path), `${name} must get no sidecar file`).toEqual([]);
    }
  });

  it('refuses a missing file', () => {
    expect(refusal(join(tempDir(), 'absent.influmap'))).toBe('FILE_NOT_FOUND');
  });

  it('refuses a map whose pages are damaged, without writing to it', () => {
    const dir = tempDir();
    const path = makeMap(dir);
    const bytes = readFileSync(path);
    // Scribble over the second page onwards (the schema and data pages), keep the header intact.
    for (let offset = 4096 + 8; offset < bytes.length; offset += 97)
      bytes[offset] = (bytes[offset] ?? 0) ^ 0x5a;
    writeFileSync(path, bytes);
    const before = sha256(path);
    expect(refusal(path)).toBe('CORRUPT_MAP');
    expect(sha256(path)).toBe(before);
  });

  it('refuses a map already open elsewhere, at open time', () => {
    const path = makeMap(tempDir());
    const first = openMap(path);
    try {
      expect(refusal(path)).toBe('MAP_LOCKED');
    } finally {
      first.close();
    }
    openMap(path).close();
  });
});
