import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError, type AppErrorData } from '../../shared/api/errors';
import { LIMITS } from '../../shared/domain/limits';
import { formatError } from '../../shared/i18n/errorMessages';
import { createMap, openMap } from '../../db/file/openMap';
import { importFiles } from '../../db/io/importFiles';
import { sha256 } from '../helpers/fileState';
import { runMeasured } from '../helpers/peakMemory';
import { tempDirs } from '../helpers/tempDir';

/**
 * Issue 14, "ran away with memory or time", through the import pipeline: each hostile file is
 * refused with its file, where and why (in English and French), the map left byte-identical;
 * the big ones run in a child process whose peak memory is measured. Files are generated here.
 */
const tempDir = tempDirs();
const { attributesPerElement, attributeDeclarations, columns } = LIMITS.parse;
const MB = 1024 * 1024;

type Measured = { error: AppErrorData | null; ms: number; same: boolean };

/** The map, the hostile file written to disk in pieces by `generate`, then its import. */
function measuredImport(fileName: string, generate: string) {
  const dir = tempDir();
  return runMeasured<Measured>(
    dir,
    `
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from './shared/api/errors';
import { createMap, openMap } from './db/file/openMap';
import { fileSource } from './db/io/fileSource';
import { importSources } from './db/io/importFiles';
import { sha256 } from './tests/helpers/fileState';
const dir = ${JSON.stringify(dir)};
const path = join(dir, 'm.influmap');
createMap(path, () => undefined).close();
const before = sha256(path);
const file = join(dir, ${JSON.stringify(fileName)});
const fd = openSync(file, 'w');
const write = (text: string) => writeSync(fd, text);
${generate}
closeSync(fd);
const baseline = process.resourceUsage().maxRSS;
const map = openMap(path);
const started = Date.now();
let error = null;
try {
  await importSources(map, [fileSource(file)], { preview: false });
} catch (err) {
  if (!(err instanceof AppError)) throw err;
  error = err.data;
}
const ms = Date.now() - started;
map.close();
const peak = process.resourceUsage().maxRSS;
console.log(JSON.stringify({ error, ms, baseline, peak, same: sha256(path) === before }));
`,
  );
}

function saidInBothLanguages(error: AppErrorData, where: string) {
  for (const locale of ['en', 'fr'] as const) {
    const text = formatError(error, locale);
    expect(text).toContain(error.file as string);
    expect(text).toContain(where);
  }
  expect(formatError(error, 'en')).not.toBe(formatError(error, 'fr'));
}

describe('big hostile files, measured', () => {
  it('refuses a CSV whose header line is 200 MB in bounded memory and time', () => {
    const run = measuredImport(
      'header.csv',
      `const chunk = 'x'.repeat(${MB}); for (let i = 0; i < 200; i += 1) write(chunk); write('\\nz1\\n');`,
    );
    expect(run.error).toMatchObject({ file: 'header.csv', reason: 'header-too-long', line: 1 });
    saidInBothLanguages(run.error as AppErrorData, '1');
    expect(run.same).toBe(true);
    // Reading 200 MB (the encoding is checked over the whole file) and refusing at 64 KB.
    expect(run.peakMB - run.baselineMB).toBeLessThan(100);
    expect(run.ms).toBeLessThan(30_000);
  });

  it('refuses a GEXF file of a million and one nodes, with the line, in bounded memory', () => {
    const run = measuredImport(
      'nodes.gexf',
      `write('<gexf><graph><nodes>\\n');
const block = '<node id="n"/>\\n'.repeat(100000);
for (let i = 0; i < 10; i += 1) write(block);
write('<node id="n"/>\\n</nodes></graph></gexf>\\n');`,
    );
    expect(run.error).toMatchObject({
      file: 'nodes.gexf',
      reason: 'too-many-actors',
      line: LIMITS.actorsPerMap + 2,
    });
    saidInBothLanguages(run.error as AppErrorData, String(LIMITS.actorsPerMap + 2));
    expect(run.same).toBe(true);
    expect(run.peakMB - run.baselineMB).toBeLessThan(150);
  });

  it('refuses a JSON file of 5 million actors before converting them', () => {
    const run = measuredImport(
      'five-million.json',
      `write('{"nodes":[');
const block = '{"key":"a"},'.repeat(100000);
for (let i = 0; i < 50; i += 1) write(block);
write('{"key":"b"}]}');`,
    );
    expect(run.error).toMatchObject({
      file: 'five-million.json',
      reason: 'too-many-actors',
      field: 'nodes',
    });
    expect(run.error?.detail).toContain('5000001');
    saidInBothLanguages(run.error as AppErrorData, 'nodes');
    expect(run.same).toBe(true);
    // JSON.parse holds the whole tree (a 60 MB file, 5 million objects): measured, bounded by
    // the file's size limit rather than by the reader (see the issue-14 report).
    expect(run.peakMB - run.baselineMB).toBeLessThan(1500);
  });

  it('reads an 80 MB GML file in a few times its size (it took 16 times)', () => {
    const dir = tempDir();
    const run = runMeasured<{ nodes: number; edges: number; textMB: number }>(
      dir,
      `
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { readGml } from './shared/io/gml';
// Written in small pieces: generating the file must not raise the peak being measured.
const file = ${JSON.stringify(join(dir, 'big.gml'))};
const fd = openSync(file, 'w');
let parts = ['graph [\\n  directed 1\\n'];
const flush = () => { writeSync(fd, parts.join('')); parts = []; };
const nodes = 350000;
for (let i = 0; i < nodes; i += 1) {
  parts.push('  node [\\n    id ' + i + '\\n    label "Actor ' + i + '"\\n    reach ' + i * 7 + '\\n    graphics [ x ' + (i % 100) + ' y ' + (i % 37) + ' ]\\n  ]\\n');
  if (parts.length === 10000) flush();
}
for (let e = 0; e < 830000; e += 1) {
  parts.push('  edge [\\n    source ' + (e % nodes) + '\\n    target ' + ((e * 7 + 1) % nodes) + '\\n    value 2\\n  ]\\n');
  if (parts.length === 10000) flush();
}
parts.push(']\\n');
flush();
closeSync(fd);
const text = readFileSync(file, 'utf8');
globalThis.gc?.();
const baseline = process.resourceUsage().maxRSS;
const graph = readGml(text, 'big.gml');
const peak = process.resourceUsage().maxRSS;
console.log(JSON.stringify({ nodes: graph.nodes.length, edges: graph.edges.length, textMB: text.length / 1048576, baseline, peak }));
`,
    );
    expect(run).toMatchObject({ nodes: 350_000, edges: 830_000 });
    expect(run.textMB).toBeGreaterThan(75);
    // The graph itself (1.2 million nodes and edges) is most of it.
    expect(run.peakMB - run.baselineMB).toBeLessThan(6 * run.textMB);
  });
});

