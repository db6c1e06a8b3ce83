import { describe, expect, it } from 'vitest';
import { actorFieldsOf } from '../../shared/io/actorFields';
import { parseCsv } from '../../shared/io/csv';
import { mapColumns } from '../../shared/io/columnMapping';
import { readGml } from '../../shared/io/gml';
import type { ImportedNode } from '../../shared/io/graphModel';
import { readJsonGraph } from '../../shared/io/jsonGraph';
import { readMentionTable } from '../../shared/io/mentionTable';
import { readNodeTable } from '../../shared/io/nodeEdgeTables';
import { createXmlParser } from '../../shared/io/xml';
import { refusalOf } from '../helpers/refusal';
import { readXmlGraph } from '../helpers/readXmlGraph';

/**
 * Issue 14, "prototype keys": a name from a file that Object.prototype also has is an ordinary
 * name everywhere — never a function, never a setter that swallows the value.
 */
const NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'] as const;

/** The record's own entries, as plain pairs (a null-prototype record compared by content). */
const own = (record: object) => Object.entries(record).sort(([a], [b]) => a.localeCompare(b));
const expected = (value: (name: string) => unknown) =>
  NAMES.map((n) => [n, value(n)] as [string, unknown]).sort(([a], [b]) => a.localeCompare(b));

describe('XML', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])(
    'refuses the entity &%s; as unknown, with its line',
    (name) => {
      const error = refusalOf(() => {
        const parser = createXmlParser('e.gexf');
        parser.push(`<gexf>\n<graph label="a &${name}; b"/></gexf>`);
        parser.end();
      });
      expect(error).toMatchObject({ reason: 'malformed-xml', line: 2 });
      expect(error.detail).toBe(`unknown entity &${name};`);
    },
  );

  it('keeps attributes named like Object.prototype members as ordinary attributes', () => {
    const parser = createXmlParser('a.graphml');
    parser.push(`<r ${NAMES.map((n) => `${n}="v-${n}"`).join(' ')} id="1"/>`);
    const root = parser.end();
    expect(own(root.attributes)).toEqual(
      [...expected((n) => `v-${n}`), ['id', '1']].sort(([a], [b]) =>
        String(a).localeCompare(String(b)),
      ),
    );
    expect(Object.getPrototypeOf(root.attributes)).toBeNull();
  });
});

describe('GEXF attribute titles', () => {
  const declarations = NAMES.map(
    (n, i) =>
      `<attribute id="a${i}" title="${n}" type="string"><default>default-${n}</default></attribute>`,
  ).join('');
  const text = (
    values: string,
  ) => `<gexf><graph><attributes class="node">${declarations}</attributes>
<nodes><node id="n1" label="N1"><attvalues>${values}</attvalues></node><node id="n2"/></nodes>
</graph></gexf>`;

  it('imports each as a custom field, values and defaults alike', () => {
    const values = NAMES.map((n, i) => `<attvalue for="a${i}" value="v-${n}"/>`).join('');
    const graph = readXmlGraph('t.gexf', text(values));
    expect(own(graph.nodes[0]?.attributes ?? {})).toEqual(expected((n) => `v-${n}`));
    // Defaults: `constructor` was "already there" for `in`, and a `__proto__` set vanished.
    expect(own(graph.nodes[1]?.attributes ?? {})).toEqual(expected((n) => `default-${n}`));
  });

  it('keeps an undeclared attvalue whose id is a prototype name', () => {
    const graph = readXmlGraph('u.gexf', text('<attvalue for="__proto__" value="x"/>'));
    expect(Object.hasOwn(graph.nodes[0]?.attributes ?? {}, '__proto__')).toBe(true);
  });
});

describe('GraphML key names', () => {
  it('imports each as a custom field, data and defaults alike', () => {
    const keys = NAMES.map(
      (n, i) =>
        `<key id="d${i}" for="node" attr.name="${n}" attr.type="string"><default>default-${n}</default></key>`,
    ).join('\n');
    const data = NAMES.map((n, i) => `<data key="d${i}">v-${n}</data>`).join('');
    const graph = readXmlGraph(
      'k.graphml',
      `<graphml>${keys}<graph><node id="n1">${data}</node><node id="n2"/></graph></graphml>`,
    );
    expect(own(graph.nodes[0]?.attributes ?? {})).toEqual(expected((n) => `v-${n}`));
    expect(own(graph.nodes[1]?.attributes ?? {})).toEqual(expected((n) => `default-${n}`));
  });

  it('keeps data whose undeclared key is __proto__ or constructor', () => {
    const graph = readXmlGraph(
      'u.graphml',
      '<graphml><graph><node id="n"><data key="__proto__">1</data><data key="constructor">2</data></node></graph></graphml>',
    );
    expect(own(graph.nodes[0]?.attributes ?? {})).toEqual([
      ['__proto__', '1'],
      ['constructor', '2'],
    ]);
  });
});

