import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ActorId, TopicId } from '../../shared/domain/schemas';
import type { MapService } from '../../db/service/mapService';
import { call, makeService, rawCall } from '../helpers/testService';
import { tempDirs } from '../helpers/tempDir';

const tempDir = tempDirs();

describe('building a map by hand (service)', () => {
  let service: MapService;
  let ada: ActorId;
  let bo: ActorId;
  let topic: TopicId;
  const snapshot = async () => ({
    table: await call(service, 'actor:table', {}),
    communities: await call(service, 'community:list', {}),
    campaigns: await call(service, 'campaign:list', {}),
    history: await call(service, 'history:list', {}),
  });
  const expectRefused = async (method: string, input: unknown, code: string, field?: string) => {
    const before = await snapshot();
    const result = await rawCall(service, method, input);
    expect(result.ok, `${method} ${JSON.stringify(input)}`).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    if (field)
      expect([result.error.field, ...(result.error.issues ?? []).map((i) => i.path)]).toContain(
        field,
      );
    expect(await snapshot()).toEqual(before);
  };

  beforeEach(async () => {
    const dir = tempDir();
    service = makeService(dir);
    await call(service, 'map:create', { path: join(dir, 'hand.influmap') });
    ada = (await call(service, 'actor:create', { name: 'Ada Lumen', stance: 1, tags: ['press'] }))
      .id;
    bo = (await call(service, 'actor:create', { name: 'Bo Ferrand', stance: -1 })).id;
    topic = (await call(service, 'topic:create', { name: 'Water reuse' })).id;
    return () => service.close();
  });

  describe('platform accounts', () => {
    it('derive reach (sum of followers) and resonance (engagement weighted by followers)', async () => {
      await call(service, 'account:create', {
        actorId: ada,
        platform: 'youtube',
        handle: '@ada',
        followers: 90_000,
        engagementRate: 0.02,
      });
      const second = await call(service, 'account:create', {
        actorId: ada,
        platform: 'x',
        handle: '@ada_l',
        followers: 10_000,
        engagementRate: 0.12,
        url: 'https://x.example/ada_l',
      });
      let actor = await call(service, 'actor:get', { id: ada });
      expect(actor.reach).toBe(100_000);
      expect(actor.resonance).toBeCloseTo((90_000 * 0.02 + 10_000 * 0.12) / 100_000, 10);
      expect(actor.accounts.map((a) => a.handle)).toEqual(['@ada', '@ada_l']);

      await call(service, 'account:update', { id: second.id, patch: { followers: 30_000 } });
      actor = await call(service, 'actor:get', { id: ada });
      expect(actor.reach).toBe(120_000);
      await call(service, 'account:delete', { id: second.id });
      expect((await call(service, 'actor:get', { id: ada })).reach).toBe(90_000);
    });

    it('refuse negative followers, a rate above 1, a javascript: URL, a duplicate handle and a missing actor', async () => {
      await expectRefused(
        'account:create',
        { actorId: ada, platform: 'x', handle: '@a', followers: -1 },
        'INVALID_INPUT',
        'followers',
      );
      await expectRefused(
        'account:create',
        { actorId: ada, platform: 'x', handle: '@a', engagementRate: 1.5 },
        'INVALID_INPUT',
        'engagementRate',
      );
      await expectRefused(
        'account:create',
        { actorId: ada, platform: 'x', handle: '@a', url: 'javascript:alert(1)' },
        'INVALID_INPUT',
        'url',
      );
      await call(service, 'account:create', { actorId: ada, platform: 'x', handle: '@taken' });
      await expectRefused(
        'account:create',
        { actorId: bo, platform: 'x', handle: '@taken' },
        'CONFLICT',
      );
      await expectRefused(
        'account:create',
        { actorId: 999, platform: 'x', handle: '@ghost' },
        'NOT_FOUND',
        'actorId',
      );
    });
  });

  describe('per-topic relevance', () => {
    it('is set, replaced and removed, and refused outside 0..1', async () => {
      await call(service, 'relevance:set', { actorId: ada, topicId: topic, relevance: 0.7 });
      await call(service, 'relevance:set', { actorId: ada, topicId: topic, relevance: 0.9 });
      expect((await call(service, 'actor:get', { id: ada })).relevance).toEqual([
        { topicId: topic, relevance: 0.9 },
      ]);
      await expectRefused(
        'relevance:set',
        { actorId: ada, topicId: topic, relevance: 1.5 },
        'INVALID_INPUT',
        'relevance',
      );
      await expectRefused(
        'relevance:set',
        { actorId: ada, topicId: 999, relevance: 0.5 },
        'NOT_FOUND',
      );
      await call(service, 'relevance:set', { actorId: ada, topicId: topic, relevance: null });
      expect((await call(service, 'actor:get', { id: ada })).relevance).toEqual([]);
    });
  });

  it('keeps identity, compliance and GDPR fields', async () => {
    const patch = {
      organisation: 'Eaux Claires',
      country: 'FR',
      language: 'fr',
      source: 'Interview, 2026-10-02',
      retentionUntil: '2028-10-01',
      owner: 'Camille (PR)',
      team: 'France',
      paidDisclosure: '#ad on every post',
      conflictsOfInterest: 'Advises a competitor',
      trackRecord: 'Two campaigns, on time',
    };
    expect(await call(service, 'actor:update', { id: ada, patch })).toMatchObject(patch);
    await expectRefused(
      'actor:update',
      { id: ada, patch: { retentionUntil: '2028-13-45' } },
      'INVALID_INPUT',
      'patch.retentionUntil',
    );
  });

  describe('bulk actions', () => {
    it('set stance and add/remove tags on many actors as one undoable action', async () => {
      const result = await call(service, 'actor:bulk-update', {
        ids: [ada, bo],
        stance: -2,
        addTags: ['watch'],
        removeTags: ['press'],
      });
      expect(result.count).toBe(4);
      const rows = await call(service, 'actor:table', {});
      expect(rows.map((r) => [r.stance, r.tags])).toEqual([
        [-2, ['watch']],
        [-2, ['watch']],
      ]);
      expect((await call(service, 'history:list', {}))[0]?.label).toBe('actor:bulk-update');
      await call(service, 'history:undo', {});
      expect((await call(service, 'actor:table', {})).map((r) => [r.stance, r.tags])).toEqual([
        [1, ['press']],
        [-1, []],
      ]);
    });

    it('write nothing when one id is unknown, or when there is nothing to change', async () => {
      await expectRefused('actor:bulk-update', { ids: [ada, 999], stance: 0 }, 'NOT_FOUND');
      await expectRefused('actor:bulk-update', { ids: [ada] }, 'INVALID_INPUT');
      await expectRefused('actor:bulk-delete', { ids: [ada, 999] }, 'NOT_FOUND', 'ids');
    });

    it('delete many actors with their relations, and undo brings all back', async () => {
      await call(service, 'relation:create', { sourceId: ada, targetId: bo, type: 'cites' });
      expect(await call(service, 'actor:bulk-delete', { ids: [ada, bo, ada] })).toEqual({
        count: 2,
      });
      expect((await call(service, 'graph:get', {})).actors).toEqual([]);
      await call(service, 'history:undo', {});
      const graph = await call(service, 'graph:get', {});
      expect(graph.actors).toHaveLength(2);
      expect(graph.relations).toHaveLength(1);
    });
  });

  describe('communities', () => {
    it('are created, coloured, filled, merged and deleted; memberships follow', async () => {
      const a = await call(service, 'community:create', {
        name: 'Water experts',
        color: '#1b9e77',
        topicId: topic,
      });
      const b = await call(service, 'community:create', { name: 'Local press' });
      expect(
        await call(service, 'community:add-members', { id: a.id, actorIds: [ada, bo] }),
      ).toEqual({ count: 2 });
      expect(await call(service, 'community:add-members', { id: a.id, actorIds: [ada] })).toEqual({
        count: 0,
      });
      await call(service, 'community:add-members', { id: b.id, actorIds: [bo] });
      await call(service, 'community:remove-members', { id: a.id, actorIds: [bo] });
      expect(
        (
          await call(service, 'community:update', {
            id: b.id,
            patch: { name: 'Regional press', color: '#7570b3' },
          })
        ).name,
      ).toBe('Regional press');

      const merged = await call(service, 'community:merge', { sourceIds: [b.id], targetId: a.id });
      expect(merged).toMatchObject({ id: a.id, memberCount: 2 });
      expect((await call(service, 'community:list', {})).map((c) => c.id)).toEqual([a.id]);
      expect((await call(service, 'actor:get', { id: bo })).communityIds).toEqual([a.id]);

      await call(service, 'community:delete', { id: a.id });
      expect((await call(service, 'actor:get', { id: ada })).communityIds).toEqual([]);
      await call(service, 'history:undo', {});
      expect((await call(service, 'community:list', {}))[0]?.memberCount).toBe(2);
    });

    it('refuse an unknown member, a self-merge and a bad colour', async () => {
      const a = await call(service, 'community:create', { name: 'C' });
      await expectRefused(
        'community:add-members',
        { id: a.id, actorIds: [ada, 999] },
        'NOT_FOUND',
        'actorIds',
      );
      await expectRefused(
        'community:merge',
        { sourceIds: [a.id], targetId: a.id },
        'INVALID_INPUT',
      );
      await expectRefused(
        'community:create',
        { name: 'D', color: 'red' },
        'INVALID_INPUT',
        'color',
      );
    });
  });

  it('merges topics, keeping the higher relevance and repointing communities', async () => {
    const other = await call(service, 'topic:create', { name: 'Water recycling' });
    await call(service, 'relevance:set', { actorId: ada, topicId: topic, relevance: 0.4 });
    await call(service, 'relevance:set', { actorId: ada, topicId: other.id, relevance: 0.8 });
    await call(service, 'relevance:set', { actorId: bo, topicId: other.id, relevance: 0.3 });
    const community = await call(service, 'community:create', {
      name: 'Recyclers',
      topicId: other.id,
    });
    await call(service, 'topic:merge', { sourceIds: [other.id], targetId: topic });
    expect((await call(service, 'actor:get', { id: ada })).relevance).toEqual([
      { topicId: topic, relevance: 0.8 },
    ]);
    expect((await call(service, 'actor:get', { id: bo })).relevance).toEqual([
      { topicId: topic, relevance: 0.3 },
    ]);
    expect(
      (await call(service, 'community:list', {})).find((c) => c.id === community.id)?.topicId,
    ).toBe(topic);
    expect((await call(service, 'graph:get', {})).topics.map((t) => t.name)).toEqual([
      'Water reuse',
    ]);
  });

  describe('relationship history', () => {
    it('records interactions per actor, newest first, and shows the last one in the table', async () => {
      const launch = await call(service, 'campaign:create', {
        name: 'Launch',
        startsOn: '2026-09-01',
        endsOn: '2026-12-31',
        budget: 50_000,
        currency: 'EUR',
      });
      await call(service, 'interaction:create', {
        actorId: ada,
        occurredOn: '2026-09-12',
        type: 'briefing',
        owner: 'PR',
      });
      const paid = await call(service, 'interaction:create', {
        actorId: ada,
        occurredOn: '2026-10-02',
        type: 'paid_collaboration',
        campaignId: launch.id,
        cost: 3_000,
        currency: 'EUR',
      });
      expect(
        (await call(service, 'interaction:list', { actorId: ada })).map((i) => i.occurredOn),
      ).toEqual(['2026-10-02', '2026-09-12']);
      expect(
        (await call(service, 'actor:table', {})).find((r) => r.id === ada)?.lastInteraction,
      ).toBe('2026-10-02');
      expect((await call(service, 'campaign:list', {}))[0]?.spent).toBe(3_000);
      await call(service, 'interaction:update', {
        id: paid.id,
        patch: { outcome: 'Video published' },
      });
      const renamed = await call(service, 'campaign:update', {
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
      await call(service, 'campaign:delete', { id: launch.id });
      expect((await call(service, 'interaction:list', { actorId: ada }))[0]).toMatchObject({
        outcome: 'Video published',
        campaignId: null,
      });
      await call(service, 'interaction:delete', { id: paid.id });
      expect(await call(service, 'interaction:list', { actorId: ada })).toHaveLength(1);
    });

    it('refuses a negative cost, a bad currency, a missing campaign and a campaign ending before it starts', async () => {
      await expectRefused(
        'interaction:create',
        { actorId: ada, occurredOn: '2026-01-01', type: 'gift', cost: -5 },
        'INVALID_INPUT',
        'cost',
      );
      await expectRefused(
        'interaction:create',
        { actorId: ada, occurredOn: '2026-01-01', type: 'gift', currency: 'euro' },
        'INVALID_INPUT',
        'currency',
      );
      await expectRefused(
        'interaction:create',
        { actorId: ada, occurredOn: '2026-01-01', type: 'gift', campaignId: 77 },
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
      const first = await call(service, 'campaign:create', { name: 'Spring' });
      const second = await call(service, 'campaign:create', { name: 'Autumn' });
      await call(service, 'interaction:create', {
        actorId: bo,
        occurredOn: '2026-03-01',
        type: 'paid_collaboration',
        campaignId: first.id,
        cost: 1_000,
        currency: 'EUR',
      });
      await call(service, 'interaction:create', {
        actorId: bo,
        occurredOn: '2026-09-01',
        type: 'paid_collaboration',
        campaignId: second.id,
        cost: 1_200,
        currency: 'EUR',
      });
      await call(service, 'interaction:create', {
        actorId: bo,
        occurredOn: '2026-10-01',
        type: 'gift',
        cost: 80,
        currency: 'CHF',
      });
      await call(service, 'interaction:create', {
        actorId: ada,
        occurredOn: '2026-10-01',
        type: 'meeting',
        cost: 0,
      });
      const report = await call(service, 'purchasing:report', {});
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
      const settings = await call(service, 'settings:update', {
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
        (await call(service, 'relation:create', { sourceId: ada, targetId: bo, type: 'advises' }))
          .type,
      ).toBe('advises');
      await call(service, 'history:undo', {});
      await call(service, 'history:undo', {});
      expect((await call(service, 'map:info', {}))?.settings.name).not.toBe('Water 2027');
    });

    it('refuse thresholds that do not increase, and dropping a relation type still in use', async () => {
      await expectRefused(
        'settings:update',
        { tierThresholds: { micro: 10_000, macro: 5_000, mega: 1_000_000 } },
        'INVALID_INPUT',
      );
      await call(service, 'relation:create', { sourceId: ada, targetId: bo, type: 'opposes' });
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
    const relation = await call(service, 'relation:create', {
      sourceId: ada,
      targetId: bo,
      type: 'mentions',
    });
    expect(await call(service, 'relation:get', { id: relation.id })).toEqual(relation);
    await expectRefused(
      'relation:update',
      { id: relation.id, patch: { type: 'likes' } },
      'INVALID_INPUT',
      'type',
    );
  });
});