describe('hostile files refused through the import, the map byte-identical', () => {
  const encode = (text: string) => new TextEncoder().encode(text);
  const times = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i));
  const cases: Array<[string, string, Partial<AppErrorData>, string]> = [
    [
      'wide.csv',
      `${times(columns + 1, (i) => `c${i}`).join(',')}\nid\n`,
      { reason: 'too-many-columns', line: 1 },
      '1',
    ],
    [
      'row.csv',
      `id,name\nz1,Zoé\nz2,${','.repeat(columns + 5)}\n`,
      { reason: 'too-many-columns', line: 3 },
      '3',
    ],
    [
      'note.csv',
      `id,name,notes\nz1,Zoé,"${'n'.repeat(LIMITS.notes * 3)}"\n`,
      { reason: 'too-long', line: 2 },
      '2',
    ],
    [
      'values.gexf',
      `<gexf><graph><nodes>\n<node id="n1"><attvalues>${times(attributesPerElement + 1, (i) => `<attvalue for="a${i}" value="1"/>`).join('')}</attvalues></node></nodes></graph></gexf>`,
      { reason: 'too-many-attributes', line: 2 },
      '2',
    ],
    [
      'attributes.gexf',
      `<gexf><graph>\n<nodes><node id="n1" ${times(attributesPerElement + 1, (i) => `a${i}="1"`).join(' ')}/></nodes></graph></gexf>`,
      { reason: 'too-many-attributes', line: 2 },
      '2',
    ],
    [
      'keys.graphml',
      `<graphml>\n${times(attributeDeclarations + 1, (i) => `<key id="d${i}" for="node" attr.name="k${i}"/>`).join('\n')}\n<graph><node id="1"/></graph></graphml>`,
      { reason: 'too-many-attributes', line: attributeDeclarations + 2 },
      String(attributeDeclarations + 2),
    ],
    [
      'keys.gml',
      `graph [\n node [\n  id 1\n${times(attributesPerElement + 1, (i) => `  k${i} 1`).join('\n')}\n ]\n]\n`,
      { reason: 'too-many-attributes', line: 2 },
      '2',
    ],
    [
      'ids.gml',
      'graph [\n node [ id 9007199254740993 ]\n node [ id 9007199254740992 ]\n]\n',
      { reason: 'unsafe-integer', line: 2, field: 'id' },
      '2',
    ],
    [
      'ids.json',
      '{"nodes":[{"key":1},{"key":12345678901234567890}]}',
      { reason: 'unsafe-integer', field: 'nodes[1].key' },
      'nodes[1].key',
    ],
    [
      'keys.json',
      JSON.stringify({
        nodes: [
          {
            key: 'a',
            attributes: Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`k${i}`, i])),
          },
        ],
      }),
      { reason: 'too-many-attributes', field: 'nodes[0]' },
      'nodes[0]',
    ],
  ];

  it.each(cases)('%s', async (name, content, expected, where) => {
    const path = join(tempDir(), 'm.influmap');
    createMap(path, () => undefined).close();
    const before = sha256(path);
    const map = openMap(path);
    let error: AppErrorData | null = null;
    try {
      await importFiles(map, [{ name, bytes: encode(content) }], { preview: false });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      error = err.data;
    }
    map.close();
    expect(error).toMatchObject({ code: 'IMPORT_INVALID', file: name, ...expected });
    saidInBothLanguages(error as AppErrorData, where);
    expect(sha256(path)).toBe(before);
  });
});
