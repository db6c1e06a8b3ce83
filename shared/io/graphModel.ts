import { fileRecord } from './fileRecord';
import { isUnsafeInteger } from './importNumbers';

/**
 * A graph as import files describe it, before it meets the map: nodes by the identifier the file
 * gives them (kept as the actor's key), attributes as found, positions, sizes and colours when
 * the file has them (GEXF viz, GraphML x/y, Gephi JSON). The readers fill it; db/io/graphWriter.ts
 * maps it onto actors, relations and communities.
 */
export type AttributeValue = string | number | boolean;

/** A value that changes in time (GEXF spells, dynamic attvalues): kept whole, as the file says. */
export type TimedValue = { value: AttributeValue; start: string | null; end: string | null };

export type ImportedNode = {
  key: string;
  label: string | null;
  attributes: Record<string, AttributeValue | TimedValue[]>;
  x?: number;
  y?: number;
  size?: number;
  color?: string;
  line?: number;
};

export type ImportedEdge = {
  source: string;
  target: string;
  directed: boolean;
  weight: number | null;
  /** The relation's type when the file names one (a `type`/`relation` attribute, Kumu's type). */
  type: string | null;
  attributes: Record<string, AttributeValue | TimedValue[]>;
  /** When the tie was observed, from the file's start date if it has one. */
  observedOn: string | null;
  line?: number;
};

export type ImportedGraph = {
  format: 'gexf' | 'graphml' | 'gml' | 'json' | 'csv' | 'xlsx';
  nodes: ImportedNode[];
  edges: ImportedEdge[];
};

/**
 * A typed attribute value from its text: numbers and booleans as such. A number a double cannot
 * hold as written — INF or NaN (which XML Schema allows), 1e999, a whole number beyond 2^53 (a
 * `long` id) — keeps its text: stored as a number it would become null or be rounded.
 */
export function typedValue(raw: string, type: string | null | undefined): AttributeValue {
  const t = (type ?? '').toLowerCase();
  if (['integer', 'int', 'long', 'float', 'double', 'number', 'short', 'byte'].includes(t)) {
    const text = raw.trim();
    const n = Number(text);
    return !Number.isFinite(n) || isUnsafeInteger(n) || text === '' ? raw : n;
  }
  if (t === 'boolean') {
    const text = raw.trim().toLowerCase();
    if (text === 'true' || text === '1') return true;
    if (text === 'false' || text === '0') return false;
  }
  return raw;
}

/** `#rrggbb` from r, g, b components (0..255). */
export const hexColor = (r: number, g: number, b: number): string =>
  `#${[r, g, b]
    .map((c) =>
      Math.max(0, Math.min(255, Math.round(c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;

/** `#rrggbb` from CSS-like colours files use: `#abc`, `#aabbcc`, `rgb(1,2,3)`. */
export function normaliseColor(raw: string): string | undefined {
  const text = raw.trim();
  if (/^#[0-9a-f]{6}$/i.test(text)) return text.toLowerCase();
  if (/^#[0-9a-f]{3}$/i.test(text))
    return `#${[...text.slice(1)].map((c) => c + c).join('')}`.toLowerCase();
  const rgb = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/i.exec(text);
  if (rgb) return hexColor(Number(rgb[1]), Number(rgb[2]), Number(rgb[3]));
  return undefined;
}

/**
 * The record without the given keys (a copy: imported attribute bags are not shared), without a
 * prototype like every record keyed by a file's names (fileRecord.ts).
 */
export function omit<V>(record: Record<string, V>, keys: readonly string[]): Record<string, V> {
  return fileRecord(Object.entries(record).filter(([k]) => !keys.includes(k)));
}
