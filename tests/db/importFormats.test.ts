import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppErrorData } from '../../shared/api/errors';
import { AppError } from '../../shared/api/errors';
import { createMap, type MapHandle } from '../../db/file/openMap';
import { importFiles } from '../../db/io/importFiles';
import { createRepositories } from '../../db/repositories';
import { sha256 } from '../helpers/fileState';
import { tempDirs } from '../helpers/tempDir';

const tempDir = tempDirs();
const FORMATS = join(process.cwd(), 'tests', 'fixtures', 'formats');
const fixture = (name: string) => ({
  name,
  bytes: new Uint8Array(readFileSync(join(FORMATS, name))),
});
const text = (name: string, content: string) => ({
  name,
  bytes: new TextEncoder().encode(content),
});

function freshMap(): { map: MapHandle; path: string } {
  const path = join(tempDir(), 'formats.influmap');
  return { map: createMap(path, () => undefined), path };
}

type Custom = Record<string, unknown>;
function actors(map: MapHandle) {
  return map.db
    .prepare<
      [],
      {
        key: string;
        name: string;
        custom: string;
        stance: number;
        reach: number | null;
        kind: string;
        tags: string;
      }
    >('SELECT key, name, custom, stance, reach, kind, tags FROM actors ORDER BY id')
    .all()
    .map((a) => ({ ...a, custom: JSON.parse(a.custom) as Custom }));
}

