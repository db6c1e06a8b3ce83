import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { hostname } from 'node:os';
import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMap, openMap } from '../../db/file/openMap';
import { removeOrphanedTemporaries, temporaryPath } from '../../db/file/temporaryFiles';
import { writeFileAtomically } from '../../db/io/atomicWrite';
import { tempDirs } from '../helpers/tempDir';

const tempDir = tempDirs();

/** The pid of a process that has ended. */
function deadPid(): number {
  const run = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(run.stdout);
}

/** A temporary file as a killed process would have left it: this machine's, a dead pid. */
function orphanIn(dir: string, target: string, purpose: 'write' | 'create' | 'journal-check') {
  const mine = temporaryPath(join(dir, target), purpose);
  const orphan = mine.replace(`-${process.pid}-`, `-${deadPid()}-`);
  writeFileSync(orphan, Buffer.alloc(64 * 1024, 0x42));
  return orphan;
}

describe('temporary files a killed process left are cleaned up', () => {
  it('the next export to that folder deletes the half-written export of a killed one', () => {
    const dir = tempDir();
    const orphan = orphanIn(dir, 'map.json', 'write');
    writeFileAtomically(join(dir, 'other.csv'), 'id,label\r\n');
    expect(existsSync(orphan)).toBe(false);
    expect(readdirSync(dir)).toEqual(['other.csv']);
  });

  it('opening a map deletes what killed processes left beside it', () => {
    const dir = tempDir();
    const path = join(dir, 'client.influmap');
    createMap(path, () => undefined).close();
    const orphans = [
      orphanIn(dir, 'export.csv', 'write'),
      orphanIn(dir, 'new.influmap', 'create'),
      orphanIn(dir, 'client.influmap', 'journal-check'),
    ];
    writeFileSync(`${orphans[2] ?? ''}-journal`, 'x');
    openMap(path).close();
    expect(readdirSync(dir)).toEqual(['client.influmap']);
  });

  it('leaves alone the temporary files of live processes, and files that only look alike', () => {
    const dir = tempDir();
    const live = temporaryPath(join(dir, 'big.json'), 'write');
    writeFileSync(live, 'being written');
    const others = [
      '.notes.txt',
      'report.tmp',
      '.x.~write-zz-1-abc.tmp',
      'data.csv',
      // The old naming, but not a file Influmap writes: a user's own.
      '.notes.txt.0123456789ab.tmp',
      'draft.docx.0123456789ab.creating',
    ];
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    for (const name of others) {
      writeFileSync(join(dir, name), 'mine');
      utimesSync(join(dir, name), twoDaysAgo, twoDaysAgo);
    }
    expect(removeOrphanedTemporaries(dir)).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual([...others, live.replace(`${dir}/`, '')].sort());
  });

  it('names the machine by a digest of its whole name, not its first bytes', () => {
    const name = temporaryPath('/maps/a.influmap', 'write').split('/').pop() ?? '';
    const host = /~write-([0-9a-f]+)-/.exec(name)?.[1];
    expect(host).toHaveLength(16);
    expect(host).toBe(createHash('sha256').update(hostname()).digest('hex').slice(0, 16));
  });

  it('a temporary file from another machine, or of the old naming, goes only when stale', () => {
    const dir = tempDir();
    mkdirSync(dir, { recursive: true });
    const other = join(dir, '.map.json.~write-6f746865722d686f-4242-0123456789ab');
    const old = join(dir, '.map.json.0123456789ab.tmp');
    writeFileSync(other, 'x');
    writeFileSync(old, 'x');
    expect(removeOrphanedTemporaries(dir)).toEqual([]);
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    utimesSync(other, twoDaysAgo, twoDaysAgo);
    utimesSync(old, twoDaysAgo, twoDaysAgo);
    expect(removeOrphanedTemporaries(dir).sort()).toEqual(
      ['.map.json.0123456789ab.tmp', '.map.json.~write-6f746865722d686f-4242-0123456789ab'].sort(),
    );
  });
});
