import { describe, expect, it } from 'vitest';
import type { AppErrorData } from '../../shared/api/errors';
import { LIMITS } from '../../shared/domain/limits';
import { formatError } from '../../shared/i18n/errorMessages';
import { createCsvParser } from '../../shared/io/csvStream';
import { readGml } from '../../shared/io/gml';
import { readJsonGraph } from '../../shared/io/jsonGraph';
import { createXmlParser } from '../../shared/io/xml';
import { GRAPH_BOUNDS, graphPass, xmlPass } from '../../shared/io/xmlGraph';
import { refusalOf } from '../helpers/refusal';
import { readXmlGraph, runSteps } from '../helpers/readXmlGraph';

/**
 * Issue 14, "ran away with memory or time": every reader refuses a hostile file as it reads,
 * with the file, where, and why, in both languages. Files are generated here, never committed.
 */

const { attributesPerElement, attributeDeclarations, columns, headerChars } = LIMITS.parse;
const PIECE = 256 * 1024;

/** The error's sentence in both languages: each names the file and where, with its reason. */
function expectSaidInBothLanguages(error: AppErrorData, where: string | number) {
  for (const locale of ['en', 'fr'] as const) {
    const text = formatError(error, locale);
    expect(text).toContain(error.file as string);
    expect(text).toContain(String(where));
    expect(text).not.toMatch(/undefined|\[object|function/);
  }
  expect(formatError(error, 'fr')).not.toBe(formatError(error, 'en'));
}

/** Runs steps to their end (what a paced import does, without the pauses). */

/** Feeds a CSV parser pieces from `pieces` until it refuses; says how many characters it took. */
function csvRefusalAfter(pieces: Iterable<string>): { error: AppErrorData; fed: number } {
  let fed = 0;
  const error = refusalOf(() => {
    const parser = createCsvParser('hostile.csv', () => undefined);
    for (const piece of pieces) {
      fed += piece.length;
      parser.push(piece);
    }
    parser.end();
  });
  return { error, fed };
}

/** `total` characters of `unit` repeated, in pieces of the import's size, never held whole. */
function* repeated(unit: string, total: number, prefix = '', suffix = ''): Generator<string> {
  if (prefix) yield prefix;
  const piece = unit.repeat(Math.ceil(PIECE / unit.length));
  for (let sent = 0; sent < total; sent += piece.length) yield piece;
  if (suffix) yield suffix;
}

const gexf = (attributes: string, nodes: string, edges = '') =>
  `<?xml version="1.0"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="directed">
    ${attributes}
    <nodes>
${nodes}
    </nodes>
    <edges>${edges}</edges>
  </graph>
</gexf>
`;

const graphml = (keys: string, nodes: string) =>
  `<?xml version="1.0"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
${keys}
  <graph edgedefault="directed">
${nodes}
  </graph>
</graphml>
`;

const times = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i));

