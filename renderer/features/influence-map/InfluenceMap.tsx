import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import type { Point } from '../../../shared/graph/layouts';
import { useEffect, useImperativeHandle, useLayoutEffect, useRef, useState, type Ref } from 'react';
import { attachBackdrop, type Backdrop } from './backdropLayer';
import { attachEdgeDrawing } from './edgeDrawing';
import { mapStylesheet, type LabelMode } from './mapStylesheet';
import { renderOptions } from './renderOptions';
import { addEdgesProgressively, syncElements } from './syncElements';

export type TapMode = 'replace' | 'toggle';

export type InfluenceMapProps = {
  elements: ElementDefinition[];
  /** Cytoscape ids to show as selected (`a12` actors, `r7` relations). */
  selectedIds: readonly string[];
  onTapNode: (nodeId: string, mode: TapMode) => void;
  onTapEdge: (edgeId: string) => void;
  /** Double-click on a node (expands a collapsed community). */
  onDoubleTapNode: (nodeId: string) => void;
  onTapBackground: () => void;
  /** Shift+drag on the background draws a box; the nodes inside become the selection. */
  onBoxSelect: (nodeIds: string[]) => void;
  drawing: boolean;
  onConnect: (sourceNodeId: string, targetNodeId: string) => void;
  /**
   * Where each node goes (model coordinates, by node id), from the saved view or a layout just
   * computed; null while they load. A node it does not place goes to a free spot.
   */
  positions: ReadonlyMap<string, Point> | null;
  /** What the parent may ask of the drawn map (for exports). */
  ref?: Ref<MapHandle>;
  /** Render for speed (big maps); fixed for the life of the component (the parent re-keys it). */
  performanceMode: boolean;
  /** With `performanceMode`: cytoscape's WebGL renderer (the user's choice); fixed likewise. */
  webgl: boolean;
  /** Which labels to draw: as you zoom in, always, or never. */
  labels: LabelMode;
  /** Nodes the filters or the focus leave out (their relations go with them). */
  hiddenIds: ReadonlySet<string>;
  /** Elements to bring forward (a path), the rest fading back; null shows all alike. */
  highlight: { nodeIds: ReadonlySet<string>; edgeIds: ReadonlySet<string> } | null;
  /** The user dragged nodes: their new positions, once per gesture. */
  onNodesMoved: (moves: Array<{ nodeId: string; x: number; y: number }>) => void;
  /** Centre the view on this node whenever `focus.tick` changes. */
  focus: { nodeId: string; tick: number } | null;
  ariaLabel: string;
  /** Drawn under the map: community hulls and lane headings. */
  backdrop: Backdrop;
};

/**
 * Where a node added after the first layout goes: the first free spot on a spiral around the
 * centre of what the user is looking at, so it never hides under another actor.
 */
/** Above this many actors, hover highlighting is off: restyling every element would lag. */
const HOVER_LIMIT = 3_000;

