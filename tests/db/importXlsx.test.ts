import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { seedDemoMap } from '../../db/demo/demoMap';
import { createMap, openMap } from '../../db/file/openMap';
import { exportedMap } from '../../db/io/exportData';
import { importFiles } from '../../db/io/importFiles';
import { startImportJob } from '../../db/io/importJob';
import { memorySource } from '../../shared/io/byteSource';
import { sha256 } from '../helpers/fileState';
import { runCli } from '../helpers/runCli';
import { call, makeService, rawCall } from '../helpers/testService';
import { tempDirs } from '../helpers/tempDir';

const tempDir = tempDirs();

/** A consultant's workbook: stages, placements and trails on their own sheets, plus notes. */
async function workbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const notes = book.addWorksheet('Notes');
  notes.addRow(['Prepared for the kick-off workshop']);
  const stages = book.addWorksheet('Étapes');
  stages.addRow(['Parcours', 'Étape', 'Ordre', 'Moment de vérité']);
  stages.addRow(['Rénovateurs', 'Découverte', 0, 'non']);
  stages.addRow(['Rénovateurs', 'Choix', 1, true]);
  const placements = book.addWorksheet('Placements');
  placements.addRow(['journey', 'stage', 'actor', 'legitimacy', 'note']);
  placements.addRow(['Rénovateurs', 'Découverte', 'maison-bidouille', 0.7, 'Tutorials']);
  // A value typed as text with a decimal comma, as French Excel users do.
  placements.addRow(['Rénovateurs', 'Choix', 'clara-vennel', '0,9', null]);
  placements.addRow([
    'Rénovateurs',
    'Choix',
    'vigie-numerique',
    { formula: '0.4*2', result: 0.8 },
    null,
  ]);
  const trails = book.addWorksheet('Trails');
  trails.addRow(['trail', 'step', 'actor']);
  trails.addRow(['s1', 1, 'clara-vennel']);
  trails.addRow(['s1', 2, 'maison-bidouille']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function demoService() {
  const dir = tempDir();
  const path = join(dir, 'demo.influmap');
  createMap(path, seedDemoMap).close();
  const service = makeService(dir);
  await call(service, 'map:open', { path });
  return { dir, path, service };
}

describe('importing journey tables from XLSX', () => {
  it('reads each recognised sheet of a workbook, leaves the others alone, as one undoable action', async () => {
    const { service } = await demoService();
    const bytes = await workbook();
    const files = { files: [{ name: 'atelier.xlsx', base64: bytes.toString('base64') }] };
    const preview = await call(service, 'import:preview', files);
    expect(preview.files.map((f) => [f.name, f.kind, f.rows])).toEqual([
      ['atelier.xlsx [Étapes]', 'stages', 2],
      ['atelier.xlsx [Placements]', 'placements', 3],
      ['atelier.xlsx [Trails]', 'trails', 2],
    ]);
    await call(service, 'import:apply', files);
    const journey = (await call(service, 'journey:list', {})).find((j) => j.name === 'Rénovateurs');
    expect(journey?.stages.map((s) => [s.name, s.isMomentOfTruth])).toEqual([
      ['Découverte', false],
      ['Choix', true],
    ]);
    expect(journey?.stages[0]?.placements[0]).toMatchObject({ legitimacy: 0.7, note: 'Tutorials' });
    expect(journey?.stages[1]?.placements.map((p) => p.legitimacy)).toEqual([0.9, 0.8]);
    expect((await call(service, 'trail:steps', {})).trails).toBe(1);
    const history = await call(service, 'history:list', {});
    expect(history[0]?.label).toBe('import:apply');
    await call(service, 'history:undo', {});
    expect((await call(service, 'journey:list', {})).some((j) => j.name === 'Rénovateurs')).toBe(
      false,
    );
    service.close();
  });

  it('refuses a ZIP that declares gigabytes, a truncated workbook and a bad cell, importing nothing', async () => {
    const { service } = await demoService();
    const bytes = await workbook();
    // The first entry declares 3 GB uncompressed (a zip bomb's signature), in the central
    // directory and in its local header alike (a mismatch would be refused as a forgery).
    const bomb = Buffer.from(bytes);
    const directory = bomb.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), bomb.length - 22);
    const first = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    expect(directory).toBeGreaterThan(0);
    bomb.writeUInt32LE(3_000_000_000, first + 24);
    if ((bomb.readUInt16LE(first + 8) & 8) === 0)
      bomb.writeUInt32LE(3_000_000_000, bomb.readUInt32LE(first + 42) + 22);
    const before = await call(service, 'journey:list', {});
    expect(
      await rawCall(service, 'import:preview', {
        files: [{ name: 'bomb.xlsx', base64: bomb.toString('base64') }],
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'IMPORT_INVALID', file: 'bomb.xlsx', reason: 'too-large' },
    });
    expect(
      await rawCall(service, 'import:apply', {
        files: [
          { name: 'cut.xlsx', base64: bytes.subarray(0, bytes.length / 2).toString('base64') },
        ],
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'IMPORT_INVALID', file: 'cut.xlsx', reason: 'binary' },
    });

    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Placements');
    sheet.addRow(['journey', 'stage', 'actor', 'legitimacy']);
    sheet.addRow(['First smart-home hub', 'Awareness', 'techpulse', 'élevée']);
    const bad = Buffer.from(await book.xlsx.writeBuffer());
    expect(
      await rawCall(service, 'import:apply', {
        files: [{ name: 'bad.xlsx', base64: bad.toString('base64') }],
      }),
    ).toMatchObject({
      ok: false,
      error: {
        file: 'bad.xlsx [Placements]',
        line: 2,
        field: 'legitimacy',
        reason: 'not-a-number',
      },
    });
    expect(await call(service, 'journey:list', {})).toEqual(before);
    service.close();
  });

  it('imports a workbook from the command line, and refuses a 2 GB file without reading it', async () => {
    const dir = tempDir();
    const path = join(dir, 'demo.influmap');
    createMap(path, seedDemoMap).close();
    writeFileSync(join(dir, 'atelier.xlsx'), await workbook());
    const result = await runCli(['import', path, join(dir, 'atelier.xlsx'), '--json'], dir);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout.join(''))).toMatchObject({ placements: { created: 3 } });
    const huge = join(dir, 'huge.csv');
    writeFileSync(huge, '');
    truncateSync(huge, 2 * 1024 ** 3);
    const before = sha256(path);
    const refused = await runCli(['import', path, huge], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr.join('')).toMatch(
      /huge\.csv cannot be imported.*larger than the import limit/,
    );
    expect(sha256(path)).toBe(before);
  });
});

