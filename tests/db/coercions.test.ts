import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppError, type AppErrorData } from '../../shared/api/errors';
import { formatError } from '../../shared/i18n/errorMessages';
import { sceneSvg } from '../../shared/figures/sceneSvg';
import { createMap, openMap, type MapHandle } from '../../db/file/openMap';
import { exportData, type DataFormat } from '../../db/io/exportData';
import { importFiles, type ImportFile } from '../../db/io/importFiles';
import { mapPicture } from '../../db/io/mapDrawing';
import { createRepositories } from '../../db/repositories';
import { sha256 } from '../helpers/fileState';
import { tempDirs } from '../helpers/tempDir';

/**
 * Issue 14, "silent coercions", through the whole import: each hostile file is refused with its
 * file, line (when the format has lines), field and reason, in English and French, and the map
 * is left byte-identical; or, where the value can be kept as written, it is, and the summary
 * says what was adjusted. Every file is generated here.
 */

const tempDir = tempDirs();
const SCHEMAS = join(process.cwd(), 'tests', 'fixtures', 'schemas');
const utf8 = (text: string) => new TextEncoder().encode(text);
const file = (name: string, content: string | Uint8Array): ImportFile => ({
  name,
  bytes: typeof content === 'string' ? utf8(content) : content,
});
const joined = (...parts: Array<string | number[]>) => {
  const chunks = parts.map((p) => (typeof p === 'string' ? utf8(p) : Uint8Array.from(p)));
  const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  return all;
};

function freshMap(): { map: MapHandle; path: string } {
  const path = join(tempDir(), 'coercions.influmap');
  return { map: createMap(path, () => undefined), path };
}

/**
 * Imports `files` into a map holding one actor already, expects a refusal, and checks the map
 * file is byte-identical afterwards and the sentence reads in both languages.
 */
async function refused(files: ImportFile[]): Promise<AppErrorData> {
  const { map, path } = freshMap();
  await importFiles(map, [file('seed.csv', 'id,label\nseed,Seed\n')], { preview: false });
  map.close();
  const before = sha256(path);
  const reopened = openMap(path);
  let error: AppErrorData | null = null;
  try {
    await importFiles(reopened, files, { preview: false });
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    error = err.data;
  } finally {
    reopened.close();
  }
  expect(sha256(path)).toBe(before);
  if (error === null) throw new Error('expected a refusal');
  expect(error.code).toBe('IMPORT_INVALID');
  const en = formatError(error, 'en');
  const fr = formatError(error, 'fr');
  expect(en).toContain('cannot be imported; nothing was changed');
  expect(fr).toContain('ne peut pas être importé ; rien n’a été modifié');
  if (error.line !== undefined) expect(fr).toContain(`ligne ${error.line}`);
  if (error.field !== undefined) expect(fr).toContain(`champ ${error.field}`);
  return error;
}

/** Imports into a fresh map and returns it with the summary. */
async function imported(files: ImportFile[]) {
  const { map } = freshMap();
  const summary = await importFiles(map, files, { preview: false });
  return { map, summary };
}

const actors = (map: MapHandle) =>
  map.db
    .prepare<[], { key: string; name: string; reach: number | null; custom: string }>(
      'SELECT key, name, reach, custom FROM actors ORDER BY id',
    )
    .all();

