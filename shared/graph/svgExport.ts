import { mapScene, type MapSceneOptions } from '../figures/mapScene';
import { sceneSvg } from '../figures/sceneSvg';
import type { Drawing } from './drawing';

export { escapeXml } from '../figures/sceneSvg';

export type SvgOptions = MapSceneOptions;

/**
 * The map as a standalone SVG document: title, relations, actors (shape, colour, tier border,
 * label), the layout's annotations and the legend (shared/figures/mapScene.ts). Plain shapes and
 * text only: no script, no foreignObject, no link.
 */
export function renderSvg(drawing: Drawing, options: SvgOptions): string {
  return sceneSvg(mapScene(drawing, options));
}
