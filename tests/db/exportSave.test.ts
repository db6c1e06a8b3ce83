import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMapService } from '../../db/service/mapService';
import { dispatch } from '../../db/service/dispatch';
import { call, makeService, rawCall } from '../helpers/testService';
import { tempDirs } from '../helpers/tempDir';

const tempDir = tempDirs();

describe('saving an export the page drew', () => {
  it('writes the bytes where the user chose, atomically', async () => {
    const dir = tempDir();
    const target = join(dir, 'chosen.png');
    const service = createMapService({
      userDataDir: join(dir, 'ud'),
      mapsDir: dir,
      host: {
        kind: 'electron',
        version: 'test',
        canPickFiles: true,
        pickMap: () => Promise.resolve(null),
        pickSavePath: () => Promise.resolve(target),
      },
    });
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const result = await dispatch(
      service,
      'export:save',
      { fileName: 'Lumo @2x.png', base64: bytes.toString('base64') },
      { checkOutputs: true },
    );
    expect(result).toEqual({ ok: true, value: { path: target } });
    expect(readFileSync(target)).toEqual(bytes);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('answers null without a dialog (browser mode downloads instead), and refuses odd names or data', async () => {
    const service = makeService(tempDir());
    expect(await call(service, 'export:save', { fileName: 'map.svg', base64: 'PHN2Zy8+' })).toEqual(
      { path: null },
    );
    for (const input of [
      { fileName: '../../etc/cron.d/x.svg', base64: 'AA==' },
      { fileName: 'map.exe', base64: 'AA==' },
      { fileName: 'map.svg', base64: 'not base64!' },
    ]) {
      expect(await rawCall(service, 'export:save', input)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      });
    }
  });
});
