import type { Core, ElementDefinition, Position } from 'cytoscape';

export type SyncOptions = {
  /** Where a node not drawn yet goes (else where the definition or the first layout puts it). */
  placeNew?: (nodeId: string) => Position;
  /**
   * Return the new edges instead of adding them, for `addEdgesProgressively` (big maps: the
   * actors show at once and the relations follow, without freezing the window).
   */
  deferNewEdges?: boolean;
};

/**
 * Reconciles `cy` with `next` by id: removes stale elements, adds new ones (in one `add`, far
 * cheaper than one call per element), patches data. Nodes already drawn keep their positions.
 * Returns the number of nodes added and the new edges left to add when deferred.
 */
export function syncElements(
  cy: Core,
  next: ElementDefinition[],
  options: SyncOptions = {},
): { added: number; pendingEdges: ElementDefinition[] } {
  const nextIds = new Set(next.map((d) => d.data.id));
  const newNodes: ElementDefinition[] = [];
  const newEdges: ElementDefinition[] = [];
  cy.batch(() => {
    cy.elements()
      .filter((el) => !nextIds.has(el.id()))
      .remove();
    for (const def of next) {
      const id = def.data.id;
      if (id === undefined) continue;
      const existing = cy.getElementById(id);
      if (existing.nonempty()) existing.data(def.data);
      else if (def.group === 'nodes')
        newNodes.push(options.placeNew ? { ...def, position: options.placeNew(id) } : def);
      else newEdges.push(def);
    }
    // Nodes before edges: adding an edge whose endpoint is missing throws.
    if (newNodes.length > 0) cy.add(newNodes);
    if (newEdges.length > 0 && !options.deferNewEdges) cy.add(newEdges);
  });
  return { added: newNodes.length, pendingEdges: options.deferNewEdges ? newEdges : [] };
}

/** How the next slice is scheduled: the browser's animation frames, or a timer under Node. */
export type Frames = { request(step: () => void): number; cancel(handle: number): void };
const ANIMATION_FRAMES: Frames = {
  request: (step) => requestAnimationFrame(step),
  cancel: (handle) => cancelAnimationFrame(handle),
};

/**
 * Relations added per frame on big maps. Every slice costs a redraw of all that is already
 * drawn, so smaller slices make the whole slower (20 000 actors in 10 slices: 21 s instead of
 * 13 s, `npm run bench`): the relations come in one slice, the frame after the actors.
 */
export const EDGES_PER_FRAME = Number.POSITIVE_INFINITY;

/**
 * Adds `edges` a slice per animation frame, so the window stays responsive while a big map's
 * relations arrive; `onDone` runs after the last slice. Returns a cancel function (the map
 * changed or closed). Edges whose ends are gone by then are skipped.
 */
export function addEdgesProgressively(
  cy: Core,
  edges: readonly ElementDefinition[],
  onDone: () => void,
  perFrame = EDGES_PER_FRAME,
  frames: Frames = ANIMATION_FRAMES,
): () => void {
  let next = 0;
  let frame = 0;
  const step = () => {
    const slice = edges
      .slice(next, next + perFrame)
      .filter(
        (e) =>
          cy.getElementById(String(e.data.source)).nonempty() &&
          cy.getElementById(String(e.data.target)).nonempty() &&
          cy.getElementById(String(e.data.id)).empty(),
      );
    next += perFrame;
    if (slice.length > 0) cy.add(slice);
    if (next < edges.length) frame = frames.request(step);
    else {
      frame = 0;
      onDone();
    }
  };
  if (edges.length === 0) onDone();
  else frame = frames.request(step);
  return () => frames.cancel(frame);
}
