/**
 * A figure as plain shapes and text, in one coordinate space (`width` × `height`, y downwards):
 * what every drawing of the app that leaves it (SVG and PNG exports, the PDF report, the
 * presentation's slides) is built as. Two writers read it — `sceneSvg.ts` (SVG text) and the
 * report's PDF painter (db/report) — so a map, a journey loop or a risk chart look the same in
 * every file, and each writer checks every value it writes (colours, numbers, path data).
 */
export type Paint = {
  fill?: string;
  fillOpacity?: number;
  stroke?: string;
  strokeOpacity?: number;
  strokeWidth?: number;
  /** Dash pattern (on, off), in the scene's units. */
  dash?: readonly [number, number];
};

export type PathItem = Paint & { kind: 'path'; d: string };
export type LineItem = Paint & { kind: 'line'; x1: number; y1: number; x2: number; y2: number };
export type RectItem = Paint & {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  radius?: number;
};
export type CircleItem = Paint & { kind: 'circle'; cx: number; cy: number; r: number };
/** One line of text; `y` is its baseline. */
export type TextItem = {
  kind: 'text';
  x: number;
  y: number;
  text: string;
  size: number;
  bold?: boolean;
  anchor?: 'start' | 'middle' | 'end';
  fill?: string;
  /** A white (or given colour) outline under the letters, so a label reads over lines. */
  halo?: string;
};
/**
 * Items drawn together, moved by (`dx`, `dy`); `opacity` fades them all (actors left out of a
 * highlight).
 */
export type GroupItem = {
  kind: 'group';
  name?: string;
  opacity?: number;
  dx?: number;
  dy?: number;
  items: SceneItem[];
};
export type SceneItem = PathItem | LineItem | RectItem | CircleItem | TextItem | GroupItem;

export type Scene = { width: number; height: number; title: string; items: SceneItem[] };

export const INK = '#1f2430';
export const MUTED_INK = '#5f6778';
export const FONT_STACK = "'DejaVu Sans', Arial, Helvetica, sans-serif";

/**
 * The width of `text` at font size `size`, estimated (DejaVu Sans averages a little over half an
 * em a character; bold is wider). Scenes are laid out before any writer measures them, so this
 * errs wide: a label may have a little room to spare, never overlap its neighbour.
 */
export function textWidth(text: string, size: number, bold = false): number {
  return [...text].length * size * (bold ? 0.66 : 0.6);
}

/** `text` cut to `max` characters (an ellipsis ends what was cut). */
export function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(1, max - 1)).join('')}…`;
}

/**
 * `text` broken into lines of at most `maxChars` characters, at spaces where it can and inside a
 * word that is longer than a line; at most `maxLines` lines, the last one ending in an ellipsis
 * when the text goes on.
 */
export function wrapText(text: string, maxChars: number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let current = '';
  // Only ordinary spaces break a line: a non-breaking space (French « : ») holds its words.
  for (const word of text.split(/[ \t\r\n]+/).filter(Boolean)) {
    let rest = [...word];
    while (rest.length > 0) {
      const room = maxChars - [...current].length - (current ? 1 : 0);
      if (rest.length <= room) {
        current = current ? `${current} ${rest.join('')}` : rest.join('');
        rest = [];
      } else if (current) {
        lines.push(current);
        current = '';
      } else {
        lines.push(rest.slice(0, maxChars).join(''));
        rest = rest.slice(maxChars);
      }
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = shorten(`${kept[maxLines - 1] ?? ''} …`, maxChars);
  return kept;
}
