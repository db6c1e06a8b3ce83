import type { StylesheetJson } from 'cytoscape';
import { BORDER_COLOR } from '../../../shared/graph/encoding';

export type LabelMode = 'auto' | 'all' | 'none';

/**
 * The map's cytoscape style, from the element data that shared/graph/drawing.ts computes: colour
 * is stance, size the view's choice, shape the kind, border the tier. Labels appear as you zoom
 * in (`auto`), always, or never. Selection is an overlay, so the tier border stays readable.
 */
export function mapStylesheet(labels: LabelMode = 'auto', performanceMode = false): StylesheetJson {
  return [...baseStylesheet(labels), ...(performanceMode ? FAST_EDGES : [])];
}

/**
 * Big maps: edges as "haystack" lines, the cheapest cytoscape draws (no arrowheads, no per-edge
 * geometry), and no label backgrounds. Measured by `npm run bench` (first frame, pan and zoom).
 */
const FAST_EDGES: StylesheetJson = [
  {
    selector: 'edge',
    style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none' },
  },
  { selector: 'node', style: { 'text-background-opacity': 0 } },
];

function baseStylesheet(labels: LabelMode): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        width: 'data(size)',
        height: 'data(size)',
        shape: 'data(shape)' as 'ellipse',
        label: labels === 'none' ? '' : 'data(label)',
        'font-size': 10,
        color: '#1f2430',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'min-zoomed-font-size': labels === 'all' ? 0 : 7,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.7,
        'text-background-padding': '1px',
        'border-width': 'data(border)',
        'border-color': BORDER_COLOR,
      },
    },
    {
      selector: 'node:selected',
      style: {
        'overlay-color': '#2166ac',
        'overlay-opacity': 0.25,
        'overlay-padding': 6,
        'font-weight': 'bold',
        'z-index': 10,
      },
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
      style: { 'line-color': '#111827', 'target-arrow-color': '#111827', opacity: 1, width: 4 },
    },
    { selector: 'node.draw-ghost', style: { width: 1, height: 1, opacity: 0, label: '' } },
    {
      selector: 'edge.draw-ghost',
      style: {
        'line-style': 'dashed',
        'line-color': '#2166ac',
        'target-arrow-shape': 'none',
        width: 2,
        opacity: 1,
      },
    },
    {
      selector: 'node[aggregate]',
      style: {
        'text-valign': 'center',
        'text-margin-y': 0,
        'font-weight': 'bold',
        'text-wrap': 'wrap',
        'text-max-width': '120px',
        'border-style': 'double',
        'border-width': 4,
      },
    },
    { selector: 'edge[type = "aggregate"]', style: { 'line-color': '#9aa3b5', opacity: 0.6 } },
    // Audience overlap (on demand from the dashboard): not a relation, so dashed and violet.
    {
      selector: 'edge[type = "overlap"]',
      style: { 'line-color': '#7b3294', 'line-style': 'dashed', opacity: 0.8 },
    },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0 } },
    {
      selector: 'node.path',
      style: {
        'overlay-color': '#e08a00',
        'overlay-opacity': 0.35,
        'overlay-padding': 5,
        'z-index': 20,
      },
    },
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
}
