import type { Stance } from '../../../shared/domain/vocabulary';

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

/** Edge width from weight, bounded so heavy ties stay readable. */
export function edgeWidth(weight: number): number {
  return Math.min(8, 1 + Math.log2(1 + weight));
}
