import { BORDER_COLOR } from './encoding';
import type { Drawing } from './drawing';
import { hullPath } from './hulls';
import type { LegendSection } from './legend';
import { shapePath } from './svgShapes';

/**
 * Text for SVG: every character markup or a naive scanner could misread is an entity, so a name
 * such as `<img onerror=…>` or `javascript:` stays inert text in the file (RELIABILITY.md R-05).
 */
export function escapeXml(text: string): string {
  // Control characters are not allowed in XML 1.0 at all: they are dropped.
  return text
    .replace(/[&<>"'=:]/g, (c) => `&#${c.charCodeAt(0)};`)
    .split('')
    .filter((c) => c.charCodeAt(0) >= 0x20 || c === '\t' || c === '\n' || c === '\r')
    .join('');
}

const round = (n: number) => Math.round(n * 10) / 10;
const FONT = 'font-family="\'DejaVu Sans\', Arial, Helvetica, sans-serif"';

export type SvgOptions = { title: string; subtitle?: string; legend: readonly LegendSection[] };

function legendSvg(
  legend: readonly LegendSection[],
  x: number,
  y: number,
): { svg: string; height: number } {
  const parts: string[] = [];
  // The items start after the longest section title (about 7 px a character at 11 px bold).
  const titleWidth = Math.max(...legend.map((s) => s.title.length * 7 + 14), 90);
  let row = y;
  for (const section of legend) {
    let cursor = x;
    parts.push(
      `<text x="${round(cursor)}" y="${round(row + 4)}" font-size="11" font-weight="bold" fill="#1f2430">${escapeXml(section.title)}</text>`,
    );
    cursor += titleWidth;
    for (const item of section.items) {
      if (item.line) {
        parts.push(
          `<line x1="${round(cursor)}" y1="${round(row)}" x2="${round(cursor + 20)}" y2="${round(row)}" stroke="${item.color ?? '#8a93a6'}" stroke-width="2"${item.line === 'dashed' ? ' stroke-dasharray="4 3"' : ' marker-end="url(#arrow)"'}/>`,
        );
        cursor += 26;
      } else if (item.shape) {
        parts.push(
          `<path d="${shapePath(item.shape, cursor + 6, row, 11)}" fill="${item.color ?? '#cccccc'}" stroke="${item.border ? BORDER_COLOR : 'none'}" stroke-width="${item.border ?? 0}"/>`,
        );
        cursor += 16;
      }
      parts.push(
        `<text x="${round(cursor)}" y="${round(row + 4)}" font-size="11" fill="#1f2430">${escapeXml(item.label)}</text>`,
      );
      cursor += 12 + item.label.length * 6.2;
    }
    row += 20;
  }
  return { svg: parts.join(''), height: legend.length * 20 };
}

/**
 * The map as a standalone SVG document: title, relations, actors (shape, colour, tier border,
 * label) and the legend. Plain shapes and text only: no script, no foreignObject, no link.
 */
export function renderSvg(drawing: Drawing, options: SvgOptions): string {
  const margin = 40;
  const titleHeight = options.subtitle ? 56 : 40;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const n of drawing.nodes) {
    minX = Math.min(minX, n.x - n.size / 2);
    maxX = Math.max(maxX, n.x + n.size / 2);
    minY = Math.min(minY, n.y - n.size / 2);
    maxY = Math.max(maxY, n.y + n.size / 2 + 16);
  }
  for (const h of drawing.hulls) {
    for (const p of h.outline) {
      minX = Math.min(minX, p.x);
      maxX = Math.max(maxX, p.x);
      maxY = Math.max(maxY, p.y);
    }
    // Room for the community's name above its outline.
    minY = Math.min(minY, h.labelAt.y - 14);
  }
  if (drawing.nodes.length === 0) [minX, minY, maxX, maxY] = [0, 0, 400, 200];
  const legend = legendSvg(options.legend, margin, 0);
  const graphWidth = maxX - minX;
  const width = Math.max(graphWidth + 2 * margin, 760);
  const offsetX = margin - minX + (width - 2 * margin - graphWidth) / 2;
  const offsetY = titleHeight + margin - minY;
  const legendTop = titleHeight + margin + (maxY - minY) + 30;
  const height = legendTop + legend.height + margin / 2;
  const byKey = new Map(drawing.nodes.map((n) => [n.key, n]));
  const X = (x: number) => round(x + offsetX);
  const Y = (y: number) => round(y + offsetY);

  const edges = drawing.edges.map((e) => {
    const s = byKey.get(e.source);
    const t = byKey.get(e.target);
    if (!s || !t) return '';
    // Stop the line at the target's edge so the arrowhead shows.
    const length = Math.hypot(t.x - s.x, t.y - s.y) || 1;
    const back = e.directed ? t.size / 2 + 2 : 0;
    const tx = t.x - ((t.x - s.x) / length) * back;
    const ty = t.y - ((t.y - s.y) / length) * back;
    const colour = e.opposes ? '#d6604d' : '#b8bfcc';
    return `<line x1="${X(s.x)}" y1="${Y(s.y)}" x2="${X(tx)}" y2="${Y(ty)}" stroke="${colour}" stroke-width="${round(e.width)}" stroke-opacity="0.8"${e.opposes ? ' stroke-dasharray="6 4"' : ''}${e.directed ? ` marker-end="url(#${e.opposes ? 'arrow-opposes' : 'arrow'})"` : ''}/>`;
  });
  const hulls = drawing.hulls.map(
    (h) =>
      `<path d="${hullPath(h.outline, (p) => ({ x: X(p.x), y: Y(p.y) }))}" fill="${h.color}" fill-opacity="0.08" stroke="${h.color}" stroke-opacity="0.7" stroke-width="1.5" stroke-dasharray="5 3"/>` +
      `<text x="${X(h.labelAt.x)}" y="${Y(h.labelAt.y)}" font-size="12" font-weight="bold" text-anchor="middle" fill="${h.color}" stroke="#ffffff" stroke-width="3" paint-order="stroke">${escapeXml(h.name)}</text>`,
  );
  const nodes = drawing.nodes.map(
    (n) =>
      `<path d="${shapePath(n.shape, X(n.x), Y(n.y), n.size)}" fill="${n.color}" stroke="${BORDER_COLOR}" stroke-width="${n.border}"/>` +
      `<text x="${X(n.x)}" y="${round(Y(n.y) + n.size / 2 + 11)}" font-size="10" text-anchor="middle" fill="#1f2430" stroke="#ffffff" stroke-width="3" paint-order="stroke">${escapeXml(n.label)}</text>`,
  );
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${round(width)}" height="${round(height)}" viewBox="0 0 ${round(width)} ${round(height)}" ${FONT}>`,
    `<title>${escapeXml(options.title)}</title>`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 Z" fill="#8a93a6"/></marker>`,
    `<marker id="arrow-opposes" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 Z" fill="#d6604d"/></marker></defs>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${margin}" y="30" font-size="18" font-weight="bold" fill="#1f2430">${escapeXml(options.title)}</text>`,
    options.subtitle
      ? `<text x="${margin}" y="48" font-size="12" fill="#5f6778">${escapeXml(options.subtitle)}</text>`
      : '',
    `<g id="communities">${hulls.join('')}</g>`,
    `<g id="relations">${edges.join('')}</g>`,
    `<g id="actors">${nodes.join('')}</g>`,
    `<g id="legend" transform="translate(0 ${round(legendTop)})">${legend.svg}</g>`,
    `</svg>`,
  ].join('\n');
}