const nodeRows = (rows: number) => {
  let text = 'id,label\n';
  for (let i = 1; i <= rows; i += 1) text += `n${i},Émilie Gaëlle ${i}\n`;
  return text;
};
const gexf = (nodes: string, attributes = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns:viz="http://gexf.net/1.3/viz" version="1.3"><graph>${attributes}<nodes>\n${nodes}\n</nodes></graph></gexf>\n`;
const graphology = (nodes: string, edges = '') => `{"nodes":[${nodes}],"edges":[${edges}]}`;

describe('encoding: refused in the pipeline with line and column, map unchanged', () => {
  it('a 20 000-row UTF-8 node list with one bad byte at its end (streamed)', async () => {
    const error = await refused([file('big.csv', joined(nodeRows(20_000), 'n0,Zo', [0xe9]))]);
    expect(error).toMatchObject({ reason: 'invalid-utf8', line: 20_002, column: 6 });
  });

  it('names the streamed file it refuses', async () => {
    const error = await refused([file('big.csv', joined(nodeRows(10), [0xe9]))]);
    expect(error.file).toBe('big.csv');
  });

  it('a bad byte in the middle of a UTF-8 JSON graph, and in a GEXF file', async () => {
    const names = Array.from(
      { length: 500 },
      (_, i) => `{"key":"k${i}","attributes":{"label":"Zoé ${i}"}}`,
    );
    const text = graphology(names.join(',\n'));
    const cut = text.indexOf('Zoé 250');
    const middle = joined(text.slice(0, cut), [0xff], text.slice(cut));
    expect(await refused([file('g.json', middle)])).toMatchObject({
      file: 'g.json',
      reason: 'invalid-utf8',
      line: 251,
      column: cut - text.lastIndexOf('\n', cut),
    });
    const xml = gexf(
      Array.from({ length: 300 }, (_, i) => `<node id="n${i}" label="Hélène ${i}"/>`).join('\n'),
    );
    const at = xml.indexOf('Hélène 150');
    expect(
      await refused([file('g.gexf', joined(xml.slice(0, at), [0xc3, 0x28], xml.slice(at)))]),
    ).toMatchObject({ reason: 'invalid-utf8', line: 153, column: at - xml.lastIndexOf('\n', at) });
  });

  it('a BOM followed by a bad byte', async () => {
    expect(
      await refused([
        file('bom.csv', joined([0xef, 0xbb, 0xbf], 'id,label\nada,Ad', [0xe0], '\n')),
      ]),
    ).toMatchObject({ reason: 'invalid-utf8', line: 2, column: 7 });
  });

  it('still imports a true Windows-1252 file: é, ’, €, Œ as written', async () => {
    const CP: Record<string, number> = { '’': 0x92, '€': 0x80, Œ: 0x8c };
    const text = 'id;label;notes\r\nada;Éloïse Œuvre;l’été : 5 €\r\nbo;Noël;\r\n';
    const bytes = Uint8Array.from([...text].map((c) => CP[c] ?? c.charCodeAt(0)));
    const { map, summary } = await imported([file('fr.csv', bytes)]);
    expect(summary.files[0]?.encoding).toBe('windows-1252');
    expect(actors(map).map((a) => a.name)).toEqual(['Éloïse Œuvre', 'Noël']);
    expect(
      map.db.prepare<[], { notes: string }>("SELECT notes FROM actors WHERE key = 'ada'").get(),
    ).toEqual({ notes: 'l’été : 5 €' });
    map.close();
  });
});

describe('text that cannot be stored: refused with file, line and field, map unchanged', () => {
  it('NUL in a CSV name (beyond the first 64 KB, where a NUL means a binary file)', async () => {
    const text = nodeRows(5000);
    expect(text.length).toBeGreaterThan(65_536);
    const error = await refused([file('nul.csv', `${text}x1,Ad\u0000a\n`)]);
    expect(error).toMatchObject({
      file: 'nul.csv',
      reason: 'invalid-character',
      line: 5002,
      field: 'label',
      detail: 'U+0000, character 3',
    });
    expect(formatError(error, 'en')).toContain(
      '(line 5002) — field label: the text holds a character that cannot be stored (a NUL byte or half of a surrogate pair)',
    );
    // Within the first 64 KB, the file is taken for a binary one.
    expect(await refused([file('nul.csv', 'id,label\na,Ad\u0000a\n')])).toMatchObject({
      reason: 'binary',
    });
  });

  it('NUL and lone surrogates in JSON escapes: names, keys, attribute names and edges', async () => {
    const cases: Array<[string, string]> = [
      [graphology('{"key":"a","attributes":{"label":"Ad\\u0000a"}}'), 'label'],
      [graphology('{"key":"a","attributes":{"label":"x\\ud800"}}'), 'label'],
      [graphology('{"key":"a\\udfff","attributes":{}}'), 'id'],
      [graphology('{"key":"a","attributes":{"bio\\ud83d":"x"}}'), 'bio\ud83d'],
      [graphology('{"key":"a","attributes":{"bio":"\\udc00x"}}'), 'bio'],
      [
        graphology(
          '{"key":"a","attributes":{}},{"key":"b","attributes":{}}',
          '{"source":"a","target":"b","attributes":{"type":"likes\\u0000"}}',
        ),
        'type',
      ],
    ];
    for (const [json, field] of cases)
      expect(await refused([file('g.json', json)])).toMatchObject({
        file: 'g.json',
        reason: 'invalid-character',
        field,
      });
  });

  it('NUL or a surrogate as an XML character reference; GML numbers that overflow', async () => {
    // XML 1.0 has neither NUL nor lone halves of surrogate pairs: the XML reader refuses them.
    for (const ref of ['&#0;', '&#xD800;', '&#xDFFF;', '&#55296;'])
      expect(await refused([file('g.gexf', gexf(`<node id="a" label="A${ref}"/>`))])).toMatchObject(
        { reason: 'malformed-xml', line: 3 },
      );
    expect(
      await refused([
        file(
          'g.graphml',
          `<graphml><key id="l" for="node" attr.name="label"/><graph>\n<node id="a"><data key="l">x&#xD800;</data></node></graph></graphml>`,
        ),
      ]),
    ).toMatchObject({ reason: 'malformed-xml', line: 2 });
    for (const [gml, field] of [
      ['graph [\n node [ id 1 reach 1e400 ] ]', 'reach'],
      ['graph [\n node [ id 1 x 1e999 y 0 ] ]', 'x'],
      ['graph [\n node [ id 1 graphics [ x 0 y -1e999 ] ] ]', 'y'],
    ] as const)
      expect(await refused([file('g.gml', gml)])).toMatchObject({
        file: 'g.gml',
        reason: 'not-finite',
        line: 2,
        field,
      });
  });

  it('NUL in a mention table and a journey table (read whole), naming the column', async () => {
    let mentions = 'date,author,topic,reach\n';
    for (let i = 0; i < 3000; i += 1) mentions += `2024-01-02,seed,Produit ${i},${i}\n`;
    expect(
      await refused([file('m.csv', `${mentions}2024-01-03,se\u0000ed,Produit,1\n`)]),
    ).toMatchObject({ file: 'm.csv', reason: 'invalid-character', line: 3002, field: 'author' });
    let stages = 'journey;stage\n';
    for (let i = 0; i < 4000; i += 1) stages += `Rénovation;Étape ${i}\n`;
    expect(await refused([file('s.csv', `${stages}Rénovation;Fin\u0000\n`)])).toMatchObject({
      reason: 'invalid-character',
      line: 4002,
      field: 'stage',
    });
  });

  it('takes control characters out of names, and says so', async () => {
    const { map, summary } = await imported([
      file('n.csv', 'id,label,role\na,"Ada\nLune",po\u0007et\nb,\u001b[31mBo,\n'),
    ]);
    expect(actors(map).map((a) => a.name)).toEqual(['Ada Lune', '[31mBo']);
    expect(summary.notes.join(' ')).toContain('2 actors had control characters');
    map.close();
  });
});