function freeSpotInView(cy: Core) {
  const extent = cy.extent();
  const centre = { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
  const clearance = 45;
  const taken = cy.nodes().map((n) => n.position());
  for (let step = 0; step < 400; step += 1) {
    const angle = step * 0.9;
    const radius = clearance * Math.sqrt(step);
    const spot = { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
    if (taken.every((p) => Math.hypot(p.x - spot.x, p.y - spot.y) >= clearance)) return spot;
  }
  return centre;
}

/** The drawn map, as the parent may read it: positions of the actors shown (not hidden). */
export type MapHandle = {
  /** Where each node shown (not hidden) is drawn, by node id (`a12` actors, `c3` communities). */
  shownPositions(): Map<string, Point>;
};

/** Read-only automation hook (end-to-end tests, accessibility tools): where a node is drawn. */
export type MapContainer = HTMLDivElement & {
  renderedPositionOf?: (nodeId: string) => { x: number; y: number } | null;
  positionOf?: (nodeId: string) => { x: number; y: number } | null;
};

function exposeRenderedPositions(container: MapContainer | null, cy: Core): void {
  if (!container) return;
  container.renderedPositionOf = (nodeId) => {
    const node = cy.getElementById(nodeId);
    return node.nonempty() ? { ...node.renderedPosition() } : null;
  };
  container.positionOf = (nodeId) => {
    const node = cy.getElementById(nodeId);
    return node.nonempty() ? { ...node.position() } : null;
  };
}

/**
 * The cytoscape canvas. Owns the instance (created once, destroyed on unmount), reconciles it
 * with `elements`, reflects the selection one way; taps flow back through the callbacks.
 * `data-node-count` states how many nodes are drawn, for tests and assistive summaries.
 */
export function InfluenceMap(props: InfluenceMapProps) {
  const {
    elements,
    selectedIds,
    drawing,
    focus,
    positions,
    ariaLabel,
    hiddenIds,
    highlight,
    labels,
    backdrop,
    ref,
  } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const layerRef = useRef<SVGSVGElement>(null);
  const backdropRef = useRef<ReturnType<typeof attachBackdrop> | null>(null);
  const cyRef = useRef<Core | null>(null);
  const fitted = useRef(false);
  const [nodeCount, setNodeCount] = useState(0);
  const cancelEdges = useRef<() => void>(() => undefined);
  const [edgesPending, setEdgesPending] = useState(false);
  // Bumped when deferred relations have all been added, so their classes (hidden, path) apply.
  const [edgesAdded, setEdgesAdded] = useState(0);
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });

  useEffect(() => {
    const cy = cytoscape({
      container: containerRef.current,
      style: mapStylesheet(latest.current.labels, latest.current.performanceMode),
      elements: [],
      layout: { name: 'preset' },
      minZoom: 0.05,
      maxZoom: 6,
      boxSelectionEnabled: true,
      ...renderOptions(latest.current.performanceMode, latest.current.webgl),
      selectionType: 'additive',
    });
    // Selection belongs to the store: cytoscape's own tap-selection is overridden by effect 3.
    cy.on('tap', 'node', (event) => {
      if (latest.current.drawing) return;
      const original = event.originalEvent as MouseEvent | undefined;
      latest.current.onTapNode(
        event.target.id() as string,
        original && (original.ctrlKey || original.metaKey || original.shiftKey)
          ? 'toggle'
          : 'replace',
      );
    });
    cy.on('tap', 'edge', (event) => latest.current.onTapEdge(event.target.id() as string));
    cy.on('dbltap', 'node', (event) => latest.current.onDoubleTapNode(event.target.id() as string));
    cy.on('tap', (event) => {
      if (event.target === cy) latest.current.onTapBackground();
    });
    cy.on('boxend', () => {
      // Box selection settles after `boxend`: read it on the next frame.
      requestAnimationFrame(() =>
        latest.current.onBoxSelect(cy.nodes(':selected').map((n) => n.id())),
      );
    });
    const detach = attachEdgeDrawing(
      cy,
      () => latest.current.drawing,
      (s, t) => latest.current.onConnect(s, t),
    );
    // A multi-node drag fires `dragfree` once per node: collect them into one save.
    let moved: Array<{ nodeId: string; x: number; y: number }> = [];
    cy.on('dragfree', 'node', (event) => {
      const { x, y } = event.target.position();
      if (moved.length === 0)
        setTimeout(() => {
          latest.current.onNodesMoved(moved);
          moved = [];
        });
      moved.push({ nodeId: event.target.id() as string, x, y });
    });
    // Hovering an actor brings its neighbours forward (skipped on big maps, where it would lag).
    cy.on('mouseover', 'node', (event) => {
      if (cy.nodes().length > HOVER_LIMIT || latest.current.highlight) return;
      cy.batch(() => {
        cy.elements().addClass('faded');
        event.target.closedNeighborhood().removeClass('faded');
      });
    });
    cy.on('mouseout', 'node', () => {
      if (!latest.current.highlight) cy.elements().removeClass('faded');
    });
    exposeRenderedPositions(containerRef.current, cy);
    cyRef.current = cy;
    const layer = layerRef.current;
    backdropRef.current = layer
      ? attachBackdrop(cy, layer, () => latest.current.backdrop, latest.current.performanceMode)
      : null;
    return () => {
      cancelEdges.current();
      backdropRef.current?.detach();
      backdropRef.current = null;
      detach();
      cy.destroy();
      cyRef.current = null;
    };
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || positions === null) return;
    const { pendingEdges } = syncElements(cy, elements, {
      placeNew: (id) => positions.get(id) ?? freeSpotInView(cy),
      deferNewEdges: latest.current.performanceMode,
    });
    // Big maps: the actors show now, the relations follow a slice per frame.
    // A newer sync cancels the slices still to come: it defers again what is not drawn yet.
    cancelEdges.current();
    cancelEdges.current = () => undefined;
    if (pendingEdges.length > 0) {
      setEdgesPending(true);
      cancelEdges.current = addEdgesProgressively(cy, pendingEdges, () => {
        setEdgesPending(false);
        setEdgesAdded((n) => n + 1);
      });
    }
    // Stored or computed positions win over what is drawn (after an undo, a layout, a reload).
    let moved = 0;
    cy.batch(() => {
      for (const [id, point] of positions) {
        const node = cy.getElementById(id);
        if (node.nonempty() && (node.position('x') !== point.x || node.position('y') !== point.y)) {
          node.position({ ...point });
          moved += 1;
        }
      }
    });
    // A new layout (most actors moved) is shown whole; a drag or an undo keeps the viewport.
    if (moved >= Math.max(3, cy.nodes().length * 0.3)) fitted.current = false;
    if (!fitted.current && cy.nodes().length > 0) {
      fitted.current = true;
      cy.fit(undefined, 30);
      // A map of a handful of actors must not open at the maximum zoom.
      if (cy.zoom() > 1.2) {
        cy.zoom(1.2);
        cy.center();
      }
    }
    setNodeCount(cy.nodes().length);
  }, [elements, positions]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements(':selected').unselect();
      for (const id of selectedIds) cy.getElementById(id).select();
    });
  }, [selectedIds, elements]);

  useEffect(() => {
    cyRef.current?.autoungrabify(drawing);
  }, [drawing]);

  useImperativeHandle(ref, () => ({
    shownPositions() {
      const positions = new Map<string, Point>();
      cyRef.current?.nodes(':visible').forEach((node) => {
        positions.set(node.id(), { ...node.position() });
      });
      return positions;
    },
  }));

  useEffect(() => {
    cyRef.current?.style(mapStylesheet(labels, latest.current.performanceMode));
  }, [labels]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        if (hiddenIds.has(node.id())) node.addClass('hidden');
        else node.removeClass('hidden');
      });
      cy.elements().removeClass('faded path');
      if (highlight) {
        cy.elements().addClass('faded');
        cy.nodes()
          .filter((n) => highlight.nodeIds.has(n.id()))
          .removeClass('faded')
          .addClass('path');
        cy.edges()
          .filter((e) => highlight.edgeIds.has(e.id()))
          .removeClass('faded')
          .addClass('path');
      }
    });
  }, [hiddenIds, highlight, elements, edgesAdded]);

  useEffect(() => {
    backdropRef.current?.redraw();
  }, [backdrop, hiddenIds, elements, positions]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !focus) return;
    const node = cy.getElementById(focus.nodeId);
    if (node.nonempty())
      cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1.2) }, { duration: 250 });
  }, [focus]);

  return (
    <div className={`map-stage${props.performanceMode && props.webgl ? ' webgl' : ''}`}>
      <svg ref={layerRef} className="map-backdrop" data-testid="map-backdrop" aria-hidden="true" />
      <div
        ref={containerRef}
        className={`influence-map${drawing ? ' drawing' : ''}`}
        data-testid="influence-map"
        data-node-count={nodeCount}
        data-hidden-count={hiddenIds.size}
        data-path-length={highlight?.nodeIds.size ?? 0}
        data-edge-count={elements.filter((e) => e.group === 'edges').length}
        data-edges-pending={edgesPending}
        role="img"
        aria-label={ariaLabel}
      />
    </div>
  );
}
