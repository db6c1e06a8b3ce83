import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError, type AppErrorData } from '../../shared/api/errors';
import { formatError } from '../../shared/i18n/errorMessages';
import { createMap, openMap, type MapHandle } from '../../db/file/openMap';
import { importFiles } from '../../db/io/importFiles';
import { sha256 } from '../helpers/fileState';
import { tempDirs } from '../helpers/tempDir';

/**
 * Issue 14, "prototype keys", through the import: a column, attribute, key or value named
 * `constructor`, `__proto__`, `toString`… imports as an ordinary name (or is refused for what it
 * is, with file and line), never "unexpected error: SQLite3 can only bind…", never dropped.
 * Several of these go through files other engineers own (nodeEdgeTables.ts, actorFields.ts,
 * mentionTable.ts): they fail until the fixes named in the issue-14 report are applied there.
 */
const tempDir = tempDirs();
const NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'] as const;
const encode = (text: string) => new TextEncoder().encode(text);

function freshMap(): { map: MapHandle; path: string } {
  const path = join(tempDir(), 'p.influmap');
  return { map: createMap(path, () => undefined), path };
}

type Row = { key: string; kind: string; custom: string };
function actors(map: MapHandle) {
  return map.db
    .prepare<[], Row>('SELECT key, kind, custom FROM actors ORDER BY id')
    .all()
    .map((a) => ({ key: a.key, kind: a.kind, custom: JSON.parse(a.custom) as object }));
}

/** The custom fields' own entries, sorted (JSON.parse keeps `__proto__` as an own key). */
const own = (record: object) => Object.entries(record).sort(([a], [b]) => a.localeCompare(b));
const expectedNames = (value: (name: string) => unknown) =>
  NAMES.map((n) => [n, value(n)] as [string, unknown]).sort(([a], [b]) => a.localeCompare(b));

async function imported(name: string, content: string) {
  const { map } = freshMap();
  await importFiles(map, [{ name, bytes: encode(content) }], { preview: false });
  const read = actors(map);
  map.close();
  return read;
}

async function refusedLeavingMapAsItWas(name: string, content: string): Promise<AppErrorData> {
  const { map, path } = freshMap();
  map.close();
  const before = sha256(path);
  const reopened = openMap(path);
  let error: AppErrorData | null = null;
  try {
    await importFiles(reopened, [{ name, bytes: encode(content) }], { preview: false });
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    error = err.data;
  }
  reopened.close();
  expect(sha256(path)).toBe(before);
  if (error === null) throw new Error('expected a refusal');
  for (const locale of ['en', 'fr'] as const) {
    expect(formatError(error, locale)).toContain(name);
    expect(formatError(error, locale)).not.toMatch(/native code|SQLite|undefined/);
  }
  return error;
}

describe('names from files that Object.prototype also has', () => {
  it('CSV: custom columns named like prototype members become custom fields', async () => {
    const [actor] = await imported(
      'actors.csv',
      `id,name,${NAMES.join(',')}\nz1,Zoé,${NAMES.map((n) => `v-${n}`).join(',')}\n`,
    );
    expect(own(actor?.custom ?? {})).toEqual(expectedNames((n) => `v-${n}`));
  });

  it('CSV: a kind named constructor or __proto__ is kept as text, not bound as a function', async () => {
    const read = await imported('kinds.csv', 'id,name,kind\nz1,A,constructor\nz2,B,__proto__\n');
    expect(read.map((a) => [a.key, own(a.custom)])).toEqual([
      ['z1', [['kind', 'constructor']]],
      ['z2', [['kind', '__proto__']]],
    ]);
  });

  it('CSV: a stance named constructor is refused as out of range, with the line', async () => {
    const error = await refusedLeavingMapAsItWas(
      'stances.csv',
      'id,name,stance\nz1,A,1\nz2,B,constructor\n',
    );
    expect(error).toMatchObject({ reason: 'out-of-range', line: 3, field: 'stance' });
  });

  it('GEXF: attribute titles named like prototype members become custom fields', async () => {
    const declarations = NAMES.map(
      (n, i) => `<attribute id="a${i}" title="${n}" type="string"/>`,
    ).join('');
    const values = NAMES.map((n, i) => `<attvalue for="a${i}" value="v-${n}"/>`).join('');
    const [actor] = await imported(
      'p.gexf',
      `<gexf><graph><attributes class="node">${declarations}</attributes><nodes><node id="n1" label="N"><attvalues>${values}</attvalues></node></nodes></graph></gexf>`,
    );
    expect(own(actor?.custom ?? {})).toEqual(expectedNames((n) => `v-${n}`));
  });

  it('GraphML: keys named like prototype members become custom fields', async () => {
    const keys = NAMES.map((n, i) => `<key id="d${i}" for="node" attr.name="${n}"/>`).join('');
    const data = NAMES.map((n, i) => `<data key="d${i}">v-${n}</data>`).join('');
    const [actor] = await imported(
      'p.graphml',
      `<graphml>${keys}<graph><node id="n1">${data}</node></graph></graphml>`,
    );
    expect(own(actor?.custom ?? {})).toEqual(expectedNames((n) => `v-${n}`));
  });

  it('JSON: attribute keys named like prototype members become custom fields', async () => {
    const attributes = `{${NAMES.map((n) => `"${n}":"v-${n}"`).join(',')}}`;
    const [actor] = await imported('p.json', `{"nodes":[{"key":"n1","attributes":${attributes}}]}`);
    expect(own(actor?.custom ?? {})).toEqual(expectedNames((n) => `v-${n}`));
  });

  it('GML: keys named like prototype members become custom fields', async () => {
    const pairs = NAMES.map((n) => `${n} "v-${n}"`).join(' ');
    const [actor] = await imported('p.gml', `graph [ node [ id 1 label "A" ${pairs} ] ]`);
    expect(own(actor?.custom ?? {})).toEqual(expectedNames((n) => `v-${n}`));
  });

  it('XML: the entity &constructor; is refused as unknown, with its line', async () => {
    const error = await refusedLeavingMapAsItWas(
      'entity.graphml',
      '<graphml><graph>\n<node id="n1"><data key="name">&constructor;</data></node></graph></graphml>',
    );
    expect(error).toMatchObject({ reason: 'malformed-xml', line: 2 });
    expect(error.detail).toBe('unknown entity &constructor;');
  });

  it('actors keyed constructor and __proto__, and a relation between them', async () => {
    const { map } = freshMap();
    await importFiles(
      map,
      [
        { name: 'n.csv', bytes: encode('id,name\nconstructor,C\n__proto__,P\ntoString,T\n') },
        {
          name: 'e.csv',
          bytes: encode('source,target\nconstructor,__proto__\n__proto__,toString\n'),
        },
      ],
      { preview: false },
    );
    expect(actors(map).map((a) => a.key)).toEqual(['constructor', '__proto__', 'toString']);
    const relations = map.db
      .prepare<[], { n: number }>('SELECT count(*) AS n FROM relations')
      .get();
    expect(relations?.n).toBe(2);
    map.close();
  });

  it('mentions: a sentiment named constructor is refused as not a number, with the line', async () => {
    const error = await refusedLeavingMapAsItWas(
      'mentions.csv',
      'date,author,sentiment\n2026-03-01,@zoe,positive\n2026-03-02,@zoe,constructor\n',
    );
    expect(error).toMatchObject({ reason: 'not-a-number', line: 3, field: 'sentiment' });
  });
});
