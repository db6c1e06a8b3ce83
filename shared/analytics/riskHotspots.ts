import type { Network } from './network';

/**
 * Detractor clusters (risk hotspots): communities where negative stance dominates, ranked by a
 * risk score, each with its bridges (members that carry it outward) and its ally responders.
 *
 *   negativity = mean over members of max(0, −stance) / 2            (0..1; all detractors: 1)
 *   reach      = log10(1 + members' total reach) / 8, capped at 1     (100 M: 1)
 *   size       = log10(1 + members) / 2, capped at 1                  (≈100 members: 1)
 *   cohesion   = weight of relations inside / all relations of members (an echo chamber)
 *   outward    = weight of relations to neutral or friendly outsiders / all relations of members
 *   journey    = share of members placed on a journey stage (they speak at a moment of truth)
 *
 *   risk = 100 × negativity × (0.4 + 0.6·reach) × (0.4 + 0.6·size) × (0.5 + 0.5·cohesion)
 *              × (0.5 + 0.5·min(1, 2·outward)) × (1 + 0.5·journey) / 1.5
 *
 * A community is a detractor cluster when its mean stance is below 0 and at least half of its
 * members are critics or detractors.
 * A bridge is a member tied to a neutral or friendly outsider; its strength is the weight of those
 * ties. An ally responder is an outsider with positive stance, scored by its ties to members plus
 * half the audience it shares with the cluster (outsiders tied to both), times stance / 2.
 */
export type CommunityMembers = { id: number; name: string; members: readonly number[] };

export type ActorFacts = {
  /** By node index. */
  stance: ArrayLike<number>;
  reach: ArrayLike<number>;
  /** Nodes placed on some journey stage. */
  onJourney?: ReadonlySet<number>;
  /** Betweenness by node index, to order bridges of equal strength. */
  betweenness?: ArrayLike<number>;
};

export type Tie = { node: number; strength: number };
export type CommunityRisk = {
  id: number;
  name: string;
  size: number;
  meanStance: number;
  negativeShare: number;
  totalReach: number;
  cohesion: number;
  outward: number;
  journeyShare: number;
  risk: number;
  isDetractorCluster: boolean;
  /** Strongest first; empty unless a detractor cluster. */
  bridges: Tie[];
  responders: Array<Tie & { direct: number; sharedAudience: number }>;
};

const TOP = 10;

/**
 * The breakdown of a community's risk from what the ranking keeps (its figures and its members'
 * stances): the factors of the formula, for the Crisis view, the exports and the report.
 */
export function termsOf(
  risk: Pick<CommunityRisk, 'totalReach' | 'size' | 'cohesion' | 'outward' | 'journeyShare'>,
  memberStances: readonly number[],
): ReturnType<typeof riskTerms> {
  const negativity =
    memberStances.length > 0
      ? memberStances.reduce((sum, s) => sum + Math.max(0, -s) / 2, 0) / memberStances.length
      : 0;
  return riskTerms({ ...risk, size: risk.size, negativity });
}

/** What a community's risk is computed from (see the formula above). */
export type RiskFacts = {
  /** Mean over members of max(0, −stance) / 2. */
  negativity: number;
  totalReach: number;
  size: number;
  cohesion: number;
  outward: number;
  journeyShare: number;
};

/**
 * Each factor of the risk formula (0..1, as in the formula above) and the risk itself: the
 * breakdown the Crisis view and the report show, computed by the one function that ranks.
 */
export function riskTerms(facts: RiskFacts): {
  negativity: number;
  reach: number;
  size: number;
  cohesion: number;
  outward: number;
  journey: number;
  risk: number;
} {
  const reach = Math.min(1, Math.log10(1 + facts.totalReach) / 8);
  const size = Math.min(1, Math.log10(1 + facts.size) / 2);
  const outward = Math.min(1, 2 * facts.outward);
  const risk =
    (100 *
      facts.negativity *
      (0.4 + 0.6 * reach) *
      (0.4 + 0.6 * size) *
      (0.5 + 0.5 * facts.cohesion) *
      (0.5 + 0.5 * outward) *
      (1 + 0.5 * facts.journeyShare)) /
    1.5;
  return {
    negativity: facts.negativity,
    reach,
    size,
    cohesion: facts.cohesion,
    outward,
    journey: facts.journeyShare,
    risk,
  };
}

