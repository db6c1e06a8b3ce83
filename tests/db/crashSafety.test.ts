import { fork } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/api/errors';
import { seededRandom } from '../../shared/util/random';
import { fileError } from '../../db/file/errors';
import { createMap, openMap } from '../../db/file/openMap';
import { createRepositories } from '../../db/repositories';
import { tempDirs } from '../helpers/tempDir';
import { bundleForChild, childEnv } from '../helpers/childBundle';

const tempDir = tempDirs();
const BATCH = 40;

/** Runs the writer until it is SIGKILLed after `delayMs`, mid-transaction most of the time. */
function writeThenKill(script: string, path: string, delayMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = fork(script, [path, String(BATCH)], {
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      // The bundle lives in a temp folder: point it at the project's better-sqlite3.
      env: childEnv(),
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('message', () => setTimeout(() => child.kill('SIGKILL'), delayMs));
    child.once('exit', (code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`writer exited ${code}: ${stderr}`)),
    );
  });
}

describe('crash safety (RELIABILITY.md S-01, S-08)', () => {
  let writer: string;
  beforeAll(async () => {
    // The writer runs the app's own openMap and journal, bundled for a plain Node child process.
    writer = await bundleForChild('tests/helpers/crashWriter.ts', tempDir());
  });

  it('after kill -9 during writes, reopens to whole batches only, with integrity intact', async () => {
    const path = join(tempDir(), 'crash.influmap');
    createMap(path, () => undefined).close();
    const random = seededRandom(7);
    for (let round = 0; round < 8; round += 1) {
      await writeThenKill(writer, path, 20 + Math.floor(random() * 200));
      const map = openMap(path);
      try {
        expect(map.db.pragma('integrity_check', { simple: true })).toBe('ok');
        const perBatch = map.db
          .prepare<[], { tag: string; n: number }>(
            "SELECT json_extract(tags, '$[0]') AS tag, count(*) AS n FROM actors GROUP BY tag",
          )
          .all();
        for (const { tag, n } of perBatch) expect(n, `${tag} is partial`).toBe(BATCH);
        // The journal is as whole as the data: one entry per batch, each undoable.
        const entries =
          map.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM journal_entries').get()?.n ??
          0;
        expect(entries).toBe(perBatch.length);
      } finally {
        map.close();
      }
    }
    const map = openMap(path);
    expect(createRepositories(map.db).counts.get().actors).toBeGreaterThan(0);
    map.close();
  });

  it('when the disk fills mid-action, says DISK_FULL and keeps the map as it was', () => {
    const path = join(tempDir(), 'full.influmap');
    const map = createMap(path, () => undefined);
    const repos = createRepositories(map.db);
    map.journal.record('actor:create', () =>
      repos.actors.create({ name: 'Before the disk filled' }),
    );
    // Portable stand-in for ENOSPC: cap the file at its current size.
    const pages = map.db.pragma('page_count', { simple: true }) as number;
    map.db.pragma(`max_page_count = ${pages}`);
    let error: unknown;
    try {
      map.journal.record('actor:create', () => {
        for (let i = 0; i < 500; i += 1)
          repos.actors.create({ name: `Filler ${i}`, notes: 'x'.repeat(2_000) });
      });
    } catch (err) {
      error = fileError(err, path);
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).data).toMatchObject({ code: 'DISK_FULL', file: path });
    expect(repos.actors.listSummaries().map((a) => a.name)).toEqual(['Before the disk filled']);
    expect(map.journal.list(10)).toHaveLength(1);
    expect(map.db.pragma('integrity_check', { simple: true })).toBe('ok');
    // Space is back: the same action now goes through.
    map.db.pragma('max_page_count = 1073741823');
    map.journal.record('actor:create', () => repos.actors.create({ name: 'After' }));
    expect(repos.counts.get().actors).toBe(2);
    map.close();
  });
});