describe('an XLSX sheet whose headers Influmap does not recognise', () => {
  /** A CRM export: nothing says which column is the id, the community or the reach. */
  async function crmExport(): Promise<Buffer> {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Export CRM');
    sheet.addRow(['Contact', 'Société', 'Abonnés']);
    sheet.addRow(['ines-vallor', 'Parents du Val', 1200]);
    sheet.addRow(['tom-aubrac', 'Parents du Val', 300]);
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  it('is refused with its headers, then imported with the columns the user mapped', async () => {
    const { service } = await demoService();
    const base64 = (await crmExport()).toString('base64');
    const refused = await rawCall(service, 'import:preview', {
      files: [{ name: 'crm.xlsx', base64 }],
    });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        reason: 'unknown-table',
        file: 'crm.xlsx [Export CRM]',
        columns: ['Contact', 'Société', 'Abonnés'],
      },
    });
    const columns = { Contact: 'id', Société: 'community', Abonnés: 'reach' } as const;
    const summary = await call(service, 'import:apply', {
      files: [{ name: 'crm.xlsx', base64, columns }],
    });
    expect(summary.files).toMatchObject([{ name: 'crm.xlsx [Export CRM]', kind: 'nodes' }]);
    expect(summary.actors.created).toBe(2);
    expect(summary.communities).toBe(1);
    const ines = (await call(service, 'actor:list', {})).find((a) => a.key === 'ines-vallor');
    expect(ines?.reach).toBe(1200);
    service.close();
  });
});

