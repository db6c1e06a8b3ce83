import { seededRandom } from '../util/random';
import type { Network } from './network';

/** Weighted in- and out-degree (undirected relations count both ways). */
export function weightedDegrees(network: Network): { in: Float64Array; out: Float64Array } {
  const inDegree = new Float64Array(network.n);
  const outDegree = new Float64Array(network.n);
  for (let i = 0; i < network.n; i += 1) {
    for (
      let e = network.outOffsets[i] as number;
      e < (network.outOffsets[i + 1] as number);
      e += 1
    ) {
      const w = network.outWeights[e] as number;
      outDegree[i] = (outDegree[i] as number) + w;
      const j = network.outAdjacency[e] as number;
      inDegree[j] = (inDegree[j] as number) + w;
    }
  }
  return { in: inDegree, out: outDegree };
}

/**
 * Weighted PageRank on the directed view (an actor is important when important actors point to
 * it): damping 0.85, dangling actors' rank spread evenly, iterated until the L1 change is under
 * `tolerance`. Sums to 1.
 */
export function pageRank(
  network: Network,
  damping = 0.85,
  tolerance = 1e-9,
  maxIterations = 200,
): Float64Array {
  const n = network.n;
  let rank = new Float64Array(n).fill(n > 0 ? 1 / n : 0);
  if (n === 0) return rank;
  const outWeight = weightedDegrees(network).out;
  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    const next = new Float64Array(n);
    let dangling = 0;
    for (let i = 0; i < n; i += 1) {
      const ow = outWeight[i] as number;
      const r = rank[i] as number;
      if (ow === 0) {
        dangling += r;
        continue;
      }
      for (
        let e = network.outOffsets[i] as number;
        e < (network.outOffsets[i + 1] as number);
        e += 1
      ) {
        const j = network.outAdjacency[e] as number;
        next[j] = (next[j] as number) + (r * (network.outWeights[e] as number)) / ow;
      }
    }
    const base = (1 - damping) / n + (damping * dangling) / n;
    let change = 0;
    for (let i = 0; i < n; i += 1) {
      const value = base + damping * (next[i] as number);
      change += Math.abs(value - (rank[i] as number));
      next[i] = value;
    }
    rank = next;
    if (change < tolerance) break;
  }
  return rank;
}

/** Above this many actors betweenness is estimated from sampled sources (Brandes & Pich 2007). */
export const EXACT_BETWEENNESS_UP_TO = 2_000;
export const BETWEENNESS_SAMPLES = 300;

export type Betweenness = {
  /** Normalised to 0..1 (share of the pairs' shortest paths through the actor). */
  values: Float64Array;
  /** True when estimated from `samples` sources rather than all of them. */
  approximate: boolean;
  samples: number;
};

/**
 * Betweenness centrality on the undirected network, counting hops (Brandes 2001): who sits on
 * the shortest paths between others, i.e. the bridges. Exact up to `EXACT_BETWEENNESS_UP_TO`
 * actors; above, estimated from `BETWEENNESS_SAMPLES` sources picked with `seed` and scaled,
 * which ranks the strong bridges the same way in a fraction of the time, and says so.
 */
export function betweenness(network: Network, seed = 1): Betweenness {
  const n = network.n;
  const values = new Float64Array(n);
  const approximate = n > EXACT_BETWEENNESS_UP_TO;
  let sources: Int32Array;
  if (approximate) {
    const random = seededRandom(seed);
    const all = Int32Array.from({ length: n }, (_, i) => i);
    for (let i = 0; i < BETWEENNESS_SAMPLES; i += 1) {
      const j = i + Math.floor(random() * (n - i));
      const t = all[i] as number;
      all[i] = all[j] as number;
      all[j] = t;
    }
    sources = all.slice(0, BETWEENNESS_SAMPLES);
  } else sources = Int32Array.from({ length: n }, (_, i) => i);

  const sigma = new Float64Array(n);
  const distance = new Int32Array(n);
  const delta = new Float64Array(n);
  const stack = new Int32Array(n);
  const queue = new Int32Array(n);
  // Parallel relations list a neighbour twice: `seenFrom[w] === v` skips the repeat, so paths
  // are counted between actors, not between relations.
  const seenFrom = new Int32Array(n);
  for (const s of sources) {
    sigma.fill(0);
    distance.fill(-1);
    delta.fill(0);
    seenFrom.fill(-1);
    sigma[s] = 1;
    distance[s] = 0;
    let head = 0;
    let tail = 0;
    let top = 0;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++] as number;
      stack[top++] = v;
      for (let e = network.offsets[v] as number; e < (network.offsets[v + 1] as number); e += 1) {
        const w = network.adjacency[e] as number;
        if (seenFrom[w] === v) continue;
        seenFrom[w] = v;
        if (distance[w] === -1) {
          distance[w] = (distance[v] as number) + 1;
          queue[tail++] = w;
        }
        if (distance[w] === (distance[v] as number) + 1)
          sigma[w] = (sigma[w] as number) + (sigma[v] as number);
      }
    }
    while (top > 0) {
      const w = stack[--top] as number;
      for (let e = network.offsets[w] as number; e < (network.offsets[w + 1] as number); e += 1) {
        const v = network.adjacency[e] as number;
        // The forward pass has finished with `seenFrom`: reuse it, marked by `n + w`.
        if (seenFrom[v] === n + w) continue;
        seenFrom[v] = n + w;
        if (distance[v] === (distance[w] as number) - 1)
          delta[v] =
            (delta[v] as number) +
            ((sigma[v] as number) / (sigma[w] as number)) * (1 + (delta[w] as number));
      }
      if (w !== s) values[w] = (values[w] as number) + (delta[w] as number);
    }
  }
  // Undirected: each pair was counted from both ends.
  const scale = (approximate ? n / sources.length : 1) / 2;
  const pairs = ((n - 1) * (n - 2)) / 2;
  for (let i = 0; i < n; i += 1)
    values[i] = pairs > 0 ? ((values[i] as number) * scale) / pairs : 0;
  return { values, approximate, samples: sources.length };
}
