import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { performance } from 'node:perf_hooks';
import { forceLayout, type LayoutEdge, type LayoutNode } from '../shared/graph/layouts';
import { seededRandom } from '../shared/util/random';

/** Issue 4's layout benchmark: the app's force layout vs plain graphology ForceAtlas2, 100 iterations. */
function run(actors: number): void {
  const random = seededRandom(5);
  const nodes: LayoutNode[] = Array.from({ length: actors }, (_, i) => ({
    id: i + 1,
    reach: Math.floor(10 ** (1 + random() * 6)),
    stance: 0,
    communityIds: [],
  }));
  const edges: LayoutEdge[] = [];
  for (let id = 1; id <= actors; id += 1)
    for (let k = 0; k < 5; k += 1)
      edges.push({ source: id, target: 1 + Math.floor(random() * actors), weight: 1 });

  const startApp = performance.now();
  forceLayout(nodes, edges, { iterations: 100 });
  const app = performance.now() - startApp;

  const startPlain = performance.now();
  const graph = new Graph({ type: 'undirected' });
  for (const n of nodes) graph.addNode(n.id, { x: random() * 1000, y: random() * 1000 });
  for (const e of edges)
    if (e.source !== e.target && !graph.hasEdge(e.source, e.target))
      graph.addEdge(e.source, e.target, { weight: 1 });
  forceAtlas2.assign(graph, { iterations: 100, settings: forceAtlas2.inferSettings(graph) });
  const plain = performance.now() - startPlain;
  console.log(
    `  force layout, ${actors} actors × 5, 100 iterations: app ${app.toFixed(0)} ms, plain ForceAtlas2 ${plain.toFixed(0)} ms (${(app / plain).toFixed(2)}×)`,
  );
}

run(5_000);