async function refusal(run: () => Promise<unknown>): Promise<AppErrorData> {
  try {
    await run();
  } catch (err) {
    if (err instanceof AppError) return err.data;
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('importing graph files', () => {
  it('keeps GEXF attributes with their types and defaults, viz colour, size and position', async () => {
    const { map } = freshMap();
    await importFiles(map, [fixture('data.gexf'), fixture('viz.gexf')], { preview: false });
    const all = actors(map);
    const gephi = all.find((a) => a.key === '0');
    expect(gephi).toMatchObject({
      name: 'Gephi',
      custom: { url: 'http://gephi.org', indegree: 1, frog: true },
    });
    const glossy = all.find((a) => a.key === 'a');
    expect(glossy?.custom).toEqual({ color: '#efad42', size: 2.0375757 });
    const position = map.db
      .prepare<[], { x: number; y: number }>('SELECT x, y FROM view_positions')
      .get();
    // GEXF's y axis points up, the screen's down.
    expect(position).toEqual({ x: 15.783598, y: -40.109245 });
    map.close();
  });

  it('keeps dynamic attributes as values with their intervals', async () => {
    const { map } = freshMap();
    await importFiles(map, [fixture('dynamics.gexf')], { preview: false });
    const timed = actors(map).flatMap((a) =>
      Object.values(a.custom).filter((v) => Array.isArray(v)),
    ) as Array<Array<{ value: unknown; start: string | null; end: string | null }>>;
    expect(timed.length).toBeGreaterThan(0);
    expect(timed[0]?.[0]).toHaveProperty('start');
    map.close();
  });

  it('reads GraphML with CDATA, keys inside the graph and no namespace; Gephi JSON with an undirected edge', async () => {
    const { map } = freshMap();
    const summary = await importFiles(
      map,
      [fixture('cdata.graphml'), fixture('got-graph.graphml'), fixture('mixed.json')],
      { preview: false },
    );
    expect(summary.files.map((f) => [f.nodes, f.edges])).toEqual([
      [2, 1],
      [84, 216],
      [3, 2],
    ]);
    expect(
      actors(map)
        .slice(0, 2)
        .map((a) => a.name),
    ).toEqual(['foo', 'bar']);
    map.close();
    // Gephi's JSON alone: of its two edges, one is undirected.
    const json = freshMap().map;
    await importFiles(json, [fixture('mixed.json')], { preview: false });
    const undirected = json.db
      .prepare<[], { n: number }>('SELECT count(*) AS n FROM relations WHERE directed = 0')
      .get();
    expect(undirected?.n).toBe(1);
    json.close();
  });

  it('merges a second import by key: updates what changed, duplicates nothing', async () => {
    const { map } = freshMap();
    const nodes =
      'id,label,stance,reach,community,tags\nada,Ada Lune,1,12000,Makers,tech|diy\nbo,Bo Vert,-2,800,Critics,\n';
    const edges = 'source,target,type,weight\nada,bo,opposes,2\nbo,ada,mentions,1\n';
    const first = await importFiles(map, [text('nodes.csv', nodes), text('edges.csv', edges)], {
      preview: false,
    });
    expect(first.actors).toEqual({ created: 2, updated: 0, unchanged: 0 });
    expect(first.relations).toEqual({ created: 2, updated: 0, unchanged: 0 });
    expect(first.communities).toBe(2);
    const changed = nodes.replace('Bo Vert,-2,800', 'Bo Vert,-1,900');
    const preview = await importFiles(map, [text('nodes.csv', changed), text('edges.csv', edges)], {
      preview: true,
    });
    expect(preview.actors).toEqual({ created: 0, updated: 1, unchanged: 1 });
    expect(preview.relations).toEqual({ created: 0, updated: 0, unchanged: 2 });
    expect(actors(map).find((a) => a.key === 'bo')?.stance).toBe(-2);
    await importFiles(map, [text('nodes.csv', changed), text('edges.csv', edges)], {
      preview: false,
    });
    const bo = actors(map).find((a) => a.key === 'bo');
    expect(bo).toMatchObject({ stance: -1, reach: 900 });
    expect(createRepositories(map.db).counts.get()).toMatchObject({
      actors: 2,
      relations: 2,
      communities: 2,
    });
    expect(JSON.parse(actors(map)[0]?.tags ?? '[]')).toEqual(['tech', 'diy']);
    map.close();
  });

  it('reads Gephi, Kumu and NodeXL headers, a French Excel export, and an edge list alone', async () => {
    const { map } = freshMap();
    const french = Uint8Array.from(
      [
        ...'sep=;\r\nId;Label;Type;Attitude;Audience\r\nv1;Élodie;journaliste;sympathisant;1 200\r\n',
      ].map((c) => c.charCodeAt(0)),
    );
    await importFiles(map, [{ name: 'noeuds.csv', bytes: french }], { preview: false });
    expect(actors(map)[0]).toMatchObject({
      key: 'v1',
      name: 'Élodie',
      kind: 'journalist',
      stance: 1,
      reach: 1200,
    });
    await importFiles(
      map,
      [
        text(
          'gephi-edges.csv',
          'Source,Target,Type,Weight\nv1,v2,Undirected,0,5\n'.replace('0,5', '"0,5"'),
        ),
      ],
      { preview: false },
    );
    await importFiles(map, [text('kumu.csv', 'From,To,Type\nv2,v3,cites\n')], { preview: false });
    await importFiles(map, [text('nodexl.csv', 'Vertex 1,Vertex 2\nv3,v1\n')], { preview: false });
    const relations = map.db
      .prepare<[], { type: string; directed: number; weight: number }>(
        'SELECT type, directed, weight FROM relations ORDER BY id',
      )
      .all();
    expect(relations).toEqual([
      { type: 'related', directed: 0, weight: 0.5 },
      { type: 'cites', directed: 1, weight: 1 },
      { type: 'related', directed: 1, weight: 1 },
    ]);
    map.close();
  });

  it('reads Kumu blueprints and its own JSON', async () => {
    const { map } = freshMap();
    const kumu = JSON.stringify({
      elements: [
        { label: 'Ada', attributes: { 'element type': 'Journalist', tags: ['press', 'tech'] } },
        { label: 'Bo', attributes: { 'element type': 'NGO' } },
      ],
      connections: [
        { from: 'Ada', to: 'Bo', direction: 'mutual', attributes: { 'connection type': 'cites' } },
      ],
    });
    await importFiles(map, [text('blueprint.json', kumu)], { preview: false });
    expect(actors(map).map((a) => [a.key, a.kind])).toEqual([
      ['Ada', 'journalist'],
      ['Bo', 'ngo'],
    ]);
    map.close();
  });
});

describe('the column-mapping step', () => {
  it('refuses unknown headers, then reads them as the user mapped them, leaving out what is asked', async () => {
    const { map } = freshMap();
    const csv = 'Person;Org;Followers;Internal code\nada;Makers;12000;X1\nbo;Critics;800;X2\n';
    const refused = await refusal(() =>
      importFiles(map, [text('people.csv', csv)], { preview: true }),
    );
    expect(refused).toMatchObject({ reason: 'unknown-table', file: 'people.csv' });
    const summary = await importFiles(
      map,
      [
        {
          ...text('people.csv', csv),
          columns: { Person: 'id', Org: 'community', Followers: 'reach', 'Internal code': '' },
        },
      ],
      { preview: false },
    );
    expect(summary.actors.created).toBe(2);
    expect(summary.communities).toBe(2);
    const ada = actors(map).find((a) => a.key === 'ada');
    expect(ada).toMatchObject({ reach: 12000, custom: {} });
    map.close();
  });
});

describe('refusing hostile or broken files, leaving the map unchanged', () => {
  const cases: ReadonlyArray<[string, string, Partial<AppErrorData>]> = [
    [
      'laughs.gexf',
      '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>\n<gexf><graph><nodes><node id="&lol2;"/></nodes></graph></gexf>',
      { reason: 'doctype', line: 2 },
    ],
    [
      'cut.graphml',
      '<graphml><graph>\n<node id="a"/>\n<node id="b">',
      { reason: 'malformed-xml', line: 3 },
    ],
    [
      'wrong.gexf',
      '<gexf><graph><nodes><node id="a"></nodes></graph></gexf>',
      { reason: 'malformed-xml' },
    ],
    ['quotes.csv', 'id,label\na,"Ada\nb,Bo\n', { reason: 'unbalanced-quote', line: 2 }],
    ['crlf.csv', 'id,label\r\na,Ada\nb,Bo\r\n', { reason: 'stray-line-feed', line: 2 }],
    [
      'stance.csv',
      'id,label,stance\na,Ada,7\n',
      { reason: 'out-of-range', line: 2, field: 'stance' },
    ],
    [
      'ghost.gexf',
      '<gexf><graph><nodes><node id="a"/></nodes><edges><edge source="a" target="zz"/></edges></graph></gexf>',
      { reason: 'unknown-node', field: 'target' },
    ],
    ['bad.json', '{"nodes": [', { reason: 'malformed-json' }],
    [
      'cut.gml',
      'graph [\n  node [ id 1 label "A" ]\n  node [ id 2',
      { reason: 'not-a-graph', line: 3 },
    ],
    [
      'far.gexf',
      '<gexf><graph><nodes><node id="&#x110000;"/></nodes></graph></gexf>',
      { reason: 'malformed-xml' },
    ],
  ];
  it.each(cases)('%s', async (name, content, expected) => {
    const { map, path } = freshMap();
    map.close();
    const before = sha256(path);
    const { openMap } = await import('../../db/file/openMap');
    const reopened = openMap(path);
    const error = await refusal(() =>
      importFiles(reopened, [text(name, content)], { preview: false }),
    );
    reopened.close();
    expect(error).toMatchObject({ code: 'IMPORT_INVALID', file: name, ...expected });
    expect(sha256(path)).toBe(before);
  });

  it('refuses a binary file', async () => {
    const { map } = freshMap();
    const error = await refusal(() =>
      importFiles(
        map,
        [{ name: 'photo.gexf', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) }],
        { preview: false },
      ),
    );
    expect(error).toMatchObject({ code: 'IMPORT_INVALID', reason: 'binary' });
    map.close();
  });
});
