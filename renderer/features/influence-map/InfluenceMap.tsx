import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { mapStylesheet } from './mapStylesheet';
import { syncElements } from './syncElements';

export type InfluenceMapProps = {
  elements: ElementDefinition[];
  selectedNodeId: string | null;
  onSelect: (nodeId: string | null) => void;
  ariaLabel: string;
};

/** Where a node added after the first layout goes: near the centre of what the user is looking at. */
function centreOfView(cy: Core) {
  const extent = cy.extent();
  const jitter = () => (Math.random() - 0.5) * 60;
  return { x: (extent.x1 + extent.x2) / 2 + jitter(), y: (extent.y1 + extent.y2) / 2 + jitter() };
}

/**
 * The cytoscape canvas. Owns the instance (created once, destroyed on unmount), reconciles it
 * with `elements`, and reflects the selection one way; taps flow back through `onSelect`.
 * `data-node-count` states how many nodes are drawn, for tests and assistive summaries.
 */
export function InfluenceMap({ elements, selectedNodeId, onSelect, ariaLabel }: InfluenceMapProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const laidOut = useRef(false);
  const [nodeCount, setNodeCount] = useState(0);
  const onSelectRef = useRef(onSelect);
  useLayoutEffect(() => {
    onSelectRef.current = onSelect;
  });

  useEffect(() => {
    const cy = cytoscape({
      container: containerRef.current,
      style: mapStylesheet,
      elements: [],
      layout: { name: 'preset' },
      minZoom: 0.05,
      maxZoom: 6,
      selectionType: 'single',
    });
    cy.on('tap', 'node', (event) => onSelectRef.current(event.target.id() as string));
    cy.on('tap', (event) => {
      if (event.target === cy) onSelectRef.current(null);
    });
    cyRef.current = cy;
    return () => {
      cy.destroy();
      cyRef.current = null;
    };
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    syncElements(cy, elements, laidOut.current ? () => centreOfView(cy) : undefined);
    if (!laidOut.current && cy.nodes().length > 0) {
      laidOut.current = true;
      cy.layout({
        name: 'cose',
        animate: false,
        randomize: true,
        nodeRepulsion: () => 9000,
        idealEdgeLength: () => 70,
        padding: 30,
      }).run();
      cy.fit(undefined, 30);
    }
    setNodeCount(cy.nodes().length);
  }, [elements]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements(':selected').unselect();
      if (selectedNodeId) cy.getElementById(selectedNodeId).select();
    });
  }, [selectedNodeId, elements]);

  return (
    <div
      ref={containerRef}
      className="influence-map"
      data-testid="influence-map"
      data-node-count={nodeCount}
      role="img"
      aria-label={ariaLabel}
    />
  );
}