describe('numbers: refused rather than stored as REAL, Infinity or rounded', () => {
  it.each([
    ['1e308', 'unsafe-integer'],
    ['1e400', 'not-finite'],
    ['-1', 'out-of-range'],
    ['12abc', 'not-a-number'],
    ['9007199254740993', 'unsafe-integer'],
    ['INF', 'not-finite'],
  ])('a CSV reach of %s: %s', async (reach, reason) => {
    expect(
      await refused([file('r.csv', `id,label,followers\na,A,12\nb,B,${reach}\n`)]),
    ).toMatchObject({ file: 'r.csv', reason, line: 3, field: 'followers', detail: reach });
  });

  it('a reach of 1e400 in GEXF (typed long) and in JSON', async () => {
    const attrs =
      '<attributes class="node"><attribute id="0" title="reach" type="long"/></attributes>';
    expect(
      await refused([
        file(
          'r.gexf',
          gexf(
            '<node id="a"><attvalues><attvalue for="0" value="1e400"/></attvalues></node>',
            attrs,
          ),
        ),
      ]),
    ).toMatchObject({ reason: 'not-finite', line: 3, field: 'reach' });
    expect(
      await refused([file('r.json', graphology('{"key":"a","attributes":{"reach":1e400}}'))]),
    ).toMatchObject({ file: 'r.json', reason: 'not-finite', field: 'reach' });
  });

  it('positions: x: 1e999 in JSON, yEd geometry and typed x="INF" in GraphML, CSV columns', async () => {
    expect(
      await refused([file('p.json', graphology('{"key":"a","attributes":{"x":1e999,"y":2}}'))]),
    ).toMatchObject({ reason: 'not-finite', field: 'x' });
    expect(
      await refused([
        file(
          'y.graphml',
          '<graphml><key id="d0" for="node" yfiles.type="nodegraphics"/><graph>\n<node id="a"><data key="d0"><y:ShapeNode><y:Geometry x="Infinity" y="3"/></y:ShapeNode></data></node></graph></graphml>',
        ),
      ]),
    ).toMatchObject({ reason: 'not-finite', line: 2, field: 'x' });
    expect(
      await refused([
        file(
          'g.graphml',
          '<graphml><key id="x" for="node" attr.name="x" attr.type="double"/><key id="y" for="node" attr.name="y" attr.type="double"/><graph>\n<node id="a"><data key="x">1</data><data key="y">-INF</data></node></graph></graphml>',
        ),
      ]),
    ).toMatchObject({ reason: 'not-finite', line: 2, field: 'y' });
    expect(await refused([file('p.csv', 'id,x,y\na,1,2\nb,3,1e999\n')])).toMatchObject({
      reason: 'not-finite',
      line: 3,
      field: 'y',
    });
    expect(await refused([file('p.csv', 'id,x,y\na,1,2\nb,3000000000000,1\n')])).toMatchObject({
      reason: 'out-of-range',
      line: 3,
      field: 'x',
    });
  });

  // gexf.ts reads viz:position with Number() and drops a position that is not finite without a
  // word: the fix is to set node.x / node.y whatever Number() gives (the gate in
  // importedValues.ts then refuses it with the line), or to refuse there. Remove `.fails` then.
  it('x="Infinity" in a GEXF viz:position', async () => {
    expect(
      await refused([
        file('v.gexf', gexf('<node id="a"><viz:position x="Infinity" y="0"/></node>')),
      ]),
    ).toMatchObject({ reason: 'not-finite', line: 3, field: 'x' });
  });

  it('an edge weight of 1e400 (CSV) or 1e999 (JSON)', async () => {
    expect(
      await refused([
        file('n.csv', 'id\na\nb\n'),
        file('e.csv', 'source,target,weight\na,b,2\na,b,1e400\n'),
      ]),
    ).toMatchObject({ file: 'e.csv', reason: 'not-finite', line: 3, field: 'weight' });
    expect(
      await refused([
        file(
          'e.json',
          graphology(
            '{"key":"a"},{"key":"b"}',
            '{"source":"a","target":"b","attributes":{"weight":1e999}}',
          ),
        ),
      ]),
    ).toMatchObject({ reason: 'not-finite', field: 'weight' });
  });

  it('a JSON custom number beyond 2^53 (already rounded by JSON): refused, saying to quote it', async () => {
    const error = await refused([
      file('t.json', graphology('{"key":"a","attributes":{"tweet_id":1234567890123456789}}')),
    ]);
    // The JSON reader refuses it itself (naming its path), else the gate would (importedValues.ts).
    expect(error).toMatchObject({ reason: 'unsafe-integer' });
    expect(error.field).toMatch(/tweet_id$/);
    expect(formatError(error, 'fr')).toContain('doit être écrit comme du texte, entre guillemets');
  });

  it('keeps custom numbers beyond 2^53, INF and NaN (CSV, GEXF) as the text written', async () => {
    const attrs =
      '<attributes class="node"><attribute id="0" title="id64" type="long"/><attribute id="1" title="ratio" type="double"/></attributes>';
    const { map } = await imported([
      file('t.csv', 'id,tweet_id,score\na,1234567890123456789,12\n'),
      file(
        't.gexf',
        gexf(
          '<node id="b"><attvalues><attvalue for="0" value="9007199254740993"/><attvalue for="1" value="INF"/></attvalues></node>\n<node id="c"><attvalues><attvalue for="1" value="NaN"/></attvalues></node>',
          attrs,
        ),
      ),
    ]);
    expect(actors(map).map((a) => JSON.parse(a.custom) as unknown)).toEqual([
      { tweet_id: '1234567890123456789', score: 12 },
      { id64: '9007199254740993', ratio: 'INF' },
      { ratio: 'NaN' },
    ]);
    map.close();
  });
});

