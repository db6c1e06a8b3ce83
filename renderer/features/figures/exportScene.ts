import { pngScale, type PngScale } from '../../../shared/figures/printSize';
import type { Scene } from '../../../shared/figures/scene';
import { sceneSvg } from '../../../shared/figures/sceneSvg';
import { deliver, exportFileName, rasterize } from '../influence-map/exportPicture';

/** SVG, or PNG at print size (no scale) or at 1×, 2×, 4×. */
export type FigureFormat = { format: 'svg' } | { format: 'png'; scale?: PngScale };

/**
 * Hands a figure to the user as SVG or PNG: drawn by the shared scene writer (the same drawing
 * as the command line and the report), rasterised in the page for PNG. Resolves to where it went
 * (a path, 'downloaded') or null when the user cancelled the dialog.
 */
export async function exportScene(
  scene: Scene,
  choice: FigureFormat,
  fileBase: string,
  canPickFiles: boolean,
): Promise<string | null> {
  const svg = sceneSvg(scene);
  if (choice.format === 'svg')
    return deliver(exportFileName(fileBase, 'svg'), new TextEncoder().encode(svg), canPickFiles);
  const bytes = await rasterize(svg, pngScale(scene.width, choice.scale));
  return deliver(exportFileName(fileBase, 'png', choice.scale), bytes, canPickFiles);
}
