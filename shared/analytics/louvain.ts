import { seededRandom } from '../util/random';
import type { Network } from './network';

/**
 * Louvain community detection (Blondel et al. 2008) on the undirected weighted network: nodes
 * move to the neighbouring community with the best modularity gain until none moves, then
 * communities become nodes and it starts again. Deterministic for a given seed (the seed orders
 * the nodes of each pass). Runs on typed arrays; one pass over a million relations is a few
 * hundred milliseconds.
 */
export type LouvainOptions = {
  seed?: number;
  /** γ in Q = Σ_c [in_c/m − γ (tot_c/2m)²]: above 1 favours smaller communities. */
  resolution?: number;
  /** Called after each pass with the level and the number of moves. */
  onProgress?: (level: number, moved: number) => void;
  /** Checked between passes; true abandons the run (the caller cancelled). */
  shouldStop?: () => boolean;
};
export type Partition = {
  /** Community (0..count-1, largest first) of each node index. */
  community: Int32Array;
  count: number;
  modularity: number;
  levels: number;
};

export class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

type Level = {
  n: number;
  offsets: Int32Array;
  adjacency: Int32Array;
  weights: Float64Array;
  /** Weight inside each node (merged communities' internal relations, each once). */
  self: Float64Array;
};

const MIN_GAIN = 1e-12;

function movePass(
  level: Level,
  community: Int32Array,
  degree: Float64Array,
  total: Float64Array,
  twoM: number,
  resolution: number,
  order: Int32Array,
  scratch: { weightTo: Float64Array; touched: Int32Array },
): number {
  const { offsets, adjacency, weights } = level;
  const { weightTo, touched } = scratch;
  let moved = 0;
  for (let o = 0; o < order.length; o += 1) {
    const i = order[o] as number;
    const own = community[i] as number;
    const ki = degree[i] as number;
    let count = 0;
    weightTo[own] = 0;
    touched[count++] = own;
    for (let e = offsets[i] as number; e < (offsets[i + 1] as number); e += 1) {
      const j = adjacency[e] as number;
      if (j === i) continue;
      const c = community[j] as number;
      if (weightTo[c] === -1) {
        weightTo[c] = 0;
        touched[count++] = c;
      }
      weightTo[c] = (weightTo[c] as number) + (weights[e] as number);
    }
    total[own] = (total[own] as number) - ki;
    let best = own;
    let bestGain = (weightTo[own] as number) - (resolution * (total[own] as number) * ki) / twoM;
    for (let t = 1; t < count; t += 1) {
      const c = touched[t] as number;
      const gain = (weightTo[c] as number) - (resolution * (total[c] as number) * ki) / twoM;
      if (gain > bestGain + MIN_GAIN) {
        bestGain = gain;
        best = c;
      }
    }
    total[best] = (total[best] as number) + ki;
    community[i] = best;
    if (best !== own) moved += 1;
    for (let t = 0; t < count; t += 1) weightTo[touched[t] as number] = -1;
  }
  return moved;
}

/** Renumbers `community` to 0..count-1 in order of first appearance; returns count. */
function renumber(community: Int32Array, n: number): number {
  const map = new Int32Array(n).fill(-1);
  let next = 0;
  for (let i = 0; i < community.length; i += 1) {
    const c = community[i] as number;
    if (map[c] === -1) map[c] = next++;
    community[i] = map[c] as number;
  }
  return next;
}

/** Communities become nodes; relations between them are summed, those inside become `self`. */
function aggregate(level: Level, community: Int32Array, count: number): Level {
  const members = new Int32Array(level.n);
  const start = new Int32Array(count + 1);
  for (let i = 0; i < level.n; i += 1)
    start[(community[i] as number) + 1] = (start[(community[i] as number) + 1] as number) + 1;
  for (let c = 0; c < count; c += 1) start[c + 1] = (start[c + 1] as number) + (start[c] as number);
  const cursor = start.slice(0, count);
  for (let i = 0; i < level.n; i += 1) {
    const c = community[i] as number;
    members[cursor[c] as number] = i;
    cursor[c] = (cursor[c] as number) + 1;
  }
  const self = new Float64Array(count);
  const weightTo = new Float64Array(count).fill(-1);
  const touched = new Int32Array(count);
  const offsets = new Int32Array(count + 1);
  const adjacency: number[] = [];
  const weights: number[] = [];
  for (let c = 0; c < count; c += 1) {
    let touchedCount = 0;
    for (let k = start[c] as number; k < (start[c + 1] as number); k += 1) {
      const i = members[k] as number;
      self[c] = (self[c] as number) + (level.self[i] as number);
      for (let e = level.offsets[i] as number; e < (level.offsets[i + 1] as number); e += 1) {
        const d = community[level.adjacency[e] as number] as number;
        const w = level.weights[e] as number;
        // Each relation inside appears twice in the adjacency (once from each end).
        if (d === c) self[c] = (self[c] as number) + w / 2;
        else {
          if (weightTo[d] === -1) {
            weightTo[d] = 0;
            touched[touchedCount++] = d;
          }
          weightTo[d] = (weightTo[d] as number) + w;
        }
      }
    }
    for (let t = 0; t < touchedCount; t += 1) {
      const d = touched[t] as number;
      adjacency.push(d);
      weights.push(weightTo[d] as number);
      weightTo[d] = -1;
    }
    offsets[c + 1] = adjacency.length;
  }
  return {
    n: count,
    offsets,
    adjacency: Int32Array.from(adjacency),
    weights: Float64Array.from(weights),
    self,
  };
}

