import { join } from 'node:path';
import { readdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMap } from '../../db/file/openMap';
import { exportedMap } from '../../db/io/exportData';
import { fileSource } from '../../db/io/fileSource';
import { importFiles, importSources } from '../../db/io/importFiles';
import { PIECE_BYTES } from '../../shared/io/byteSource';
import { importCommand } from '../../cli/commands/importFiles';
import { captureOutput } from '../helpers/captureOutput';
import { tempDirs } from '../helpers/tempDir';

const tempDir = tempDirs();

/** Names with accents everywhere, so that many characters straddle two pieces. */
const names = Array.from({ length: 12_000 }, (_, i) => `Zoé Ñandú-Lefèvre n°${i} «fictive»`);
const csv = `id;nom\r\n${names.map((n, i) => `z${i};${n}`).join('\r\n')}\r\n`;

describe('node lists streamed in pieces', () => {
  it('keeps every accented name exact, in UTF-8 and in Windows-1252', async () => {
    const utf8 = new TextEncoder().encode(csv);
    const latin = Uint8Array.from([...csv].map((c) => c.charCodeAt(0)));
    expect(utf8.length).toBeGreaterThan(2 * PIECE_BYTES);
    for (const [bytes, encoding] of [
      [utf8, 'utf-8'],
      [latin, 'windows-1252'],
    ] as const) {
      const map = createMap(join(tempDir(), 'm.influmap'), () => undefined);
      const summary = await importFiles(map, [{ name: 'acteurs.csv', bytes }], { preview: false });
      expect(summary.files[0]).toMatchObject({ kind: 'nodes', rows: 12_000, encoding });
      expect(exportedMap(map.db).actors.map((a) => a.name)).toEqual(names);
      map.close();
    }
  });

  it('reads a file from disk in pieces, as the command line does', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'acteurs.csv'), csv);
    const map = createMap(join(dir, 'm.influmap'), () => undefined);
    const source = fileSource(join(dir, 'acteurs.csv'));
    expect([...source.pieces()].length).toBeGreaterThan(2);
    // Every piece-by-piece reading closes the file, even one that stops after the header.
    // (Counted after a first write: SQLite then keeps the map's rollback journal open.)
    const openFiles = () => readdirSync('/proc/self/fd').length;
    await importSources(map, [source], { preview: true });
    const before = openFiles();
    await importSources(map, [source], { preview: true });
    await importSources(map, [source], { preview: false });
    expect(openFiles()).toBe(before);
    expect(exportedMap(map.db).actors.map((a) => a.name)).toEqual(names);
    map.close();
  });

  it('shows the command line where a long import is, on one line it rewrites', async () => {
    const dir = tempDir();
    const edges = Array.from({ length: 200_000 }, (_, i) => `z${i % 12_000},z${(i * 7) % 12_000}`);
    writeFileSync(join(dir, 'acteurs.csv'), csv);
    writeFileSync(join(dir, 'liens.csv'), `source,target\n${edges.join('\n')}\n`);
    createMap(join(dir, 'm.influmap'), () => undefined).close();
    const shown: string[] = [];
    let ended = 0;
    const output = {
      ...captureOutput(),
      progress: { show: (line: string) => shown.push(line), done: () => (ended += 1) },
    };
    await importCommand(
      join(dir, 'm.influmap'),
      [join(dir, 'acteurs.csv'), join(dir, 'liens.csv')],
      {},
      output,
    );
    expect(shown[0]).toMatch(/^actors acteurs\.csv: \d+ rows \d+ %$/);
    expect(ended).toBe(1);
    expect(output.stdout).toContain('  relations: 200000 created, 0 updated, 0 unchanged');
  });
});
