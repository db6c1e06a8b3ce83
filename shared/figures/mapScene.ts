import { BORDER_COLOR } from '../graph/encoding';
import type { DrawEdge, DrawNode, Drawing } from '../graph/drawing';
import { hullPath } from '../graph/hulls';
import type { LaneHeading } from '../graph/layouts';
import type { LegendSection } from '../graph/legend';
import { shapePath } from '../graph/svgShapes';
import type { FigureText } from './figureText';
import { INK, MUTED_INK, shorten, textWidth, type Scene, type SceneItem } from './scene';

/** What a map figure draws around its actors, beside title and legend. */
export type MapAnnotations = {
  /** Column headings of the journey-lanes layout, in model coordinates. */
  headings?: readonly LaneHeading[];
  /** The power–interest chart's axes and quadrant names. */
  quadrants?: FigureText['quadrants'];
};

export type MapSceneOptions = {
  title: string;
  subtitle?: string;
  legend: readonly LegendSection[];
  annotations?: MapAnnotations;
  /** Drawn keys (`a12`) to bring forward: the others fade. */
  highlight?: ReadonlySet<string>;
};

/** A map label longer than this is cut (the full name is in the tables); a label is not a text. */
export const MAP_LABEL_CHARS = 40;
const MARGIN = 40;
const HIGHLIGHT = '#e6a700';

/**
 * The map as a scene: title, community outlines, relations (arrowheads where directed, dashed
 * red where one opposes the other), actors (shape by kind, colour by stance, ring by tier) with
 * their labels, the layout's annotations (lane headings, quadrants) and the legend below. What
 * the SVG and PNG exports, the report and the presentation's slides all draw.
 */
export function mapScene(drawing: Drawing, options: MapSceneOptions): Scene {
  const titleHeight = options.subtitle ? 56 : 40;
  const box = modelBounds(drawing, options.annotations);
  const graphWidth = box.maxX - box.minX;
  const width = Math.max(graphWidth + 2 * MARGIN, 760);
  const offsetX = MARGIN - box.minX + (width - 2 * MARGIN - graphWidth) / 2;
  const offsetY = titleHeight + MARGIN - box.minY;
  const X = (x: number) => x + offsetX;
  const Y = (y: number) => y + offsetY;
  const legendTop = titleHeight + MARGIN + (box.maxY - box.minY) + 30;
  const legend = legendItems(options.legend, MARGIN, legendTop);
  const height = legendTop + legend.height + MARGIN / 2;
  const byKey = new Map(drawing.nodes.map((n) => [n.key, n]));
  const lit = options.highlight;
  const faded = (keys: readonly string[]) =>
    lit !== undefined && lit.size > 0 && !keys.every((k) => lit.has(k));

  const hulls: SceneItem[] = drawing.hulls.flatMap((h) => [
    {
      kind: 'path' as const,
      d: hullPath(h.outline, (p) => ({ x: X(p.x), y: Y(p.y) })),
      fill: h.color,
      fillOpacity: 0.08,
      stroke: h.color,
      strokeOpacity: 0.7,
      strokeWidth: 1.5,
      dash: [5, 3] as const,
    },
    {
      kind: 'text' as const,
      x: X(h.labelAt.x),
      y: Y(h.labelAt.y),
      text: shorten(h.name, MAP_LABEL_CHARS),
      size: 12,
      bold: true,
      anchor: 'middle' as const,
      fill: h.color,
      halo: '#ffffff',
    },
  ]);
  const edges = drawing.edges.flatMap((e) => {
    const s = byKey.get(e.source);
    const t = byKey.get(e.target);
    if (!s || !t) return [];
    const items = edgeItems(e, { x: X(s.x), y: Y(s.y) }, { x: X(t.x), y: Y(t.y) }, t.size);
    return faded([e.source, e.target]) ? [{ kind: 'group' as const, opacity: 0.15, items }] : items;
  });
  const nodes = drawing.nodes.flatMap((n) => {
    const items = nodeItems(n, X(n.x), Y(n.y), lit?.has(n.key) ?? false);
    return faded([n.key]) ? [{ kind: 'group' as const, opacity: 0.2, items }] : items;
  });
  const header: SceneItem[] = [
    { kind: 'text', x: MARGIN, y: 30, text: options.title, size: 18, bold: true, fill: INK },
    ...(options.subtitle
      ? [
          {
            kind: 'text' as const,
            x: MARGIN,
            y: 48,
            text: options.subtitle,
            size: 12,
            fill: MUTED_INK,
          },
        ]
      : []),
  ];
  return {
    width,
    height,
    title: options.title,
    items: [
      ...header,
      {
        kind: 'group',
        name: 'annotations',
        items: annotationItems(options.annotations, box, X, Y),
      },
      { kind: 'group', name: 'communities', items: hulls },
      { kind: 'group', name: 'relations', items: edges },
      { kind: 'group', name: 'actors', items: nodes },
      { kind: 'group', name: 'legend', items: legend.items },
    ],
  };
}

