import { beforeAll, describe, expect, it } from 'vitest';
import type { MapService } from '../../db/service/mapService';
import { makeService } from '../helpers/testService';
import { dispatch } from '../../db/service/dispatch';
import { createReadCache, type ReadCache } from '../../renderer/api/readCache';
import type { ApiInput, ApiOutput } from '../../shared/api/contract';
import { READS, type ReadDependency } from '../../shared/api/dataFlow';
import type { ApiResult } from '../../shared/api/errors';
import type { ApiMethod } from '../../shared/api/methods';
import { MAP_TABLES } from '../../shared/domain/mapTables';
import { tempDirs } from '../helpers/tempDir';

const tempDir = tempDirs();

/** A service over the demo map whose connection reports every SQL statement it runs. */
async function tracedDemo(): Promise<{ service: MapService; sql: string[] }> {
  const dir = tempDir();
  const sql: string[] = [];
  const service = makeService(dir, { traceSql: (statement) => sql.push(statement) });
  const demo = await dispatch(service, 'map:open-demo', {});
  if (!demo.ok) throw new Error('the demo map did not open');
  const { path } = demo.value as { path: string };
  // Opened again, so that the connection that serves the calls is the traced one.
  await dispatch(service, 'map:close', {});
  await dispatch(service, 'map:open', { path });
  return { service, sql };
}

async function ok<M extends ApiMethod>(
  service: MapService,
  method: M,
  input: ApiInput<M>,
): Promise<Extract<ApiResult<ApiOutput<M>>, { ok: true }>> {
  const result = await dispatch(service, method, input, { checkOutputs: true });
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result as Extract<ApiResult<ApiOutput<M>>, { ok: true }>;
}

const TABLE_NAME = new RegExp(`\\b(${MAP_TABLES.join('|')})\\b`, 'g');
const tablesNamedIn = (statements: readonly string[]): string[] => {
  const found = new Set<string>();
  for (const statement of statements)
    for (const match of statement.matchAll(TABLE_NAME)) found.add(match[1] as string);
  return [...found].sort();
};

/** An input for each read that declares tables, on the demo map (actor 1, view 1...). */
const SAMPLE_INPUTS: { [M in keyof typeof READS]?: ApiInput<M> } = {
  'map:info': {},
  'graph:get': {},
  'actor:list': {},
  'actor:get': { id: 1 },
  'actor:table': {},
  'relation:get': { id: 1 },
  'community:list': {},
  'detection:list': {},
  'interaction:list': { actorId: 1 },
  'campaign:list': {},
  'purchasing:report': {},
  'story:list': {},
  'report:outline': { locale: 'en' },
  'history:list': {},
  'view:list': {},
  'view:get': { id: 1 },
  'mention:summary': {},
  'journey:lanes': {},
  'journey:list': {},
  'trail:steps': {},
};

describe('each read declares the tables it reads', () => {
  it('every cacheable read has a sample here, and its SQL names no table it did not declare', async () => {
    const { service, sql } = await tracedDemo();
    const cacheable = Object.entries(READS).filter(([, reads]) => reads !== null);
    expect(Object.keys(SAMPLE_INPUTS).sort()).toEqual(cacheable.map(([m]) => m).sort());
    for (const [method, input] of Object.entries(SAMPLE_INPUTS)) {
      sql.length = 0;
      const result = await dispatch(service, method, input, { checkOutputs: true });
      expect(result.ok, method).toBe(true);
      const declared: ReadDependency = READS[method as keyof typeof READS];
      const read = tablesNamedIn(sql);
      // The undo history lives in the journal's own tables, none of the map's.
      if (declared === 'history') expect(read, method).toEqual([]);
      else for (const table of read) expect(declared, `${method} reads ${table}`).toContain(table);
    }
    service.close();
  });
});

