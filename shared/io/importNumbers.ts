import type { ImportReason } from '../api/errors';

/**
 * The numbers an import may store. A double holds every whole number up to 2^53 exactly and
 * none beyond reliably (9007199254740993 reads as …992), and SQLite stores an out-of-range
 * value given to an INTEGER column as a REAL, so a count that is not a safe integer is refused
 * rather than rounded. Infinity and NaN have no place in a map: SVG and GEXF cannot say them.
 */

/**
 * The largest coordinate a position may have. Layouts stay within thousands; beyond this a
 * drawing's own arithmetic overflows (1e308 − (−1e308) is Infinity), so it is a broken file.
 */
export const POSITION_LIMIT = 1e9;

/** A whole number too large to be exact: it may already have been rounded when it was read. */
export const isUnsafeInteger = (n: number): boolean =>
  Number.isInteger(n) && !Number.isSafeInteger(n);

/** Why `n` cannot be a count (reach, followers, engagement: whole, zero or more), else null. */
export function countRefusal(n: number): ImportReason | null {
  if (Number.isNaN(n)) return 'not-a-number';
  if (!Number.isFinite(n)) return 'not-finite';
  if (n < 0) return 'out-of-range';
  if (!Number.isSafeInteger(Math.round(n))) return 'unsafe-integer';
  return null;
}

/** Why `n` cannot be a position or a size (finite, within ±POSITION_LIMIT), else null. */
export function coordinateRefusal(n: number): ImportReason | null {
  if (Number.isNaN(n)) return 'not-a-number';
  if (!Number.isFinite(n)) return 'not-finite';
  if (Math.abs(n) > POSITION_LIMIT) return 'out-of-range';
  return null;
}

const NON_FINITE_WORD = /^[-+]?(inf|infinity|nan|∞)$/i;
const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/** Whether a text spells a number a double cannot hold: `INF`, `-Infinity`, `NaN`, `1e999`. */
export function spellsNonFinite(text: string): boolean {
  const t = text.trim();
  return NON_FINITE_WORD.test(t) || (DECIMAL.test(t) && !Number.isFinite(Number(t)));
}
