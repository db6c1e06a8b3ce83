import type { ActorSummary, RelationLink, ViewFilters } from '../domain/schemas';
import { tierOf, type TierThresholds } from '../domain/tiers';
import { foldText } from '../util/text';

/**
 * The actors a view's filters let through. `relevance` maps actor → topic → relevance and
 * `platforms` actor → platforms (both only needed when those filters are set).
 */
export function filterActors(
  actors: readonly ActorSummary[],
  filters: ViewFilters,
  context: {
    thresholds: TierThresholds;
    relevance?: ReadonlyMap<number, ReadonlyMap<number, number>>;
    platforms?: ReadonlyMap<number, readonly string[]>;
  },
): Set<number> {
  const role = filters.role ? foldText(filters.role.trim()) : '';
  const tags = filters.tags?.map(foldText);
  const kept = new Set<number>();
  for (const actor of actors) {
    if (filters.stances?.length && !filters.stances.includes(actor.stance)) continue;
    if (filters.kinds?.length && !filters.kinds.includes(actor.kind)) continue;
    if (filters.tiers?.length) {
      const tier = tierOf(actor.reach, context.thresholds);
      if (!tier || !filters.tiers.includes(tier)) continue;
    }
    if (role && !foldText(actor.role ?? '').includes(role)) continue;
    if (filters.topicId !== undefined) {
      const relevance = context.relevance?.get(actor.id)?.get(filters.topicId);
      if (relevance === undefined || relevance < (filters.minRelevance ?? 0)) continue;
    }
    if (
      filters.communityIds?.length &&
      !actor.communityIds.some((id) => filters.communityIds?.includes(id))
    )
      continue;
    if (tags?.length && !actor.tags.some((t) => tags.includes(foldText(t)))) continue;
    if (
      filters.platforms?.length &&
      !(context.platforms?.get(actor.id) ?? []).some((p) => filters.platforms?.includes(p))
    )
      continue;
    kept.add(actor.id);
  }
  return kept;
}

export type Direction = 'in' | 'out' | 'both';

/**
 * The actors within `steps` relations of `start`: following relations outward (who they reach),
 * inward (who reaches them) or both. Undirected relations count both ways.
 */
export function neighbourhood(
  relations: readonly RelationLink[],
  start: number,
  steps: number,
  direction: Direction,
): Set<number> {
  const next = new Map<number, number[]>();
  const link = (from: number, to: number) => next.set(from, [...(next.get(from) ?? []), to]);
  for (const r of relations) {
    const out = direction !== 'in' || !r.directed;
    const back = direction !== 'out' || !r.directed;
    if (out) link(r.sourceId, r.targetId);
    if (back) link(r.targetId, r.sourceId);
  }
  const seen = new Set([start]);
  let frontier = [start];
  for (let step = 0; step < steps && frontier.length > 0; step += 1) {
    const following: number[] = [];
    for (const id of frontier) {
      for (const other of next.get(id) ?? []) {
        if (!seen.has(other)) {
          seen.add(other);
          following.push(other);
        }
      }
    }
    frontier = following;
  }
  return seen;
}

export type Path = { actorIds: number[]; relationIds: number[]; strength: number };

/**
 * "Who can introduce us": the strongest chain of relations between two actors, a relation of
 * weight w costing 1/w (so two strong ties beat three weak ones). Relations are followed both
 * ways: an introduction works across a tie whichever way it was recorded; `passes` leaves out
 * relations that cannot carry one (an `opposes` tie introduces no one). Ties are broken by
 * fewer steps, then lower ids, so the answer is the same every time. Null when none exists.
 */
export function strongestPath(
  relations: readonly RelationLink[],
  from: number,
  to: number,
  options: { passes?: (relation: RelationLink) => boolean } = {},
): Path | null {
  const passes = options.passes ?? (() => true);
  const adjacency = new Map<number, Array<{ to: number; relation: RelationLink }>>();
  for (const r of relations) {
    if (!passes(r)) continue;
    adjacency.set(r.sourceId, [
      ...(adjacency.get(r.sourceId) ?? []),
      { to: r.targetId, relation: r },
    ]);
    adjacency.set(r.targetId, [
      ...(adjacency.get(r.targetId) ?? []),
      { to: r.sourceId, relation: r },
    ]);
  }
  type Best = {
    cost: number;
    steps: number;
    via: { actor: number; relation: RelationLink } | null;
  };
  const best = new Map<number, Best>([[from, { cost: 0, steps: 0, via: null }]]);
  const done = new Set<number>();
  const queue = new MinQueue();
  queue.push(from, 0, 0);
  while (queue.size > 0) {
    const current = queue.pop();
    if (current === undefined || done.has(current)) continue;
    done.add(current);
    if (current === to) break;
    const here = best.get(current) as Best;
    for (const { to: other, relation } of adjacency.get(current) ?? []) {
      if (done.has(other)) continue;
      const cost = here.cost + 1 / relation.weight;
      const steps = here.steps + 1;
      const known = best.get(other);
      const better =
        !known ||
        cost < known.cost - 1e-12 ||
        (Math.abs(cost - known.cost) <= 1e-12 &&
          (steps < known.steps ||
            (steps === known.steps && relation.id < (known.via?.relation.id ?? Infinity))));
      if (better) {
        best.set(other, { cost, steps, via: { actor: current, relation } });
        queue.push(other, cost, steps);
      }
    }
  }
  if (!best.has(to) || from === to)
    return from === to ? { actorIds: [from], relationIds: [], strength: Infinity } : null;
  const actorIds = [to];
  const relationIds: number[] = [];
  for (let at = best.get(to); at?.via; at = best.get(at.via.actor)) {
    actorIds.unshift(at.via.actor);
    relationIds.unshift(at.via.relation.id);
  }
  return { actorIds, relationIds, strength: 1 / (best.get(to) as Best).cost };
}

/** A binary heap of ids by (cost, steps), enough for Dijkstra on maps of a million relations. */
class MinQueue {
  private items: Array<{ id: number; cost: number; steps: number }> = [];
  get size(): number {
    return this.items.length;
  }
  push(id: number, cost: number, steps: number): void {
    const items = this.items;
    items.push({ id, cost, steps });
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      [items[i], items[parent]] = [
        items[parent] as (typeof items)[number],
        items[i] as (typeof items)[number],
      ];
      i = parent;
    }
  }
  pop(): number | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (top === undefined || last === undefined) return undefined;
    if (items.length > 0) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < items.length && this.less(left, smallest)) smallest = left;
        if (right < items.length && this.less(right, smallest)) smallest = right;
        if (smallest === i) break;
        [items[i], items[smallest]] = [
          items[smallest] as (typeof items)[number],
          items[i] as (typeof items)[number],
        ];
        i = smallest;
      }
    }
    return top.id;
  }
  private less(a: number, b: number): boolean {
    const x = this.items[a];
    const y = this.items[b];
    if (!x || !y) return false;
    return x.cost < y.cost || (x.cost === y.cost && x.steps < y.steps);
  }
}
