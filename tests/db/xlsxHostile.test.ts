import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoMap } from '../../db/demo/demoMap';
import { createMap, openMap } from '../../db/file/openMap';
import { importFiles } from '../../db/io/importFiles';
import { openWorkbook } from '../../db/io/xlsx';
import { AppError, type AppErrorData } from '../../shared/api/errors';
import { LIMITS } from '../../shared/domain/limits';
import { formatError } from '../../shared/i18n/errorMessages';
import { sha256, sidecars } from '../helpers/fileState';
import { refusalOf } from '../helpers/refusal';
import { tempDirs } from '../helpers/tempDir';
import {
  columnName,
  rowXml,
  sharedStringsXml,
  sheetXml,
  workbookEntries,
} from '../helpers/xlsxFiles';
import { zeroBomb, zipBytes, type ZipEntrySpec } from '../helpers/zipWriter';

const tempDir = tempDirs();

/** A node list sheet of `rows` fictional actors (after its header). */
const nodeRows = (rows: number, from = 1) =>
  [
    rowXml(1, ['id', 'label', 'stance']),
    ...Array.from({ length: rows }, (_, i) =>
      rowXml(i + 2, [`a${from + i}`, `Acteur fictif ${from + i}`, (i % 5) - 2]),
    ),
  ] as const;

/** A workbook of one node list sheet (its entries, to forge before zipping). */
const nodeBook = (rows = 3): ZipEntrySpec[] =>
  workbookEntries([{ name: 'Acteurs', xml: sheetXml([...nodeRows(rows)]) }]);

/** The demo map, to import into: its bytes must not change when an import is refused. */
function demoMap(): string {
  const path = join(tempDir(), 'demo.influmap');
  createMap(path, seedDemoMap).close();
  return path;
}

/**
 * Imports a file into the map and returns the refusal's data, checking that the map file is
 * byte-identical afterwards and no journal file is left beside it.
 */
async function refusal(path: string, name: string, bytes: Uint8Array): Promise<AppErrorData> {
  const before = sha256(path);
  const map = openMap(path);
  let data: AppErrorData | null = null;
  try {
    await importFiles(map, [{ name, bytes }], { preview: false });
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    data = err.data;
  } finally {
    map.close();
  }
  expect(sha256(path)).toBe(before);
  expect(sidecars(path)).toEqual([]);
  if (data === null) throw new Error(`${name} was imported, not refused`);
  return data;
}