describe('CSV limits, enforced as the text comes', () => {
  it('refuses a 200 MB header line after reading about one piece past the limit', () => {
    const started = performance.now();
    const { error, fed } = csvRefusalAfter(repeated('x', 200 * 1024 * 1024));
    expect(error).toMatchObject({ file: 'hostile.csv', reason: 'header-too-long', line: 1 });
    expect(fed).toBeLessThanOrEqual(headerChars + 2 * PIECE);
    expect(performance.now() - started).toBeLessThan(1000);
    expectSaidInBothLanguages(error, 1);
  });

  it('refuses an endless header of short columns by its length, before splitting it', () => {
    const { error, fed } = csvRefusalAfter(repeated('abcdefghijklmnopqrstuvwxyz;', 1e8));
    expect(error).toMatchObject({ reason: 'header-too-long', line: 1 });
    expect(fed).toBeLessThanOrEqual(2 * PIECE);
  });

  it('refuses a header made long by quoted values over many lines, naming its first line', () => {
    // Ten values of 10 000 characters, each under a value's limit, 100 000 together.
    const value = `"${`${'y'.repeat(99)}\n`.repeat(100)}"`;
    const { error } = csvRefusalAfter([`sep=,\n${times(10, () => value).join(',')}\n1\n`]);
    expect(error).toMatchObject({ reason: 'header-too-long', line: 2 });
    const long = csvRefusalAfter(['id,"', ...repeated(`${'y'.repeat(99)}\n`, 1e6)]);
    expect(long.error).toMatchObject({ reason: 'too-long', line: 1, column: 4 });
  });

  it('refuses a header of more columns than the limit, with the line', () => {
    const header = times(columns + 1, (i) => `c${i}`).join(',');
    const { error } = csvRefusalAfter([`${header}\n1,2\n`]);
    expect(error).toMatchObject({ reason: 'too-many-columns', line: 1 });
    expectSaidInBothLanguages(error, 1);
  });

  it('refuses a data record of 10 million empty values at the limit, not at its end', () => {
    const { error, fed } = csvRefusalAfter(repeated(',', 10_000_000, 'id,name\nz1,Zoé\n'));
    expect(error).toMatchObject({ reason: 'too-many-columns', line: 3 });
    expect(fed).toBeLessThanOrEqual(2 * PIECE);
  });

  it('refuses a 100 MB value as soon as it is longer than a field may be', () => {
    const started = performance.now();
    const { error, fed } = csvRefusalAfter(repeated('v', 100 * 1024 * 1024, 'id,notes\nz1,'));
    expect(error).toMatchObject({ reason: 'too-long', line: 2 });
    expect(fed).toBeLessThanOrEqual(2 * PIECE);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses a 100 MB quoted value, and a run of quotes, without keeping them', () => {
    const quoted = csvRefusalAfter(repeated('w', 100 * 1024 * 1024, 'id,notes\nz1,"'));
    expect(quoted.error).toMatchObject({ reason: 'too-long', line: 2 });
    expect(quoted.fed).toBeLessThanOrEqual(2 * PIECE);
    const quotes = csvRefusalAfter(repeated('"', 100 * 1024 * 1024, 'id,notes\nz1,'));
    expect(quotes.error).toMatchObject({ reason: 'too-long', line: 2 });
    expect(quotes.fed).toBeLessThanOrEqual(2 * PIECE);
  });

  it('reads values up to the limit in time linear in their length', () => {
    // 20 000-character values (the limit), a thousand of them: as fast per character as short ones.
    const timeFor = (valueLength: number, rows: number) => {
      const value = 'é'.repeat(valueLength);
      const text = `id,notes\n${times(rows, (i) => `z${i},"${value}"`).join('\n')}\n`;
      const started = performance.now();
      const parser = createCsvParser('t.csv', () => undefined);
      for (let at = 0; at < text.length; at += 1000) parser.push(text.slice(at, at + 1000));
      parser.end();
      return (performance.now() - started) / text.length;
    };
    timeFor(100, 2000);
    const short = Math.max(timeFor(100, 20_000), 1e-6);
    const long = timeFor(LIMITS.notes, 100);
    expect(long / short).toBeLessThan(10);
  });
});

