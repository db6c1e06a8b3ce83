import type { GraphSnapshot } from '../domain/schemas';

/** The group an actor is drawn in when communities are collapsed: its first community, or none. */
export const NO_COMMUNITY = -1;
export const groupOf = (actor: { communityIds: readonly number[] }): number =>
  actor.communityIds[0] ?? NO_COMMUNITY;

export type AggregateNode = {
  group: number;
  name: string;
  members: number;
  meanStance: number;
  reach: number;
};
export type AggregateEdge = { source: string; target: string; weight: number; count: number };

/** Graph ids of drawn things: `a12` an actor, `c3` a collapsed community, `c-1` the actors in none. */
export const actorKey = (id: number) => `a${id}`;
export const groupKey = (group: number) => `c${group}`;

/**
 * The map with some communities collapsed: each collapsed group becomes one node (members,
 * mean stance, total reach) and relations between drawn things are merged, their weights summed.
 * Relations inside a collapsed group disappear into it. This keeps a 100 000-actor map drawable.
 */
export function aggregateGraph(
  graph: GraphSnapshot,
  collapsed: ReadonlySet<number>,
  noCommunityName: string,
) {
  const names = new Map(graph.communities.map((c) => [c.id as number, c.name]));
  const groups = new Map<number, AggregateNode>();
  const keyOf = new Map<number, string>();
  const actors: GraphSnapshot['actors'] = [];
  for (const actor of graph.actors) {
    const group = groupOf(actor);
    if (!collapsed.has(group)) {
      actors.push(actor);
      keyOf.set(actor.id, actorKey(actor.id));
      continue;
    }
    const node = groups.get(group) ?? {
      group,
      name: names.get(group) ?? noCommunityName,
      members: 0,
      meanStance: 0,
      reach: 0,
    };
    node.meanStance = (node.meanStance * node.members + actor.stance) / (node.members + 1);
    node.members += 1;
    node.reach += actor.reach ?? 0;
    groups.set(group, node);
    keyOf.set(actor.id, groupKey(group));
  }
  const merged = new Map<string, AggregateEdge>();
  const relations: GraphSnapshot['relations'] = [];
  for (const r of graph.relations) {
    const source = keyOf.get(r.sourceId);
    const target = keyOf.get(r.targetId);
    if (!source || !target || source === target) continue;
    if (source.startsWith('a') && target.startsWith('a')) {
      relations.push(r);
      continue;
    }
    const [a, b] = source < target ? [source, target] : [target, source];
    const key = `${a}|${b}`;
    const edge = merged.get(key) ?? { source: a, target: b, weight: 0, count: 0 };
    edge.weight += r.weight;
    edge.count += 1;
    merged.set(key, edge);
  }
  return { actors, relations, groups: [...groups.values()], groupEdges: [...merged.values()] };
}

/** Above this many actors a map opens with every community collapsed (the app and the exports). */
export const COLLAPSE_ABOVE = 2_000;

/** Every group of `actors` (for "collapse all"). */
export const allGroups = (actors: ReadonlyArray<{ communityIds: readonly number[] }>) =>
  new Set(actors.map(groupOf));

/** Where a collapsed community is drawn: the centroid of its placed members, keyed `c…`. */
export function groupCentroids(
  actors: ReadonlyArray<{ id: number; communityIds: readonly number[] }>,
  positionOf: (actorId: number) => { x: number; y: number } | undefined,
  collapsed: ReadonlySet<number>,
): Map<string, { x: number; y: number }> {
  const sums = new Map<number, { x: number; y: number; n: number }>();
  for (const actor of actors) {
    const group = groupOf(actor);
    const point = collapsed.has(group) ? positionOf(actor.id) : undefined;
    if (!point) continue;
    const sum = sums.get(group) ?? { x: 0, y: 0, n: 0 };
    sums.set(group, { x: sum.x + point.x, y: sum.y + point.y, n: sum.n + 1 });
  }
  const centroids = new Map<string, { x: number; y: number }>();
  for (const [group, sum] of sums)
    centroids.set(groupKey(group), { x: sum.x / sum.n, y: sum.y / sum.n });
  return centroids;
}
