import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ActorId } from '../../shared/domain/schemas';
import type { MapService } from '../../db/service/mapService';
import { call, makeService, rawCall } from '../helpers/testService';
import { tempDirs } from '../helpers/tempDir';

const tempDir = tempDirs();

describe('saved views (service)', () => {
  let service: MapService;
  let path: string;
  let a: ActorId;
  let b: ActorId;
  beforeEach(async () => {
    const dir = tempDir();
    path = join(dir, 'views.influmap');
    service = makeService(dir);
    await call(service, 'map:create', { path });
    a = (await call(service, 'actor:create', { name: 'A' })).id;
    b = (await call(service, 'actor:create', { name: 'B' })).id;
    return () => service.close();
  });

  it('keeps a named combination of layout, filters and encoding; one default at a time', async () => {
    const first = await call(service, 'view:create', {
      name: 'Detractors',
      layout: 'power-interest',
      filters: { stances: [-2, -1], tiers: ['macro', 'mega'] },
      encoding: { size: 'degree' },
      isDefault: true,
    });
    expect(first).toMatchObject({
      name: 'Detractors',
      layout: 'power-interest',
      filters: { stances: [-2, -1], tiers: ['macro', 'mega'] },
      encoding: { size: 'degree' },
      isDefault: true,
    });
    const second = await call(service, 'view:create', { name: 'Everyone', isDefault: true });
    expect((await call(service, 'view:list', {})).map((v) => [v.name, v.isDefault])).toEqual([
      ['Everyone', true],
      ['Detractors', false],
    ]);
    expect(
      await call(service, 'view:update', {
        id: second.id,
        patch: { layout: 'communities', filters: {} },
      }),
    ).toMatchObject({ layout: 'communities' });
    await call(service, 'view:delete', { id: first.id });
    expect((await call(service, 'view:list', {})).map((v) => v.name)).toEqual(['Everyone']);
  });

  it('keeps dragged positions across a restart, and an undo moves the actors back', async () => {
    const view = await call(service, 'view:create', { name: 'Overview' });
    await call(service, 'view:save-positions', {
      id: view.id,
      positions: [
        { actorId: a, x: 10, y: 20 },
        { actorId: b, x: -5, y: 7.5 },
      ],
    });
    expect(
      await call(service, 'view:save-positions', {
        id: view.id,
        positions: [
          { actorId: a, x: 10, y: 20 },
          { actorId: b, x: 100, y: 7.5 },
        ],
      }),
    ).toEqual({ count: 1 });
    service.close();

    const dir = tempDir();
    service = makeService(dir);
    // Another session, whose maps folder is elsewhere: the user names the map (command line).
    service.grant(path);
    await call(service, 'map:open', { path });
    const positions = (view: { positions: Array<{ actorId: number; x: number; y: number }> }) =>
      view.positions.map((p) => [p.actorId, p.x, p.y]).sort();
    expect(positions(await call(service, 'view:get', { id: view.id }))).toEqual(
      [
        [a, 10, 20],
        [b, 100, 7.5],
      ].sort(),
    );
    await call(service, 'history:undo', {});
    expect(positions(await call(service, 'view:get', { id: view.id }))).toEqual(
      [
        [a, 10, 20],
        [b, -5, 7.5],
      ].sort(),
    );
  });

  it('refuses positions of unknown actors, non-finite coordinates and unknown layouts, writing nothing', async () => {
    const view = await call(service, 'view:create', { name: 'V' });
    const history = await call(service, 'history:list', {});
    for (const [input, path] of [
      [
        {
          id: view.id,
          positions: [
            { actorId: a, x: 1, y: 1 },
            { actorId: 999, x: 0, y: 0 },
          ],
        },
        'positions',
      ],
      [
        { id: view.id, positions: [{ actorId: a, x: Number.POSITIVE_INFINITY, y: 0 }] },
        'positions.0.x',
      ],
    ] as const) {
      const result = await rawCall(service, 'view:save-positions', input);
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect([result.error.field, ...(result.error.issues ?? []).map((i) => i.path)]).toContain(
          path,
        );
    }
    expect(await rawCall(service, 'view:create', { name: 'W', layout: 'spiral' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect((await call(service, 'view:get', { id: view.id })).positions).toEqual([]);
    expect(await call(service, 'history:list', {})).toEqual(history);
  });

  it('gives the journeys for the lanes layout: stages in loop order with who is placed where', async () => {
    const dir = tempDir();
    const demo = makeService(dir);
    await call(demo, 'map:open-demo', {});
    const { journeys } = await call(demo, 'journey:lanes', {});
    expect(journeys).toHaveLength(1);
    expect(journeys[0]?.stages.map((s) => s.name)).toEqual([
      'Awareness',
      'Consideration',
      'Evaluation',
      'Purchase',
      'Installation',
      'Loyalty',
      'Advocacy',
    ]);
    const evaluation = journeys[0]?.stages[2];
    expect(evaluation?.isMomentOfTruth).toBe(true);
    expect(evaluation?.placements[0]?.legitimacy).toBe(0.85);
    demo.close();
  });
});
