import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { GraphSnapshot, ViewLayout } from '../domain/schemas';
import { seededRandom } from '../util/random';

/** What a layout needs to know of an actor and a relation. */
export type LayoutNode = {
  id: number;
  reach: number | null;
  stance: number;
  communityIds: readonly number[];
};
export type LayoutEdge = { source: number; target: number; weight: number };
export type Point = { x: number; y: number };
export type Positions = Map<number, Point>;

/** What the layouts need of a map snapshot. */
export function layoutInput(graph: GraphSnapshot): { nodes: LayoutNode[]; edges: LayoutEdge[] } {
  return {
    nodes: graph.actors.map((a) => ({
      id: a.id,
      reach: a.reach,
      stance: a.stance,
      communityIds: a.communityIds,
    })),
    edges: graph.relations.map((r) => ({
      source: r.sourceId,
      target: r.targetId,
      weight: r.weight,
    })),
  };
}

/** Average distance between neighbours the layouts aim for, in model units (≈ pixels at zoom 1). */
const SPACING = 60;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** A disc of `count` points around `centre`, evenly spread (sunflower / phyllotaxis). */
export function sunflower(count: number, centre: Point, spacing: number): Point[] {
  return Array.from({ length: count }, (_, i) => {
    const radius = spacing * Math.sqrt(i) * 0.62;
    return {
      x: centre.x + radius * Math.cos(i * GOLDEN_ANGLE),
      y: centre.y + radius * Math.sin(i * GOLDEN_ANGLE),
    };
  });
}

const byReach = (a: LayoutNode, b: LayoutNode) => (b.reach ?? -1) - (a.reach ?? -1) || a.id - b.id;

/** Rings by reach, a radar: the widest audience at the centre, each ring holding more actors. */
export function concentricLayout(nodes: readonly LayoutNode[]): Positions {
  const positions: Positions = new Map();
  const sorted = [...nodes].sort(byReach);
  let ring = 0;
  let index = 0;
  while (index < sorted.length) {
    const capacity = ring === 0 ? 1 : Math.floor((2 * Math.PI * ring * SPACING * 1.3) / SPACING);
    const members = sorted.slice(index, index + capacity);
    members.forEach((node, k) => {
      const angle = (2 * Math.PI * k) / members.length - Math.PI / 2;
      positions.set(node.id, {
        x: ring * SPACING * 1.3 * Math.cos(angle),
        y: ring * SPACING * 1.3 * Math.sin(angle),
      });
    });
    index += members.length;
    ring += 1;
  }
  return positions;
}

/**
 * One disc per community (its first one; actors in none share a last disc), discs laid out in
 * rows, largest first, so that each community reads as a group.
 */
export function communityLayout(nodes: readonly LayoutNode[]): Positions {
  const groups = new Map<number, LayoutNode[]>();
  for (const node of nodes) {
    const key = node.communityIds[0] ?? -1;
    groups.set(key, [...(groups.get(key) ?? []), node]);
  }
  const ordered = [...groups.entries()].sort(([ka, a], [kb, b]) =>
    ka === -1 ? 1 : kb === -1 ? -1 : b.length - a.length || ka - kb,
  );
  const radiusOf = (n: number) => SPACING * Math.sqrt(n) * 0.62 + SPACING;
  const rowWidth = Math.max(
    ...ordered.map(([, m]) => 2 * radiusOf(m.length)),
    Math.sqrt(nodes.length) * SPACING * 2.5,
  );
  const positions: Positions = new Map();
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const [, members] of ordered) {
    const radius = radiusOf(members.length);
    if (x > 0 && x + 2 * radius > rowWidth) {
      x = 0;
      y += rowHeight;
      rowHeight = 0;
    }
    const points = sunflower(members.length, { x: x + radius, y: y + radius }, SPACING);
    [...members].sort(byReach).forEach((node, i) => positions.set(node.id, points[i] as Point));
    x += 2 * radius;
    rowHeight = Math.max(rowHeight, 2 * radius);
  }
  return positions;
}