describe('each change says which tables it touched', () => {
  let service: MapService;
  beforeAll(async () => {
    ({ service } = await tracedDemo());
  });

  it('a rename touches the actors, and says what undo would now revert', async () => {
    const result = await ok(service, 'actor:update', {
      id: 1,
      patch: { name: 'Renamed fictional' },
    });
    expect(result.changed).toEqual(['actors']);
    expect(result.history).toMatchObject({ canUndo: true, undoLabel: 'actor:update' });
  });

  it('a drag touches the saved positions only', async () => {
    const moved = [{ actorId: 1, x: 120, y: -40 }];
    const result = await ok(service, 'view:save-positions', { id: 1, positions: moved });
    expect(result.changed).toEqual(['view_positions']);
  });

  it('a stance change, a new relation, a community member: their own tables', async () => {
    expect((await ok(service, 'actor:update', { id: 2, patch: { stance: -2 } })).changed).toEqual([
      'actors',
    ]);
    const relation = await ok(service, 'relation:create', {
      sourceId: 3,
      targetId: 4,
      type: 'cites',
    });
    expect(relation.changed).toEqual(['relations']);
    const community = (await ok(service, 'community:list', {})).value[0];
    if (!community) throw new Error('the demo map has communities');
    const added = await ok(service, 'community:add-members', {
      id: community.id,
      actorIds: [5, 6],
    });
    expect(added.changed).toEqual(['community_members']);
  });

  it('undo and redo touch what the action touched', async () => {
    const undone = await ok(service, 'history:undo', {});
    expect(undone.changed).toEqual(['community_members']);
    expect(undone.history?.canRedo).toBe(true);
    const redone = await ok(service, 'history:redo', {});
    expect(redone.changed).toEqual(['community_members']);
  });

  it('an action that changes nothing touches nothing and leaves the history as it was', async () => {
    const community = (await ok(service, 'community:list', {})).value[0];
    if (!community) throw new Error('the demo map has communities');
    // Actors who are not members: nothing to remove.
    await ok(service, 'community:remove-members', { id: community.id, actorIds: [5, 6] });
    const result = await ok(service, 'community:remove-members', {
      id: community.id,
      actorIds: [5, 6],
    });
    expect(result.value.count).toBe(0);
    expect(result.changed).toEqual([]);
    const before = (await ok(service, 'map:info', {})).value?.history;
    const again = await ok(service, 'community:remove-members', {
      id: community.id,
      actorIds: [5, 6],
    });
    expect(again.history).toEqual(before);
    expect(result.history).toEqual(before);
  });

  it('opening or closing a map changes everything; a read changes nothing', async () => {
    expect((await ok(service, 'graph:get', {})).changed).toBeUndefined();
    const path = (await ok(service, 'map:info', {})).value?.path ?? '';
    expect((await ok(service, 'map:close', {})).changed).toBe('map');
    expect((await ok(service, 'map:open', { path })).changed).toBe('map');
    service.close();
  });
});

describe('the window’s read cache keeps what a change did not touch', () => {
  let service: MapService;
  let cache: ReadCache;
  beforeAll(async () => {
    ({ service } = await tracedDemo());
    // The renderer's cache over the real service: every change applied as the window applies it.
    cache = createReadCache(async (method, input) => {
      const result = await dispatch(service, method, input, { checkOutputs: true });
      if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
      if (result.changed !== undefined) cache.apply(result.changed);
      return result.value as never;
    });
  });

  const READ_SET = [
    ['graph:get', {}],
    ['map:info', {}],
    ['actor:get', { id: 1 }],
    ['view:get', { id: 1 }],
    ['journey:list', {}],
    ['story:list', {}],
    ['history:list', {}],
  ] as const;
  const readAll = () => Promise.all(READ_SET.map(([m, i]) => cache.read(m, i)));
  const held = () => READ_SET.filter(([m, i]) => cache.holds(m, i)).map(([m]) => m);

  it('asks once for views asking the same read at once', async () => {
    const before = cache.stats().fetched;
    await Promise.all([readAll(), readAll(), readAll()]);
    expect(cache.stats().fetched - before).toBe(READ_SET.length);
    expect(held()).toHaveLength(READ_SET.length);
  });

  it('a drag leaves every read but the view’s positions (and the history) cached', async () => {
    const moved = [
      { actorId: 1, x: 10, y: -25 },
      { actorId: 2, x: 60, y: 35 },
    ];
    await cache.read('view:save-positions', { id: 1, positions: moved });
    expect(held()).toEqual(['graph:get', 'map:info', 'actor:get', 'journey:list', 'story:list']);
    const before = cache.stats().fetched;
    await readAll();
    expect(cache.stats().fetched - before).toBe(2);
    // And what was read again is the new state.
    const after = await cache.read('view:get', { id: 1 });
    expect(after.positions.find((p) => p.actorId === moved[0]?.actorId)?.y).toBe(moved[0]?.y);
  });

  it('a rename makes the actor reads stale and leaves journeys, views and stories cached', async () => {
    await readAll();
    await cache.read('actor:update', { id: 1, patch: { name: 'Another fictional name' } });
    expect(held()).toEqual(['view:get', 'journey:list', 'story:list']);
    const actor = await cache.read('actor:get', { id: 1 });
    expect(actor.name).toBe('Another fictional name');
  });

  it('undo makes stale what the undone action touched, and nothing else', async () => {
    await readAll();
    await cache.read('history:undo', {});
    expect(held()).toEqual(['view:get', 'journey:list', 'story:list']);
    expect((await cache.read('actor:get', { id: 1 })).name).not.toBe('Another fictional name');
    service.close();
  });
});
