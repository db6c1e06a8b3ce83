import type { ScoreWeights } from '../domain/schemas';
import type { TierThresholds } from '../domain/tiers';

/**
 * The influence score of an actor on a topic (DESIGN.md §1): the three R plus network position,
 * each brought to 0..1, then averaged with the map's weights (settings → score weights):
 *
 *   reach      = log10(1 + audience) / log10(1 + 10 000 000), capped at 1 (a celebrity is 1, a
 *                nano with 500 followers 0.39: audiences span six orders of magnitude)
 *   resonance  = engagement rate / 10 %, capped at 1; no audience floor — some listening tools
 *                drop the rate under 2 000 followers, which hides exactly the nano voices
 *   relevance  = relevance to the topic (0..1); with no topic chosen, the actor's best topic
 *   centrality = PageRank / the map's highest PageRank (who is listened to by the listened-to)
 *
 *   score = 100 × Σ wᵢ·cᵢ / Σ wᵢ
 *
 * A missing value counts 0 (unknown audience, no engagement measured, never rated on the topic).
 */
export const REACH_FOR_FULL_SCORE = 10_000_000;
export const RESONANCE_FOR_FULL_SCORE = 0.1;

export const SCORE_COMPONENTS = ['reach', 'resonance', 'relevance', 'centrality'] as const;
export type ScoreComponent = (typeof SCORE_COMPONENTS)[number];
export type ScoreParts = Record<ScoreComponent, number>;

export type ScoreBreakdown = {
  /** 0..100. */
  score: number;
  /** Each component, 0..1. */
  components: ScoreParts;
  /** What each component adds to the score (points of 100); they sum to `score`. */
  contributions: ScoreParts;
};

export const reachComponent = (reach: number | null): number =>
  reach !== null && reach > 0
    ? Math.min(1, Math.log10(1 + reach) / Math.log10(1 + REACH_FOR_FULL_SCORE))
    : 0;

export const resonanceComponent = (rate: number | null): number =>
  rate !== null && rate > 0 ? Math.min(1, rate / RESONANCE_FOR_FULL_SCORE) : 0;

export function influenceScore(components: ScoreParts, weights: ScoreWeights): ScoreBreakdown {
  const total = SCORE_COMPONENTS.reduce((sum, c) => sum + weights[c], 0);
  const contributions = {} as ScoreParts;
  let score = 0;
  for (const c of SCORE_COMPONENTS) {
    const points = total > 0 ? (100 * weights[c] * components[c]) / total : 0;
    contributions[c] = points;
    score += points;
  }
  return { score, components, contributions };
}

export type ScoredActor = {
  id: number;
  reach: number | null;
  resonance: number | null;
  /** Relevance by topic id. */
  relevance: ReadonlyMap<number, number>;
};

/** The relevance the score uses: to `topicId`, or the best of the actor's topics. */
export function relevanceFor(actor: ScoredActor, topicId: number | null): number {
  if (topicId !== null) return actor.relevance.get(topicId) ?? 0;
  let best = 0;
  for (const r of actor.relevance.values()) best = Math.max(best, r);
  return best;
}

export type Ranked = ScoreBreakdown & { id: number; rank: number; magicMiddle: boolean };

/**
 * Every actor scored on `topicId` (null: best topic) and ranked, best first (ties: lower id
 * first, so the order is stable). `centrality` is by actor id, already 0..1.
 */
export function rankActors(
  actors: readonly ScoredActor[],
  centrality: ReadonlyMap<number, number>,
  topicId: number | null,
  weights: ScoreWeights,
  thresholds: TierThresholds,
): Ranked[] {
  const scored = actors.map((actor) => {
    const breakdown = influenceScore(
      {
        reach: reachComponent(actor.reach),
        resonance: resonanceComponent(actor.resonance),
        relevance: relevanceFor(actor, topicId),
        centrality: centrality.get(actor.id) ?? 0,
      },
      weights,
    );
    return {
      ...breakdown,
      id: actor.id,
      rank: 0,
      magicMiddle: isMagicMiddle(actor.reach, breakdown.components, thresholds),
    };
  });
  scored.sort((a, b) => b.score - a.score || a.id - b.id);
  scored.forEach((s, i) => (s.rank = i + 1));
  return scored;
}

/**
 * The "magic middle": voices with a mid-sized audience (the micro tier, between the map's micro
 * and macro thresholds) that are highly relevant (≥ 0.6) and resonate (≥ 3 % engagement). They
 * are cheaper, closer to their audience and trusted more than the big names.
 */
export function isMagicMiddle(
  reach: number | null,
  components: ScoreParts,
  thresholds: TierThresholds,
): boolean {
  return (
    reach !== null &&
    reach >= thresholds.micro &&
    reach < thresholds.macro &&
    components.relevance >= 0.6 &&
    components.resonance >= 0.3
  );
}

/** PageRank brought to 0..1 by the map's highest, by actor id. */
export function normalisedCentrality(
  ids: ArrayLike<number>,
  rank: ArrayLike<number>,
): Map<number, number> {
  let max = 0;
  for (let i = 0; i < rank.length; i += 1) max = Math.max(max, rank[i] as number);
  const result = new Map<number, number>();
  for (let i = 0; i < ids.length; i += 1)
    result.set(ids[i] as number, max > 0 ? (rank[i] as number) / max : 0);
  return result;
}
