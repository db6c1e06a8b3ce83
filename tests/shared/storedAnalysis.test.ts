import { describe, expect, it } from 'vitest';
import { analyseMap, type AnalysisInput } from '../../shared/analytics/analyseMap';
import { communityComposition } from '../../shared/analytics/communityComposition';
import {
  analysisFingerprint,
  packAnalysis,
  unpackAnalysis,
} from '../../shared/analytics/storedAnalysis';
import type {
  ActorId,
  ActorSummary,
  CommunityId,
  GraphSnapshot,
  RelationId,
} from '../../shared/domain/schemas';
import type { Stance } from '../../shared/domain/vocabulary';
import { DEFAULT_TIER_THRESHOLDS } from '../../shared/domain/tiers';

function actor(
  id: number,
  stance: Stance,
  reach: number | null,
  communities: number[],
): ActorSummary {
  return {
    id: id as ActorId,
    key: `k${id}`,
    name: `Actor ${id}`,
    kind: 'influencer',
    role: null,
    stance,
    offlineStance: null,
    reach,
    resonance: 0.02,
    tags: [],
    communityIds: communities as CommunityId[],
  };
}

function smallMap(): GraphSnapshot {
  return {
    actors: [
      actor(1, -2, 500, [10]),
      actor(2, -2, 50_000, [10]),
      actor(3, -1, null, [10]),
      actor(4, 2, 2_000_000, [11]),
      actor(5, 0, 200_000, []),
    ],
    relations: [
      [1, 2],
      [2, 3],
      [3, 1],
      [3, 4],
      [4, 5],
    ].map(([s, t], i) => ({
      id: (i + 1) as RelationId,
      sourceId: s as ActorId,
      targetId: t as ActorId,
      type: 'follows',
      directed: true,
      weight: 1,
    })),
    communities: [
      {
        id: 10 as CommunityId,
        name: 'Critics',
        color: null,
        origin: 'manual',
        topicId: null,
        memberCount: 3,
      },
      {
        id: 11 as CommunityId,
        name: 'Fans',
        color: '#00aa00',
        origin: 'manual',
        topicId: null,
        memberCount: 1,
      },
    ],
    topics: [],
  };
}

function inputOf(graph: GraphSnapshot): AnalysisInput {
  return {
    graph,
    relevance: new Map([[1, new Map([[7, 0.9]])]]),
    weights: { reach: 0.3, resonance: 0.25, relevance: 0.3, centrality: 0.15 },
    thresholds: DEFAULT_TIER_THRESHOLDS,
    topicId: null,
    onJourney: new Set([2]),
  };
}

describe('community composition', () => {
  it('counts members by stance and tier, with totals and the most central first', () => {
    const [critics, fans, none] = communityComposition(
      smallMap(),
      DEFAULT_TIER_THRESHOLDS,
      new Map([
        [3, 0.9],
        [1, 0.5],
      ]),
      'No community',
    );
    expect(critics).toMatchObject({
      name: 'Critics',
      size: 3,
      totalReach: 50_500,
      byStance: { '-2': 2, '-1': 1, '0': 0, '1': 0, '2': 0 },
      byTier: { nano: 1, micro: 1, macro: 0, mega: 0, unknown: 1 },
      topMembers: [3, 1, 2],
    });
    expect(critics?.meanStance).toBeCloseTo(-5 / 3, 9);
    expect(fans).toMatchObject({ size: 1, byTier: { mega: 1 }, byStance: { '2': 1 } });
    expect(none).toMatchObject({ id: -1, name: 'No community', memberIds: [5] });
  });
});

describe('analyses kept in the map', () => {
  it('reads back exactly what was packed', () => {
    const analysis = analyseMap(inputOf(smallMap()));
    const back = unpackAnalysis(packAnalysis(analysis));
    expect(back).toEqual(analysis);
    expect(back?.metrics.get(3)).toEqual(analysis.metrics.get(3));
  });

  it('refuses a damaged or foreign payload instead of showing it', () => {
    expect(unpackAnalysis('{"ranking": [')).toBeNull();
    expect(unpackAnalysis('{"ranking": [], "metrics": [[1, "x", 0, 0, 0]]}')).toBeNull();
    expect(unpackAnalysis('[]')).toBeNull();
  });

  it('fingerprints every input the analyses depend on, and nothing else', () => {
    const base = analysisFingerprint(inputOf(smallMap()));
    expect(base).toMatch(/^[0-9a-f]{16}$/);
    expect(analysisFingerprint(inputOf(smallMap()))).toBe(base);
    const changed = (edit: (input: AnalysisInput) => void) => {
      const input = inputOf(smallMap());
      edit(input);
      return analysisFingerprint(input);
    };
    const variants = [
      changed((i) => {
        (i.graph.actors[0] as ActorSummary).stance = 1;
      }),
      changed((i) => {
        (i.graph.actors[1] as ActorSummary).reach = 50_001;
      }),
      changed((i) => {
        i.graph.relations = i.graph.relations.map((r, k) => (k === 0 ? { ...r, weight: 2 } : r));
      }),
      changed((i) => {
        i.graph.relations.pop();
      }),
      changed((i) => {
        (i.graph.actors[4] as ActorSummary).communityIds = [11 as CommunityId];
      }),
      changed((i) => {
        i.relevance = new Map([[1, new Map([[7, 0.8]])]]);
      }),
      changed((i) => {
        i.onJourney = new Set([2, 3]);
      }),
      changed((i) => {
        i.weights = { ...i.weights, centrality: 0.2 };
      }),
      changed((i) => {
        i.topicId = 7;
      }),
      changed((i) => {
        i.graph.communities = i.graph.communities.map((c, k) =>
          k === 0 ? { ...c, name: 'Loud critics' } : c,
        );
      }),
    ];
    for (const variant of variants) expect(variant).not.toBe(base);
    expect(new Set(variants).size).toBe(variants.length);
    // A name or a tag is not an input of the scores.
    expect(
      changed((i) => {
        (i.graph.actors[0] as ActorSummary).name = 'Renamed';
      }),
    ).toBe(base);
  });
});
