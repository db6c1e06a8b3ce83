import type { GraphSnapshot, SizeEncoding } from '../domain/schemas';
import { tierOf, type TierThresholds } from '../domain/tiers';
import { edgeWidth, shapeOf, sizeBy, stanceColor, TIER_BORDERS, type NodeShape } from './encoding';
import type { Point } from './layouts';

export type DrawNode = {
  id: number;
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
  id: number;
  source: number;
  target: number;
  width: number;
  opposes: boolean;
  directed: boolean;
};
export type Drawing = { nodes: DrawNode[]; edges: DrawEdge[] };
export type DrawOptions = { size: SizeEncoding; thresholds: TierThresholds };

/** Number of relations of each actor (both directions), for size by connections. */
export function degrees(graph: GraphSnapshot): Map<number, number> {
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
): Omit<DrawNode, 'id' | 'x' | 'y'> {
  const tier = tierOf(actor.reach, options.thresholds);
  return {
    label: actor.name,
    size: sizeBy(options.size, actor.reach, degree),
    color: stanceColor(actor.stance),
    shape: shapeOf(actor.kind),
    border: tier ? TIER_BORDERS[tier] : 0.5,
    stance: actor.stance,
  };
}

/**
 * The map as shapes to draw: the actors placed (those `visible` only, if given) and the
 * relations between them. What the app shows and what the exports write come from here.
 */
export function drawingOf(
  graph: GraphSnapshot,
  positions: ReadonlyMap<number, Point>,
  options: DrawOptions,
  visible?: ReadonlySet<number>,
): Drawing {
  const degree = degrees(graph);
  const nodes: DrawNode[] = [];
  for (const actor of graph.actors) {
    const point = positions.get(actor.id);
    if (!point || (visible && !visible.has(actor.id))) continue;
    nodes.push({
      id: actor.id,
      x: point.x,
      y: point.y,
      ...nodeLook(actor, degree.get(actor.id) ?? 0, options),
    });
  }
  const drawn = new Set(nodes.map((n) => n.id));
  const edges = graph.relations
    .filter((r) => drawn.has(r.sourceId) && drawn.has(r.targetId))
    .map((r) => ({
      id: r.id,
      source: r.sourceId,
      target: r.targetId,
      width: edgeWidth(r.weight),
      opposes: r.type === 'opposes',
      directed: r.directed,
    }));
  return { nodes, edges };
}
