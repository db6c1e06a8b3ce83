import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedDemoMap } from '../../db/demo/demoMap';
import { createMap } from '../../db/file/openMap';
import { exportData, exportedMap } from '../../db/io/exportData';
import { call, makeService } from '../helpers/testService';
import { tempDirs } from '../helpers/tempDir';

const tempDir = tempDirs();

describe('an import journaled as ranges of new rows', () => {
  it('is undone and redone whole, again and again, and keeps the journal small', async () => {
    const source = createMap(join(tempDir(), 'demo.influmap'), seedDemoMap);
    const gexf = Buffer.from(await exportData(source.db, 'gexf')).toString('base64');
    const expected = exportedMap(source.db);
    source.close();

    const dir = tempDir();
    const path = join(dir, 'copy.influmap');
    const service = makeService(dir);
    await call(service, 'map:create', { path, name: 'Copy' });
    // One hand-made actor before: it must survive every undo and redo.
    await call(service, 'actor:create', { name: 'Kept' });
    await call(service, 'import:apply', { files: [{ name: 'demo.gexf', base64: gexf }] });
    const snapshot = async () => {
      await call(service, 'map:close', {});
      const copy = (await import('../../db/file/openMap')).openMap(path);
      const map = exportedMap(copy.db);
      const journalRows = copy.db
        .prepare<[], { n: number }>('SELECT count(*) AS n FROM journal_rows')
        .get()?.n;
      copy.close();
      await call(service, 'map:open', { path });
      return { map, journalRows };
    };
    const imported = await snapshot();
    expect(imported.map.actors).toHaveLength(expected.actors.length + 1);
    expect(imported.map.relations).toHaveLength(expected.relations.length);
    // 60 actors, their relations and memberships: a few range rows, not one per row.
    expect(imported.journalRows).toBeLessThan(60);

    await call(service, 'history:undo', {});
    const undone = await snapshot();
    expect(undone.map.actors.map((a) => a.name)).toEqual(['Kept']);
    expect(undone.map.relations).toEqual([]);

    await call(service, 'history:redo', {});
    const redone = await snapshot();
    expect(redone.map).toEqual(imported.map);

    await call(service, 'history:undo', {});
    expect((await snapshot()).map.actors.map((a) => a.name)).toEqual(['Kept']);
    await call(service, 'history:redo', {});
    expect((await snapshot()).map).toEqual(imported.map);
    service.close();
  });

  it('leaves the relation indexes as a new map has them after a big first import', async () => {
    const dir = tempDir();
    const map = createMap(join(dir, 'big.influmap'), () => undefined);
    const indexes = () =>
      map.db
        .prepare<[], { name: string; sql: string }>(
          "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'relations' ORDER BY name",
        )
        .all();
    const before = indexes();
    const edges = ['source,target'];
    for (let i = 0; i < 60_000; i += 1) edges.push(`n${i % 500},n${(i * 7) % 500}`);
    const { importFiles } = await import('../../db/io/importFiles');
    await importFiles(
      map,
      [{ name: 'edges.csv', bytes: new TextEncoder().encode(edges.join('\n')) }],
      { preview: false },
    );
    expect(indexes()).toEqual(before);
    expect(before).toHaveLength(2);
    const plan = map.db
      .prepare<[], { detail: string }>(
        'EXPLAIN QUERY PLAN SELECT * FROM relations WHERE target_id = 3',
      )
      .all();
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/relations_target_idx/);

    // The journal holds the 60 000 new relations as two ranges (50 000 ids at most each).
    const ranges = map.db
      .prepare<[], { pk: string }>(
        "SELECT pk FROM journal_rows WHERE tbl = 'relations' AND pk LIKE 'range:%' ORDER BY id",
      )
      .all();
    expect(ranges.map((r) => r.pk)).toEqual(['range:1..50000', 'range:50001..60000']);
    // Undone and redone, the relations (the whole table) go and come back with the indexes set
    // aside meanwhile; they are there again after each.
    const relations = () =>
      map.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM relations').get()?.n;
    map.journal.undo();
    expect(relations()).toBe(0);
    expect(indexes()).toEqual(before);
    // A range undone by a version before 2026-11-23 kept its rows as JSON text inside the
    // image: redo reads that too.
    map.db.exec(
      "UPDATE journal_rows SET after = json_object('rows', json(json_extract(after, '$.rows')) || '') WHERE pk LIKE 'range:%' AND tbl = 'relations'",
    );
    expect(
      map.db
        .prepare<[], { type: string }>(
          "SELECT DISTINCT json_type(after, '$.rows') AS type FROM journal_rows WHERE pk LIKE 'range:%' AND tbl = 'relations'",
        )
        .all(),
    ).toEqual([{ type: 'text' }]);
    map.journal.redo();
    expect(relations()).toBe(60_000);
    expect(indexes()).toEqual(before);
    map.close();
  });
});
