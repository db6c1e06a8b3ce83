import { createRequire } from 'node:module';

/**
 * The fonts embedded in every PDF: DejaVu Sans, regular and bold, from the `dejavu-fonts-ttf`
 * package (a runtime dependency, shipped with the app). It covers French fully (é è ê à ç œ « » ’
 * € and the narrow no-break space French numbers use) and most other scripts a name may be
 * written in, and it is the font the SVG exports name first, so a figure reads the same in both.
 * Fonts are looked up beside the code, never among the system's fonts.
 *
 * The writer selects them by these paths, not by registered names: pdfkit keeps a font parsed
 * under the key it was first asked for, and a registered name for a file it already holds (the
 * document's default font) would be read and parsed again at every switch of font.
 */
const resolveFrom = createRequire(__filename);

export const REGULAR = resolveFrom.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
export const BOLD = resolveFrom.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');