describe('keys compared in NFC, kept as written', () => {
  const NFD = 'cafe\u0301';

  it('"café" in NFC and NFD in one node list: one actor, and the summary says so', async () => {
    const { map, summary } = await imported([
      file('n.csv', `id,label,community\ncafé,Café,Cafés\n${NFD},${NFD} bis,Cafe\u0301s\n`),
    ]);
    const all = actors(map);
    expect(all).toHaveLength(1);
    expect(all[0]?.key).toBe('café');
    expect(summary.actors).toMatchObject({ created: 1, updated: 1 });
    expect(summary.notes.join(' ')).toContain(
      '1 times a key was written in another Unicode form than the actor’s'.replace('’', "'"),
    );
    expect(summary.notes.join(' ')).not.toContain('declared twice');
    expect(
      map.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM communities').get()?.n,
    ).toBe(1);
    map.close();
  });

  it('an edge list whose endpoint is the NFD spelling of a node id, and relation types', async () => {
    const { map, summary } = await imported([
      file('n.csv', 'id\ncafé\nthé\n'),
      file('e.csv', `source,target,type\n${NFD},the\u0301,Étude\nthé,café,E\u0301tude\n`),
    ]);
    expect(actors(map).map((a) => a.key)).toEqual(['café', 'thé']);
    expect(summary.relations.created).toBe(2);
    expect(
      map.db.prepare<[], { n: number }>('SELECT count(DISTINCT type) AS n FROM relations').get()?.n,
    ).toBe(1);
    expect(summary.notes.join(' ')).toContain('2 times a key was written in another Unicode form');
    map.close();
  });

  it('a mention author and a placement actor in NFD find the actor keyed in NFC', async () => {
    const { map } = await imported([file('n.csv', 'id\nzoé\n')]);
    const summary = await importFiles(
      map,
      [
        file(
          'm.csv',
          'date,author,topic,reach\n2024-01-02,zoe\u0301,Cafe\u0301,10\n2024-01-03,zoé,Café,5\n',
        ),
        file('s.csv', 'journey;stage\nRénovation;Découverte\n'),
        file(
          'p.csv',
          `journey;stage;actor;legitimacy\nRe\u0301novation;De\u0301couverte;zoe\u0301;0,5\n`,
        ),
      ],
      { preview: false },
    );
    expect(summary.mentions).toMatchObject({ created: 2, unmatched: 0, topics: 1 });
    expect(summary.placements.created).toBe(1);
    map.close();
  });

  it('a trail written as "café" in NFC on one row and NFD on the next is one trail, kept as first written', async () => {
    const { map } = await imported([file('n.csv', 'id\nzoé\nléa\n')]);
    const trails = `trail,step,actor\ncafé,1,zoé\n${NFD},2,le\u0301a\n`;
    const first = await importFiles(map, [file('t.csv', trails)], { preview: false });
    expect(first.trails).toEqual({ created: 1, updated: 0, unchanged: 0 });
    // Again, each row in the other form: the same trail, unchanged.
    const swapped = `trail,step,actor\n${NFD},1,zoé\ncafé,2,léa\n`;
    const again = await importFiles(map, [file('t.csv', swapped)], { preview: false });
    expect(again.trails).toEqual({ created: 0, updated: 0, unchanged: 1 });
    const keys = map.db.prepare<[], { key: string }>('SELECT key FROM trails').all();
    expect(keys).toEqual([{ key: 'café' }]);
    map.close();
  });
});

