import type { Network } from './network';

export type Overlap = { a: number; b: number; shared: number; jaccard: number };

/**
 * Audience overlap between the actors `nodes` (node indexes): the Jaccard index of their
 * neighbour sets (followers, readers, contacts: whoever they are tied to), for every pair that
 * shares at least `minShared` neighbours, largest first. Two influencers reaching the same people
 * are one purchase, not two. Cost: the sum over each shared neighbour of its degree among `nodes`
 * squared, so it is meant for tens to a few thousand actors (the candidates of a campaign).
 */
export function audienceOverlap(
  network: Network,
  nodes: readonly number[],
  minShared = 1,
): Overlap[] {
  const neighbourSets = nodes.map((node) => {
    const set = new Set<number>();
    for (let e = network.offsets[node] as number; e < (network.offsets[node + 1] as number); e += 1)
      set.add(network.adjacency[e] as number);
    return set;
  });
  // Invert: for each neighbour, the chosen actors tied to it; count co-occurrences.
  const holders = new Map<number, number[]>();
  neighbourSets.forEach((set, k) => {
    for (const j of set) {
      const list = holders.get(j);
      if (list) list.push(k);
      else holders.set(j, [k]);
    }
  });
  const sharedCount = new Map<number, number>();
  const K = nodes.length;
  for (const list of holders.values())
    for (let x = 0; x < list.length; x += 1)
      for (let y = x + 1; y < list.length; y += 1) {
        const key = (list[x] as number) * K + (list[y] as number);
        sharedCount.set(key, (sharedCount.get(key) ?? 0) + 1);
      }
  const overlaps: Overlap[] = [];
  for (const [key, shared] of sharedCount) {
    if (shared < minShared) continue;
    const x = Math.floor(key / K);
    const y = key % K;
    const union = (neighbourSets[x]?.size ?? 0) + (neighbourSets[y]?.size ?? 0) - shared;
    overlaps.push({
      a: nodes[x] as number,
      b: nodes[y] as number,
      shared,
      jaccard: shared / union,
    });
  }
  return overlaps.sort(
    (p, q) => q.jaccard - p.jaccard || q.shared - p.shared || p.a - q.a || p.b - q.b,
  );
}
