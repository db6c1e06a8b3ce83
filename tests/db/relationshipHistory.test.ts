import { describe, expect, it } from 'vitest';
import { call } from '../helpers/testService';
import { useHandBuiltMap } from '../helpers/handBuiltMap';

describe('building a map by hand (map.service): relationship history, settings, relations', () => {
  const map = useHandBuiltMap();
  // Read the fresh map's parts inside each test (they are set by the helper's beforeEach).
  const expectRefused = (method: string, input: unknown, code: string, field?: string) =>
    map.expectRefused(method, input, code, field);
  describe('relationship history', () => {
    it('records interactions per actor, newest first, and shows the last one in the table', async () => {
      const launch = await call(map.service, 'campaign:create', {
        name: 'Launch',
        startsOn: '2026-09-01',
        endsOn: '2026-12-31',
        budget: 50_000,
        currency: 'EUR',
      });
      await call(map.service, 'interaction:create', {
        actorId: map.ada,
        occurredOn: '2026-09-12',
        type: 'briefing',
        owner: 'PR',
      });
      const paid = await call(map.service, 'interaction:create', {
        actorId: map.ada,
        occurredOn: '2026-10-02',
        type: 'paid_collaboration',
        campaignId: launch.id,
        cost: 3_000,
        currency: 'EUR',
      });
      expect(
        (await call(map.service, 'interaction:list', { actorId: map.ada })).map(
          (i) => i.occurredOn,
        ),
      ).toEqual(['2026-10-02', '2026-09-12']);
      expect(
        (await call(map.service, 'actor:table', {})).find((r) => r.id === map.ada)?.lastInteraction,
      ).toBe('2026-10-02');
      expect((await call(map.service, 'campaign:list', {}))[0]?.spent).toBe(3_000);
      await call(map.service, 'interaction:update', {
        id: paid.id,
        patch: { outcome: 'Video published' },
      });
      const renamed = await call(map.service, 'campaign:update', {
        id: launch.id,
        patch: { name: 'Launch (extended)', endsOn: '2027-01-31', budget: 60_000 },
      });
      expect(renamed).toMatchObject({
        name: 'Launch (extended)',
        endsOn: '2027-01-31',
        budget: 60_000,
        spent: 3_000,
      });
      await expectRefused(
        'campaign:update',
        { id: launch.id, patch: { startsOn: '2027-06-01', endsOn: '2027-01-01' } },
        'INVALID_INPUT',
        'patch.endsOn',
      );
      await call(map.service, 'campaign:delete', { id: launch.id });
      expect((await call(map.service, 'interaction:list', { actorId: map.ada }))[0]).toMatchObject({
        outcome: 'Video published',
        campaignId: null,
      });
      await call(map.service, 'interaction:delete', { id: paid.id });
      expect(await call(map.service, 'interaction:list', { actorId: map.ada })).toHaveLength(1);
    });

    it('refuses a negative cost, a bad currency, a missing campaign and a campaign ending before it starts', async () => {
      await expectRefused(
        'interaction:create',
        { actorId: map.ada, occurredOn: '2026-01-01', type: 'gift', cost: -5 },
        'INVALID_INPUT',
        'cost',
      );
      await expectRefused(
        'interaction:create',
        { actorId: map.ada, occurredOn: '2026-01-01', type: 'gift', currency: 'euro' },
        'INVALID_INPUT',
        'currency',
      );
      await expectRefused(
        'interaction:create',
        { actorId: map.ada, occurredOn: '2026-01-01', type: 'gift', campaignId: 77 },
        'NOT_FOUND',
        'campaignId',
      );
      await expectRefused(
        'campaign:create',
        { name: 'Backwards', startsOn: '2026-05-01', endsOn: '2026-04-01' },
        'INVALID_INPUT',
        'endsOn',
      );
    });

    it('reports, per actor, each collaboration cost and its variation against the previous one', async () => {
      const first = await call(map.service, 'campaign:create', { name: 'Spring' });
      const second = await call(map.service, 'campaign:create', { name: 'Autumn' });
      await call(map.service, 'interaction:create', {
        actorId: map.bo,
        occurredOn: '2026-03-01',
        type: 'paid_collaboration',
        campaignId: first.id,
        cost: 1_000,
        currency: 'EUR',
      });
      await call(map.service, 'interaction:create', {
        actorId: map.bo,
        occurredOn: '2026-09-01',
        type: 'paid_collaboration',
        campaignId: second.id,
        cost: 1_200,
        currency: 'EUR',
      });
      await call(map.service, 'interaction:create', {
        actorId: map.bo,
        occurredOn: '2026-10-01',
        type: 'gift',
        cost: 80,
        currency: 'CHF',
      });
      await call(map.service, 'interaction:create', {
        actorId: map.ada,
        occurredOn: '2026-10-01',
        type: 'meeting',
        cost: 0,
      });
      const report = await call(map.service, 'purchasing:report', {});
      expect(report).toHaveLength(1);
      expect(report[0]?.collaborations.map((c) => [c.campaignName, c.cost, c.variation])).toEqual([
        ['Spring', 1_000, null],
        ['Autumn', 1_200, 0.2],
        [null, 80, null],
      ]);
      expect(report[0]?.total).toBe(2_280);
    });
  });

  describe('map settings', () => {
    it('change name, client, thresholds, relation types and weights, undoably', async () => {
      const settings = await call(map.service, 'settings:update', {
        name: 'Water 2027',
        client: 'Eaux Claires',
        tierThresholds: { micro: 5_000, macro: 50_000, mega: 500_000 },
        relationTypes: ['follows', 'cites', 'advises'],
        scoreWeights: { reach: 1, resonance: 1, relevance: 2, centrality: 0.5 },
      });
      expect(settings).toMatchObject({
        name: 'Water 2027',
        client: 'Eaux Claires',
        relationTypes: ['follows', 'cites', 'advises'],
      });
      expect(
        (
          await call(map.service, 'relation:create', {
            sourceId: map.ada,
            targetId: map.bo,
            type: 'advises',
          })
        ).type,
      ).toBe('advises');
      await call(map.service, 'history:undo', {});
      await call(map.service, 'history:undo', {});
      expect((await call(map.service, 'map:info', {}))?.settings.name).not.toBe('Water 2027');
    });

    it('refuse thresholds that do not increase, and dropping a relation type still in use', async () => {
      await expectRefused(
        'settings:update',
        { tierThresholds: { micro: 10_000, macro: 5_000, mega: 1_000_000 } },
        'INVALID_INPUT',
      );
      await call(map.service, 'relation:create', {
        sourceId: map.ada,
        targetId: map.bo,
        type: 'opposes',
      });
      await expectRefused(
        'settings:update',
        { relationTypes: ['follows'] },
        'CONFLICT',
        'relationTypes',
      );
      await expectRefused(
        'settings:update',
        { relationTypes: ['follows', 'follows'] },
        'INVALID_INPUT',
      );
    });
  });

  it('reads one relation and refuses a type the map does not list on update', async () => {
    const relation = await call(map.service, 'relation:create', {
      sourceId: map.ada,
      targetId: map.bo,
      type: 'mentions',
    });
    expect(await call(map.service, 'relation:get', { id: relation.id })).toEqual(relation);
    await expectRefused(
      'relation:update',
      { id: relation.id, patch: { type: 'likes' } },
      'INVALID_INPUT',
      'type',
    );
  });
});
