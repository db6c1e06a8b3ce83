import type { Core, EventObject, NodeSingular, Position } from 'cytoscape';

const GHOST_NODE = '__draw-ghost';
const GHOST_EDGE = '__draw-ghost-edge';

/** The node whose drawn box contains `position`, ignoring the ghost; the topmost (last) wins. */
export function nodeAt(cy: Core, position: Position): NodeSingular | null {
  let found: NodeSingular | null = null;
  cy.nodes().forEach((node) => {
    if (node.id() === GHOST_NODE) return;
    const box = node.boundingBox({ includeLabels: false });
    if (
      position.x >= box.x1 &&
      position.x <= box.x2 &&
      position.y >= box.y1 &&
      position.y <= box.y2
    )
      found = node;
  });
  return found;
}

/**
 * "Draw relation" mode: press on an actor, drag, release on another actor → `onConnect(source,
 * target)`. A dashed ghost edge follows the pointer meanwhile. Nodes cannot be moved while the
 * mode is on (a press must start a relation, not a drag). Returns a function that detaches it.
 */
export function attachEdgeDrawing(
  cy: Core,
  isActive: () => boolean,
  onConnect: (sourceId: string, targetId: string) => void,
): () => void {
  let source: string | null = null;

  const clear = () => {
    cy.getElementById(GHOST_EDGE).remove();
    cy.getElementById(GHOST_NODE).remove();
    source = null;
  };
  const start = (event: EventObject) => {
    if (!isActive() || event.target.id() === GHOST_NODE) return;
    source = event.target.id() as string;
    cy.add([
      {
        group: 'nodes',
        data: { id: GHOST_NODE },
        position: { ...event.position },
        classes: 'draw-ghost',
      },
      {
        group: 'edges',
        data: { id: GHOST_EDGE, source, target: GHOST_NODE, width: 2, arrow: 'none' },
        classes: 'draw-ghost',
      },
    ]);
  };
  const move = (event: EventObject) => {
    if (source) cy.getElementById(GHOST_NODE).position({ ...event.position });
  };
  const end = (event: EventObject) => {
    if (!source) return;
    const from = source;
    clear();
    const target = nodeAt(cy, event.position);
    if (target && target.id() !== from) onConnect(from, target.id());
  };

  cy.on('tapstart', 'node', start);
  cy.on('tapdrag', move);
  cy.on('tapend', end);
  return () => {
    cy.off('tapstart', 'node', start);
    cy.off('tapdrag', move);
    cy.off('tapend', end);
    clear();
  };
}
