import { displayText } from '../util/displayText';
import { FONT_STACK, type Paint, type Scene, type SceneItem } from './scene';

/**
 * A scene as a standalone SVG document: plain shapes and text only — no script, no link, no
 * foreignObject, no style sheet. Every value that reaches an attribute is checked here, not only
 * text: colours must be hex colours (anything else is drawn in a default colour), numbers are
 * finite and rounded, path data holds path commands and numbers only (RELIABILITY.md R-05).
 */
export function sceneSvg(scene: Scene): string {
  const width = num(scene.width);
  const height = num(scene.height);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT_STACK)}">`,
    `<title>${escapeXml(displayText(scene.title))}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...scene.items.map(itemSvg),
    `</svg>`,
  ].join('\n');
}

/**
 * Text for SVG: every character markup or a naive scanner could misread is an entity, so a name
 * such as `<img onerror=…>` or `javascript:` stays inert text in the file (RELIABILITY.md R-05).
 * Control characters are not allowed in XML 1.0 at all: they are dropped.
 */
export function escapeXml(text: string): string {
  let allowed = '';
  for (const c of text) {
    const code = c.charCodeAt(0);
    if (
      (code >= 0x20 || c === '\t' || c === '\n' || c === '\r') &&
      code !== 0xfffe &&
      code !== 0xffff
    )
      allowed += c;
  }
  return allowed.replace(/[&<>"'=:]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const HEX_COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** `colour` when it is a hex colour, else `fallback`: a stored colour is untrusted input. */
export function safeColour(colour: string | undefined, fallback: string): string {
  return colour !== undefined && HEX_COLOUR.test(colour) ? colour : fallback;
}

/** A finite number, rounded to a tenth (NaN and infinities become 0). */
export function num(n: number): number {
  return Number.isFinite(n) ? Math.round(n * 10) / 10 : 0;
}

const PATH_DATA = /^[MLHVQCAZ0-9.,\s-]*$/i;

/** Path data of our own builders: commands and numbers only, else nothing is drawn. */
export const safePath = (d: string): string => (PATH_DATA.test(d) ? d : '');

function paintAttributes(paint: Paint, defaultFill: string): string {
  const parts = [`fill="${paint.fill === 'none' ? 'none' : safeColour(paint.fill, defaultFill)}"`];
  if (paint.fillOpacity !== undefined) parts.push(`fill-opacity="${unit(paint.fillOpacity)}"`);
  if (paint.stroke !== undefined && paint.stroke !== 'none') {
    parts.push(`stroke="${safeColour(paint.stroke, '#8a93a6')}"`);
    parts.push(`stroke-width="${num(paint.strokeWidth ?? 1)}"`);
    if (paint.strokeOpacity !== undefined)
      parts.push(`stroke-opacity="${unit(paint.strokeOpacity)}"`);
    if (paint.dash) parts.push(`stroke-dasharray="${num(paint.dash[0])} ${num(paint.dash[1])}"`);
  }
  return parts.join(' ');
}

const unit = (n: number) => Math.max(0, Math.min(1, num(n * 100) / 100));

function itemSvg(item: SceneItem): string {
  switch (item.kind) {
    case 'group': {
      const attributes = [
        item.name ? ` id="${escapeXml(item.name.replace(/[^A-Za-z0-9_-]/g, ''))}"` : '',
        item.dx || item.dy
          ? ` transform="translate(${num(item.dx ?? 0)} ${num(item.dy ?? 0)})"`
          : '',
        item.opacity !== undefined ? ` opacity="${unit(item.opacity)}"` : '',
      ].join('');
      return `<g${attributes}>${item.items.map(itemSvg).join('')}</g>`;
    }
    case 'path':
      return `<path d="${safePath(item.d)}" ${paintAttributes(item, '#cccccc')}/>`;
    case 'line':
      return `<line x1="${num(item.x1)}" y1="${num(item.y1)}" x2="${num(item.x2)}" y2="${num(item.y2)}" ${paintAttributes({ ...item, fill: 'none', stroke: item.stroke ?? '#8a93a6' }, 'none')}/>`;
    case 'rect':
      return `<rect x="${num(item.x)}" y="${num(item.y)}" width="${num(Math.max(0, item.width))}" height="${num(Math.max(0, item.height))}"${item.radius ? ` rx="${num(item.radius)}"` : ''} ${paintAttributes(item, '#ffffff')}/>`;
    case 'circle':
      return `<circle cx="${num(item.cx)}" cy="${num(item.cy)}" r="${num(Math.max(0, item.r))}" ${paintAttributes(item, '#cccccc')}/>`;
    case 'text': {
      const anchor = item.anchor && item.anchor !== 'start' ? ` text-anchor="${item.anchor}"` : '';
      const weight = item.bold ? ' font-weight="bold"' : '';
      const halo = item.halo
        ? ` stroke="${safeColour(item.halo, '#ffffff')}" stroke-width="3" stroke-linejoin="round" paint-order="stroke"`
        : '';
      return `<text x="${num(item.x)}" y="${num(item.y)}" font-size="${num(item.size)}"${weight}${anchor} fill="${safeColour(item.fill, '#1f2430')}"${halo}>${escapeXml(displayText(item.text))}</text>`;
    }
  }
}
