import { describe, expect, it } from 'vitest';
import { audienceOverlap } from '../../shared/analytics/audienceOverlap';
import { summariseCommunity } from '../../shared/analytics/communitySummary';
import {
  influenceScore,
  rankActors,
  reachComponent,
  resonanceComponent,
} from '../../shared/analytics/influenceScore';
import { buildNetwork } from '../../shared/analytics/network';
import { rankRiskHotspots } from '../../shared/analytics/riskHotspots';
import { DEFAULT_TIER_THRESHOLDS } from '../../shared/domain/tiers';
import { seededRandom } from '../../shared/util/random';

const WEIGHTS = { reach: 0.3, resonance: 0.25, relevance: 0.3, centrality: 0.15 };

describe('influence score', () => {
  it('follows the documented formula and explains itself', () => {
    const b = influenceScore({ reach: 0.5, resonance: 1, relevance: 0.8, centrality: 0 }, WEIGHTS);
    expect(b.score).toBeCloseTo((100 * (0.3 * 0.5 + 0.25 * 1 + 0.3 * 0.8)) / 1, 9);
    const sum = Object.values(b.contributions).reduce((a, c) => a + c, 0);
    expect(sum).toBeCloseTo(b.score, 9);
    expect(
      influenceScore(
        { reach: 1, resonance: 1, relevance: 1, centrality: 1 },
        { reach: 2, resonance: 0, relevance: 0, centrality: 0 },
      ).score,
    ).toBeCloseTo(100, 9);
  });

  it('scales reach on a log scale and keeps the resonance of nano actors', () => {
    expect(reachComponent(10_000_000)).toBeCloseTo(1, 6);
    expect(reachComponent(null)).toBe(0);
    expect(reachComponent(999)).toBeGreaterThan(0.4);
    // 500 followers, 8 % engagement: a listening tool would report nothing; we keep it.
    expect(resonanceComponent(0.08)).toBeCloseTo(0.8, 9);
  });

  it('ranks per topic and surfaces the magic middle', () => {
    const actors = [
      { id: 1, reach: 2_000_000, resonance: 0.005, relevance: new Map([[10, 0.2]]) },
      {
        id: 2,
        reach: 20_000,
        resonance: 0.06,
        relevance: new Map([
          [10, 0.9],
          [11, 0.1],
        ]),
      },
      { id: 3, reach: 300, resonance: 0.09, relevance: new Map([[11, 0.95]]) },
    ];
    const centrality = new Map([
      [1, 1],
      [2, 0.5],
      [3, 0.1],
    ]);
    const onTopic = rankActors(actors, centrality, 10, WEIGHTS, DEFAULT_TIER_THRESHOLDS);
    expect(onTopic.map((r) => r.id)).toEqual([2, 1, 3]);
    expect(onTopic.filter((r) => r.magicMiddle).map((r) => r.id)).toEqual([2]);
    const other = rankActors(actors, centrality, 11, WEIGHTS, DEFAULT_TIER_THRESHOLDS);
    expect(other[0]?.id).toBe(3);
    expect(other.map((r) => r.rank)).toEqual([1, 2, 3]);
  });
});

/**
 * A planted map: three communities of 30. Community 0 (nodes 0..29) is the detractor cluster,
 * cohesive, with two bridges (nodes 0 and 1) tied to the neutral community 1. Community 2 is
 * friendly; node 60 (an ally) is tied to the detractors' audience and to node 5.
 */
function plantedMap() {
  const random = seededRandom(11);
  const sourceId: number[] = [];
  const targetId: number[] = [];
  const link = (a: number, b: number) => {
    sourceId.push(a);
    targetId.push(b);
  };
  for (let c = 0; c < 3; c += 1)
    for (let a = 0; a < 30; a += 1)
      for (let b = a + 1; b < 30; b += 1) if (random() < 0.35) link(c * 30 + a, c * 30 + b);
  for (const bridge of [0, 1]) for (let k = 0; k < 6; k += 1) link(bridge, 30 + k * 4);
  link(60, 5);
  link(60, 34);
  link(60, 38);
  link(45, 75);
  const ids = Array.from({ length: 90 }, (_, i) => i);
  const network = buildNetwork(ids, {
    sourceId,
    targetId,
    weight: sourceId.map(() => 1),
    directed: sourceId.map(() => false),
  });
  const stance = ids.map((i) => (i < 30 ? (i % 3 === 0 ? -1 : -2) : i < 60 ? 0 : 2));
  const reach = ids.map((i) => 1_000 * (1 + (i % 7)));
  const communities = [0, 1, 2].map((c) => ({
    id: c + 1,
    name: `C${c}`,
    members: ids.slice(c * 30, c * 30 + 30),
  }));
  return { network, stance, reach, communities };
}

describe('detractor clusters', () => {
  it('ranks the planted detractor cluster first, with its planted bridges and the ally who can answer', () => {
    const { network, stance, reach, communities } = plantedMap();
    const ranked = rankRiskHotspots(network, communities, { stance, reach });
    expect(ranked[0]?.id).toBe(1);
    expect(ranked[0]?.isDetractorCluster).toBe(true);
    expect(ranked.filter((r) => r.isDetractorCluster)).toHaveLength(1);
    expect(ranked[0]?.risk).toBeGreaterThan(10 * (ranked[1]?.risk ?? 0) + 1);
    expect(
      ranked[0]?.bridges
        .slice(0, 2)
        .map((b) => b.node)
        .sort(),
    ).toEqual([0, 1]);
    expect(ranked[0]?.responders[0]).toMatchObject({ node: 60, direct: 1, sharedAudience: 2 });
  });

  it('raises the risk when the cluster speaks at moments of the journey', () => {
    const { network, stance, reach, communities } = plantedMap();
    const base = rankRiskHotspots(network, communities, { stance, reach })[0]?.risk ?? 0;
    const onJourney = new Set(communities[0]?.members);
    const placed = rankRiskHotspots(network, communities, { stance, reach, onJourney })[0];
    expect(placed?.journeyShare).toBe(1);
    expect(placed?.risk).toBeCloseTo(base * 1.5, 9);
  });
});

describe('community summaries and audience overlap', () => {
  it('names a community after a shared tag or its most central members', () => {
    const facts = {
      names: ['Ada', 'Bo', 'Cy', 'Di'],
      stance: [-2, -1, 0, 1],
      reach: [100, 200, 300, 400],
      tags: [['privacy'], ['privacy'], [], ['x']],
      centrality: [0.1, 0.4, 0.3, 0.2],
    };
    const tagged = summariseCommunity([0, 1, 2, 3], facts);
    expect(tagged.name).toBe('#privacy · Bo');
    expect(tagged.members).toEqual([1, 2, 3, 0]);
    expect(tagged.totalReach).toBe(1000);
    expect(tagged.meanStance).toBe(-0.5);
    expect(summariseCommunity([2, 3], facts).name).toBe('Cy · Di');
  });

  it('measures audience overlap as the Jaccard index of neighbour sets', () => {
    // 0 and 1 share followers 2, 3 (0 also has 4): J = 2/3. 5 shares nothing.
    const network = buildNetwork([0, 1, 2, 3, 4, 5, 6], {
      sourceId: [2, 3, 4, 2, 3, 6],
      targetId: [0, 0, 0, 1, 1, 5],
      weight: [1, 1, 1, 1, 1, 1],
      directed: [true, true, true, true, true, true],
    });
    expect(audienceOverlap(network, [0, 1, 5])).toEqual([
      { a: 0, b: 1, shared: 2, jaccard: 2 / 3 },
    ]);
  });
});