/**
 * The power–interest chart: stance from detractor (left) to ambassador (right), audience on a log
 * scale upwards. Actors sharing a stance spread sideways in their column so none hides another.
 */
export function powerInterestLayout(nodes: readonly LayoutNode[]): Positions {
  const positions: Positions = new Map();
  const columns = new Map<number, LayoutNode[]>();
  for (const node of nodes) columns.set(node.stance, [...(columns.get(node.stance) ?? []), node]);
  for (const [stance, members] of columns) {
    [...members].sort(byReach).forEach((node, i) => {
      const influence = Math.log10((node.reach ?? 0) + 1);
      positions.set(node.id, {
        x: stance * SPACING * 4 + ((i % 7) - 3) * SPACING * 0.45,
        y: -influence * SPACING * 1.6,
      });
    });
  }
  return positions;
}

/** Where a force layout stands between two chunks of iterations. */
export type LayoutProgress = { done: number; total: number };

/**
 * ForceAtlas2 (graphology's implementation) from seeded starting points, or from `initial` where
 * given, so the same map gives the same picture. `onProgress` is called between chunks of
 * iterations and may return false to stop early (cancel).
 */
export function forceLayout(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  options: {
    iterations?: number;
    seed?: number;
    initial?: Positions;
    onProgress?: (done: number, total: number) => unknown;
  } = {},
): Positions {
  const steps = forceLayoutSteps(nodes, edges, options);
  let next = steps.next();
  while (!next.done)
    next = steps.next(options.onProgress?.(next.value.done, next.value.total) !== false);
  return next.value;
}

/**
 * `forceLayout` as steps: it yields after each chunk of iterations (where a caller may give the
 * event loop a turn) and stops early when the caller answers false.
 */
export function* forceLayoutSteps(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  options: { iterations?: number; seed?: number; initial?: Positions } = {},
): Generator<LayoutProgress, Positions, boolean | undefined> {
  // Measured on the demo map: 300 iterations separate its communities (3.7× farther apart across
  // communities than within); 100 leave a hairball. Big maps keep 100 to stay within budget.
  const iterations = options.iterations ?? (nodes.length <= 2_000 ? 300 : 100);
  const random = seededRandom(options.seed ?? 1);
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const spread = Math.sqrt(nodes.length) * SPACING;
  for (const node of nodes) {
    const start = options.initial?.get(node.id) ?? {
      x: (random() - 0.5) * spread,
      y: (random() - 0.5) * spread,
    };
    graph.addNode(node.id, { ...start, size: 1 + Math.log10((node.reach ?? 0) + 1) });
  }
  for (const edge of edges) {
    if (edge.source === edge.target || !graph.hasNode(edge.source) || !graph.hasNode(edge.target))
      continue;
    // Parallel or opposite relations between two actors pull as one, with their weights summed.
    const existing = graph.edge(edge.source, edge.target);
    if (existing === undefined) graph.addEdge(edge.source, edge.target, { weight: edge.weight });
    else
      graph.updateEdgeAttribute(
        existing,
        'weight',
        (w: number | undefined) => (w ?? 0) + edge.weight,
      );
  }
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: nodes.length > 1_000 };
  const chunk = 10;
  for (let done = 0; done < iterations; done += chunk) {
    forceAtlas2.assign(graph, {
      iterations: Math.min(chunk, iterations - done),
      settings,
      getEdgeWeight: 'weight',
    });
    const goOn = yield { done: Math.min(done + chunk, iterations), total: iterations };
    if (goOn === false) break;
  }
  const points = graph.mapNodes(
    (id, attributes) => [Number(id), { x: Number(attributes.x), y: Number(attributes.y) }] as const,
  );
  return normalise(points, nodes.length);
}