describe('the XLSX reader (its own, streaming)', () => {
  it('reads cells as the text a CSV would hold: shared and inline strings, numbers, dates, booleans, formulas, sparse cells', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Acteurs');
    sheet.addRow(['id', 'label', 'reach', 'Suivi depuis', 'Vérifié', 'Score', 'Note libre']);
    sheet.addRow([
      'ines-vallor',
      { richText: [{ text: 'Inès ' }, { font: { bold: true }, text: 'Vallor' }] },
      1200,
      new Date(Date.UTC(2024, 2, 15)),
      true,
      { formula: 'C2/100', result: 12 },
      'a < b & "c"',
    ]);
    // A sparse row: only A, C and G hold values; Excel numbers this row 5.
    sheet.getCell('A5').value = 'tom-aubrac';
    sheet.getCell('C5').value = 250;
    sheet.getCell('G5').value = 'Parents du Val';
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    const map = createMap(join(tempDir(), 'm.influmap'), () => undefined);
    const summary = await importFiles(map, [{ name: 'crm.xlsx', bytes }], { preview: false });
    expect(summary.files).toMatchObject([
      { name: 'crm.xlsx [Acteurs]', kind: 'nodes', rows: 2, encoding: 'utf-8', delimiter: ',' },
    ]);
    const actors = exportedMap(map.db).actors;
    map.close();
    expect(actors.map((a) => [a.key, a.name, a.reach])).toEqual([
      ['ines-vallor', 'Inès Vallor', 1200],
      ['tom-aubrac', 'tom-aubrac', 250],
    ]);
    expect(actors[0]?.custom).toMatchObject({
      'Suivi depuis': '2024-03-15',
      Vérifié: true,
      Score: 12,
      'Note libre': 'a < b & "c"',
    });
    expect(actors[1]?.custom).toMatchObject({ 'Note libre': 'Parents du Val' });
  });

  it('names a bad row of a streamed sheet by the number Excel shows, and imports nothing', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Liens');
    sheet.addRow(['source', 'target', 'weight']);
    for (let i = 2; i <= 4000; i += 1) sheet.getRow(i * 2).values = ['a', 'b', 1];
    sheet.getRow(3001 * 2).values = ['a', 'b', 'lourd'];
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    const path = join(tempDir(), 'm.influmap');
    createMap(path, seedDemoMap).close();
    const before = sha256(path);
    const map = openMap(path);
    await expect(
      importFiles(map, [{ name: 'liens.xlsx', bytes }], { preview: false }),
    ).rejects.toMatchObject({
      data: { file: 'liens.xlsx [Liens]', line: 6002, field: 'weight', reason: 'not-a-number' },
    });
    map.close();
    expect(sha256(path)).toBe(before);
  });

  it('reports the progress of a big sheet while it is written, and is cancelled leaving the map as it was', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Acteurs');
    sheet.addRow(['id', 'label']);
    for (let i = 1; i <= 30_000; i += 1) sheet.addRow([`a${i}`, `Acteur fictif ${i}`]);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    const path = join(tempDir(), 'm.influmap');
    createMap(path, seedDemoMap).close();

    const map = openMap(path);
    const done = startImportJob(map, [memorySource('acteurs.xlsx', bytes)], { preview: true });
    const seen: number[] = [];
    while (done.status().state === 'running') {
      const status = done.status();
      if (status.phase === 'actors') seen.push(status.bytesDone);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    await done.done;
    // Read once to check it, its sheet once more while written: the bar counts both, and only
    // moves on.
    const end = done.status();
    expect(end).toMatchObject({ state: 'done', bytesDone: end.bytesTotal });
    expect(end.bytesTotal).toBeGreaterThan(bytes.length);
    expect(end.bytesTotal).toBeLessThanOrEqual(2 * bytes.length);
    expect(end.summary?.actors.created).toBe(30_000);
    expect(new Set(seen).size).toBeGreaterThan(2);
    expect(seen.every((n) => n >= bytes.length && n <= end.bytesTotal)).toBe(true);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    map.close();

    const before = sha256(path);
    const again = openMap(path);
    const job = startImportJob(again, [memorySource('acteurs.xlsx', bytes)], { preview: false });
    while (job.status().rows < 5000 && job.status().state === 'running')
      await new Promise((resolve) => setTimeout(resolve, 2));
    expect(job.status().phase).toBe('actors');
    expect(job.cancel()).toBe(true);
    await job.done;
    expect(job.status().state).toBe('cancelled');
    again.close();
    expect(sha256(path)).toBe(before);
  }, 60_000);
});