describe('XML limits (GEXF, GraphML), enforced as elements are read', () => {
  it('refuses an element with more attributes than the limit, with its line', () => {
    const attributes = times(attributesPerElement + 1, (i) => `a${i}="1"`).join(' ');
    const error = refusalOf(() => {
      const parser = createXmlParser('wide.gexf');
      parser.push(`<gexf>\n<graph>\n<node id="1" ${attributes}/></graph></gexf>`);
      parser.end();
    });
    expect(error).toMatchObject({ file: 'wide.gexf', reason: 'too-many-attributes', line: 3 });
    expectSaidInBothLanguages(error, 3);
  });

  it('refuses a GEXF node with more attribute values than the limit', () => {
    const values = times(attributesPerElement + 1, (i) => `<attvalue for="a${i}" value="1"/>`);
    const text = gexf('', `      <node id="n1">\n<attvalues>${values.join('')}</attvalues></node>`);
    const error = refusalOf(() => readXmlGraph('values.gexf', text));
    expect(error).toMatchObject({ reason: 'too-many-attributes', line: 7 });
    expect(error.detail).toContain('<node> (line 6)');
  });

  it('refuses a GEXF node of a million values while reading it, not after', () => {
    // Generated in pieces: the refusal comes at the 10 001st value (the reader bounds what one
    // element holds), far before the node's end.
    const pieces = repeated(
      '<attvalue for="a" value="1" start="2020"/>',
      50 * 1024 * 1024,
      '<gexf><graph><nodes><node id="n"><attvalues>\n',
    );
    let fed = 0;
    const error = refusalOf(() => {
      const parser = createXmlParser('million.gexf', graphPass(null), GRAPH_BOUNDS);
      for (const piece of pieces) {
        fed += piece.length;
        parser.push(piece);
      }
      parser.end();
    });
    expect(error).toMatchObject({ reason: 'too-many-attributes', line: 2 });
    // 10 001 values of 42 characters: two pieces, not the 50 MB of the file.
    expect(fed).toBeLessThanOrEqual(3 * PIECE);
  });

  it('refuses more GEXF attribute declarations than the limit, with the line', () => {
    const declarations = times(
      attributeDeclarations + 1,
      (i) => `<attribute id="a${i}" title="t${i}" type="string"><default>x</default></attribute>`,
    ).join('\n');
    // Split over two blocks, each under the limit: the declarations of a class are counted whole.
    const lines = declarations.split('\n');
    const half = Math.floor(lines.length / 2);
    const blocks =
      `<attributes class="node">\n${lines.slice(0, half).join('\n')}\n</attributes>\n` +
      `<attributes class="node">\n${lines.slice(half).join('\n')}\n</attributes>`;
    const error = refusalOf(() => readXmlGraph('decl.gexf', gexf(blocks, '<node id="1"/>')));
    expect(error).toMatchObject({ reason: 'too-many-attributes', line: 4 + 2 + 1001 });
    expectSaidInBothLanguages(error, 1007);
  });

  it('refuses more GraphML keys than the limit', () => {
    const keys = times(
      attributeDeclarations + 1,
      (i) => `<key id="d${i}" for="node" attr.name="k${i}"><default>v</default></key>`,
    ).join('\n');
    const error = refusalOf(() => readXmlGraph('keys.graphml', graphml(keys, '<node id="1"/>')));
    expect(error).toMatchObject({ reason: 'too-many-attributes', line: 3 + attributeDeclarations });
  });

  it('refuses a GraphML node with more data than the limit', () => {
    const data = times(attributesPerElement + 1, (i) => `<data key="d${i}">${i}</data>`).join('');
    const text = graphml('', `<node id="n1">\n${data}</node>`);
    const error = refusalOf(() => readXmlGraph('data.graphml', text));
    expect(error).toMatchObject({ reason: 'too-many-attributes', line: 6 });
  });

  it('refuses a file of elements that are neither nodes nor edges past what may be held', () => {
    const pieces = repeated('<meta><x/></meta>', 20 * 1024 * 1024, '<gexf>\n');
    const error = refusalOf(() => {
      const parser = createXmlParser('skeleton.gexf', graphPass(null), GRAPH_BOUNDS);
      for (const piece of pieces) parser.push(piece);
      parser.end();
    });
    expect(error.reason).toBe('too-many-attributes');
    // Spread over many parents, each under its own limit: the total held is the limit then.
    const wide = repeated('<m/>', 2 * 1024 * 1024, '<gexf>\n');
    const nested = ['<gexf>', ...times(50, () => `<meta>${'<m/>'.repeat(9000)}</meta>`), '</gexf>'];
    expect(
      refusalOf(() => createXmlParser('w.gexf', undefined, GRAPH_BOUNDS).push([...wide].join(''))),
    ).toMatchObject({ reason: 'too-many-attributes' });
    const held = refusalOf(() => {
      const parser = createXmlParser('nested.gexf', graphPass(null), GRAPH_BOUNDS);
      for (const piece of nested) parser.push(piece);
      parser.end();
    });
    expect(held).toMatchObject({ reason: 'too-large', line: 1 });
  });

  it('holds more children by default (XLSX styles list tens of thousands of formats)', () => {
    const parser = createXmlParser('styles.xml');
    parser.push(
      `<styleSheet><cellXfs>${'<xf numFmtId="0"/>'.repeat(60_000)}</cellXfs></styleSheet>`,
    );
    expect(parser.end().children[0]?.children).toHaveLength(60_000);
  });

  it('refuses an element whose text is longer than a value may be, keeps indentation bounded', () => {
    const error = refusalOf(() => {
      const parser = createXmlParser('text.graphml');
      parser.push(`<graphml>\n<desc>`);
      for (const piece of repeated('t', 10 * 1024 * 1024)) parser.push(piece);
      parser.end();
    });
    expect(error).toMatchObject({ reason: 'too-long', line: 2 });
    // Indentation between many let-go nodes is not text: a big file of nodes is not refused.
    const nodes = times(30_000, (i) => `      <node id="n${i}"/>`).join('\n');
    expect(readXmlGraph('many.gexf', gexf('', nodes)).nodes).toHaveLength(30_000);
  });

  it('counts nodes and edges against what a map may hold', () => {
    // The counting itself, cheaply: 1 000 001 nodes of the smallest form (see the db test for a
    // file on disk with its memory measured).
    const pieces = repeated(
      '<node id="n"/>',
      (LIMITS.actorsPerMap + 1) * 14,
      '<gexf><graph><nodes>',
    );
    const error = refusalOf(() =>
      runSteps(
        xmlPass(
          {
            name: 'big.gexf',
            size: 0,
            *pieces() {
              for (const piece of pieces) yield new TextEncoder().encode(piece);
              yield new TextEncoder().encode('</nodes></graph></gexf>');
            },
          },
          'utf-8',
          graphPass(null),
        ),
      ),
    );
    expect(error).toMatchObject({ file: 'big.gexf', reason: 'too-many-actors', line: 1 });
    expectSaidInBothLanguages(error, 1);
  });
});

