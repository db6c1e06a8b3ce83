import { createRequire } from 'node:module';

/**
 * The fonts embedded in every PDF: DejaVu Sans, regular and bold, from the `dejavu-fonts-ttf`
 * package (a runtime dependency, shipped with the app). It covers French fully (é è ê à ç œ « » ’
 * € and the narrow no-break space French numbers use) and most other scripts a name may be
 * written in, and it is the font the SVG exports name first, so a figure reads the same in both.
 * Fonts are looked up beside the code, never among the system's fonts.
 */
const resolveFrom = createRequire(__filename);

export type FontFiles = { regular: string; bold: string };

export function reportFonts(): FontFiles {
  return {
    regular: resolveFrom.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
    bold: resolveFrom.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
  };
}

/** The names the PDF writer registers the fonts under. */
export const REGULAR = 'Report-Regular';
export const BOLD = 'Report-Bold';
