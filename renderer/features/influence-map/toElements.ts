import type { ElementDefinition } from 'cytoscape';
import type { ActorId, GraphSnapshot } from '../../../shared/domain/schemas';
import { edgeWidth, nodeSize, stanceColor } from './encoding';

/** Cytoscape ids: actors and relations share one id space there, so they are prefixed. */
export const nodeIdOf = (actorId: number): string => `a${actorId}`;
export const actorIdOf = (nodeId: string): ActorId | null => {
  const id = Number(nodeId.slice(1));
  return nodeId.startsWith('a') && Number.isInteger(id) && id > 0 ? (id as ActorId) : null;
};

/**
 * The map snapshot as cytoscape element definitions (pure: tested headless). Labels are data,
 * drawn by cytoscape as canvas text, so a name holding HTML stays text.
 */
export function toElements(graph: GraphSnapshot): ElementDefinition[] {
  const nodes: ElementDefinition[] = graph.actors.map((actor) => ({
    group: 'nodes',
    data: {
      id: nodeIdOf(actor.id),
      label: actor.name,
      kind: actor.kind,
      stance: actor.stance,
      color: stanceColor(actor.stance),
      size: nodeSize(actor.reach),
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
