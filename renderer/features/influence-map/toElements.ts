import type { ElementDefinition } from 'cytoscape';
import type { ActorId, GraphSnapshot } from '../../../shared/domain/schemas';
import { DEFAULT_TIER_THRESHOLDS } from '../../../shared/domain/tiers';
import { degrees, nodeLook, type DrawOptions } from '../../../shared/graph/drawing';
import { edgeWidth } from '../../../shared/graph/encoding';

/** Cytoscape ids: actors and relations share one id space there, so they are prefixed. */
export const nodeIdOf = (actorId: number): string => `a${actorId}`;
export const actorIdOf = (nodeId: string): ActorId | null => {
  const id = Number(nodeId.slice(1));
  return nodeId.startsWith('a') && Number.isInteger(id) && id > 0 ? (id as ActorId) : null;
};

const DEFAULT_DRAW: DrawOptions = { size: 'reach', thresholds: DEFAULT_TIER_THRESHOLDS };

/**
 * The map snapshot as cytoscape element definitions (pure: tested headless), with the same look
 * as the exports (shared/graph/drawing.ts). Labels are data, drawn by cytoscape as canvas text,
 * so a name holding HTML stays text.
 */
export function toElements(
  graph: GraphSnapshot,
  options: DrawOptions = DEFAULT_DRAW,
): ElementDefinition[] {
  const degree = degrees(graph);
  const nodes: ElementDefinition[] = graph.actors.map((actor) => ({
    group: 'nodes',
    data: {
      id: nodeIdOf(actor.id),
      kind: actor.kind,
      ...nodeLook(actor, degree.get(actor.id) ?? 0, options),
    },
  }));
  const edges: ElementDefinition[] = graph.relations.map((relation) => ({
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
  return [...nodes, ...edges];
}
