/**
 * The actor graph in compressed sparse rows (typed arrays, no object per node or edge), built
 * straight from the snapshot's columns: what every analysis runs on. Building it is the costly
 * part of an analysis of a big map (a million relations), so it is one pass over plain arrays.
 */
export type Network = {
  /** Number of actors. */
  n: number;
  /** Actor id of each node index. */
  ids: Int32Array;
  /** Node index of an actor id. */
  indexOf: Map<number, number>;
  /**
   * Undirected weighted adjacency (each relation both ways; parallel relations kept as separate
   * entries, which sums their weights wherever weights are summed): `adjacency.slice(offsets[i],
   * offsets[i + 1])` are i's neighbours, `weights` the same slice's weights. Self-loops dropped.
   */
  offsets: Int32Array;
  adjacency: Int32Array;
  weights: Float64Array;
  /** Directed view for PageRank and in/out degree: undirected relations count both ways. */
  outOffsets: Int32Array;
  outAdjacency: Int32Array;
  outWeights: Float64Array;
  /** Sum of all undirected edge weights (each relation once). */
  totalWeight: number;
};

export type EdgeColumns = {
  sourceId: ArrayLike<number>;
  targetId: ArrayLike<number>;
  weight: ArrayLike<number>;
  directed: ArrayLike<boolean>;
};

/** Counting-sort style CSR fill: `from[k] → to[k]` entries grouped by `from`. */
function csr(n: number, from: Int32Array, to: Int32Array, w: Float64Array, count: number) {
  const offsets = new Int32Array(n + 1);
  for (let k = 0; k < count; k += 1)
    offsets[(from[k] as number) + 1] = (offsets[(from[k] as number) + 1] as number) + 1;
  for (let i = 0; i < n; i += 1)
    offsets[i + 1] = (offsets[i + 1] as number) + (offsets[i] as number);
  const cursor = offsets.slice(0, n);
  const adjacency = new Int32Array(count);
  const weights = new Float64Array(count);
  for (let k = 0; k < count; k += 1) {
    const f = from[k] as number;
    const at = cursor[f] as number;
    cursor[f] = at + 1;
    adjacency[at] = to[k] as number;
    weights[at] = w[k] as number;
  }
  return { offsets, adjacency, weights };
}

/** Builds the network of `actorIds` and the relations between them (others are ignored). */
export function buildNetwork(actorIds: ArrayLike<number>, edges: EdgeColumns): Network {
  const n = actorIds.length;
  const ids = Int32Array.from(actorIds);
  const indexOf = new Map<number, number>();
  for (let i = 0; i < n; i += 1) indexOf.set(ids[i] as number, i);
  const m = edges.sourceId.length;
  const uFrom = new Int32Array(2 * m);
  const uTo = new Int32Array(2 * m);
  const uW = new Float64Array(2 * m);
  const dFrom = new Int32Array(2 * m);
  const dTo = new Int32Array(2 * m);
  const dW = new Float64Array(2 * m);
  let u = 0;
  let d = 0;
  let totalWeight = 0;
  for (let k = 0; k < m; k += 1) {
    const s = indexOf.get(edges.sourceId[k] as number);
    const t = indexOf.get(edges.targetId[k] as number);
    if (s === undefined || t === undefined || s === t) continue;
    const w = edges.weight[k] as number;
    totalWeight += w;
    uFrom[u] = s;
    uTo[u] = t;
    uW[u] = w;
    uFrom[u + 1] = t;
    uTo[u + 1] = s;
    uW[u + 1] = w;
    u += 2;
    dFrom[d] = s;
    dTo[d] = t;
    dW[d] = w;
    d += 1;
    if (!edges.directed[k]) {
      dFrom[d] = t;
      dTo[d] = s;
      dW[d] = w;
      d += 1;
    }
  }
  const undirected = csr(n, uFrom, uTo, uW, u);
  const directed = csr(n, dFrom, dTo, dW, d);
  return {
    n,
    ids,
    indexOf,
    offsets: undirected.offsets,
    adjacency: undirected.adjacency,
    weights: undirected.weights,
    outOffsets: directed.offsets,
    outAdjacency: directed.adjacency,
    outWeights: directed.weights,
    totalWeight,
  };
}

/** The network of a map snapshot (objects), for the smaller maps and the tests. */
export function networkOf(graph: {
  actors: ReadonlyArray<{ id: number }>;
  relations: ReadonlyArray<{
    sourceId: number;
    targetId: number;
    weight: number;
    directed: boolean;
  }>;
}): Network {
  return buildNetwork(
    graph.actors.map((a) => a.id),
    {
      sourceId: graph.relations.map((r) => r.sourceId),
      targetId: graph.relations.map((r) => r.targetId),
      weight: graph.relations.map((r) => r.weight),
      directed: graph.relations.map((r) => r.directed),
    },
  );
}
