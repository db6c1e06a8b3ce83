import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMap } from '../../db/file/openMap';
import { exportedMap } from '../../db/io/exportData';
import { fileSource } from '../../db/io/fileSource';
import { importFiles, importSources } from '../../db/io/importFiles';
import { PIECE_BYTES } from '../../shared/io/byteSource';
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
    await importSources(map, [source], { preview: false });
    expect(exportedMap(map.db).actors.map((a) => a.name)).toEqual(names);
    map.close();
  });
});
