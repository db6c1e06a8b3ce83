import { describe, expect, it } from 'vitest';
import type {
  ActorId,
  ActorSummary,
  CommunityId,
  Relation,
  RelationId,
  TopicId,
} from '../../shared/domain/schemas';
import { DEFAULT_TIER_THRESHOLDS } from '../../shared/domain/tiers';
import { filterActors, neighbourhood, strongestPath } from '../../shared/graph/explore';

let nextRelation = 1;
const rel = (source: number, target: number, weight = 1, directed = true): Relation => ({
  id: nextRelation++ as RelationId,
  sourceId: source as ActorId,
  targetId: target as ActorId,
  type: 'follows',
  directed,
  weight,
  evidence: null,
  observedOn: null,
});

const actor = (id: number, over: Partial<ActorSummary> = {}): ActorSummary => ({
  id: id as ActorId,
  key: `k${id}`,
  name: `Actor ${id}`,
  kind: 'influencer',
  role: null,
  stance: 0,
  offlineStance: null,
  reach: 500,
  resonance: null,
  tags: [],
  communityIds: [],
  ...over,
});

describe('strongest path ("who can introduce us")', () => {
  it('prefers two strong ties to one weak direct tie, and lists the steps', () => {
    // 1 —(0.2)— 4 directly, or 1 —(5)— 2 —(5)— 4: costs 5 against 0.4.
    const relations = [rel(1, 4, 0.2), rel(1, 2, 5), rel(2, 4, 5), rel(1, 3, 1), rel(3, 4, 1)];
    const path = strongestPath(relations, 1, 4);
    expect(path?.actorIds).toEqual([1, 2, 4]);
    expect(path?.relationIds).toEqual([relations[1]?.id, relations[2]?.id]);
    expect(path?.strength).toBeCloseTo(2.5, 10);
  });

  it('follows relations against their direction, breaks ties by fewer steps then lower ids, and says when there is none', () => {
    const relations = [rel(2, 1, 1), rel(3, 2, 1), rel(1, 3, 0.4)];
    expect(strongestPath(relations, 1, 3)?.actorIds).toEqual([1, 2, 3]);
    const tie = [rel(1, 2), rel(2, 5), rel(1, 3), rel(3, 5)];
    expect(strongestPath(tie, 1, 5)?.actorIds).toEqual([1, 2, 5]);
    expect(strongestPath([rel(1, 2)], 1, 9)).toBeNull();
  });
});

describe('strongest path, leaving out ties that cannot introduce', () => {
  it('goes around an opposing tie when told to', () => {
    const opposes = { ...rel(1, 2, 9), type: 'opposes' };
    const relations = [opposes, rel(1, 3, 1), rel(3, 2, 1)];
    expect(strongestPath(relations, 1, 2)?.actorIds).toEqual([1, 2]);
    expect(
      strongestPath(relations, 1, 2, { passes: (r) => r.type !== 'opposes' })?.actorIds,
    ).toEqual([1, 3, 2]);
    expect(strongestPath([opposes], 1, 2, { passes: (r) => r.type !== 'opposes' })).toBeNull();
  });
});

describe('neighbourhood (focus N steps out)', () => {
  const relations = [rel(1, 2), rel(2, 3), rel(4, 1), rel(3, 5, 1, false)];
  it('follows outward, inward or both, up to N steps', () => {
    expect([...neighbourhood(relations, 1, 1, 'out')].sort()).toEqual([1, 2]);
    expect([...neighbourhood(relations, 1, 1, 'in')].sort()).toEqual([1, 4]);
    expect([...neighbourhood(relations, 1, 2, 'both')].sort()).toEqual([1, 2, 3, 4]);
    expect([...neighbourhood(relations, 1, 3, 'out')].sort()).toEqual([1, 2, 3, 5]);
    expect([...neighbourhood(relations, 5, 1, 'out')].sort()).toEqual([3, 5]);
  });
});

describe('view filters', () => {
  const actors = [
    actor(1, {
      stance: -2,
      reach: 250_000,
      kind: 'journalist',
      tags: ['Presse'],
      communityIds: [7 as CommunityId],
      role: 'Rédactrice en chef',
    }),
    actor(2, { stance: 1, reach: 900 }),
    actor(3, { stance: -1, reach: 5_000, tags: ['press'] }),
  ];
  const context = {
    thresholds: DEFAULT_TIER_THRESHOLDS,
    relevance: new Map([
      [3, new Map([[4, 0.8]])],
      [1, new Map([[4, 0.3]])],
    ]),
    platforms: new Map([[2, ['youtube']]]),
  };
  const keep = (filters: Parameters<typeof filterActors>[1]) =>
    [...filterActors(actors, filters, context)].sort();

  it('keeps everyone without filters and combines filters with AND', () => {
    expect(keep({})).toEqual([1, 2, 3]);
    expect(keep({ stances: [-2, -1] })).toEqual([1, 3]);
    expect(keep({ stances: [-2, -1], tiers: ['micro'] })).toEqual([3]);
    expect(keep({ kinds: ['journalist'] })).toEqual([1]);
    expect(keep({ role: 'redactrice' })).toEqual([1]);
    expect(keep({ topicId: 4 as TopicId, minRelevance: 0.5 })).toEqual([3]);
    expect(keep({ communityIds: [7 as CommunityId] })).toEqual([1]);
    expect(keep({ tags: ['presse'] })).toEqual([1]);
    expect(keep({ platforms: ['youtube'] })).toEqual([2]);
  });
});
