import cytoscape from 'cytoscape';
import Graph from 'graphology';
import Sigma from 'sigma';
import type { ActorId, GraphSnapshot, RelationId } from '../../shared/domain/schemas';
import { seededRandom } from '../../shared/util/random';
import { mapStylesheet } from '../../renderer/features/influence-map/mapStylesheet';
import {
  PERFORMANCE_MODE_ABOVE,
  renderOptions,
} from '../../renderer/features/influence-map/renderOptions';
import {
  addEdgesProgressively,
  syncElements,
} from '../../renderer/features/influence-map/syncElements';
import { toElements } from '../../renderer/features/influence-map/toElements';

/**
 * Runs in the bench page: draws the same generated graph with cytoscape (as the app configures
 * it: toElements + mapStylesheet, preset positions) and with sigma.js, and measures time to first
 * frame and the median frame time while panning and zooming.
 */

type Result = {
  /** Time to the first frame showing the actors. */
  firstFrameMs: number;
  /** Time until every relation is drawn too (the same as the first frame unless deferred). */
  completeMs: number;
  panZoomMedianMs: number;
  panZoomP95Ms: number;
};

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

function generate(
  actors: number,
  perActor: number,
): { graph: GraphSnapshot; positions: Map<number, { x: number; y: number }> } {
  const random = seededRandom(actors);
  const spread = Math.sqrt(actors) * 60;
  const positions = new Map<number, { x: number; y: number }>();
  const graph: GraphSnapshot = { actors: [], relations: [], communities: [], topics: [] };
  for (let id = 1; id <= actors; id += 1) {
    graph.actors.push({
      id: id as ActorId,
      key: `g${id}`,
      name: `Actor ${id}`,
      kind: 'influencer',
      role: null,
      stance: Math.floor(random() * 5) - 2,
      offlineStance: null,
      reach: Math.floor(10 ** (1 + random() * 6)),
      resonance: null,
      tags: [],
      communityIds: [],
    });
    positions.set(id, { x: random() * spread, y: random() * spread });
  }
  let relation = 1;
  for (let id = 1; id <= actors; id += 1) {
    for (let k = 0; k < perActor; k += 1) {
      const target = 1 + Math.floor(random() * actors);
      if (target !== id)
        graph.relations.push({
          id: relation++ as RelationId,
          sourceId: id as ActorId,
          targetId: target as ActorId,
          type: 'follows',
          directed: true,
          weight: 1,
        });
    }
  }
  return { graph, positions };
}

async function measureFrames(
  step: (i: number) => void,
  frames: number,
): Promise<{ median: number; p95: number }> {
  const times: number[] = [];
  let last = await frame();
  for (let i = 0; i < frames; i += 1) {
    step(i);
    const now = await frame();
    times.push(now - last);
    last = now;
  }
  times.sort((a, b) => a - b);
  return {
    median: times[Math.floor(times.length / 2)] ?? NaN,
    p95: times[Math.floor(times.length * 0.95)] ?? NaN,
  };
}

async function benchCytoscape(
  container: HTMLElement,
  graph: GraphSnapshot,
  positions: Map<number, { x: number; y: number }>,
  webgl: boolean,
): Promise<Result> {
  const start = performance.now();
  const fast = graph.actors.length > PERFORMANCE_MODE_ABOVE;
  // The app's own path (renderer/features/influence-map/InfluenceMap.tsx): an empty instance with
  // the app's settings for a map of this size, then the elements synced in, big maps' relations
  // a slice per frame after the actors.
  const cy = cytoscape({
    container,
    style: mapStylesheet('auto', fast),
    elements: [],
    layout: { name: 'preset' },
    ...renderOptions(fast, webgl),
  });
  const { pendingEdges } = syncElements(cy, toElements(graph), {
    placeNew: (id) => positions.get(Number(id.slice(1))) ?? { x: 0, y: 0 },
    deferNewEdges: fast,
  });
  cy.fit();
  await frame();
  await frame();
  const firstFrameMs = performance.now() - start;
  await new Promise<void>((done) => addEdgesProgressively(cy, pendingEdges, done));
  await frame();
  const completeMs = performance.now() - start;
  const { median, p95 } = await measureFrames((i) => {
    if (i % 2 === 0) cy.panBy({ x: 7, y: 4 });
    else
      cy.zoom({
        level: cy.zoom() * (i % 4 === 1 ? 1.03 : 0.97),
        renderedPosition: { x: 400, y: 300 },
      });
  }, 60);
  cy.destroy();
  return { firstFrameMs, completeMs, panZoomMedianMs: median, panZoomP95Ms: p95 };
}

async function benchSigma(
  container: HTMLElement,
  graph: GraphSnapshot,
  positions: Map<number, { x: number; y: number }>,
): Promise<Result> {
  const start = performance.now();
  const g = new Graph({ multi: true });
  for (const a of graph.actors) {
    const p = positions.get(a.id) ?? { x: 0, y: 0 };
    g.addNode(String(a.id), { x: p.x, y: p.y, size: 4, label: a.name, color: '#67a9cf' });
  }
  for (const r of graph.relations)
    g.addEdge(String(r.sourceId), String(r.targetId), { size: 1, color: '#b8bfcc' });
  const renderer = new Sigma(g, container);
  await frame();
  await frame();
  const firstFrameMs = performance.now() - start;
  const camera = renderer.getCamera();
  const { median, p95 } = await measureFrames((i) => {
    const state = camera.getState();
    if (i % 2 === 0) camera.setState({ x: state.x + 0.002, y: state.y + 0.001 });
    else camera.setState({ ratio: state.ratio * (i % 4 === 1 ? 0.97 : 1.03) });
  }, 60);
  renderer.kill();
  return { firstFrameMs, completeMs: firstFrameMs, panZoomMedianMs: median, panZoomP95Ms: p95 };
}

/** One contender on a fresh page (the caller reloads between runs, so none inherits another's GC or GL state). */
async function runBench(actors: number, perActor: number, contender: 'canvas' | 'webgl' | 'sigma') {
  const container = document.getElementById('stage') as HTMLElement;
  const { graph, positions } = generate(actors, perActor);
  const result =
    contender === 'sigma'
      ? await benchSigma(container, graph, positions)
      : await benchCytoscape(container, graph, positions, contender === 'webgl');
  return { actors, relations: graph.relations.length, result };
}

(window as unknown as { runBench: typeof runBench }).runBench = runBench;
