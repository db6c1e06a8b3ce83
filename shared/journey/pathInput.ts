import type { Journey } from '../domain/schemas';
import type { PathInput, PathStage } from './influencePath';

/** What the influence path needs of the map, by actor id (not tied to one storage shape). */
export type PathFacts = {
  actorIds: ArrayLike<number>;
  stance: ArrayLike<number>;
  communityIds: ArrayLike<readonly number[]>;
  relations: ReadonlyArray<{ sourceId: number; targetId: number }>;
  /** Influence score 0..100 on the journey's topic, by actor id. */
  score: ReadonlyMap<number, number>;
};

/**
 * The DP's input for one journey. Placements at a touchpoint count for its stage. A community
 * placed at a stage places each of its members with that legitimacy, unless the member is placed
 * there in its own right (its own placement wins: it is the more specific judgement). An actor
 * placed several times at a stage keeps its highest legitimacy.
 */
export function pathInputOf(journey: Journey, facts: PathFacts): PathInput {
  const members = new Map<number, number[]>();
  const stance = new Map<number, number>();
  const communities = new Map<number, readonly number[]>();
  for (let i = 0; i < facts.actorIds.length; i += 1) {
    const id = facts.actorIds[i] as number;
    stance.set(id, facts.stance[i] as number);
    const ids = facts.communityIds[i] as readonly number[];
    if (ids.length > 0) communities.set(id, ids);
    for (const c of ids) {
      const list = members.get(c);
      if (list) list.push(id);
      else members.set(c, [id]);
    }
  }
  const neighbours = new Map<number, Set<number>>();
  const tie = (a: number, b: number) => {
    const set = neighbours.get(a);
    if (set) set.add(b);
    else neighbours.set(a, new Set([b]));
  };
  for (const r of facts.relations) {
    tie(r.sourceId, r.targetId);
    tie(r.targetId, r.sourceId);
  }
  const stages: PathStage[] = journey.stages.map((stage) => {
    const own = new Map<number, number>();
    const viaCommunity = new Map<number, number>();
    for (const p of stage.placements) {
      if (p.actorId !== null) own.set(p.actorId, Math.max(own.get(p.actorId) ?? 0, p.legitimacy));
      else if (p.communityId !== null)
        for (const m of members.get(p.communityId) ?? [])
          viaCommunity.set(m, Math.max(viaCommunity.get(m) ?? 0, p.legitimacy));
    }
    for (const [id, legitimacy] of viaCommunity) if (!own.has(id)) own.set(id, legitimacy);
    return {
      id: stage.id,
      name: stage.name,
      isMomentOfTruth: stage.isMomentOfTruth,
      placements: [...own].map(([actorId, legitimacy]) => ({ actorId, legitimacy })),
    };
  });
  return { stages, score: facts.score, stance, neighbours, communities };
}

/** A journey named by id (`12`) or by name (exact, then ignoring case). */
export function findJourney(journeys: readonly Journey[], idOrName: string): Journey | null {
  const trimmed = idOrName.trim();
  const byId = /^\d+$/.test(trimmed) ? journeys.find((j) => j.id === Number(trimmed)) : undefined;
  return (
    byId ??
    journeys.find((j) => j.name === trimmed) ??
    journeys.find((j) => j.name.toLowerCase() === trimmed.toLowerCase()) ??
    null
  );
}