type Box = { minX: number; minY: number; maxX: number; maxY: number };

/** The model-space box of what is drawn: actors with their labels, hulls and annotations. */
function modelBounds(drawing: Drawing, annotations: MapAnnotations | undefined): Box {
  const box: Box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  const add = (x: number, y: number) => {
    box.minX = Math.min(box.minX, x);
    box.maxX = Math.max(box.maxX, x);
    box.minY = Math.min(box.minY, y);
    box.maxY = Math.max(box.maxY, y);
  };
  for (const n of drawing.nodes) {
    add(n.x - n.size / 2, n.y - n.size / 2);
    add(n.x + n.size / 2, n.y + n.size / 2 + 16);
  }
  for (const h of drawing.hulls) {
    for (const p of h.outline) add(p.x, p.y);
    // Room for the community's name above its outline.
    add(h.labelAt.x, h.labelAt.y - 14);
  }
  for (const heading of annotations?.headings ?? []) {
    const half = textWidth(heading.label, 14, true) / 2;
    add(heading.x - Math.min(half, 110), heading.y - 16);
    add(heading.x + Math.min(half, 110), heading.y);
  }
  if (!Number.isFinite(box.minX)) return { minX: 0, minY: 0, maxX: 400, maxY: 200 };
  if (annotations?.quadrants) {
    // Room for the quadrant names above and below the actors, and the axis name under them.
    box.minY -= 34;
    box.maxY += 40;
    box.minX -= 20;
    box.maxX += 20;
  }
  return box;
}

function annotationItems(
  annotations: MapAnnotations | undefined,
  box: Box,
  X: (x: number) => number,
  Y: (y: number) => number,
): SceneItem[] {
  if (!annotations) return [];
  const items: SceneItem[] = [];
  for (const heading of annotations.headings ?? []) {
    items.push({
      kind: 'text',
      x: X(heading.x),
      y: Y(heading.y),
      text: shorten(`${heading.momentOfTruth ? '★ ' : ''}${heading.label}`, 30),
      size: 14,
      bold: heading.momentOfTruth,
      anchor: 'middle',
      fill: INK,
      halo: '#ffffff',
    });
  }
  const q = annotations.quadrants;
  if (q) {
    const left = X(box.minX);
    const right = X(box.maxX);
    const top = Y(box.minY);
    const bottom = Y(box.maxY);
    const midX = X(0);
    const midY = (top + bottom) / 2;
    const axis = { stroke: '#8a93a6', strokeWidth: 1, dash: [4, 4] as const };
    items.push(
      { kind: 'line', x1: midX, y1: top, x2: midX, y2: bottom - 22, ...axis },
      { kind: 'line', x1: left, y1: midY, x2: right, y2: midY, ...axis },
      quadrantName(q.manage, left + 4, top + 14, 'start'),
      quadrantName(q.engage, right - 4, top + 14, 'end'),
      quadrantName(q.monitor, left + 4, bottom - 28, 'start'),
      quadrantName(q.inform, right - 4, bottom - 28, 'end'),
      {
        kind: 'text',
        x: midX,
        y: bottom - 4,
        text: q.axisX,
        size: 12,
        anchor: 'middle',
        fill: INK,
      },
      { kind: 'text', x: left + 4, y: midY - 6, text: `↑ ${q.axisY}`, size: 12, fill: INK },
    );
  }
  return items;
}

const quadrantName = (text: string, x: number, y: number, anchor: 'start' | 'end'): SceneItem => ({
  kind: 'text',
  x,
  y,
  text,
  size: 12,
  bold: true,
  anchor,
  fill: MUTED_INK,
});

