import type { GraphSnapshot, SizeEncoding } from '../domain/schemas';
import { tierOf, type TierThresholds } from '../domain/tiers';
import { actorKey, aggregateGraph, groupKey, type AggregateNode } from './aggregate';
import { edgeWidth, shapeOf, sizeBy, stanceColor, TIER_BORDERS, type NodeShape } from './encoding';
import { communityHulls, type Hull } from './hulls';
import type { Point } from './layouts';
import { displayText } from '../util/displayText';

/**
 * Drawn things are keyed as on screen: `a12` an actor, `c3` a collapsed community (aggregate.ts),
 * so the app and its exports agree on what is one node.
 */
export type DrawNode = {
  key: string;
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
  shape: NodeShape;
  border: number;
  stance: number;
};
export type DrawEdge = {
  key: string;
  source: string;
  target: string;
  width: number;
  opposes: boolean;
  directed: boolean;
};
export type Drawing = { nodes: DrawNode[]; edges: DrawEdge[]; hulls: Hull[] };
export type DrawOptions = {
  size: SizeEncoding;
  thresholds: TierThresholds;
  /** Communities outlined as hulls (the default). */
  hulls?: boolean;
};
/** Which communities are drawn as one node, and the name of the group of actors in none. */
export type Collapse = { groups: ReadonlySet<number>; noCommunityName: string };

/** Number of relations of each actor (both directions), for size by connections. */
export function degrees(graph: Pick<GraphSnapshot, 'relations'>): Map<number, number> {
  const degree = new Map<number, number>();
  for (const r of graph.relations) {
    degree.set(r.sourceId, (degree.get(r.sourceId) ?? 0) + 1);
    degree.set(r.targetId, (degree.get(r.targetId) ?? 0) + 1);
  }
  return degree;
}

/** How one actor is drawn (everything but its position). */
export function nodeLook(
  actor: GraphSnapshot['actors'][number],
  degree: number,
  options: DrawOptions,
): Omit<DrawNode, 'key' | 'x' | 'y'> {
  const tier = tierOf(actor.reach, options.thresholds);
  return {
    // On screen as in exports: a bidirectional override shows as a marker, never reorders a name.
    label: displayText(actor.name),
    size: sizeBy(options.size, actor.reach, degree),
    color: stanceColor(actor.stance),
    shape: shapeOf(actor.kind),
    border: tier ? TIER_BORDERS[tier] : 0.5,
    stance: actor.stance,
  };
}

/** How a collapsed community is drawn: size by members, colour by mean stance. */
export function groupLook(group: AggregateNode): Omit<DrawNode, 'key' | 'x' | 'y'> {
  return {
    label: `${displayText(group.name)} (${group.members})`,
    size: Math.round(26 + 7 * Math.sqrt(group.members)),
    color: stanceColor(group.meanStance),
    shape: 'round-octagon',
    border: 1,
    stance: group.meanStance,
  };
}

/** Width of a merged relation between collapsed communities: summed weight, capped. */
export const mergedEdgeWidth = (weight: number) => Math.min(12, edgeWidth(weight));

/**
 * The map as shapes to draw: the nodes placed at `positions` (by key) and shown (`visible`, by
 * key, if given), the relations between them, and the hulls of the communities left open.
 * With `collapse`, collapsed communities are one node each and their relations merged.
 * What the app shows and what the exports write come from here.
 */
export function drawingOf(
  graph: GraphSnapshot,
  positions: ReadonlyMap<string, Point>,
  options: DrawOptions,
  visible?: ReadonlySet<string>,
  collapse?: Collapse,
): Drawing {
  const degree = degrees(graph);
  const view = collapse?.groups.size
    ? aggregateGraph(graph, collapse.groups, collapse.noCommunityName)
    : { actors: graph.actors, relations: graph.relations, groups: [], groupEdges: [] };
  const nodes: DrawNode[] = [];
  const place = (key: string, look: Omit<DrawNode, 'key' | 'x' | 'y'>) => {
    const point = positions.get(key);
    if (point && (!visible || visible.has(key)))
      nodes.push({ key, x: point.x, y: point.y, ...look });
  };
  for (const actor of view.actors)
    place(actorKey(actor.id), nodeLook(actor, degree.get(actor.id) ?? 0, options));
  for (const group of view.groups) place(groupKey(group.group), groupLook(group));

  const drawn = new Set(nodes.map((n) => n.key));
  const edges: DrawEdge[] = [];
  for (const r of view.relations) {
    const source = actorKey(r.sourceId);
    const target = actorKey(r.targetId);
    if (!drawn.has(source) || !drawn.has(target)) continue;
    edges.push({
      key: `r${r.id}`,
      source,
      target,
      width: edgeWidth(r.weight),
      opposes: r.type === 'opposes',
      directed: r.directed,
    });
  }
  for (const e of view.groupEdges) {
    if (!drawn.has(e.source) || !drawn.has(e.target)) continue;
    edges.push({
      key: `m${e.source}|${e.target}`,
      source: e.source,
      target: e.target,
      width: mergedEdgeWidth(e.weight),
      opposes: false,
      directed: false,
    });
  }

  const sizeOf = new Map(nodes.map((n) => [n.key, n.size / 2]));
  const hulls =
    options.hulls === false
      ? []
      : communityHulls(
          graph,
          (id) => (drawn.has(actorKey(id)) ? positions.get(actorKey(id)) : undefined),
          {
            radius: (id) => sizeOf.get(actorKey(id)) ?? 9,
          },
        );
  return { nodes, edges, hulls };
}