/** Rescales ForceAtlas2's arbitrary units so that the picture is about √n × SPACING wide. */
function normalise(points: ReadonlyArray<readonly [number, Point]>, count: number): Positions {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const [, p] of points) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  const size = Math.max(maxX - minX, maxY - minY) || 1;
  // 2.2 × √n × spacing: measured on the demo, tight enough to read groups, loose enough that
  // actors of a cluster do not cover each other.
  const scale = (Math.sqrt(count) * SPACING * 2.2) / size;
  return new Map(
    points.map(([id, p]) => [
      id,
      { x: (p.x - (minX + maxX) / 2) * scale, y: (p.y - (minY + maxY) / 2) * scale },
    ]),
  );
}

/** One stage of a journey and the actors legitimate there (legitimacy 0..1). */
export type Lane = { placements: ReadonlyArray<{ actorId: number; legitimacy: number }> };

/**
 * Journey lanes: the stages as columns, in loop order; each actor in the stage where it is most
 * legitimate (ties: the earlier stage), the most legitimate at the top. Actors placed nowhere
 * stand in a grid to the right, so that the gaps show.
 */
export function lanesLayout(nodes: readonly LayoutNode[], lanes: readonly Lane[]): Positions {
  const best = new Map<number, { lane: number; legitimacy: number }>();
  lanes.forEach((lane, index) => {
    for (const p of lane.placements) {
      const current = best.get(p.actorId);
      if (!current || p.legitimacy > current.legitimacy)
        best.set(p.actorId, { lane: index, legitimacy: p.legitimacy });
    }
  });
  const columns = lanes.map(() => [] as Array<{ id: number; legitimacy: number }>);
  const unplaced: LayoutNode[] = [];
  for (const node of nodes) {
    const place = best.get(node.id);
    if (place) columns[place.lane]?.push({ id: node.id, legitimacy: place.legitimacy });
    else unplaced.push(node);
  }
  const positions: Positions = new Map();
  const laneWidth = SPACING * 4;
  columns.forEach((column, lane) => {
    column.sort((a, b) => b.legitimacy - a.legitimacy || a.id - b.id);
    column.forEach((entry, row) =>
      positions.set(entry.id, { x: lane * laneWidth, y: row * SPACING }),
    );
  });
  const gridLeft = lanes.length * laneWidth + SPACING * 2;
  [...unplaced]
    .sort(byReach)
    .forEach((node, i) =>
      positions.set(node.id, { x: gridLeft + (i % 6) * SPACING, y: Math.floor(i / 6) * SPACING }),
    );
  return positions;
}

/** A column heading of the lanes layout, in model coordinates (drawn above the column). */
export type LaneHeading = { label: string; x: number; y: number; momentOfTruth: boolean };

/**
 * The headings of `lanesLayout`'s columns: each stage's name (moments of truth marked), then
 * `unplacedLabel` over the grid of actors placed nowhere. Same geometry as the layout.
 */
export function laneHeadings(
  stages: ReadonlyArray<{ name: string; isMomentOfTruth: boolean }>,
  unplacedLabel: string,
): LaneHeading[] {
  const laneWidth = SPACING * 4;
  const y = -SPACING;
  return [
    ...stages.map((stage, lane) => ({
      label: stage.name,
      x: lane * laneWidth,
      y,
      momentOfTruth: stage.isMomentOfTruth,
    })),
    {
      label: unplacedLabel,
      x: stages.length * laneWidth + SPACING * 2 + 2.5 * SPACING,
      y,
      momentOfTruth: false,
    },
  ];
}

/** Runs the named layout. */
export function runLayout(
  layout: ViewLayout,
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  onProgress?: (done: number, total: number) => unknown,
  lanes: readonly Lane[] = [],
): Positions {
  switch (layout) {
    case 'lanes':
      return lanesLayout(nodes, lanes);
    case 'concentric':
      return concentricLayout(nodes);
    case 'communities':
      return communityLayout(nodes);
    case 'power-interest':
      return powerInterestLayout(nodes);
    default:
      return forceLayout(nodes, edges, { onProgress });
  }
}