export function rankRiskHotspots(
  network: Network,
  communities: readonly CommunityMembers[],
  facts: ActorFacts,
): CommunityRisk[] {
  const inside = new Uint8Array(network.n);
  const results = communities.map((community) => {
    for (const m of community.members) inside[m] = 1;
    const r = assess(network, community, facts, inside);
    for (const m of community.members) inside[m] = 0;
    return r;
  });
  return results.sort((a, b) => b.risk - a.risk || a.id - b.id);
}

function assess(
  network: Network,
  community: CommunityMembers,
  facts: ActorFacts,
  inside: Uint8Array,
): CommunityRisk {
  const members = community.members;
  const size = members.length;
  let stanceSum = 0;
  let negative = 0;
  let negativity = 0;
  let totalReach = 0;
  let placed = 0;
  let within = 0;
  let all = 0;
  let toFriendly = 0;
  const bridgeStrength = new Map<number, number>();
  for (const m of members) {
    const stance = facts.stance[m] as number;
    stanceSum += stance;
    if (stance < 0) negative += 1;
    negativity += Math.max(0, -stance) / 2;
    totalReach += facts.reach[m] as number;
    if (facts.onJourney?.has(m)) placed += 1;
    for (let e = network.offsets[m] as number; e < (network.offsets[m + 1] as number); e += 1) {
      const j = network.adjacency[e] as number;
      const w = network.weights[e] as number;
      all += w;
      if (inside[j]) within += w;
      else if ((facts.stance[j] as number) >= 0) {
        toFriendly += w;
        bridgeStrength.set(m, (bridgeStrength.get(m) ?? 0) + w);
      }
    }
  }
  const meanStance = size > 0 ? stanceSum / size : 0;
  const negativeShare = size > 0 ? negative / size : 0;
  const cohesion = all > 0 ? within / all : 0;
  const outward = all > 0 ? toFriendly / all : 0;
  const journeyShare = size > 0 ? placed / size : 0;
  const { risk } = riskTerms({
    negativity: size > 0 ? negativity / size : 0,
    totalReach,
    size,
    cohesion,
    outward,
    journeyShare,
  });
  const isDetractorCluster = meanStance < 0 && negativeShare >= 0.5;
  const between = facts.betweenness;
  const bridges = isDetractorCluster
    ? [...bridgeStrength]
        .map(([node, strength]) => ({ node, strength }))
        .sort(
          (a, b) =>
            b.strength - a.strength ||
            (between ? (between[b.node] as number) - (between[a.node] as number) : 0) ||
            a.node - b.node,
        )
        .slice(0, TOP)
    : [];
  return {
    id: community.id,
    name: community.name,
    size,
    meanStance,
    negativeShare,
    totalReach,
    cohesion,
    outward,
    journeyShare,
    risk,
    isDetractorCluster,
    bridges,
    responders: isDetractorCluster ? responders(network, members, facts, inside) : [],
  };
}

function responders(
  network: Network,
  members: readonly number[],
  facts: ActorFacts,
  inside: Uint8Array,
): CommunityRisk['responders'] {
  // The cluster's audience: outsiders tied to a member.
  const audience = new Uint8Array(network.n);
  for (const m of members)
    for (let e = network.offsets[m] as number; e < (network.offsets[m + 1] as number); e += 1) {
      const j = network.adjacency[e] as number;
      if (!inside[j]) audience[j] = 1;
    }
  const seen = new Int32Array(network.n).fill(-1);
  const found: CommunityRisk['responders'] = [];
  for (let v = 0; v < network.n; v += 1) {
    const stance = facts.stance[v] as number;
    if (stance <= 0 || inside[v]) continue;
    let direct = 0;
    let shared = 0;
    for (let e = network.offsets[v] as number; e < (network.offsets[v + 1] as number); e += 1) {
      const j = network.adjacency[e] as number;
      if (inside[j]) direct += network.weights[e] as number;
      else if (audience[j] && seen[j] !== v) {
        seen[j] = v;
        shared += 1;
      }
    }
    if (direct === 0 && shared === 0) continue;
    found.push({
      node: v,
      direct,
      sharedAudience: shared,
      strength: ((direct + 0.5 * shared) * stance) / 2,
    });
  }
  return found.sort((a, b) => b.strength - a.strength || a.node - b.node).slice(0, TOP);
}
