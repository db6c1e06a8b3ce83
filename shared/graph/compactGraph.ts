import type { ActorSummary, CompactGraph, GraphSnapshot, RelationLink } from '../domain/schemas';

/**
 * The compact snapshot `graph:get` sends (one array per field) back as one object per actor and
 * relation, which is what the views work with. Runs once per load, on the receiving side.
 */
export function unpackGraph(compact: CompactGraph): GraphSnapshot {
  const a = compact.actors;
  const actors: ActorSummary[] = new Array<ActorSummary>(a.id.length);
  for (let i = 0; i < a.id.length; i += 1) {
    actors[i] = {
      id: at(a.id, i),
      key: at(a.key, i),
      name: at(a.name, i),
      kind: at(a.kind, i),
      role: at(a.role, i),
      stance: at(a.stance, i),
      offlineStance: at(a.offlineStance, i),
      reach: at(a.reach, i),
      resonance: at(a.resonance, i),
      tags: at(a.tags, i),
      communityIds: at(a.communityIds, i),
    };
  }
  const r = compact.relations;
  const relations: RelationLink[] = new Array<RelationLink>(r.id.length);
  for (let i = 0; i < r.id.length; i += 1) {
    relations[i] = {
      id: at(r.id, i),
      sourceId: at(r.sourceId, i),
      targetId: at(r.targetId, i),
      type: at(r.types, at(r.type, i)),
      directed: at(r.directed, i),
      weight: at(r.weight, i),
    };
  }
  return { actors, relations, communities: compact.communities, topics: compact.topics };
}

/** Column cell `i`; the schema guarantees equal lengths, so a miss is a programming error. */
function at<T>(column: readonly T[], i: number): T {
  if (i >= column.length) throw new RangeError(`Compact graph column shorter than ${i + 1}`);
  return column[i] as T;
}
