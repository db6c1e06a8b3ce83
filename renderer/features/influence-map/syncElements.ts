import type { Core, ElementDefinition, Position } from 'cytoscape';

/**
 * Reconciles `cy` with `next` by id: removes stale elements, adds new ones, patches data. Nodes
 * already drawn keep their positions; new nodes are placed at `placeNew()` (or by the first layout).
 * Returns the number of nodes added.
 */
export function syncElements(
  cy: Core,
  next: ElementDefinition[],
  placeNew?: (nodeId: string) => Position,
): number {
  const nextIds = new Set(next.map((d) => d.data.id));
  let added = 0;
  cy.batch(() => {
    cy.elements()
      .filter((el) => !nextIds.has(el.id()))
      .remove();
    // Nodes before edges: adding an edge whose endpoint is missing throws.
    for (const group of ['nodes', 'edges'] as const) {
      for (const def of next) {
        const id = def.data.id;
        if (def.group !== group || id === undefined) continue;
        const existing = cy.getElementById(id);
        if (existing.nonempty()) {
          existing.data(def.data);
          continue;
        }
        if (group === 'nodes') {
          added += 1;
          cy.add(placeNew ? { ...def, position: placeNew(id) } : def);
        } else cy.add(def);
      }
    }
  });
  return added;
}
