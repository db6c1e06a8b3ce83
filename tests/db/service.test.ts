import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ActorId } from '../../shared/domain/schemas';
import type { MapService } from '../../db/service/mapService';
import { call, graphOf, makeService, rawCall } from '../helpers/testService';
import { tempDirs } from '../helpers/tempDir';

const tempDir = tempDirs();

/** Everything the map holds that a failed call must leave untouched. */
async function mapState(service: MapService) {
  return {
    graph: await graphOf(service),
    history: await call(service, 'history:list', {}),
  };
}

describe('the map service', () => {
  let service: MapService;
  let dir: string;
  beforeEach(async () => {
    dir = tempDir();
    service = makeService(dir);
    await call(service, 'map:create', { path: join(dir, 'svc.influmap'), name: 'Service test' });
    return () => service.close();
  });

  it('creates, reads, updates and deletes actors, each as one undoable entry', async () => {
    const actor = await call(service, 'actor:create', {
      name: '  Nadia Test  ',
      kind: 'journalist',
      stance: -1,
      tags: ['press'],
    });
    expect(actor).toMatchObject({
      name: 'Nadia Test',
      kind: 'journalist',
      stance: -1,
      key: 'nadia-test',
      tags: ['press'],
    });
    const updated = await call(service, 'actor:update', {
      id: actor.id,
      patch: { stance: 1, offlineStance: -2 },
    });
    expect(updated).toMatchObject({ stance: 1, offlineStance: -2, name: 'Nadia Test' });
    expect(await call(service, 'actor:get', { id: actor.id })).toEqual(updated);
    await call(service, 'actor:delete', { id: actor.id });
    expect((await call(service, 'actor:list', {})).length).toBe(0);
    const history = await call(service, 'history:list', {});
    expect(history.map((e) => e.label)).toEqual(['actor:delete', 'actor:update', 'actor:create']);

    await call(service, 'history:undo', {});
    expect(await call(service, 'actor:get', { id: actor.id })).toEqual(updated);
    await call(service, 'history:undo', {});
    expect((await call(service, 'actor:get', { id: actor.id })).stance).toBe(-1);
    const state = await call(service, 'history:redo', {});
    expect(state).toMatchObject({ canUndo: true, canRedo: true, redoLabel: 'actor:delete' });
  });

  it('gives hand-made actors unique readable keys', async () => {
    const first = await call(service, 'actor:create', { name: 'Élodie Brun' });
    const second = await call(service, 'actor:create', { name: 'Elodie  Brun' });
    expect([first.key, second.key]).toEqual(['elodie-brun', 'elodie-brun-2']);
  });

  it('creates, updates and deletes relations and topics', async () => {
    const a = await call(service, 'actor:create', { name: 'Source' });
    const b = await call(service, 'actor:create', { name: 'Target' });
    const relation = await call(service, 'relation:create', {
      sourceId: a.id,
      targetId: b.id,
      type: 'opposes',
      weight: 3,
    });
    expect(relation).toMatchObject({
      sourceId: a.id,
      targetId: b.id,
      type: 'opposes',
      weight: 3,
      directed: true,
    });
    expect(
      await call(service, 'relation:update', {
        id: relation.id,
        patch: { directed: false, weight: 0.5 },
      }),
    ).toMatchObject({
      directed: false,
      weight: 0.5,
    });
    await call(service, 'relation:delete', { id: relation.id });

    const topic = await call(service, 'topic:create', {
      name: 'Water treatment',
      color: '#123abc',
    });
    expect(
      await call(service, 'topic:update', { id: topic.id, patch: { name: 'Water reuse' } }),
    ).toMatchObject({ name: 'Water reuse', color: '#123abc' });
    await call(service, 'topic:delete', { id: topic.id });
    const graph = await graphOf(service);
    expect(graph.relations).toEqual([]);
    expect(graph.topics).toEqual([]);
  });

  it('reports counts and history in the map info', async () => {
    await call(service, 'actor:create', { name: 'Counted' });
    const info = await call(service, 'map:info', {});
    expect(info?.counts).toEqual({
      actors: 1,
      relations: 0,
      communities: 0,
      topics: 0,
      journeys: 0,
    });
    expect(info?.settings.name).toBe('Service test');
    expect(info?.history.canUndo).toBe(true);
  });

  describe('refuses bad input with a typed error and writes nothing', () => {
    const cases: Array<[string, string, unknown, string, string?]> = [
      ['stance 3', 'actor:create', { name: 'X', stance: 3 }, 'INVALID_INPUT', 'stance'],
      ['an empty name', 'actor:create', { name: '   ' }, 'INVALID_INPUT', 'name'],
      [
        'a 100 000-character name',
        'actor:create',
        { name: 'n'.repeat(100_000) },
        'INVALID_INPUT',
        'name',
      ],
      ['negative reach', 'actor:create', { name: 'X', reach: -5 }, 'INVALID_INPUT', 'reach'],
      ['an unknown kind', 'actor:create', { name: 'X', kind: 'wizard' }, 'INVALID_INPUT', 'kind'],
      ['an unknown field', 'actor:create', { name: 'X', isAdmin: true }, 'INVALID_INPUT'],
      [
        'a __proto__ key',
        'actor:create',
        JSON.parse('{"name":"X","__proto__":{"polluted":1}}'),
        'INVALID_INPUT',
      ],
      ['a string id', 'actor:get', { id: '1' }, 'INVALID_INPUT', 'id'],
      [
        'a NaN weight',
        'relation:create',
        { sourceId: 1, targetId: 2, type: 'follows', weight: Number.NaN },
        'INVALID_INPUT',
        'weight',
      ],
      ['a non-object payload', 'actor:create', 'DROP TABLE actors', 'INVALID_INPUT'],
      ['an unknown method', 'actor:drop', {}, 'UNKNOWN_METHOD'],
      ['a method from the prototype', 'constructor', {}, 'UNKNOWN_METHOD'],
    ];
    for (const [what, method, input, code, field] of cases) {
      it(what, async () => {
        const before = await mapState(service);
        const result = await rawCall(service, method, input);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.error.code).toBe(code);
        if (field) expect(result.error.issues?.map((i) => i.path)).toContain(field);
        expect(JSON.stringify(result.error)).not.toMatch(/at .*\.ts:\d+/);
        expect(await mapState(service)).toEqual(before);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      });
    }
  });

  it('refuses a relation to a deleted actor, naming the field, and writes nothing', async () => {
    const a = await call(service, 'actor:create', { name: 'Alive' });
    const b = await call(service, 'actor:create', { name: 'Gone' });
    await call(service, 'actor:delete', { id: b.id });
    const before = await mapState(service);
    const result = await rawCall(service, 'relation:create', {
      sourceId: a.id,
      targetId: b.id,
      type: 'follows',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'targetId' } });
    expect(await mapState(service)).toEqual(before);
  });

  it('refuses a relation type the map does not list, and a self-relation', async () => {
    const a = await call(service, 'actor:create', { name: 'Solo' });
    const b = await call(service, 'actor:create', { name: 'Duo' });
    expect(
      await rawCall(service, 'relation:create', { sourceId: a.id, targetId: b.id, type: 'likes' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'type' },
    });
    expect(
      await rawCall(service, 'relation:create', {
        sourceId: a.id,
        targetId: a.id,
        type: 'follows',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'targetId' },
    });
  });

  it('answers NOT_FOUND for an actor that does not exist', async () => {
    expect(
      await rawCall(service, 'actor:update', { id: 999 as ActorId, patch: { name: 'Ghost' } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect((await call(service, 'history:list', {})).length).toBe(0);
  });

  it('answers NO_MAP_OPEN once the map is closed', async () => {
    await call(service, 'map:close', {});
    expect(await rawCall(service, 'graph:get', {})).toMatchObject({
      ok: false,
      error: { code: 'NO_MAP_OPEN' },
    });
  });
});

describe('maps, recent list and the demo', () => {
  it('describes the host: browser mode has no file dialog and says where new maps go', async () => {
    const dir = tempDir();
    const service = makeService(dir);
    expect(await call(service, 'app:info', {})).toEqual({
      version: 'test',
      host: 'browser',
      canPickFiles: false,
      defaultMapFolder: dir,
    });
    expect(await call(service, 'map:pick', { mode: 'open' })).toEqual({ path: null });
    expect(await rawCall(service, 'map:pick', { mode: 'delete' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    service.close();
  });

  it('forgets a map from the recent list without touching the file', async () => {
    const dir = tempDir();
    const service = makeService(dir);
    const path = join(dir, 'kept.influmap');
    await call(service, 'map:create', { path });
    await call(service, 'map:close', {});
    expect(await call(service, 'recent:forget', { path })).toEqual([]);
    expect((await call(service, 'map:open', { path })).path).toBe(path);
    service.close();
  });

  it('lists opened maps most recent first, and creates a map from a bare name in the maps folder', async () => {
    const dir = tempDir();
    const service = makeService(dir);
    await call(service, 'map:create', { path: 'Client A' });
    await call(service, 'map:create', { path: join(dir, 'b.influmap'), name: 'Client B' });
    const recent = await call(service, 'recent:list', {});
    expect(recent.map((m) => [m.name, m.exists])).toEqual([
      ['Client B', true],
      ['Client A', true],
    ]);
    expect(recent[1]?.path).toBe(join(dir, 'Client A.influmap'));
    await call(service, 'map:open', { path: join(dir, 'Client A.influmap') });
    expect((await call(service, 'recent:list', {}))[0]?.name).toBe('Client A');
    service.close();
  });

  it('opens the demo map, creating it in the user data folder the first time', async () => {
    const dir = tempDir();
    const service = makeService(dir);
    expect(service.isFirstRun()).toBe(true);
    const info = await call(service, 'map:open-demo', {});
    expect(info.path).toBe(join(dir, 'user-data', 'demo.influmap'));
    expect(info.counts.actors).toBeGreaterThanOrEqual(55);
    expect(info.history.canUndo).toBe(false);
    await call(service, 'map:close', {});
    expect((await call(service, 'map:open-demo', {})).counts).toEqual(info.counts);
    expect(service.isFirstRun()).toBe(false);
    service.close();
  });
});
