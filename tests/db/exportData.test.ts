import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedDemoMap } from '../../db/demo/demoMap';
import { createMap, type MapHandle } from '../../db/file/openMap';
import { exportData, exportedMap, type DataFormat } from '../../db/io/exportData';
import { importFiles } from '../../db/io/importFiles';
import { runCli } from '../helpers/runCli';
import { call, makeService, rawCall } from '../helpers/testService';
import { tempDirs } from '../helpers/tempDir';

const tempDir = tempDirs();
const SCHEMAS = join(process.cwd(), 'tests', 'fixtures', 'schemas');

function demo(): { map: MapHandle; dir: string } {
  const dir = tempDir();
  const map = createMap(join(dir, 'demo.influmap'), (db) => {
    seedDemoMap(db);
    // A hostile name and a custom field, to see them through every format.
    db.prepare(
      'UPDATE actors SET name = \'=HYPERLINK("http://x")\', custom = \'{"budget": 1200, "desk": "Lyon"}\' WHERE id = 1',
    ).run();
    db.prepare(
      'INSERT INTO view_positions (view_id, actor_id, x, y) SELECT id, 2, 10.5, -20 FROM saved_views',
    ).run();
  });
  return { map, dir };
}

function xmllint(args: string[]): { ok: boolean; output: string } {
  try {
    execFileSync('xmllint', ['--noout', '--nonet', ...args], { stdio: 'pipe' });
    return { ok: true, output: '' };
  } catch (err) {
    const e = err as { stderr?: Buffer };
    return { ok: false, output: e.stderr?.toString() ?? String(err) };
  }
}

/** What a round trip must keep, sorted so that order does not matter. */
function essence(map: MapHandle) {
  const m = exportedMap(map.db);
  return {
    actors: m.actors
      .map((a) => ({
        ...a,
        communities: [...a.communities].sort(),
        custom: Object.fromEntries(Object.entries(a.custom).sort()),
      }))
      .sort((a, b) => a.key.localeCompare(b.key)),
    relations: m.relations
      .map(
        (r) =>
          `${r.source}>${r.target}|${r.type}|${r.directed}|${r.weight}|${r.evidence}|${r.observedOn}`,
      )
      .sort(),
  };
}

describe('data exports', () => {
  it('writes GEXF 1.3 valid against the RELAX NG grammar, and GraphML valid against the XSD', async () => {
    const { map, dir } = demo();
    // A control character XML cannot hold (pasted from a terminal): dropped, not written.
    map.db.prepare("UPDATE actors SET notes = 'before' || char(1) || 'after' WHERE id = 3").run();
    const gexf = join(dir, 'out.gexf');
    const graphml = join(dir, 'out.graphml');
    writeFileSync(gexf, await exportData(map.db, 'gexf'));
    writeFileSync(graphml, await exportData(map.db, 'graphml'));
    map.close();
    const rng = xmllint(['--relaxng', join(SCHEMAS, 'gexf-1.3', 'gexf.rng'), gexf]);
    expect(rng.output).toBe('');
    expect(rng.ok).toBe(true);
    const xsd = xmllint(['--schema', join(SCHEMAS, 'graphml-1.1', 'graphml.xsd.xml'), graphml]);
    expect(xsd.output).toBe('');
    expect(xsd.ok).toBe(true);
    expect(readFileSync(gexf, 'utf8')).toContain('<viz:color');
    expect(readFileSync(gexf, 'utf8')).toContain('value="beforeafter"');
  });

  it.each<[string, DataFormat[]]>([
    ['GEXF', ['gexf']],
    ['GraphML', ['graphml']],
    ['JSON', ['json']],
    ['XLSX', ['xlsx']],
    ['CSV', ['nodes.csv', 'edges.csv']],
  ])('exported as %s and imported again, the map is the same map', async (_, formats) => {
    const { map } = demo();
    const files = await Promise.all(
      formats.map(async (f) => ({ name: `demo.${f}`, bytes: await exportData(map.db, f) })),
    );
    const original = essence(map);
    map.close();
    const target = createMap(join(tempDir(), 'copy.influmap'), () => undefined);
    await importFiles(target, files, { preview: false });
    const copy = essence(target);
    target.close();
    const hostile = (m: typeof original) => m.actors.find((a) => a.name.includes('HYPERLINK'));
    if (formats[0]?.endsWith('csv') || formats[0] === 'xlsx') {
      // Spreadsheets get the formula neutralised: the one change a round trip makes, on purpose.
      expect(hostile(copy)?.name).toBe(`'${hostile(original)?.name ?? ''}`);
      for (const m of [original, copy]) {
        const a = hostile(m);
        if (a) a.name = a.name.replace(/^'/, '');
      }
    }
    expect(copy.relations).toEqual(original.relations);
    expect(copy.actors).toEqual(original.actors);
    expect(original.actors.length).toBe(60);
  });

  it('neutralises formulas in CSV cells, writes CSV as two files atomically from the command line', async () => {
    const { map, dir } = demo();
    map.close();
    const out = join(dir, 'export.csv');
    const result = await runCli(
      ['export', join(dir, 'demo.influmap'), '--format', 'csv', '--out', out],
      dir,
    );
    expect(result.code).toBe(0);
    expect(result.stdout.join('')).toMatch(/Exported 60 actors and \d+ relations/);
    const nodes = readFileSync(join(dir, 'export.nodes.csv'), 'utf8');
    expect(nodes.startsWith('\ufeffid,label,kind')).toBe(true);
    expect(nodes).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(existsSync(join(dir, 'export.edges.csv'))).toBe(true);
    // Negative numbers are numbers, not formulas: left alone.
    expect(nodes).toMatch(/,-2,/);
  });

  it('neutralises formulas in the names of custom fields too: a header is a cell', async () => {
    const dir = tempDir();
    const path = join(dir, 'fields.influmap');
    const map = createMap(path, (db) => {
      db.prepare(
        `INSERT INTO actors (key, name, kind, custom) VALUES ('ada', 'Ada', 'influencer', ?)`,
      ).run(
        JSON.stringify({
          '=HYPERLINK("http://evil","x")': 1,
          '@SUM(A1)': 2,
          '+cmd|calc': 3,
          '-2+3': 4,
          '\tTab': 5,
          plain: 6,
        }),
      );
    });
    const csv = Buffer.from(await exportData(map.db, 'nodes.csv')).toString('utf8');
    map.close();
    const header = csv.split('\r\n')[0] ?? '';
    for (const hostile of ['=HYPERLINK', '@SUM', '+cmd', '-2+3', '\tTab'])
      expect(header).not.toMatch(new RegExp(`(^|,)"?${hostile.replace(/[+|()]/g, '\\$&')}`));
    expect(header).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(header).toContain(`'@SUM(A1)`);
    expect(header).toContain(`'+cmd|calc`);
    expect(header).toMatch(/,plain(,|$)/);
  });

  it('answers the window with the file as base64, in every format', async () => {
    const { map, dir } = demo();
    const path = map.path;
    map.close();
    const service = makeService(dir);
    await call(service, 'map:open', { path });
    const gexf = await call(service, 'export:data', { format: 'gexf' });
    expect(Buffer.from(gexf.base64, 'base64').toString('utf8')).toMatch(/^<\?xml[^>]*>\n<gexf /);
    const xlsx = await call(service, 'export:data', { format: 'xlsx' });
    // An XLSX is a ZIP archive.
    expect(Buffer.from(xlsx.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
    expect(await rawCall(service, 'export:data', { format: 'pdf' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    service.close();
  });
});
