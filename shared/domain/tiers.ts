import type { Tier } from './vocabulary';

/** Lower bounds of the micro, macro and mega tiers; nano is everything below `micro`. */
export type TierThresholds = { micro: number; macro: number; mega: number };

/** DESIGN.md §1: nano < 1 000 ≤ micro < 100 000 ≤ macro < 1 000 000 ≤ mega. */
export const DEFAULT_TIER_THRESHOLDS: TierThresholds = {
  micro: 1_000,
  macro: 100_000,
  mega: 1_000_000,
};

/** The tier of an audience of `reach` people; an unknown reach (null) has no tier. */
export function tierOf(
  reach: number | null,
  thresholds: TierThresholds = DEFAULT_TIER_THRESHOLDS,
): Tier | null {
  if (reach === null || !Number.isFinite(reach) || reach < 0) return null;
  if (reach >= thresholds.mega) return 'mega';
  if (reach >= thresholds.macro) return 'macro';
  if (reach >= thresholds.micro) return 'micro';
  return 'nano';
}
