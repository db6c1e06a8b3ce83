import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { journalPathOf } from '../../db/file/rollbackJournal';
import { sha256 } from '../helpers/fileState';
import { runCli } from '../helpers/runCli';
import { foreignJournal } from '../helpers/foreignJournal';
import { tempDirs } from '../helpers/tempDir';

const tempDir = tempDirs();

describe('influmap and a journal that is not the map’s own', () => {
  it('refuses to open the map, in the user’s language, and changes neither file', async () => {
    const dir = tempDir();
    const path = join(dir, 'restored.influmap');
    expect((await runCli(['new', path, '--demo'], dir)).code).toBe(0);
    writeFileSync(journalPathOf(path), foreignJournal());
    const map = sha256(path);
    const journal = sha256(journalPathOf(path));
    const en = await runCli(['stats', path], dir);
    expect(en.code).toBe(1);
    expect(en.stderr.join('\n')).toMatch(
      /unfinished journal that was not written by this map.*restored\.influmap-journal\)/,
    );
    const fr = await runCli(['export', path, '--format', 'csv', '--out', join(dir, 'a.csv')], dir, {
      LANG: 'fr_FR.UTF-8',
    });
    expect(fr.code).toBe(1);
    expect(fr.stderr.join('\n')).toMatch(/journal inachevé qui n’a pas été écrit par cette carte/);
    expect(existsSync(join(dir, 'a.csv'))).toBe(false);
    expect(sha256(path)).toBe(map);
    expect(sha256(journalPathOf(path))).toBe(journal);
  });

  it('`new` over a journal left by an earlier map of that name sets it aside and says so', async () => {
    const dir = tempDir();
    const path = join(dir, 'fresh.influmap');
    writeFileSync(journalPathOf(path), foreignJournal());
    const created = await runCli(['new', path], dir);
    expect(created.code).toBe(0);
    expect(created.stderr.join('\n')).toMatch(
      /was not applied to the new map; it was moved to .*set-aside/,
    );
    expect(existsSync(journalPathOf(path))).toBe(false);
    const stats = await runCli(['stats', path, '--json'], dir);
    expect(JSON.parse(stats.stdout[0] ?? '{}')).toMatchObject({ actors: 0, relations: 0 });
    const aside = /moved to (.*)$/.exec(created.stderr.join('\n'))?.[1] ?? '';
    expect(readFileSync(aside)).toEqual(foreignJournal());
  });
});
