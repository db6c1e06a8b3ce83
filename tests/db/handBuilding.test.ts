import { describe, expect, it } from 'vitest';
import { call, graphOf } from '../helpers/testService';
import { useHandBuiltMap } from '../helpers/handBuiltMap';

describe('building a map by hand (map.service): identity, accounts, relevance, bulk edits, communities', () => {
  const map = useHandBuiltMap();
  // Read the fresh map's parts inside each test (they are set by the helper's beforeEach).
  const expectRefused = (method: string, input: unknown, code: string, field?: string) =>
    map.expectRefused(method, input, code, field);
  describe('platform accounts', () => {
    it('derive reach (sum of followers) and resonance (engagement weighted by followers)', async () => {
      await call(map.service, 'account:create', {
        actorId: map.ada,
        platform: 'youtube',
        handle: '@ada',
        followers: 90_000,
        engagementRate: 0.02,
      });
      const second = await call(map.service, 'account:create', {
        actorId: map.ada,
        platform: 'x',
        handle: '@ada_l',
        followers: 10_000,
        engagementRate: 0.12,
        url: 'https://x.example/ada_l',
      });
      let actor = await call(map.service, 'actor:get', { id: map.ada });
      expect(actor.reach).toBe(100_000);
      expect(actor.resonance).toBeCloseTo((90_000 * 0.02 + 10_000 * 0.12) / 100_000, 10);
      expect(actor.accounts.map((a) => a.handle)).toEqual(['@ada', '@ada_l']);

      await call(map.service, 'account:update', { id: second.id, patch: { followers: 30_000 } });
      actor = await call(map.service, 'actor:get', { id: map.ada });
      expect(actor.reach).toBe(120_000);
      await call(map.service, 'account:delete', { id: second.id });
      expect((await call(map.service, 'actor:get', { id: map.ada })).reach).toBe(90_000);
    });

    it('refuse negative followers, a rate above 1, a javascript: URL, a duplicate handle and a missing actor', async () => {
      await expectRefused(
        'account:create',
        { actorId: map.ada, platform: 'x', handle: '@a', followers: -1 },
        'INVALID_INPUT',
        'followers',
      );
      await expectRefused(
        'account:create',
        { actorId: map.ada, platform: 'x', handle: '@a', engagementRate: 1.5 },
        'INVALID_INPUT',
        'engagementRate',
      );
      await expectRefused(
        'account:create',
        { actorId: map.ada, platform: 'x', handle: '@a', url: 'javascript:alert(1)' },
        'INVALID_INPUT',
        'url',
      );
      await call(map.service, 'account:create', {
        actorId: map.ada,
        platform: 'x',
        handle: '@taken',
      });
      await expectRefused(
        'account:create',
        { actorId: map.bo, platform: 'x', handle: '@taken' },
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

  describe('per-map.topic relevance', () => {
    it('is set, replaced and removed, and refused outside 0..1', async () => {
      await call(map.service, 'relevance:set', {
        actorId: map.ada,
        topicId: map.topic,
        relevance: 0.7,
      });
      await call(map.service, 'relevance:set', {
        actorId: map.ada,
        topicId: map.topic,
        relevance: 0.9,
      });
      expect((await call(map.service, 'actor:get', { id: map.ada })).relevance).toEqual([
        { topicId: map.topic, relevance: 0.9 },
      ]);
      await expectRefused(
        'relevance:set',
        { actorId: map.ada, topicId: map.topic, relevance: 1.5 },
        'INVALID_INPUT',
        'relevance',
      );
      await expectRefused(
        'relevance:set',
        { actorId: map.ada, topicId: 999, relevance: 0.5 },
        'NOT_FOUND',
      );
      await call(map.service, 'relevance:set', {
        actorId: map.ada,
        topicId: map.topic,
        relevance: null,
      });
      expect((await call(map.service, 'actor:get', { id: map.ada })).relevance).toEqual([]);
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
    expect(await call(map.service, 'actor:update', { id: map.ada, patch })).toMatchObject(patch);
    await expectRefused(
      'actor:update',
      { id: map.ada, patch: { retentionUntil: '2028-13-45' } },
      'INVALID_INPUT',
      'patch.retentionUntil',
    );
  });

  describe('bulk actions', () => {
    it('set stance and add/remove tags on many actors as one undoable action', async () => {
      const result = await call(map.service, 'actor:bulk-update', {
        ids: [map.ada, map.bo],
        stance: -2,
        addTags: ['watch'],
        removeTags: ['press'],
      });
      expect(result.count).toBe(4);
      const rows = await call(map.service, 'actor:table', {});
      expect(rows.map((r) => [r.stance, r.tags])).toEqual([
        [-2, ['watch']],
        [-2, ['watch']],
      ]);
      expect((await call(map.service, 'history:list', {}))[0]?.label).toBe('actor:bulk-update');
      await call(map.service, 'history:undo', {});
      expect((await call(map.service, 'actor:table', {})).map((r) => [r.stance, r.tags])).toEqual([
        [1, ['press']],
        [-1, []],
      ]);
    });

    it('write nothing when one id is unknown, or when there is nothing to change', async () => {
      await expectRefused('actor:bulk-update', { ids: [map.ada, 999], stance: 0 }, 'NOT_FOUND');
      await expectRefused('actor:bulk-update', { ids: [map.ada] }, 'INVALID_INPUT');
      await expectRefused('actor:bulk-delete', { ids: [map.ada, 999] }, 'NOT_FOUND', 'ids');
    });

    it('delete many actors with their relations, and undo brings all back', async () => {
      await call(map.service, 'relation:create', {
        sourceId: map.ada,
        targetId: map.bo,
        type: 'cites',
      });
      expect(
        await call(map.service, 'actor:bulk-delete', { ids: [map.ada, map.bo, map.ada] }),
      ).toEqual({
        count: 2,
      });
      expect((await graphOf(map.service)).actors).toEqual([]);
      await call(map.service, 'history:undo', {});
      const graph = await graphOf(map.service);
      expect(graph.actors).toHaveLength(2);
      expect(graph.relations).toHaveLength(1);
    });
  });

  describe('communities', () => {
    it('are created, coloured, filled, merged and deleted; memberships follow', async () => {
      const a = await call(map.service, 'community:create', {
        name: 'Water experts',
        color: '#1b9e77',
        topicId: map.topic,
      });
      const b = await call(map.service, 'community:create', { name: 'Local press' });
      expect(
        await call(map.service, 'community:add-members', { id: a.id, actorIds: [map.ada, map.bo] }),
      ).toEqual({ count: 2 });
      expect(
        await call(map.service, 'community:add-members', { id: a.id, actorIds: [map.ada] }),
      ).toEqual({
        count: 0,
      });
      await call(map.service, 'community:add-members', { id: b.id, actorIds: [map.bo] });
      await call(map.service, 'community:remove-members', { id: a.id, actorIds: [map.bo] });
      expect(
        (
          await call(map.service, 'community:update', {
            id: b.id,
            patch: { name: 'Regional press', color: '#7570b3' },
          })
        ).name,
      ).toBe('Regional press');

      const merged = await call(map.service, 'community:merge', {
        sourceIds: [b.id],
        targetId: a.id,
      });
      expect(merged).toMatchObject({ id: a.id, memberCount: 2 });
      expect((await call(map.service, 'community:list', {})).map((c) => c.id)).toEqual([a.id]);
      expect((await call(map.service, 'actor:get', { id: map.bo })).communityIds).toEqual([a.id]);

      await call(map.service, 'community:delete', { id: a.id });
      expect((await call(map.service, 'actor:get', { id: map.ada })).communityIds).toEqual([]);
      await call(map.service, 'history:undo', {});
      expect((await call(map.service, 'community:list', {}))[0]?.memberCount).toBe(2);
    });

    it('refuse an unknown member, a self-merge and a bad colour', async () => {
      const a = await call(map.service, 'community:create', { name: 'C' });
      await expectRefused(
        'community:add-members',
        { id: a.id, actorIds: [map.ada, 999] },
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
    const other = await call(map.service, 'topic:create', { name: 'Water recycling' });
    await call(map.service, 'relevance:set', {
      actorId: map.ada,
      topicId: map.topic,
      relevance: 0.4,
    });
    await call(map.service, 'relevance:set', {
      actorId: map.ada,
      topicId: other.id,
      relevance: 0.8,
    });
    await call(map.service, 'relevance:set', {
      actorId: map.bo,
      topicId: other.id,
      relevance: 0.3,
    });
    const community = await call(map.service, 'community:create', {
      name: 'Recyclers',
      topicId: other.id,
    });
    await call(map.service, 'topic:merge', { sourceIds: [other.id], targetId: map.topic });
    expect((await call(map.service, 'actor:get', { id: map.ada })).relevance).toEqual([
      { topicId: map.topic, relevance: 0.8 },
    ]);
    expect((await call(map.service, 'actor:get', { id: map.bo })).relevance).toEqual([
      { topicId: map.topic, relevance: 0.3 },
    ]);
    expect(
      (await call(map.service, 'community:list', {})).find((c) => c.id === community.id)?.topicId,
    ).toBe(map.topic);
    expect((await graphOf(map.service)).topics.map((t) => t.name)).toEqual(['Water reuse']);
  });
});
