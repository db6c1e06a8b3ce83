import type { StylesheetJson } from 'cytoscape';

/** The map's cytoscape style: colour = stance, size = reach, labels appear as you zoom in. */
export const mapStylesheet: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(color)',
      width: 'data(size)',
      height: 'data(size)',
      label: 'data(label)',
      'font-size': 10,
      color: '#1f2430',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'min-zoomed-font-size': 7,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.7,
      'text-background-padding': '1px',
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  {
    selector: 'node[kind = "brand"], node[kind = "owned_medium"], node[kind = "competitor"]',
    style: { shape: 'round-rectangle' },
  },
  { selector: 'node[kind = "media"]', style: { shape: 'round-diamond' } },
  {
    selector: 'node[kind = "ngo"], node[kind = "organisation"]',
    style: { shape: 'round-hexagon' },
  },
  {
    selector: 'node:selected',
    style: { 'border-width': 4, 'border-color': '#111827', 'font-weight': 'bold', 'z-index': 10 },
  },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': '#b8bfcc',
      'target-arrow-color': '#b8bfcc',
      'target-arrow-shape': 'data(arrow)' as 'triangle',
      'arrow-scale': 0.8,
      'curve-style': 'straight',
      opacity: 0.75,
    },
  },
  {
    selector: 'edge[type = "opposes"]',
    style: { 'line-style': 'dashed', 'line-color': '#d6604d', 'target-arrow-color': '#d6604d' },
  },
  {
    selector: 'edge:selected',
    style: { 'line-color': '#111827', 'target-arrow-color': '#111827', opacity: 1 },
  },
  { selector: '.hidden', style: { display: 'none' } },
  { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0 } },
  { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#e08a00', 'z-index': 20 } },
  {
    selector: 'edge.path',
    style: {
      width: 6,
      'line-color': '#e08a00',
      'target-arrow-color': '#e08a00',
      opacity: 1,
      'z-index': 20,
    },
  },
];