describe('exports never write Infinity or NaN, even from a map edited with sqlite3', () => {
  it('GEXF (valid against its grammar), GraphML, CSV, JSON, XLSX and SVG', async () => {
    const { map, path } = freshMap();
    await importFiles(
      map,
      [
        file('n.csv', 'id,label,reach,x,y\na,Ada,10,1,2\nb,Bo,20,3,4\n'),
        file('e.csv', 'source,target,weight\na,b,2\n'),
      ],
      { preview: false },
    );
    map.close();
    // What the schema's CHECK constraints let through: reach >= 0 and weight > 0 hold for
    // Infinity, x and y are REAL NOT NULL (a NaN would be stored as NULL, which NOT NULL refuses).
    const raw = new Database(path);
    raw
      .prepare(
        'UPDATE actors SET reach = 1e999, custom = \'{"ratio": 1e999, "ok": 2}\' WHERE key = \'a\'',
      )
      .run();
    raw.prepare('UPDATE view_positions SET x = 1e999, y = -1e999').run();
    raw.prepare('UPDATE relations SET weight = 1e999').run();
    expect(() => raw.prepare('UPDATE view_positions SET x = ?').run(Number.NaN)).toThrow(
      /NOT NULL/,
    );
    expect(() => raw.prepare("UPDATE actors SET resonance = 1e999 WHERE key = 'a'").run()).toThrow(
      /CHECK/,
    );
    expect(
      raw.prepare<[], { reach: number }>("SELECT reach FROM actors WHERE key = 'a'").get()?.reach,
    ).toBe(Infinity);
    raw.close();

    const reopened = openMap(path);
    const dir = tempDir();
    for (const format of ['gexf', 'graphml', 'json', 'nodes.csv', 'edges.csv'] as DataFormat[]) {
      const text = new TextDecoder().decode(await exportData(reopened.db, format));
      expect(text, format).not.toMatch(/Infinity|NaN|1e999|\bINF\b/);
      if (format === 'gexf') {
        const out = join(dir, 'map.gexf');
        writeFileSync(out, text);
        execFileSync(
          'xmllint',
          ['--noout', '--nonet', '--relaxng', join(SCHEMAS, 'gexf-1.3', 'gexf.rng'), out],
          { stdio: 'pipe' },
        );
        expect(text).not.toContain('viz:position');
        expect(text).toContain('weight="1"');
      }
    }
    const xlsx = await exportData(reopened.db, 'xlsx');
    expect(xlsx.length).toBeGreaterThan(0);
    const svg = sceneSvg(mapPicture(createRepositories(reopened.db), 'en').scene);
    expect(svg).not.toMatch(/Infinity|NaN/);
    reopened.close();
  });
});
