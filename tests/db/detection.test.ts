import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ActorId } from '../../shared/domain/schemas';
import { call, graphOf, makeService, rawCall } from '../helpers/testService';
import { tempDirs } from '../helpers/tempDir';

const tempDir = tempDirs();

describe('community:save-detection', () => {
  it('keeps a detection as a proposed run of detected communities, as one undoable action', async () => {
    const dir = tempDir();
    const service = makeService(dir);
    await call(service, 'map:create', { path: join(dir, 'd.influmap'), name: 'Detect' });
    const ids: ActorId[] = [];
    for (const name of ['Ada', 'Bo', 'Cy'])
      ids.push((await call(service, 'actor:create', { name })).id);
    const saved = await call(service, 'community:save-detection', {
      algorithm: 'louvain',
      parameters: { seed: 1, resolution: 1 },
      modularity: 0.31,
      groups: [
        { name: 'Ada · Bo', actorIds: [ids[0] as ActorId, ids[1] as ActorId] },
        { name: 'Cy', actorIds: [ids[2] as ActorId] },
      ],
    });
    expect(saved.communityIds).toHaveLength(2);
    const graph = await graphOf(service);
    expect(graph.communities.map((c) => [c.name, c.origin, c.memberCount])).toEqual([
      ['Ada · Bo', 'detected', 2],
      ['Cy', 'detected', 1],
    ]);
    expect((await call(service, 'detection:list', {}))[0]).toMatchObject({
      modularity: 0.31,
      communities: 2,
    });
    await call(service, 'history:undo', {});
    expect((await graphOf(service)).communities).toEqual([]);
    expect(await call(service, 'detection:list', {})).toEqual([]);
    service.close();
  });

  it('refuses unknown actors, an actor in two groups and unknown runs, writing nothing', async () => {
    const dir = tempDir();
    const service = makeService(dir);
    await call(service, 'map:create', { path: join(dir, 'd.influmap'), name: 'Detect' });
    const ada = (await call(service, 'actor:create', { name: 'Ada' })).id;
    const base = { algorithm: 'louvain', parameters: { seed: 1, resolution: 1 }, modularity: 0.1 };
    expect(
      await rawCall(service, 'community:save-detection', {
        ...base,
        groups: [{ name: 'Ghosts', actorIds: [ada, 999] }],
      }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'groups' } });
    expect(
      await rawCall(service, 'community:save-detection', {
        ...base,
        groups: [
          { name: 'A', actorIds: [ada] },
          { name: 'B', actorIds: [ada] },
        ],
      }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(
      await rawCall(service, 'community:save-detection', {
        ...base,
        algorithm: 'magic',
        groups: [],
      }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await rawCall(service, 'detection:accept', { id: 42 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await call(service, 'detection:list', {})).toEqual([]);
    expect((await graphOf(service)).communities).toEqual([]);
    // Only the actor's creation is in the history.
    expect(await call(service, 'history:list', {})).toHaveLength(1);
    service.close();
  });
});