describe('GML limits', () => {
  it('refuses a node with more keys than the limit, with its line', () => {
    const keys = times(attributesPerElement + 1, (i) => `k${i} ${i}`).join('\n');
    const error = refusalOf(() => readGml(`graph [\n  node [\n id 1\n${keys}\n ]\n]`, 'keys.gml'));
    expect(error).toMatchObject({ file: 'keys.gml', reason: 'too-many-attributes', line: 2 });
    expectSaidInBothLanguages(error, 2);
  });

  it('refuses the node one past what a map may hold, with its line', () => {
    const nodes = 'node [ id 1 ]\n'.repeat(LIMITS.actorsPerMap + 1);
    const error = refusalOf(() => readGml(`graph [\n${nodes}]`, 'many.gml'));
    expect(error).toMatchObject({ reason: 'too-many-actors', line: LIMITS.actorsPerMap + 2 });
  });

  it('refuses ids past 2^53 rather than merging them', () => {
    const text = `graph [\n node [ id 9007199254740993 ]\n node [ id 9007199254740992 ]\n]`;
    const error = refusalOf(() => readGml(text, 'ids.gml'));
    expect(error).toMatchObject({
      reason: 'unsafe-integer',
      line: 2,
      field: 'id',
      detail: '9007199254740993',
    });
    expectSaidInBothLanguages(error, 2);
    const edge = `graph [\n node [ id 1 ]\n edge [ source 1\n target 12345678901234567890 ]\n]`;
    expect(refusalOf(() => readGml(edge, 'e.gml'))).toMatchObject({
      reason: 'unsafe-integer',
      line: 4,
      field: 'target',
    });
    // As text (quoted), the same id is kept exactly.
    const quoted = readGml(`graph [ node [ id "9007199254740993" ] ]`, 'q.gml');
    expect(quoted.nodes[0]?.key).toBe('9007199254740993');
  });

  it('still reads what it read before: positions, direction after the edges, lists skipped', () => {
    const graph = readGml(
      `Creator "t"\ngraph [\n  node [ id 1 label "A" graphics [ x 1.5 y -2 Line [ point [ x 0 ] ] ] ]\n` +
        `  node [ id 2 name "B" extra [ a 1 ] ]\n  edge [ source 1 target 2 value 3 label "knows" ]\n` +
        `  directed 1\n]\n# comment\n`,
      'ok.gml',
    );
    expect(graph.nodes).toEqual([
      { key: '1', label: 'A', attributes: {}, line: 3, x: 1.5, y: -2 },
      { key: '2', label: 'B', attributes: { name: 'B' }, line: 4 },
    ]);
    expect(graph.edges[0]).toMatchObject({ source: '1', target: '2', directed: true, weight: 3 });
    expect(graph.edges[0]?.type).toBe('knows');
  });
});

