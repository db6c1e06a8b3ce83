import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { seedDemoMap } from '../../db/demo/demoMap';
import { createMap } from '../../db/file/openMap';
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
    // The central directory's first entry declares 3 GB uncompressed (a zip bomb's signature).
    const bomb = Buffer.from(bytes);
    const directory = bomb.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), bomb.length - 22);
    const first = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    expect(directory).toBeGreaterThan(0);
    bomb.writeUInt32LE(3_000_000_000, first + 24);
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
