import type { ElementDefinition } from 'cytoscape';
import type { ActorId, GraphSnapshot } from '../../../shared/domain/schemas';
import { DEFAULT_TIER_THRESHOLDS } from '../../../shared/domain/tiers';
import {
  degrees,
  groupLook,
  mergedEdgeWidth,
  nodeLook,
  type DrawOptions,
} from '../../../shared/graph/drawing';
import { aggregateGraph, groupKey } from '../../../shared/graph/aggregate';
import { edgeWidth } from '../../../shared/graph/encoding';

/** Cytoscape ids: actors and relations share one id space there, so they are prefixed. */
export const nodeIdOf = (actorId: number): string => `a${actorId}`;
export const actorIdOf = (nodeId: string): ActorId | null => {
  const id = Number(nodeId.slice(1));
  return nodeId.startsWith('a') && Number.isInteger(id) && id > 0 ? (id as ActorId) : null;
};

const DEFAULT_DRAW: DrawOptions = { size: 'reach', thresholds: DEFAULT_TIER_THRESHOLDS };
const NO_GROUPS: ReadonlySet<number> = new Set();

/** Cytoscape id of a collapsed community (or of the actors in none: `c-1`). */
export const groupIdOf = (group: number): string => groupKey(group);

/**
 * The map snapshot as cytoscape element definitions (pure: tested headless), with the same look
 * as the exports (shared/graph/drawing.ts). Collapsed communities are one node each, their
 * relations merged (shared/graph/aggregate.ts). Labels are data, drawn by cytoscape as canvas
 * text, so a name holding HTML stays text.
 */
export function toElements(
  graph: GraphSnapshot,
  options: DrawOptions = DEFAULT_DRAW,
  collapsed: ReadonlySet<number> = NO_GROUPS,
  noCommunityName = '—',
): ElementDefinition[] {
  const degree = degrees(graph);
  const view =
    collapsed.size > 0
      ? aggregateGraph(graph, collapsed, noCommunityName)
      : { actors: graph.actors, relations: graph.relations, groups: [], groupEdges: [] };
  const nodes: ElementDefinition[] = view.actors.map((actor) => ({
    group: 'nodes',
    data: {
      id: nodeIdOf(actor.id),
      kind: actor.kind,
      ...nodeLook(actor, degree.get(actor.id) ?? 0, options),
    },
  }));
  const groups: ElementDefinition[] = view.groups.map((g) => ({
    group: 'nodes',
    data: { id: groupIdOf(g.group), ...groupLook(g), aggregate: 1 },
  }));
  const edges: ElementDefinition[] = view.relations.map((relation) => ({
    group: 'edges',
    data: {
      id: `r${relation.id}`,
      source: nodeIdOf(relation.sourceId),
      target: nodeIdOf(relation.targetId),
      type: relation.type,
      width: edgeWidth(relation.weight),
      arrow: relation.directed ? 'triangle' : 'none',
    },
  }));
  const merged: ElementDefinition[] = view.groupEdges.map((e) => ({
    group: 'edges',
    data: {
      id: `m${e.source}|${e.target}`,
      source: e.source,
      target: e.target,
      type: 'aggregate',
      width: mergedEdgeWidth(e.weight),
      arrow: 'none',
      count: e.count,
    },
  }));
  return [...nodes, ...groups, ...edges, ...merged];
}

/**
 * Audience-overlap links (shared/analytics/audienceOverlap.ts) as dashed edges between actors
 * drawn on their own (not inside a collapsed community), thicker for a larger overlap. They are
 * not relations: type `overlap`, ids `o<a>-<b>`.
 */
export function overlapElements(
  overlaps: ReadonlyArray<{ a: number; b: number; jaccard: number; shared: number }>,
  shownNodes: ReadonlySet<string>,
): ElementDefinition[] {
  return overlaps
    .filter((o) => shownNodes.has(nodeIdOf(o.a)) && shownNodes.has(nodeIdOf(o.b)))
    .map((o) => ({
      group: 'edges',
      data: {
        id: `o${o.a}-${o.b}`,
        source: nodeIdOf(o.a),
        target: nodeIdOf(o.b),
        type: 'overlap',
        width: 1 + 7 * o.jaccard,
        arrow: 'none',
        shared: o.shared,
      },
    }));
}
