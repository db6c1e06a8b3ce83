import { describe, expect, it } from 'vitest';
import type { ActorId, CommunityId, GraphSnapshot, RelationId } from '../../shared/domain/schemas';
import { aggregateGraph, NO_COMMUNITY } from '../../shared/graph/aggregate';

const actor = (id: number, stance: number, community: number | null, reach = 100) => ({
  id: id as ActorId,
  key: `k${id}`,
  name: `A${id}`,
  kind: 'influencer' as const,
  role: null,
  stance,
  offlineStance: null,
  reach,
  resonance: null,
  tags: [],
  communityIds: community === null ? [] : [community as CommunityId],
});
let rid = 1;
const rel = (s: number, t: number, weight = 1) => ({
  id: rid++ as RelationId,
  sourceId: s as ActorId,
  targetId: t as ActorId,
  type: 'follows',
  directed: true,
  weight,
  evidence: null,
  observedOn: null,
});

const graph: GraphSnapshot = {
  actors: [actor(1, -2, 10), actor(2, -1, 10), actor(3, 2, 20), actor(4, 1, 20), actor(5, 0, null)],
  relations: [rel(1, 2), rel(1, 3, 2), rel(2, 4, 3), rel(3, 4), rel(5, 1), rel(4, 5, 0.5)],
  communities: [
    {
      id: 10 as CommunityId,
      name: 'Critics',
      color: null,
      origin: 'manual',
      topicId: null,
      memberCount: 2,
    },
    {
      id: 20 as CommunityId,
      name: 'Fans',
      color: null,
      origin: 'manual',
      topicId: null,
      memberCount: 2,
    },
  ],
  topics: [],
};

describe('aggregating collapsed communities', () => {
  it('replaces a collapsed community by one node with its size, mean stance and reach', () => {
    const result = aggregateGraph(graph, new Set([10]), 'None');
    expect(result.groups).toEqual([
      { group: 10, name: 'Critics', members: 2, meanStance: -1.5, reach: 200 },
    ]);
    expect(result.actors.map((a) => a.id)).toEqual([3, 4, 5]);
    expect(result.relations.map((r) => [r.sourceId, r.targetId])).toEqual([
      [3, 4],
      [4, 5],
    ]);
    // 1→3 (2) and 2→4 (3) leave the group for actors 3 and 4; 5→1 comes in from actor 5.
    expect(result.groupEdges).toEqual(
      expect.arrayContaining([
        { source: 'a3', target: 'c10', weight: 2, count: 1 },
        { source: 'a4', target: 'c10', weight: 3, count: 1 },
        { source: 'a5', target: 'c10', weight: 1, count: 1 },
      ]),
    );
  });

  it('merges relations between two collapsed groups, and groups actors in no community', () => {
    const result = aggregateGraph(graph, new Set([10, 20, NO_COMMUNITY]), 'No community');
    expect(result.actors).toEqual([]);
    expect(result.groups.map((g) => [g.name, g.members])).toEqual([
      ['Critics', 2],
      ['Fans', 2],
      ['No community', 1],
    ]);
    const between = result.groupEdges.find((e) => e.source === 'c10' && e.target === 'c20');
    expect(between).toEqual({ source: 'c10', target: 'c20', weight: 5, count: 2 });
    // Six relations, two inside a group (1→2, 3→4) disappear into it: four are carried by merged edges.
    expect(result.groupEdges.reduce((n, e) => n + e.count, 0) + result.relations.length).toBe(4);
  });
});
