import type { GraphSnapshot, ScoreWeights } from '../domain/schemas';
import type { TierThresholds } from '../domain/tiers';
import { audienceOverlap } from './audienceOverlap';
import { betweenness, pageRank, weightedDegrees } from './centrality';
import { normalisedCentrality, rankActors, type Ranked } from './influenceScore';
import { membersByCommunity, summariseCommunity } from './communitySummary';
import { louvain } from './louvain';
import { networkOf } from './network';
import { rankRiskHotspots, type CommunityRisk } from './riskHotspots';

export type AnalysisInput = {
  graph: GraphSnapshot;
  /** Relevance by actor id, then topic id. */
  relevance: ReadonlyMap<number, ReadonlyMap<number, number>>;
  weights: ScoreWeights;
  thresholds: TierThresholds;
  topicId: number | null;
  /** Actors placed on a journey stage. */
  onJourney: ReadonlySet<number>;
};

export type ActorMetrics = {
  pageRank: number;
  betweenness: number;
  inDegree: number;
  outDegree: number;
};

/** Risk of a community, with bridges and responders named by actor id. */
export type CommunityRiskById = Omit<CommunityRisk, 'bridges' | 'responders'> & {
  bridges: Array<{ actorId: number; strength: number }>;
  responders: Array<{ actorId: number; strength: number; direct: number; sharedAudience: number }>;
  memberIds: number[];
};

/** Two actors (ids) whose audiences overlap: shared neighbours and their Jaccard index. */
export type ActorOverlap = { a: number; b: number; shared: number; jaccard: number };

/**
 * Audience overlap is measured among the best-ranked actors (the candidates of a purchase), the
 * pairs kept largest first: enough for a table and for links on the map, at a bounded cost.
 */
export const OVERLAP_CANDIDATES = 200;
export const OVERLAP_PAIRS = 100;

export type MapAnalysis = {
  ranking: Ranked[];
  metrics: Map<number, ActorMetrics>;
  /** Betweenness was estimated from samples (a big map). */
  approximate: boolean;
  risks: CommunityRiskById[];
  /** Among the OVERLAP_CANDIDATES best ranked on the topic, largest overlap first. */
  overlaps: ActorOverlap[];
};

/**
 * Everything the Crisis view and the inspector read, from one snapshot: network metrics,
 * influence scores and ranking (shared/analytics/influenceScore.ts), and the risk of each
 * community (shared/analytics/riskHotspots.ts). Pure; the app runs it in a worker.
 */
export function analyseMap(
  input: AnalysisInput,
  onProgress: (share: number) => void = () => undefined,
): MapAnalysis {
  const { graph } = input;
  const network = networkOf(graph);
  const rank = pageRank(network);
  onProgress(0.2);
  const between = betweenness(network);
  onProgress(0.7);
  const degree = weightedDegrees(network);
  const metrics = new Map<number, ActorMetrics>();
  for (let i = 0; i < network.n; i += 1)
    metrics.set(network.ids[i] as number, {
      pageRank: rank[i] as number,
      betweenness: between.values[i] as number,
      inDegree: degree.in[i] as number,
      outDegree: degree.out[i] as number,
    });
  const ranking = rankActors(
    graph.actors.map((a) => ({
      id: a.id,
      reach: a.reach,
      resonance: a.resonance,
      relevance: input.relevance.get(a.id) ?? new Map(),
    })),
    normalisedCentrality(network.ids, rank),
    input.topicId,
    input.weights,
    input.thresholds,
  );
  const membersOf = new Map<number, number[]>();
  graph.actors.forEach((a, i) => {
    for (const c of a.communityIds) {
      const list = membersOf.get(c);
      if (list) list.push(i);
      else membersOf.set(c, [i]);
    }
  });
  const onJourney = new Set<number>();
  graph.actors.forEach((a, i) => {
    if (input.onJourney.has(a.id)) onJourney.add(i);
  });
  const idOf = (i: number) => network.ids[i] as number;
  const risks = rankRiskHotspots(
    network,
    graph.communities.map((c) => ({ id: c.id, name: c.name, members: membersOf.get(c.id) ?? [] })),
    {
      stance: graph.actors.map((a) => a.stance),
      reach: graph.actors.map((a) => a.reach ?? 0),
      onJourney,
      betweenness: between.values,
    },
  ).map(({ bridges, responders, ...risk }) => ({
    ...risk,
    memberIds: (membersOf.get(risk.id) ?? []).map(idOf),
    bridges: bridges.map((b) => ({ actorId: idOf(b.node), strength: b.strength })),
    responders: responders.map((r) => ({
      actorId: idOf(r.node),
      strength: r.strength,
      direct: r.direct,
      sharedAudience: r.sharedAudience,
    })),
  }));
  const indexOf = new Map<number, number>();
  network.ids.forEach((id, i) => indexOf.set(id, i));
  const candidates = ranking
    .slice(0, OVERLAP_CANDIDATES)
    .map((r) => indexOf.get(r.id))
    .filter((i): i is number => i !== undefined);
  const overlaps = audienceOverlap(network, candidates, 1)
    .slice(0, OVERLAP_PAIRS)
    .map((o) => ({ ...o, a: idOf(o.a), b: idOf(o.b) }));
  onProgress(1);
  return { ranking, metrics, approximate: between.approximate, risks, overlaps };
}

/**
 * Louvain on the snapshot, each community summarised and named (communitySummary.ts): what
 * `community:save-detection` stores as a proposal. Members most central first.
 */
export function detectCommunities(
  graph: GraphSnapshot,
  parameters: { seed: number; resolution: number },
  onProgress: (level: number) => void = () => undefined,
): { modularity: number; groups: Array<{ name: string; actorIds: number[] }> } {
  const network = networkOf(graph);
  const partition = louvain(network, { ...parameters, onProgress: (level) => onProgress(level) });
  const rank = pageRank(network);
  const facts = {
    names: graph.actors.map((a) => a.name),
    stance: graph.actors.map((a) => a.stance),
    reach: graph.actors.map((a) => a.reach ?? 0),
    tags: graph.actors.map((a) => a.tags),
    centrality: rank,
  };
  return {
    modularity: partition.modularity,
    groups: membersByCommunity(partition.community, partition.count).map((members) => {
      const summary = summariseCommunity(members, facts);
      return { name: summary.name, actorIds: summary.members.map((i) => network.ids[i] as number) };
    }),
  };
}
