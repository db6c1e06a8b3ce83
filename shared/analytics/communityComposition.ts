import type { GraphSnapshot } from '../domain/schemas';
import { tierOf, type TierThresholds } from '../domain/tiers';
import { STANCES, TIERS, type Stance, type Tier } from '../domain/vocabulary';

/**
 * What a community is made of, as the Communities view shows it: how many of its members stand at
 * each stance (−2..2) and in each tier (from reach; `unknown` when no reach is known), its total
 * reach, mean stance and its most central members. A community of ambassadors and one of
 * detractors can have the same size; the composition is what tells them apart.
 */
export type Composition = {
  id: number;
  name: string;
  color: string | null;
  size: number;
  totalReach: number;
  meanStance: number;
  byStance: Record<`${Stance}`, number>;
  byTier: Record<Tier | 'unknown', number>;
  /** Actor ids, most central first (ties: larger reach, then lower id). */
  topMembers: number[];
  memberIds: number[];
};

const TOP_MEMBERS = 5;

/**
 * One composition per community of the snapshot, in the snapshot's order, plus the actors in none
 * (id −1) when there are any. `centrality` is by actor id (e.g. PageRank); without it, members are
 * ordered by reach.
 */
export function communityComposition(
  graph: GraphSnapshot,
  thresholds: TierThresholds,
  centrality: ReadonlyMap<number, number> = new Map(),
  noCommunityName = '—',
): Composition[] {
  const members = new Map<number, GraphSnapshot['actors']>();
  for (const actor of graph.actors) {
    const ids = actor.communityIds.length > 0 ? actor.communityIds : [-1];
    for (const id of ids) {
      const list = members.get(id);
      if (list) list.push(actor);
      else members.set(id, [actor]);
    }
  }
  const groups: Array<{ id: number; name: string; color: string | null }> = [...graph.communities];
  if (members.has(-1)) groups.push({ id: -1, name: noCommunityName, color: null });
  return groups.map(({ id, name, color }) => {
    const list = members.get(id) ?? [];
    const byStance = Object.fromEntries(STANCES.map((s) => [`${s}`, 0])) as Composition['byStance'];
    const byTier = Object.fromEntries(
      [...TIERS, 'unknown'].map((t) => [t, 0]),
    ) as Composition['byTier'];
    let totalReach = 0;
    let stance = 0;
    for (const actor of list) {
      byStance[`${actor.stance as Stance}`] += 1;
      byTier[tierOf(actor.reach, thresholds) ?? 'unknown'] += 1;
      totalReach += actor.reach ?? 0;
      stance += actor.stance;
    }
    const ordered = [...list].sort(
      (a, b) =>
        (centrality.get(b.id) ?? 0) - (centrality.get(a.id) ?? 0) ||
        (b.reach ?? 0) - (a.reach ?? 0) ||
        a.id - b.id,
    );
    return {
      id,
      name,
      color,
      size: list.length,
      totalReach,
      meanStance: list.length > 0 ? stance / list.length : 0,
      byStance,
      byTier,
      topMembers: ordered.slice(0, TOP_MEMBERS).map((a) => a.id),
      memberIds: ordered.map((a) => a.id),
    };
  });
}