describe('JSON keys', () => {
  const attributes = `{${NAMES.map((n) => `"${n}":"v-${n}"`).join(',')}}`;

  it('keeps graphology attributes named like prototype members', () => {
    const graph = readJsonGraph(`{"nodes":[{"key":"a","attributes":${attributes}}]}`, 'g.json');
    expect(own(graph.nodes[0]?.attributes ?? {})).toEqual(expected((n) => `v-${n}`));
  });

  it('keeps Kumu element keys named like prototype members', () => {
    const element = `{"label":"A",${attributes.slice(1, -1)}}`;
    const graph = readJsonGraph(`{"elements":[${element}]}`, 'k.json');
    expect(own(graph.nodes[0]?.attributes ?? {})).toEqual(
      [...expected((n) => `v-${n}`), ['label', 'A']].sort(([a], [b]) =>
        String(a).localeCompare(String(b)),
      ),
    );
  });

  it('looks up Gephi Lite node data by own key only (a node named constructor)', () => {
    const graph = readJsonGraph(
      JSON.stringify({
        graphDataset: {
          fullGraph: { nodes: [{ key: 'constructor' }, { key: '__proto__' }, { key: 'toString' }] },
          nodeData: JSON.parse('{"__proto__":{"label":"P","score":1}}') as unknown,
          layout: {},
        },
      }),
      'lite.json',
    );
    expect(graph.nodes.map((n) => [n.key, n.label, own(n.attributes)])).toEqual([
      ['constructor', null, []],
      ['__proto__', 'P', [['score', 1]]],
      ['toString', null, []],
    ]);
  });
});

describe('GML keys', () => {
  it('keeps keys named like prototype members', () => {
    const pairs = NAMES.map((n) => `${n} "v-${n}"`).join(' ');
    const graph = readGml(`graph [ node [ id 1 ${pairs} ] ]`, 'p.gml');
    expect(own(graph.nodes[0]?.attributes ?? {})).toEqual(expected((n) => `v-${n}`));
  });
});

/*
 * The tests below go through files other engineers own (nodeEdgeTables.ts, actorFields.ts,
 * mentionTable.ts, columnMapping.ts): they fail until the fixes named in the issue-14 report are
 * applied there.
 */
describe('tables and the fields of actors', () => {
  const node = (attributes: ImportedNode['attributes']): ImportedNode => ({
    key: 'a',
    label: 'A',
    attributes,
    line: 2,
  });

  it('keeps CSV columns named like prototype members as custom fields', () => {
    const table = parseCsv(
      `id,${NAMES.join(',')}\na,${NAMES.map((n) => `v-${n}`).join(',')}\n`,
      'n.csv',
    );
    const [read] = readNodeTable(table);
    expect(own(read?.attributes ?? {})).toEqual(expected((n) => `v-${n}`));
    const fields = actorFieldsOf(read as ImportedNode, 'n.csv');
    expect(own(fields.custom)).toEqual(expected((n) => `v-${n}`));
  });

  it('keeps a kind named constructor or __proto__ as text, not a function', () => {
    for (const kind of ['constructor', '__proto__', 'toString']) {
      const fields = actorFieldsOf(node({ kind }), 'k.csv');
      expect(fields.kind).toBeUndefined();
      expect(fields.custom.kind).toBe(kind);
    }
  });

  it('refuses a stance named constructor as out of range, naming the field', () => {
    for (const stance of ['constructor', '__proto__'])
      expect(refusalOf(() => actorFieldsOf(node({ stance }), 's.csv'))).toMatchObject({
        reason: 'out-of-range',
        line: 2,
        field: 'stance',
      });
  });

  it('refuses a mention sentiment named constructor as not a number', () => {
    for (const sentiment of ['constructor', '__proto__']) {
      const table = parseCsv(
        `date,author,sentiment\n2026-03-01,@zoe,${sentiment}\n`,
        'mentions.csv',
      );
      expect(refusalOf(() => readMentionTable(table))).toMatchObject({
        reason: 'not-a-number',
        line: 2,
        field: 'sentiment',
      });
    }
  });

  it('keeps an unmapped column named constructor under its own name', () => {
    expect(mapColumns(['id', 'constructor', '__proto__'], { id: 'id' })).toEqual({
      headers: ['id', 'constructor', '__proto__'],
      keep: [true, true, true],
    });
  });
});
