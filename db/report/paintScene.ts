import type PDFDocument from 'pdfkit';
import { num, safeColour, safePath } from '../../shared/figures/sceneSvg';
import type { Paint, Scene, SceneItem } from '../../shared/figures/scene';
import { displayText } from '../../shared/util/displayText';
import { BOLD, REGULAR } from './fonts';

type Doc = InstanceType<typeof PDFDocument>;
export type Box = { x: number; y: number; width: number; height: number };

/**
 * Draws a scene into `box` of the current PDF page, as vectors: scaled to fit (centred
 * horizontally, from the top), clipped to the box. The same checks as the SVG writer apply to
 * every value (hex colours only, finite numbers, path data of commands and numbers only), and
 * text is set in the embedded fonts, so that it stays selectable and searchable.
 * Returns the height the figure took.
 */
export function paintScene(doc: Doc, scene: Scene, box: Box): number {
  const width = Math.max(1, scene.width);
  const height = Math.max(1, scene.height);
  const k = Math.min(box.width / width, box.height / height);
  const drawnWidth = width * k;
  doc.save();
  doc.rect(box.x, box.y, box.width, box.height).clip();
  doc.translate(box.x + (box.width - drawnWidth) / 2, box.y);
  doc.scale(k);
  for (const item of scene.items) paintItem(doc, item, 1);
  doc.restore();
  return height * k;
}

function paintItem(doc: Doc, item: SceneItem, alpha: number): void {
  switch (item.kind) {
    case 'group': {
      doc.save();
      if (item.dx || item.dy) doc.translate(num(item.dx ?? 0), num(item.dy ?? 0));
      const a = alpha * clamp01(item.opacity ?? 1);
      for (const child of item.items) paintItem(doc, child, a);
      doc.restore();
      return;
    }
    case 'text':
      paintText(doc, item, alpha);
      return;
    case 'path': {
      const d = safePath(item.d);
      if (!d) return;
      doc.path(d);
      break;
    }
    case 'line':
      doc.moveTo(num(item.x1), num(item.y1)).lineTo(num(item.x2), num(item.y2));
      break;
    case 'rect':
      if (item.radius)
        doc.roundedRect(
          num(item.x),
          num(item.y),
          num(Math.max(0, item.width)),
          num(Math.max(0, item.height)),
          num(item.radius),
        );
      else
        doc.rect(
          num(item.x),
          num(item.y),
          num(Math.max(0, item.width)),
          num(Math.max(0, item.height)),
        );
      break;
    case 'circle':
      doc.circle(num(item.cx), num(item.cy), num(Math.max(0, item.r)));
      break;
  }
  const defaultFill = item.kind === 'line' ? 'none' : item.kind === 'rect' ? '#ffffff' : '#cccccc';
  const defaultStroke = item.kind === 'line' ? '#8a93a6' : undefined;
  paint(doc, item, alpha, defaultFill, defaultStroke);
}

function paint(
  doc: Doc,
  p: Paint,
  alpha: number,
  defaultFill: string,
  defaultStroke?: string,
): void {
  const fill =
    p.fill === 'none' || (p.fill === undefined && defaultFill === 'none')
      ? null
      : safeColour(p.fill, defaultFill);
  const strokeColour = p.stroke ?? defaultStroke;
  const stroke =
    strokeColour === undefined || strokeColour === 'none'
      ? null
      : safeColour(strokeColour, '#8a93a6');
  doc.save();
  if (fill) doc.fillColor(fill, alpha * clamp01(p.fillOpacity ?? 1));
  if (stroke) {
    doc.strokeColor(stroke, alpha * clamp01(p.strokeOpacity ?? 1));
    doc.lineWidth(Math.max(0, num(p.strokeWidth ?? 1)));
    if (p.dash && p.dash[0] > 0 && p.dash[1] > 0)
      doc.dash(num(p.dash[0]), { space: num(p.dash[1]) });
  }
  if (fill && stroke) doc.fillAndStroke();
  else if (fill) doc.fill();
  else if (stroke) doc.stroke();
  doc.restore();
}

function paintText(doc: Doc, item: Extract<SceneItem, { kind: 'text' }>, alpha: number): void {
  const text = displayText(item.text);
  if (!text) return;
  const size = Math.max(1, num(item.size));
  doc.font(item.bold ? BOLD : REGULAR).fontSize(size);
  const width = doc.widthOfString(text);
  const x =
    num(item.x) - (item.anchor === 'middle' ? width / 2 : item.anchor === 'end' ? width : 0);
  const y = num(item.y);
  const options = { lineBreak: false, baseline: 'alphabetic' as const };
  if (item.halo) {
    doc.save();
    doc.lineWidth(3).lineJoin('round').strokeColor(safeColour(item.halo, '#ffffff'), alpha);
    doc.text(text, x, y, { ...options, stroke: true, fill: false });
    doc.restore();
  }
  doc.save();
  doc.fillColor(safeColour(item.fill, '#1f2430'), alpha);
  doc.text(text, x, y, options);
  doc.restore();
}

const clamp01 = (n: number) => (Number.isFinite(n) ? Math.max(0, Math.min(1, n)) : 1);