describe('a hostile XLSX archive is refused before it can run away with memory', () => {
  let path: string;
  beforeAll(() => {
    path = demoMap();
  });

  it('imports the honest workbook these forgeries start from', async () => {
    const map = openMap(path);
    const summary = await importFiles(map, [{ name: 'ok.xlsx', bytes: zipBytes(nodeBook()) }], {
      preview: true,
    });
    map.close();
    expect(summary.files).toMatchObject([{ name: 'ok.xlsx [Acteurs]', kind: 'nodes', rows: 3 }]);
    expect(summary.actors.created).toBe(3);
  });

  it('1. an end record that understates the entry count, hiding a bomb', async () => {
    const entries = [
      ...nodeBook(),
      { name: 'xl/media/hidden.bin', raw: zeroBomb(64 * 1024 * 1024), size: 1000, crc: 0 },
    ];
    const error = await refusal(path, 'hidden.xlsx', zipBytes(entries, { endCount: 3 }));
    expect(error).toMatchObject({ code: 'IMPORT_INVALID', file: 'hidden.xlsx', reason: 'binary' });
    expect(error.detail).toMatch(/end record lists 3 entries, the central directory holds 5/);
  });

  it('2. an entry declaring 1 000 bytes that inflates to 1.5 GB (the bomb is 1.5 MB)', async () => {
    const bomb = zeroBomb(1536 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(2_000_000);
    const entries = nodeBook().map((e) =>
      e.name === 'xl/worksheets/sheet1.xml' ? { ...e, raw: bomb, size: 1000, crc: 0 } : e,
    );
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    const error = await refusal(path, 'bomb.xlsx', zipBytes(entries));
    expect(error).toMatchObject({ file: 'bomb.xlsx', reason: 'zip-bomb' });
    expect(error.detail).toMatch(/xl\/worksheets\/sheet1\.xml inflates past the 1000 bytes/);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(100 * 1024 * 1024);
  });

  it('3. a bomb in the shared strings, and declared sizes over the cap (a lower cap, for the test)', async () => {
    const strings = nodeBook().concat({
      name: 'xl/sharedStrings.xml',
      raw: zeroBomb(16 * 1024 * 1024),
      size: 4096,
      crc: 0,
    });
    // The workbook's relationships name no shared strings part: add one.
    const rels = strings.find((e) => e.name === 'xl/_rels/workbook.xml.rels') as ZipEntrySpec;
    rels.data = Buffer.from(
      Buffer.from(rels.data ?? [])
        .toString()
        .replace(
          '</Relationships>',
          '<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        ),
    );
    expect(await refusal(path, 'strings.xlsx', zipBytes(strings))).toMatchObject({
      file: 'strings.xlsx',
      reason: 'zip-bomb',
    });
    // Honest sizes, but more in all than the cap lets inflate (a lower cap, for the test).
    const honest = zipBytes(nodeBook(2000));
    expect(refusalOf(() => openWorkbook(honest, 'capped.xlsx', 20_000).next())).toMatchObject({
      file: 'capped.xlsx',
      reason: 'too-large',
    });
    expect(openWorkbook(honest, 'capped.xlsx', 400_000).next().done).toBe(true);
  });

  it('4. a local header that disagrees with the central directory (name, size, method)', async () => {
    const sheet = 'xl/worksheets/sheet1.xml';
    for (const local of [{ name: 'xl/worksheets/sheet9.xml' }, { size: 10 }, { method: 0 }]) {
      const entries = nodeBook().map((e) => (e.name === sheet ? { ...e, local } : e));
      const error = await refusal(path, 'forged.xlsx', zipBytes(entries));
      expect(error).toMatchObject({ file: 'forged.xlsx', reason: 'binary' });
      expect(error.detail).toMatch(/local header and the central directory disagree/);
    }
  });

  it('5. a stored entry whose size lies', async () => {
    const sheet = 'xl/worksheets/sheet1.xml';
    const entries = nodeBook().map((e) => (e.name === sheet ? { ...e, method: 0, size: 100 } : e));
    const error = await refusal(path, 'stored.xlsx', zipBytes(entries));
    expect(error).toMatchObject({ file: 'stored.xlsx', reason: 'binary' });
    expect(error.detail).toMatch(/stored but declares 100 bytes/);
  });

  it('6. an encrypted entry, and a password-protected workbook (an OLE file)', async () => {
    const entries = nodeBook().map((e, i) => (i === 1 ? { ...e, flags: 0x0801 } : e));
    const error = await refusal(path, 'locked.xlsx', zipBytes(entries));
    expect(error).toMatchObject({ file: 'locked.xlsx', reason: 'binary' });
    expect(error.detail).toMatch(/encrypted/);
    const ole = Buffer.alloc(4096);
    ole.writeUInt32LE(0xe011cfd0, 0);
    expect(await refusal(path, 'ole.xlsx', ole)).toMatchObject({
      file: 'ole.xlsx',
      reason: 'binary',
      detail: expect.stringMatching(/password-protected/) as unknown as string,
    });
  });

  it('7. ZIP64 markers: sizes of 0xFFFFFFFF with a ZIP64 field, an end record of 0xFFFF entries', async () => {
    const zip64Field = Buffer.alloc(20);
    zip64Field.writeUInt16LE(0x0001, 0);
    zip64Field.writeUInt16LE(16, 2);
    const entries = nodeBook().map((e, i) =>
      i === 3 ? { ...e, size: 0xffffffff, compressedSize: 0xffffffff, extra: zip64Field } : e,
    );
    expect(await refusal(path, 'z64.xlsx', zipBytes(entries))).toMatchObject({
      file: 'z64.xlsx',
      reason: 'too-large',
      detail: expect.stringMatching(/ZIP64/) as unknown as string,
    });
    const field = nodeBook().map((e, i) => (i === 3 ? { ...e, extra: zip64Field } : e));
    expect((await refusal(path, 'z64b.xlsx', zipBytes(field))).reason).toBe('too-large');
    expect(
      (await refusal(path, 'z64c.xlsx', zipBytes(nodeBook(), { endCount: 0xffff }))).reason,
    ).toBe('too-large');
  });

  it('8. a truncated archive, and damaged compressed data', async () => {
    const whole = zipBytes(nodeBook(500));
    for (const cut of [whole.length - 10, Math.floor(whole.length / 2), 100]) {
      const error = await refusal(path, 'cut.xlsx', whole.subarray(0, cut));
      expect(error).toMatchObject({ file: 'cut.xlsx', reason: 'binary' });
    }
    const sheet = 'xl/worksheets/sheet1.xml';
    const data = Buffer.from(sheetXml([...nodeRows(500)]));
    const raw = Buffer.from(zipBytes([{ name: 'x', data }]).subarray(31, -69));
    raw.fill(0xff, 200, 260);
    const damaged = nodeBook().map((e) => (e.name === sheet ? { ...e, data, raw } : e));
    const error = await refusal(path, 'damaged.xlsx', zipBytes(damaged));
    expect(error).toMatchObject({ file: 'damaged.xlsx', reason: 'binary' });
    expect(error.detail).toMatch(/damaged/);
  });

  it('9. a sheet with more columns than the limit, found deep in a streamed node list', async () => {
    const wide = Array.from({ length: LIMITS.parse.columns + 1 }, (_, i) => `v${i}`);
    const rows = [...nodeRows(3000)];
    rows[2500] = rowXml(2501, wide);
    const book = workbookEntries([{ name: 'Acteurs', xml: sheetXml(rows) }]);
    const error = await refusal(path, 'wide.xlsx', zipBytes(book));
    expect(error).toMatchObject({
      file: 'wide.xlsx [Acteurs]',
      reason: 'too-many-columns',
      line: 2501,
    });
    // A single sparse cell far to the right is refused the same way, before the row can grow.
    const sparse = [...nodeRows(3)];
    sparse[2] = `<row r="3"><c r="${columnName(16_000)}3"><v>1</v></c></row>`;
    const far = workbookEntries([{ name: 'Acteurs', xml: sheetXml(sparse) }]);
    expect(await refusal(path, 'far.xlsx', zipBytes(far))).toMatchObject({
      file: 'far.xlsx [Acteurs]',
      reason: 'too-many-columns',
      line: 3,
    });
  });

  it('10. a cell longer than the text limit, named by its line and column', async () => {
    const rows = [...nodeRows(10)];
    rows[6] = rowXml(7, ['a6', 'x'.repeat(LIMITS.notes + 1)]);
    const book = workbookEntries([{ name: 'Acteurs', xml: sheetXml(rows) }]);
    expect(await refusal(path, 'long.xlsx', zipBytes(book))).toMatchObject({
      file: 'long.xlsx [Acteurs]',
      reason: 'too-long',
      line: 7,
      column: 2,
    });
  });

  it('10b. a cell of a million rich-text runs, inline or shared, refused as it grows', async () => {
    // Each run is short, so no single text is long: only counting the cell's parts as it is
    // read stops it before it is held whole.
    const runs = '<r><rPr><b/><sz val="11"/></rPr><t>x</t></r>'.repeat(1_000_000);
    const rows = [...nodeRows(5)];
    rows[3] = `<row r="4"><c r="A4" t="inlineStr"><is><t>a3</t></is></c><c r="B4" t="inlineStr"><is>${runs}</is></c></row>`;
    const inline = workbookEntries([{ name: 'Acteurs', xml: sheetXml(rows) }]);
    expect(await refusal(path, 'runs.xlsx', zipBytes(inline))).toMatchObject({
      file: 'runs.xlsx [Acteurs]',
      reason: 'too-long',
      line: 4,
      column: 2,
    });
    const shared = workbookEntries([{ name: 'Acteurs', xml: sheetXml([...nodeRows(2)]) }], {
      sharedStrings: sharedStringsXml(['a1', 'Acteur fictif']).replace(
        '</sst>',
        `<si>${runs}</si></sst>`,
      ),
    });
    const error = await refusal(path, 'shared-runs.xlsx', zipBytes(shared));
    expect(error).toMatchObject({ file: 'shared-runs.xlsx', reason: 'too-long' });
    expect(error.detail).toBe('shared string 2');
    // A cell of a few hundred formatted runs, as a spreadsheet writes, is read as its text.
    const fine = [...nodeRows(2)];
    fine[2] = `<row r="3"><c r="A3" t="inlineStr"><is><t>a2</t></is></c><c r="B3" t="inlineStr"><is>${'<r><rPr><i/></rPr><t>ab</t></r>'.repeat(300)}</is></c></row>`;
    const book = workbookEntries([{ name: 'Acteurs', xml: sheetXml(fine) }]);
    const steps = openWorkbook(zipBytes(book), 'fine.xlsx');
    let step = steps.next();
    while (!step.done) step = steps.next();
    const table = step.value[0]?.table();
    expect(table?.rows[1]?.[1]).toBe('ab'.repeat(300));
  });

  it('11. a cell naming a shared string the workbook does not have', async () => {
    const rows = [
      rowXml(1, ['id', 'label']),
      '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c></row>',
      '<row r="3"><c r="A3" t="s"><v>0</v></c><c r="B3" t="s"><v>99</v></c></row>',
    ];
    const book = workbookEntries([{ name: 'Acteurs', xml: sheetXml(rows) }], {
      sharedStrings: sharedStringsXml(['a1', 'Acteur fictif']),
    });
    const error = await refusal(path, 'strings.xlsx', zipBytes(book));
    expect(error).toMatchObject({
      file: 'strings.xlsx [Acteurs]',
      reason: 'binary',
      line: 3,
      column: 2,
    });
    expect(error.detail).toMatch(/shared string 99, the workbook has 2/);
  });

  it('12. a sheet with a DOCTYPE (entities that could expand, or read other files)', async () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY a "aaaaaaaaaa">]>${sheetXml([...nodeRows(2)]).replace(/^<\?xml[^>]*>\s*/, '')}`;
    const book = workbookEntries([{ name: 'Acteurs', xml }]);
    expect(await refusal(path, 'dtd.xlsx', zipBytes(book))).toMatchObject({
      file: 'dtd.xlsx [Acteurs]',
      reason: 'doctype',
    });
  });

  it('13. entries that overlap (one inside another’s data), point at another’s header, or share a name', async () => {
    const overlapping = nodeBook();
    const first = overlapping[0] as ZipEntrySpec;
    const compressed = zipBytes([first]).readUInt32LE(18);
    overlapping[0] = { ...first, compressedSize: compressed + 40 };
    const error = await refusal(path, 'overlap.xlsx', zipBytes(overlapping));
    expect(error).toMatchObject({ file: 'overlap.xlsx', reason: 'binary' });
    expect(error.detail).toMatch(/overlaps another entry/);
    // The last directory record points at the first entry's local header.
    const twin = zipBytes(nodeBook());
    twin.writeUInt32LE(0, twin.lastIndexOf(Buffer.from('PK\x01\x02')) + 42);
    expect(await refusal(path, 'twin.xlsx', twin)).toMatchObject({
      file: 'twin.xlsx',
      reason: 'binary',
    });
    const named = nodeBook();
    named.push({ ...(named[3] as ZipEntrySpec) });
    expect(await refusal(path, 'same.xlsx', zipBytes(named))).toMatchObject({
      file: 'same.xlsx',
      reason: 'binary',
      detail: expect.stringMatching(/two entries named/) as unknown as string,
    });
  });

  it('reads its refusal in the user’s language', async () => {
    const entries = nodeBook().map((e) =>
      e.name === 'xl/worksheets/sheet1.xml'
        ? { ...e, raw: zeroBomb(8 * 1024 * 1024), size: 1000, crc: 0 }
        : e,
    );
    const error = await refusal(path, 'bombe.xlsx', zipBytes(entries));
    expect(formatError(error, 'en')).toMatch(
      /^bombe\.xlsx cannot be imported; nothing was changed: the archive decompresses to more than the import limit \(xl\/worksheets\/sheet1\.xml inflates past/,
    );
    expect(formatError(error, 'fr')).toMatch(
      /^bombe\.xlsx ne peut pas être importé ; rien n’a été modifié: l’archive se décompresse au-delà de la limite d’import/,
    );
  });
});
