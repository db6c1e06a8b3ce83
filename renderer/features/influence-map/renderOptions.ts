import type { CytoscapeOptions } from 'cytoscape';

/** Above this many drawn nodes the map renders for speed (see `renderOptions`). */
export const PERFORMANCE_MODE_ABOVE = 1_500;

/**
 * Cytoscape's render settings. Big maps pan and zoom on a cached texture with edges hidden while
 * moving, at device pixel ratio 1: measured by `npm run bench` against sigma.js. Small maps keep
 * full-quality redraws.
 */
export function renderOptions(performanceMode: boolean, webgl = false): Partial<CytoscapeOptions> {
  if (!performanceMode) return { pixelRatio: 'auto' };
  const fast = {
    textureOnViewport: true,
    hideEdgesOnViewport: true,
    pixelRatio: 1,
    motionBlur: false,
  };
  // Cytoscape's WebGL renderer (3.31+, still marked experimental upstream): nodes and edges drawn
  // from texture atlases on the GPU. The option is not in @types/cytoscape yet.
  return webgl
    ? ({ ...fast, textureOnViewport: false, webgl: true } as Partial<CytoscapeOptions>)
    : fast;
}