describe('JSON limits', () => {
  it('refuses a million and one actors before converting any (5 million: tests/db)', () => {
    const nodes = `[${'{"key":"a"},'.repeat(LIMITS.actorsPerMap)}{"key":"b"}]`;
    const started = performance.now();
    const error = refusalOf(() => readJsonGraph(`{"nodes":${nodes}}`, 'million.json'));
    expect(error).toMatchObject({
      file: 'million.json',
      reason: 'too-many-actors',
      field: 'nodes',
    });
    expect(error.detail).toContain('1000001');
    expect(performance.now() - started).toBeLessThan(20_000);
    expectSaidInBothLanguages(error, 'nodes');
  });

  it('refuses more relations than a map may hold, in Kumu and Gephi Lite files too', () => {
    const many = (n: number, item: string) => `[${`${item},`.repeat(n - 1)}${item}]`;
    const kumu = `{"elements":[],"connections":${many(LIMITS.relationsPerMap + 1, '0')}}`;
    expect(refusalOf(() => readJsonGraph(kumu, 'k.json'))).toMatchObject({
      reason: 'too-many-relations',
      field: 'connections',
    });
    const lite = `{"graphDataset":{"fullGraph":{"nodes":${many(LIMITS.actorsPerMap + 1, '0')}}}}`;
    expect(refusalOf(() => readJsonGraph(lite, 'l.json'))).toMatchObject({
      reason: 'too-many-actors',
      field: 'graphDataset.fullGraph.nodes',
    });
  });

  it('refuses a node with more keys than the limit, naming it', () => {
    const attributes = Object.fromEntries(
      Array.from({ length: attributesPerElement + 1 }, (_, i) => [`k${i}`, i]),
    );
    const text = JSON.stringify({ nodes: [{ key: 'a' }, { key: 'b', attributes }] });
    const error = refusalOf(() => readJsonGraph(text, 'wide.json'));
    expect(error).toMatchObject({ reason: 'too-many-attributes', field: 'nodes[1]' });
    expectSaidInBothLanguages(error, 'nodes[1]');
  });

  it('refuses ids and values past 2^53 (which JSON.parse rounded) rather than merging them', () => {
    const ids = '{"nodes":[{"key":9007199254740993},{"key":9007199254740992}]}';
    const error = refusalOf(() => readJsonGraph(ids, 'ids.json'));
    expect(error).toMatchObject({ reason: 'unsafe-integer', field: 'nodes[0].key' });
    expectSaidInBothLanguages(error, 'nodes[0].key');
    const edge = '{"nodes":[{"key":1}],"edges":[{"source":1,"target":18446744073709551615}]}';
    expect(refusalOf(() => readJsonGraph(edge, 'e.json'))).toMatchObject({
      reason: 'unsafe-integer',
      field: 'edges[0].target',
    });
    const value = '{"nodes":[{"key":1,"attributes":{"tweet":1234567890123456789}}]}';
    expect(refusalOf(() => readJsonGraph(value, 'v.json'))).toMatchObject({
      reason: 'unsafe-integer',
      field: 'nodes[0].tweet',
    });
    const kumu = '{"elements":[{"_id":99999999999999999,"label":"A"}]}';
    expect(refusalOf(() => readJsonGraph(kumu, 'k.json'))).toMatchObject({
      reason: 'unsafe-integer',
      field: 'elements[0]._id',
    });
    // Safe integers and quoted big ids are kept exactly.
    const fine = readJsonGraph(
      '{"nodes":[{"key":9007199254740991},{"key":"9007199254740993"}]}',
      'f.json',
    );
    expect(fine.nodes.map((n) => n.key)).toEqual(['9007199254740991', '9007199254740993']);
  });
});
