import { fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMap } from '../../db/file/openMap';
import type { AppErrorData } from '../../shared/api/errors';
import { sha256, sidecars } from '../helpers/fileState';
import { tempDirs } from '../helpers/tempDir';
import { bigSheetEntry, rowXml, sheetXml, workbookEntries } from '../helpers/xlsxFiles';
import { zeroBomb, zipBytes } from '../helpers/zipWriter';
import { bundleForChild, childEnv } from '../helpers/childBundle';

const tempDir = tempDirs();

/** Rows of the big sheet; INFLUMAP_XLSX_ROWS measures more (4 000 000: the sheet). */
const ROWS = Number(process.env.INFLUMAP_XLSX_ROWS ?? 1_000_000);
/** Peak resident memory the importing process may reach, all included (Node, SQLite, the file). */
const MAX_RSS_MB = 600;

type ChildReport = {
  ok: boolean;
  actors?: number;
  error?: AppErrorData;
  ms: number;
  maxRssKb: number;
};

/** Runs an import in a child process of its own, so that its peak memory is its alone. */
function importInChild(script: string, map: string, file: string): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    const child = fork(script, [map, file], {
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
      env: childEnv(),
    });
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`the import child exited with ${code}`));
      else resolve(JSON.parse(out) as ChildReport);
    });
  });
}

describe('an XLSX import runs in bounded memory', () => {
  let script: string;
  beforeAll(async () => {
    // The child runs the app's own import code, bundled for a plain Node process.
    script = await bundleForChild('tests/helpers/importChild.ts', tempDir());
  });

  it(`imports a node list sheet of ${ROWS} rows, streamed, under ${MAX_RSS_MB} MB`, async () => {
    const dir = tempDir();
    const sheet = await bigSheetEntry(ROWS + 1, (line) =>
      line === 1
        ? ['id', 'label', 'stance', 'reach']
        : [`a${line}`, `Acteur fictif numéro ${line}`, (line % 5) - 2, line * 3],
    );
    const file = join(dir, 'acteurs.xlsx');
    writeFileSync(file, zipBytes(workbookEntries([{ name: 'Acteurs', entry: sheet }])));
    const map = join(dir, 'big.influmap');
    createMap(map, () => undefined).close();
    const report = await importInChild(script, map, file);
    console.log(
      `XLSX ${ROWS} rows (${Math.round(sheet.size / 2 ** 20)} MB of XML): ${report.ms} ms, peak RSS ${Math.round(report.maxRssKb / 1024)} MB`,
    );
    expect(report).toMatchObject({ ok: true, actors: ROWS });
    expect(report.maxRssKb / 1024).toBeLessThan(MAX_RSS_MB);
  }, 600_000);

  it('refuses a 1.5 GB bomb declared as 1 000 bytes in a few MB, the map untouched', async () => {
    const dir = tempDir();
    const entries = workbookEntries([
      { name: 'Acteurs', xml: sheetXml([rowXml(1, ['id', 'label'])]) },
    ]).map((e) =>
      e.name === 'xl/worksheets/sheet1.xml'
        ? { ...e, raw: zeroBomb(1536 * 1024 * 1024), size: 1000, crc: 0 }
        : e,
    );
    const file = join(dir, 'bomb.xlsx');
    writeFileSync(file, zipBytes(entries));
    const map = join(dir, 'm.influmap');
    createMap(map, () => undefined).close();
    const before = sha256(map);
    const report = await importInChild(script, map, file);
    console.log(
      `1.5 GB bomb: refused in ${report.ms} ms, peak RSS ${Math.round(report.maxRssKb / 1024)} MB`,
    );
    expect(report).toMatchObject({ ok: false, error: { file: 'bomb.xlsx', reason: 'zip-bomb' } });
    expect(report.maxRssKb / 1024).toBeLessThan(200);
    expect(sha256(map)).toBe(before);
    expect(sidecars(map)).toEqual([]);
  }, 60_000);
});