/** A relation: a line stopped at the target's edge, an arrowhead when directed. */
function edgeItems(
  e: DrawEdge,
  s: { x: number; y: number },
  t: { x: number; y: number },
  targetSize: number,
): SceneItem[] {
  const length = Math.hypot(t.x - s.x, t.y - s.y) || 1;
  const ux = (t.x - s.x) / length;
  const uy = (t.y - s.y) / length;
  const back = e.directed ? targetSize / 2 + 2 : 0;
  const tip = { x: t.x - ux * back, y: t.y - uy * back };
  const colour = e.opposes ? '#d6604d' : '#b8bfcc';
  const head = Math.min(10, 4 + e.width * 1.5);
  const items: SceneItem[] = [
    {
      kind: 'line',
      x1: s.x,
      y1: s.y,
      x2: e.directed ? tip.x - ux * head * 0.8 : tip.x,
      y2: e.directed ? tip.y - uy * head * 0.8 : tip.y,
      stroke: colour,
      strokeWidth: e.width,
      strokeOpacity: 0.8,
      ...(e.opposes ? { dash: [6, 4] as const } : {}),
    },
  ];
  if (e.directed) items.push(arrowhead(tip, ux, uy, head, e.opposes ? '#d6604d' : '#8a93a6'));
  return items;
}

/** A filled triangle pointing along (ux, uy) with its tip at `tip`. */
export function arrowhead(
  tip: { x: number; y: number },
  ux: number,
  uy: number,
  size: number,
  colour: string,
): SceneItem {
  const baseX = tip.x - ux * size;
  const baseY = tip.y - uy * size;
  const half = size * 0.45;
  const r = (n: number) => Math.round(n * 100) / 100;
  return {
    kind: 'path',
    d: `M${r(tip.x)} ${r(tip.y)} L${r(baseX - uy * half)} ${r(baseY + ux * half)} L${r(baseX + uy * half)} ${r(baseY - ux * half)} Z`,
    fill: colour,
  };
}

function nodeItems(n: DrawNode, x: number, y: number, highlighted: boolean): SceneItem[] {
  return [
    ...(highlighted
      ? [
          {
            kind: 'circle' as const,
            cx: x,
            cy: y,
            r: n.size / 2 + 5,
            fill: 'none',
            stroke: HIGHLIGHT,
            strokeWidth: 3,
          },
        ]
      : []),
    {
      kind: 'path',
      d: shapePath(n.shape, x, y, n.size),
      fill: n.color,
      stroke: BORDER_COLOR,
      strokeWidth: n.border,
    },
    {
      kind: 'text',
      x,
      y: y + n.size / 2 + 11,
      text: shorten(n.label, MAP_LABEL_CHARS),
      size: 10,
      bold: highlighted,
      anchor: 'middle',
      fill: INK,
      halo: '#ffffff',
    },
  ];
}

/**
 * The legend as rows of items, one row per section, starting at (x, y): swatches (shapes,
 * lines, rings) and their names. Returns the items and the height they take.
 */
export function legendItems(
  legend: readonly LegendSection[],
  x: number,
  y: number,
): { items: SceneItem[]; height: number } {
  const items: SceneItem[] = [];
  // The items start after the longest section title.
  const titleWidth = Math.max(...legend.map((s) => textWidth(s.title, 11, true) + 14), 90);
  let row = y;
  for (const section of legend) {
    let cursor = x;
    items.push({
      kind: 'text',
      x: cursor,
      y: row + 4,
      text: section.title,
      size: 11,
      bold: true,
      fill: INK,
    });
    cursor += titleWidth;
    for (const item of section.items) {
      if (item.line) {
        const colour = item.color ?? '#8a93a6';
        items.push({
          kind: 'line',
          x1: cursor,
          y1: row,
          x2: cursor + (item.line === 'arrow' ? 14 : 20),
          y2: row,
          stroke: colour,
          strokeWidth: 2,
          ...(item.line === 'dashed' ? { dash: [4, 3] as const } : {}),
        });
        if (item.line === 'arrow')
          items.push(arrowhead({ x: cursor + 20, y: row }, 1, 0, 7, colour));
        cursor += 26;
      } else if (item.shape) {
        items.push({
          kind: 'path',
          d: shapePath(item.shape, cursor + 6, row, 11),
          fill: item.color ?? '#cccccc',
          ...(item.border ? { stroke: BORDER_COLOR, strokeWidth: item.border } : {}),
        });
        cursor += 16;
      }
      const label = shorten(item.label, MAP_LABEL_CHARS);
      items.push({ kind: 'text', x: cursor, y: row + 4, text: label, size: 11, fill: INK });
      cursor += 12 + textWidth(label, 11) * 0.95;
    }
    row += 20;
  }
  return { items, height: legend.length * 20 };
}
