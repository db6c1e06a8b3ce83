/**
 * How big a PNG export is. By default, print size: twice the figure's size and at least
 * PRINT_MIN_WIDTH pixels wide (a full page at about 200 dpi), but never wider than MAX_PIXELS (a
 * browser's canvas, and a file a mail client accepts). 1×, 2× and 4× stay on offer.
 */
export const PNG_SCALES = [1, 2, 4] as const;
export type PngScale = (typeof PNG_SCALES)[number];
export const PRINT_SCALE = 2;
export const PRINT_MIN_WIDTH = 1_600;
export const MAX_PIXELS = 12_000;

export function pngScale(figureWidth: number, requested?: PngScale): number {
  const width = Math.max(1, figureWidth);
  const wanted = requested ?? Math.max(PRINT_SCALE, PRINT_MIN_WIDTH / width);
  return Math.min(wanted, MAX_PIXELS / width);
}
