import type { SizeEncoding } from '../domain/schemas';
import type { ActorKind, Stance, Tier } from '../domain/vocabulary';

/**
 * The map's visual encoding, shared by the app (cytoscape) and the exports (SVG, PNG, CLI), so a
 * client's report shows exactly what the consultant saw. The legend is drawn from these too.
 */

/**
 * Stance colours: a diverging red–blue scale (ColorBrewer RdBu, 5 classes), readable by the
 * common forms of colour blindness, with neutral as a mid grey rather than white so that it
 * still shows on a light background.
 */
export const STANCE_COLORS: Readonly<Record<Stance, string>> = {
  [-2]: '#b2182b',
  [-1]: '#ef8a62',
  0: '#a6a6a6',
  1: '#67a9cf',
  2: '#2166ac',
};

export function stanceColor(stance: number): string {
  const clamped = Math.max(-2, Math.min(2, Math.round(stance))) as Stance;
  return STANCE_COLORS[clamped];
}

/** Node diameter from reach, on a log scale: a celebrity is bigger than a nano, not 10 000× bigger. */
export function nodeSize(reach: number | null): number {
  if (reach === null || reach <= 0) return 18;
  return Math.round(18 + 7 * Math.log10(reach + 1));
}

/** Node diameter by the view's choice: reach (log), number of relations (sqrt), or all alike. */
export function sizeBy(encoding: SizeEncoding, reach: number | null, degree: number): number {
  if (encoding === 'uniform') return 24;
  if (encoding === 'degree') return Math.round(16 + 6 * Math.sqrt(degree));
  return nodeSize(reach);
}

/** Edge width from weight, bounded so heavy ties stay readable. */
export function edgeWidth(weight: number): number {
  return Math.min(8, 1 + Math.log2(1 + weight));
}

export const NODE_SHAPES = [
  'ellipse',
  'round-rectangle',
  'round-diamond',
  'round-hexagon',
  'round-triangle',
  /** A collapsed community, never an actor. */
  'round-octagon',
] as const;
export type NodeShape = (typeof NODE_SHAPES)[number];

/** Shape by kind of actor: people round, organisations angular, media diamonds. */
export function shapeOf(kind: ActorKind): NodeShape {
  switch (kind) {
    case 'brand':
    case 'owned_medium':
    case 'competitor':
      return 'round-rectangle';
    case 'media':
      return 'round-diamond';
    case 'ngo':
    case 'organisation':
      return 'round-hexagon';
    case 'politician':
      return 'round-triangle';
    default:
      return 'ellipse';
  }
}

/** Border width by tier: the wider the audience class, the heavier the ring. */
export const TIER_BORDERS: Readonly<Record<Tier, number>> = {
  nano: 0.5,
  micro: 1.5,
  macro: 3,
  mega: 5,
};
export const BORDER_COLOR = '#1f2430';