/** Modularity of `community` on `network` (γ = resolution), the measure Louvain maximises. */
export function modularity(network: Network, community: ArrayLike<number>, resolution = 1): number {
  const m = network.totalWeight;
  if (m === 0) return 0;
  let inside = 0;
  const total = new Map<number, number>();
  for (let i = 0; i < network.n; i += 1) {
    const c = community[i] as number;
    let k = 0;
    for (let e = network.offsets[i] as number; e < (network.offsets[i + 1] as number); e += 1) {
      const w = network.weights[e] as number;
      k += w;
      if (community[network.adjacency[e] as number] === c) inside += w;
    }
    total.set(c, (total.get(c) ?? 0) + k);
  }
  let expected = 0;
  for (const t of total.values()) expected += (t / (2 * m)) ** 2;
  return inside / (2 * m) - resolution * expected;
}

export function louvain(network: Network, options: LouvainOptions = {}): Partition {
  const resolution = options.resolution ?? 1;
  const random = seededRandom(options.seed ?? 1);
  const membership = new Int32Array(network.n);
  for (let i = 0; i < network.n; i += 1) membership[i] = i;
  let level: Level = {
    n: network.n,
    offsets: network.offsets,
    adjacency: network.adjacency,
    weights: network.weights,
    self: new Float64Array(network.n),
  };
  const twoM = 2 * network.totalWeight;
  let levels = 0;
  while (twoM > 0) {
    const n = level.n;
    const community = new Int32Array(n);
    const degree = new Float64Array(n);
    const total = new Float64Array(n);
    for (let i = 0; i < n; i += 1) {
      community[i] = i;
      let k = 2 * (level.self[i] as number);
      for (let e = level.offsets[i] as number; e < (level.offsets[i + 1] as number); e += 1)
        k += level.weights[e] as number;
      degree[i] = k;
      total[i] = k;
    }
    const order = new Int32Array(n);
    for (let i = 0; i < n; i += 1) order[i] = i;
    for (let i = n - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      const t = order[i] as number;
      order[i] = order[j] as number;
      order[j] = t;
    }
    const scratch = { weightTo: new Float64Array(n).fill(-1), touched: new Int32Array(n) };
    let movedThisLevel = 0;
    for (;;) {
      if (options.shouldStop?.()) throw new Cancelled();
      const moved = movePass(level, community, degree, total, twoM, resolution, order, scratch);
      options.onProgress?.(levels, moved);
      movedThisLevel += moved;
      if (moved === 0) break;
    }
    if (movedThisLevel === 0) break;
    const count = renumber(community, n);
    for (let i = 0; i < network.n; i += 1)
      membership[i] = community[membership[i] as number] as number;
    levels += 1;
    if (count === n) break;
    level = aggregate(level, community, count);
  }
  const count = bySize(membership);
  return {
    community: membership,
    count,
    modularity: modularity(network, membership, resolution),
    levels,
  };
}

/** Renumbers communities largest first (ties: first member first), in place; returns count. */
function bySize(community: Int32Array): number {
  const count = renumber(community, community.length);
  const size = new Int32Array(count);
  for (let i = 0; i < community.length; i += 1)
    size[community[i] as number] = (size[community[i] as number] as number) + 1;
  const order = Array.from({ length: count }, (_, c) => c).sort(
    (a, b) => (size[b] as number) - (size[a] as number) || a - b,
  );
  const rank = new Int32Array(count);
  order.forEach((c, r) => (rank[c] = r));
  for (let i = 0; i < community.length; i += 1)
    community[i] = rank[community[i] as number] as number;
  return count;
}
